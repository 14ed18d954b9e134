import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLatin1 } from '../../lib/dataset/csv';
import { entityStatus } from '../../lib/dataset/format';
import {
  buildOfacEntities, parseAddCsv, parseAltCsv, parseOfacDate, parseRemarks, parseSdnCsv, splitPrograms,
} from '../../lib/dataset/ofac';

const dir = join(__dirname, '../fixtures/ofac');
const read = (name: string) => decodeLatin1(readFileSync(join(dir, name)));

function sample() {
  const sdn = parseSdnCsv(read('sdn_2024-07-02.sample.csv'), 'sdn.csv');
  const alt = parseAltCsv(read('alt_2025-01-06.sample.csv'), 'alt.csv');
  const add = parseAddCsv(read('add_2025-01-06.sample.csv'), 'add.csv');
  const built = buildOfacEntities({ sdn: sdn.records, alt: alt.records, add: add.records });
  return { sdn, alt, add, built, byId: new Map(built.records.map((e) => [e.id, e])) };
}

describe('OFAC SDN importer', () => {
  it('reads every sample row without a problem', () => {
    const { sdn, alt, add, built } = sample();
    expect(sdn.records).toHaveLength(10);
    expect([...sdn.problems, ...alt.problems, ...add.problems, ...built.problems]).toEqual([]);
  });

  it('gives Maduro (22790) both programs, his birth date, his Cedula and a link to his OFAC page', () => {
    const maduro = sample().byId.get('ofac-22790');
    expect(maduro).toBeDefined();
    expect(maduro?.name).toBe('MADURO MOROS, Nicolas');
    expect(maduro?.kind).toBe('person');
    expect(maduro?.sanctions.map((s) => s.program)).toEqual(['VENEZUELA', 'IRAN-CON-ARMS-EO']);
    expect(maduro?.sanctions.every((s) => s.authority === 'US OFAC' && s.status === 'active')).toBe(true);
    expect(maduro?.sanctions[0].sourceUrl).toBe('https://sanctionssearch.ofac.treas.gov/Details.aspx?id=22790');
    expect(maduro?.birthDates).toEqual(['1962-11-23']);
    expect(maduro?.birthPlaces).toEqual(['Caracas, Venezuela']);
    expect(maduro?.nationalities).toEqual(['Venezuela']);
    expect(maduro?.identifiers).toContainEqual({ type: 'Cedula', value: '5892464', country: 'Venezuela' });
    expect(maduro?.positions).toEqual(['President of the Bolivarian Republic of Venezuela']);
    expect(maduro?.sources).toEqual([{ list: 'us-ofac-sdn', ref: '22790' }]);
    expect(entityStatus(maduro ?? { sanctions: [] })).toBe('sanctioned');
  });

  it('takes aliases from alt.csv and countries from add.csv (DGCIM, 27008)', () => {
    const dgcim = sample().byId.get('ofac-27008');
    expect(dgcim?.kind).toBe('organization');
    expect(dgcim?.names).toEqual([
      { name: 'GENERAL DIRECTORATE OF MILITARY COUNTERINTELLIGENCE', type: 'primary' },
      { name: 'DGCIM', type: 'aka' },
      { name: 'DIRECCION GENERAL DE CONTRAINTELIGENCIA MILITAR', type: 'aka' },
    ]);
    expect(dgcim?.countries).toEqual(['Venezuela']);
  });

  it("treats a.k.a./f.k.a. names inside remarks as weak aliases", () => {
    const { byId } = sample();
    expect(byId.get('ofac-306')?.names).toContainEqual({ name: 'BNC', type: 'weak' });
    expect(byId.get('ofac-4243')?.names).toContainEqual({ name: 'ANA I', type: 'weak' });
  });

  it('knows vessels and aircraft and resolves "Linked To" when the name is one entry', () => {
    const { byId } = sample();
    const vessel = byId.get('ofac-4243');
    expect(vessel?.kind).toBe('vessel');
    expect(vessel?.identifiers).toContainEqual({ type: 'Vessel Registration Identification', value: 'IMO 7406784' });
    expect(vessel?.countries).toContain('Panama');
    const plane = byId.get('ofac-15432');
    expect(plane?.kind).toBe('aircraft');
    expect(plane?.links).toEqual([{ relation: 'linked-to', name: 'POUYA AIR' }]);
  });

  it('reports bad rows with file and line and keeps the good ones', () => {
    const r = parseSdnCsv(read('sdn_bad_rows.csv'), 'sdn_bad_rows.csv');
    expect(r.records.map((x) => x.entNum)).toEqual(['36', '306']);
    expect(r.problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'sdn_bad_rows.csv:2',
      'sdn_bad_rows.csv:3',
      'sdn_bad_rows.csv:4',
    ]);
    expect(r.problems[2].message).toBe('expected 12 fields, found 5');
  });

  it('reads OFAC dates at the precision they are given', () => {
    expect(parseOfacDate('23 Nov 1962')).toBe('1962-11-23');
    expect(parseOfacDate('Nov 1962')).toBe('1962-11');
    expect(parseOfacDate('circa 1962')).toBe('1962');
    expect(parseOfacDate('1959 to 1963')).toBe('1959/1963');
    expect(parseOfacDate('sometime')).toBeUndefined();
  });

  it('splits programs and remarks', () => {
    expect(splitPrograms('SDGT] [IFSR')).toEqual(['SDGT', 'IFSR']);
    const r = parseRemarks('DOB 31 Aug 1960; alt. DOB 31 Aug 1953; nationality Lebanon; alt. Passport A1 (Lebanon) expires 2020; Linked To: HIZBALLAH.');
    expect(r.birthDates).toEqual(['1960-08-31', '1953-08-31']);
    expect(r.nationalities).toEqual(['Lebanon']);
    expect(r.identifiers).toEqual([{ type: 'Passport', value: 'A1', country: 'Lebanon' }]);
    expect(r.linkedTo).toEqual(['HIZBALLAH']);
  });

  it('reads a title, position or rank OFAC writes in the remarks as a position, once', () => {
    const rows = parseSdnCsv(read('sdn_2024-07-02.remark-titles.csv'), 'sdn.csv');
    const byId = new Map(buildOfacEntities({ sdn: rows.records, alt: [], add: [] }).records.map((e) => [e.id, e.positions]));
    expect(byId.get('ofac-15552')).toEqual(['Brigadier General', 'Basij Deputy Commander']);
    expect(byId.get('ofac-15553')).toEqual(['Director, Islamic Republic of Iran Broadcasting']);
    expect(byId.get('ofac-12722')).toEqual(['Major General', 'Director, General Intelligence Directorate']);
    // The column holds these already; "Position also referred to as ..." glosses the column's office.
    expect(byId.get('ofac-20222')).toEqual(['Position: Owner', 'Alt. Position: General Manager', 'Alt. Position: Chief Executive Officer']);
    expect(byId.get('ofac-9898')).toEqual(['Minister of the Interior']);
  });
});
