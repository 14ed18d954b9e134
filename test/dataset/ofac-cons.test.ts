import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLatin1 } from '../../lib/dataset/csv';
import { OFAC_CONS_LIST, parseOfacConsolidated } from '../../lib/dataset/ofac-cons';

const dir = join(__dirname, '../fixtures/ofac');
const read = (name: string) => ({ text: decodeLatin1(readFileSync(join(dir, name))), file: name });

const built = parseOfacConsolidated({
  prim: read('cons_prim_2025-12-19.sample.csv'),
  alt: read('cons_alt_2025-12-19.sample.csv'),
  add: read('cons_add_2025-12-19.sample.csv'),
});
const byId = new Map(built.records.map((e) => [e.id, e]));

describe("OFAC's consolidated (non-SDN) list", () => {
  it('reads the real rows of 19 Dec 2025 with the SDN importer, without a problem', () => {
    expect(built.problems).toEqual([]);
    expect(built.records.map((e) => e.id)).toEqual(['ofac-cons-9639', 'ofac-cons-9647', 'ofac-cons-17013', 'ofac-cons-17017', 'ofac-cons-30882']);
  });

  it('puts every entry on its own list with ids apart from the SDN ids, so an entry on both lists is never one id twice', () => {
    for (const e of built.records) {
      expect(e.sources).toEqual([{ list: OFAC_CONS_LIST, ref: e.id.slice('ofac-cons-'.length) }]);
      expect(e.sanctions.every((s) => s.list === OFAC_CONS_LIST && s.authority === 'US OFAC' && s.status === 'active')).toBe(true);
    }
  });

  it('takes the program from the row (NS-PLC, CMIC, the Russia directives) and the aliases, birth year and addresses', () => {
    const haniya = byId.get('ofac-cons-9639')!;
    expect(haniya).toMatchObject({ kind: 'person', name: 'HANIYA, Ismail Abdul Salah', birthDates: ['1962'], birthPlaces: ['Shati'] });
    expect(haniya.sanctions.map((s) => s.program)).toEqual(['NS-PLC']);
    expect(haniya.names.map((n) => n.name)).toContain('HANIYYA, Ismaeel');
    expect(byId.get('ofac-cons-30882')!.sanctions.map((s) => s.program)).toEqual(['CMIC-EO13959']);
    const vtb = byId.get('ofac-cons-17013')!;
    expect(vtb.kind).toBe('organization');
    expect(vtb.sanctions.map((s) => s.program)).toEqual(['UKRAINE-EO13662', 'RUSSIA-EO14024']);
    expect(vtb.countries).toEqual(['Russia', 'India', 'China']);
  });

  it('resolves "Linked To" within the list to the consolidated entry, and leaves a name it lacks unresolved', () => {
    expect(byId.get('ofac-cons-17017')!.links).toEqual([{ relation: 'linked-to', name: 'VTB BANK PUBLIC JOINT STOCK COMPANY', id: 'ofac-cons-17013' }]);
    expect(byId.get('ofac-cons-9647')!.links).toEqual([{ relation: 'linked-to', name: 'HAMAS' }]);
  });
});
