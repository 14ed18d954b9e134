import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLatin1 } from '../../lib/dataset/csv';
import { entityStatus } from '../../lib/dataset/format';
import { toEntity } from '../../lib/dataset/validate';
import { buildOfacEntities, parseAddCsv, parseAltCsv, parseSdnCsv } from '../../lib/dataset/ofac';
import {
  SDN_NAMES_PROGRAM, addSdnNames, parseSdnNamesLine, sdnNamesEntity, sdnNamesKind, type SdnNamesEntry,
} from '../../lib/dataset/ofac-sdn-names';

const dir = join(__dirname, '../fixtures/ofac');
const lines = readFileSync(join(dir, 'sdn_entities_2025-09.sample.jsonl'), 'utf8').split('\n').filter(Boolean);
const entries = new Map<string, SdnNamesEntry>();
lines.forEach((text, i) => {
  const r = parseSdnNamesLine(text, 'sdn_entities.jsonl', i + 1);
  if ('message' in r) throw new Error(r.message);
  entries.set(r.entNum, r);
});

function sdn2024() {
  const read = (name: string) => decodeLatin1(readFileSync(join(dir, name)));
  const built = buildOfacEntities({
    sdn: parseSdnCsv(read('sdn_2024-07-02.sample.csv'), 'sdn.csv').records,
    alt: parseAltCsv(read('alt_2025-01-06.sample.csv'), 'alt.csv').records,
    add: parseAddCsv(read('add_2025-01-06.sample.csv'), 'add.csv').records,
  });
  return new Map(built.records.map((e) => [e.id, e]));
}

describe('SDN names of autumn 2025 (third-party extract, names only)', () => {
  it('reads every real line: the entry and its names, one of them primary', () => {
    expect(entries.size).toBe(16);
    expect(entries.get('306')!.names).toEqual([
      { name: 'BNC', primary: false, typeId: '1400' },
      { name: 'NATIONAL BANK OF CUBA', primary: false, typeId: '1400' },
      { name: 'BANCO NACIONAL DE CUBA', primary: true, typeId: '1403' },
    ]);
  });

  it('reports a line that is not an entry, with its place', () => {
    expect(parseSdnNamesLine('{"entity_id": 7}', 'f.jsonl', 3)).toEqual({ file: 'f.jsonl', line: 3, message: 'entry 7 has no names' });
    expect(parseSdnNamesLine('{"entity_id": 7, "names": [{"full_name": "A B", "is_primary": false}]}', 'f.jsonl', 4))
      .toMatchObject({ line: 4, message: 'entry 7 has 0 primary names, not one' });
    expect(parseSdnNamesLine('not json', 'f.jsonl', 5)).toMatchObject({ message: 'is not JSON' });
  });

  it('makes an entry the 2024 file lacks an SDN entity that says the program is not in the data, with no listing day', () => {
    const e = sdnNamesEntity(entries.get('50315')!);
    expect(toEntity(JSON.parse(JSON.stringify(e)), 'entity')).toEqual(e);
    expect(e).toMatchObject({ id: 'ofac-50315', kind: 'person', name: 'Belousova Yevgeniya Alekseyevna', sources: [{ list: 'us-ofac-sdn', ref: '50315' }] });
    expect(e.sanctions).toEqual([{
      authority: 'US OFAC', list: 'us-ofac-sdn', program: SDN_NAMES_PROGRAM, status: 'active', sourceUrl: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=50315',
    }]);
    expect(SDN_NAMES_PROGRAM).toBe('SDN list (names from a list of Sept–Oct 2025; program not in the data)');
    expect(entityStatus(e)).toBe('sanctioned');
    // Added between the two lists: a window, never a designation day.
    expect(e.events).toMatchObject([{ type: 'designated', precision: 'between', after: '2024-07-02T08:24Z', date: '2025-10-22' }]);
  });

  it("guesses the kind from the name by the stated rule, and takes another list's kind for the same ent_num", () => {
    expect(sdnNamesKind('Shipload Maritime PTE. Ltd.')).toBe('organization');
    expect(sdnNamesKind('ARJUN')).toBe('vessel');
    expect(sdnNamesKind('GENERAL DIRECTORATE OF MILITARY COUNTERINTELLIGENCE')).toBe('organization');
    expect(sdnNamesKind('MADURO MOROS Nicolas')).toBe('person');
    expect(sdnNamesKind('Elkin Casarrubia Posada')).toBe('person');
    expect(sdnNamesEntity(entries.get('52313')!, 'organization').kind).toBe('organization');
  });

  it('keeps a one-word alias of an entry known only by its names as weak', () => {
    const e = sdnNamesEntity(entries.get('52063')!);
    expect(e.names).toEqual([
      { name: 'Elkin Casarrubia Posada', type: 'primary' },
      { name: 'Joaquin', type: 'weak' },
      { name: 'Cura', type: 'weak' },
    ]);
  });

  it('adds to a 2024 entry only the names it lacks, whatever their word order ("MADURO MOROS Nicolas" is his name)', () => {
    const byId = sdn2024();
    const maduro = byId.get('ofac-22790')!;
    const before = maduro.names.length;
    expect(addSdnNames(maduro, entries.get('22790')!)).toBe(0);
    expect(maduro.names).toHaveLength(before);
    const names = parseSdnCsv(decodeLatin1(readFileSync(join(dir, 'sdn_2024-07-02.names.sample.csv'))), 'sdn.csv').records;
    const [aslan, ark] = buildOfacEntities({ sdn: names, alt: [], add: [] }).records;
    expect(addSdnNames(aslan, entries.get('13000')!)).toBe(1);
    expect(aslan.names).toEqual([{ name: 'ASLAN, Aus', type: 'primary' }, { name: 'Aslan Aous Ali', type: 'aka' }]);
    // OFAC's own weak aliases (in the remarks) stay weak: the file's copies of them are not added as strong names.
    expect(addSdnNames(ark, entries.get('15037')!)).toBe(0);
    expect(ark.names.filter((n) => n.type === 'weak').map((n) => n.name)).toEqual(['ABADEH', 'CRYSTAL', 'SUNDIAL', 'ARK']);
  });
});
