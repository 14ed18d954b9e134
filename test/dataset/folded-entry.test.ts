// An OFAC entry removed while another entry of the same person stayed listed under its programs was folded into it,
// not delisted: Ramzan Kadyrov's 36459 (added 15 Sep 2022, removed 14 Nov 2022 when 23343 took RUSSIA-EO14024). Real
// rows: test/fixtures/same-list (sdn.csv of 2024-07-02, alt.csv of 2025-01-06, the change log's lines of the entries).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLatin1 } from '../../lib/dataset/csv';
import type { Entity } from '../../lib/dataset/format';
import { foldRemovedEntry } from '../../lib/dataset/folded-entry';
import { parseAltCsv, parseSdnCsv, sdnEntity, type SdnRow } from '../../lib/dataset/ofac';
import { applyOfacHistory, parseChangeLog, SdnHistory } from '../../lib/dataset/ofac-history';
import { compose } from '../../lib/sync/publishers/compose';
import { PUBLISHER_SOURCES } from '../../lib/sync/publishers/sources';
import { sameListPass } from './same-list-pass';

const fx = join(__dirname, '../fixtures/same-list');
const latin1 = (f: string) => decodeLatin1(readFileSync(join(fx, f)));

/** The builder's entities of the fixture's entries: those of the 2024 file listed, the others as the log last had them. */
function entries(): Map<string, Entity> {
  const history = new SdnHistory();
  for (const c of parseChangeLog(readFileSync(join(fx, 'sdn_changes_2021-05-22_to_2024-07-02.sample.jsonl'), 'utf8'), 'log').records) history.addChange(c);
  const current = parseSdnCsv(latin1('sdn_2024-07-02.sample.csv'), 'sdn').records;
  const alt = parseAltCsv(latin1('alt_2025-01-06.sample.csv'), 'alt').records;
  const entity = (row: SdnRow, onList: boolean) => {
    const e = sdnEntity(row, alt.filter((a) => a.entNum === row.entNum), []);
    applyOfacHistory(e, history.events.get(row.entNum) ?? [], undefined, onList, '2019-01-04');
    return e;
  };
  const out = new Map(current.map((r) => [r.entNum, entity(r, true)]));
  for (const [entNum, row] of history.lastRow) if (!out.has(entNum)) out.set(entNum, entity(row, false));
  return out;
}

const rows = (e: Entity) => e.sanctions.map((s) => `${s.program} ${s.status} ${s.listed ?? `${s.listedAfter ?? ''}..${s.listedBy ?? ''}`}`);

describe('an entry removed while the same person stays listed under another entry', () => {
  it("makes Kadyrov's 36459 a merge into 23343: no program shows delisted beside itself active, and the event says what happened", async () => {
    const es = entries();
    const out = await sameListPass([es.get('23343')!, es.get('36459')!]);
    expect(out.map((e) => e.id)).toEqual(['ofac-23343']);
    const [kadyrov] = out;
    // His RUSSIA-EO14024 came with 36459 on 15 Sep 2022: the row keeps that window, not 23343's own of 14 Nov 2022.
    expect(rows(kadyrov)).toEqual(['MAGNIT active ..2019-01-04', 'GLOMAG active ..2019-01-04', 'RUSSIA-EO14024 active 2022-09-14..2022-09-15']);
    expect(kadyrov.events.filter((x) => x.type === 'delisted')).toEqual([]);
    const merged = kadyrov.events.filter((x) => x.change === 'merged');
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ type: 'amended', list: 'us-ofac-sdn', entries: ['36459', '23343'], precision: 'between', after: '2022-11-09T18:51:56Z', date: '2022-11-14T18:52:14Z' });
    // 36459's listing is still a fact of its own.
    expect(kadyrov.events.some((x) => x.type === 'designated' && x.ref === '36459' && x.date === '2022-09-15T18:54:34Z')).toBe(true);
    expect(kadyrov.sources.map((s) => s.ref)).toEqual(['23343', '36459']);
  });

  it("folds 35168 into 31124, the entry still listed that carries his name as an alias with the same birth day", async () => {
    const es = entries();
    const out = await sameListPass([es.get('31124')!, es.get('23343')!, es.get('35168')!]);
    expect(out.map((e) => e.id).sort()).toEqual(['ofac-23343', 'ofac-31124']);
    const k = out.find((e) => e.id === 'ofac-31124')!;
    expect(k.sources.map((s) => s.ref)).toEqual(['31124', '35168']);
    expect(rows(k)).toEqual(['UKRAINE-EO13661 active ..2019-01-04', 'RUSSIA-EO14024 active 2022-03-12..2022-03-15']);
    expect(k.events.filter((x) => x.type === 'delisted')).toEqual([]);
    expect(k.events.filter((x) => x.change === 'merged').map((x) => [x.entries, x.date])).toEqual([[['35168', '31124'], '2022-09-15T18:54:34Z']]);
  });

  it("gives the same in the worker's compose, over an installed dataset that held the removed entries on their own", () => {
    const es = entries();
    const current = parseSdnCsv(latin1('sdn_2024-07-02.sample.csv'), 'sdn').records;
    const alt = parseAltCsv(latin1('alt_2025-01-06.sample.csv'), 'alt').records;
    // A new OFAC publication of the two entries still listed; the installed data has all four, as an older build made them.
    const published = current.map((r) => sdnEntity(r, alt.filter((a) => a.entNum === r.entNum), []));
    const fresh = { source: PUBLISHER_SOURCES['ofac-sdn'], entities: published, publishedAt: '2026-12-01T00:00:00.000Z', installedAt: '2024-07-02T08:24:00Z', confirmed: false, namesComparable: false };
    const out = compose([...es.values()], [fresh], []).entities;
    expect(out.map((e) => e.id)).toEqual(['ofac-23343', 'ofac-31124']);
    for (const e of out) {
      expect(e.sanctions.every((s) => s.status === 'active')).toBe(true);
      expect(e.events.filter((x) => x.type === 'delisted')).toEqual([]);
    }
    expect(out.map((e) => e.events.filter((x) => x.change === 'merged').map((x) => x.entries))).toEqual([[['36459', '23343']], [['35168', '31124']]]);
    // The same rows as the builder's, with the dates the installed rows had (the compose once dropped UKRAINE-EO13661's).
    expect(rows(out[1])).toEqual(['UKRAINE-EO13661 active ..2019-01-04', 'RUSSIA-EO14024 active 2022-03-12..2022-03-15']);
  });

  it('keeps a real delisting: a program the listed entry did not hold when the other left stays delisted', () => {
    const es = entries();
    const kept = es.get('23343')!;
    const gone = es.get('36459')!;
    // 23343 as if it had held only MAGNIT and GLOMAG then and since: RUSSIA-EO14024 left the list with 36459.
    kept.sanctions = kept.sanctions.filter((s) => s.program !== 'RUSSIA-EO14024');
    kept.events = kept.events.filter((x) => x.type !== 'program-changed');
    expect(foldRemovedEntry(kept, gone)).toBe(1);
    expect(rows(gone)).toEqual(['RUSSIA-EO14024 delisted 2022-09-14..2022-09-15']);
    expect(gone.events.filter((x) => x.type === 'delisted').map((x) => x.programs)).toEqual([['RUSSIA-EO14024']]);
    expect(gone.events.filter((x) => x.change === 'merged').map((x) => x.entries)).toEqual([['36459', '23343']]);
  });

  it('folds nothing into an entry that came onto the list only after the other left', () => {
    const es = entries();
    const kept = es.get('31124')!;
    const gone = es.get('35168')!;
    kept.events = kept.events.map((x) => (x.type === 'program-changed' ? { ...x, type: 'designated' as const, date: '2023-01-01T00:00:00Z' } : x));
    expect(foldRemovedEntry(kept, gone)).toBe(0);
    expect(rows(gone)).toEqual(['RUSSIA-EO14024 delisted 2022-03-12..2022-03-15']);
  });
});
