// One list's two entries for one person (OFAC's 23343 and 36459, KADYROV, Ramzan Akhmatovich) become one entity with
// both histories; a namesake born on another day, or elsewhere, stays apart. The rows are cut from
// ../shared/data/ofac/sdn_csv_changes_2021-05-22_to_2024-07-02.jsonl.gz (36459: added 2022-09-15, removed 2022-11-14).
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildOfacEntities, parseAltCsv, parseSdnCsv } from '../../lib/dataset/ofac';
import { sameListKey } from '../../lib/dataset/same-list-duplicates';
import { sameListPass } from './same-list-pass';

const KADYROV = '"KADYROV, Ramzan Akhmatovich","individual","MAGNIT] [GLOMAG] [RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 05 Oct 1976; POB Tsenteroi, Republic of Chechnya, Russia; nationality Russia; Gender Male."';

function entities(lines: string[]): Entity[] {
  return buildOfacEntities({ sdn: parseSdnCsv(lines.join('\n'), 'sdn').records, alt: [], add: [] }).records;
}

describe('same-list duplicates', () => {
  it('merges the two OFAC entries of Ramzan Kadyrov into the active one, keeping the delisted history', async () => {
    const [active, dup] = entities([`23343,${KADYROV}`, `36459,${KADYROV}`]);
    dup.sanctions = dup.sanctions.map((s) => ({ ...s, status: 'delisted' as const }));
    // The delisted entry streams first here: the active one still keeps its id.
    const out = await sameListPass([dup, active]);
    expect(out).toHaveLength(1);
    expect(out[0].id).toBe('ofac-23343');
    expect(out[0].sources.map((s) => s.ref).sort()).toEqual(['23343', '36459']);
    expect(out[0].sanctions.map((s) => s.status)).toContain('active');
    expect(out[0].sanctions.map((s) => s.status)).toContain('delisted');
  });

  it('does not merge two people with one name and different birth days or birth places', async () => {
    const other = KADYROV.replace('05 Oct 1976', '05 Oct 1977');
    const elsewhere = KADYROV.replace('Tsenteroi', 'Grozny');
    const es = entities([`23343,${KADYROV}`, `90001,${other}`, `90002,${elsewhere}`]);
    expect(new Set(es.map(sameListKey)).size).toBe(3);
    expect((await sameListPass(es)).map((e) => e.id).sort()).toEqual(['ofac-23343', 'ofac-90001', 'ofac-90002']);
  });

  it('with no full birth day or no birth place, merges one name and the very same birth dates only with an alias in common, or a full day', async () => {
    // Year and no place: a loose key; two such entries with nothing else in common stay apart.
    const year = KADYROV.replace('DOB 05 Oct 1976', 'DOB 1976').replace('POB Tsenteroi, Republic of Chechnya, Russia; ', '');
    const [a, b] = entities([`1,${year}`, `2,${year}`]);
    expect(sameListKey(a)).toBe(sameListKey(b));
    expect((await sameListPass([a, b])).map((e) => e.id)).toEqual(['ofac-1', 'ofac-2']);
    // A full day without a place: the day is enough.
    const noPlace = KADYROV.replace('POB Tsenteroi, Republic of Chechnya, Russia; ', '');
    expect((await sameListPass(entities([`3,${noPlace}`, `4,${noPlace}`]))).map((e) => e.id)).toEqual(['ofac-3']);
  });

  it('makes one person of AWEYS, Hassan Dahir, on OFAC\'s list twice (7006 SDGT, 11744 SOMALIA: born 1935, Somalia, two aliases in common)', async () => {
    const aweys = buildOfacEntities({
      sdn: parseSdnCsv([
        '7006,"AWEYS, Hassan Dahir","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1935; citizen Somalia."',
        '11744,"AWEYS, Hassan Dahir","individual","SOMALIA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1935; nationality Somalia; citizen Somalia; a.k.a. \'HASSAN, Sheikh\'."',
      ].join('\n'), 'sdn').records,
      alt: parseAltCsv([
        '7006,4730,"aka","ALI, Sheikh Hassan Dahir Aweys",-0- ', '7006,4731,"aka","AWES, Shaykh Hassan Dahir",-0- ',
        '11744,12490,"aka","ALI, Sheikh Hassan Dahir Aweys",-0- ', '11744,12491,"aka","AWES, Shaykh Hassan Dahir",-0- ',
      ].join('\n'), 'alt').records,
      add: [],
    }).records;
    const out = await sameListPass(aweys);
    expect(out.map((e) => e.id)).toEqual(['ofac-7006']);
    expect(out[0].sanctions.map((x) => x.program)).toEqual(['SDGT', 'SOMALIA']);
    // Another nationality on one of them: two people.
    const [x, y] = structuredClone(aweys);
    y.nationalities = ['Kenya'];
    expect((await sameListPass([x, y])).map((e) => e.id)).toEqual(['ofac-7006', 'ofac-11744']);
  });
});
