import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityStatus, type Entity } from '../../lib/dataset/format';
import { parseEuDate, parseEuVenezuelaCsv } from '../../lib/dataset/eu';
import { MergeIndex, matchKeys } from '../../lib/dataset/merge';
import { parseUnXml } from '../../lib/dataset/un';
import { decodeLatin1 } from '../../lib/dataset/csv';
import { buildOfacEntities, parseSdnCsv } from '../../lib/dataset/ofac';

const fx = join(__dirname, '../fixtures');
const un = parseUnXml(readFileSync(join(fx, 'un/UN_consolidated_2026-02-27.sample.xml'), 'utf8'), 'un.xml');
const eu = parseEuVenezuelaCsv(
  readFileSync(join(fx, 'venezuela-2019/eu_journal_32017R2063_venezuela_consolidated_2025-12-17.csv'), 'utf8'),
  'eu.csv',
);

describe('UN consolidated list', () => {
  it('reads individuals and entities with their reference number and listing day', () => {
    expect(un.problems).toEqual([]);
    expect(un.generated).toBe('2026-02-27T00:00:09.554Z');
    const frank = un.records.find((e) => e.id === 'un-CDi.002');
    expect(frank).toMatchObject({ kind: 'person', name: 'FRANK KAKOLELE BWAMBALE', sources: [{ list: 'un-sc-consolidated', ref: 'CDi.002' }] });
    expect(frank?.sanctions).toEqual([expect.objectContaining({ authority: 'UN Security Council', program: 'DRC', listed: '2005-11-01', status: 'active' })]);
    expect(frank?.events[0]).toMatchObject({ type: 'designated', precision: 'day', date: '2005-11-01' });
    expect(un.records.find((e) => e.id === 'un-CDe.001')?.kind).toBe('organization');
  });

  it('keeps low-quality aliases as weak names and decodes entities (&amp;)', () => {
    const all = un.records.flatMap((e) => e.names);
    expect(all.some((n) => n.type === 'weak')).toBe(true);
    expect(all.some((n) => n.name.includes('&amp;'))).toBe(false);
  });

  it('reports a broken file instead of returning nothing silently', () => {
    expect(parseUnXml('<CONSOLIDATED_LIST><INDIVIDUALS></CONSOLIDATED_LIST>', 'bad.xml').problems).toHaveLength(1);
  });
});

describe('EU Venezuela annex', () => {
  it('reads all 69 designations with listing day and reason', () => {
    expect(eu.problems).toEqual([]);
    expect(eu.records).toHaveLength(69);
    const reverol = eu.records.find((e) => e.name === 'Néstor Luis REVEROL TORRES');
    expect(reverol?.birthDates).toEqual(['1964-10-28']);
    expect(reverol?.sanctions[0]).toMatchObject({ authority: 'EU', program: 'EU-VEN', listed: '2018-01-22', status: 'active' });
    expect(reverol?.sanctions[0].reason).toMatch(/human rights/);
  });

  it('reads both date styles of the annex', () => {
    expect(parseEuDate('2.11.1960')).toBe('1960-11-02');
    expect(parseEuDate('28 October 1964')).toBe('1964-10-28');
    expect(parseEuDate('sometime')).toBeUndefined();
  });
});

describe('cross-list merge', () => {
  const ofac = buildOfacEntities({
    sdn: parseSdnCsv(decodeLatin1(readFileSync(join(fx, 'venezuela-2019/ofac_sdn_2024-07-02.csv'))), 'sdn').records,
    alt: [],
    add: [],
  }).records;

  it('makes Reverol Torres one entity with an OFAC and an EU sanction (name and birth day agree)', () => {
    const index = new MergeIndex();
    for (const e of eu.records) index.add(e);
    const reverol = ofac.find((e) => e.id === 'ofac-22747');
    expect(reverol && index.takeInto(reverol)).toBe(1);
    expect(reverol?.sanctions.map((s) => s.authority)).toEqual(['US OFAC', 'EU']);
    expect(reverol?.sources.map((s) => s.list)).toEqual(['us-ofac-sdn', 'eu-2017-2063']);
    expect(reverol && entityStatus(reverol)).toBe('sanctioned');
  });

  it('never merges on a name alone', () => {
    const a: Entity = { ...ofac[0], id: 'a', names: [{ name: 'Juan Perez Garcia', type: 'primary' }], birthDates: [], identifiers: [] };
    expect(matchKeys(a)).toEqual([]);
    const index = new MergeIndex();
    index.add({ ...a, id: 'b' });
    expect(index.takeInto(a)).toBe(0);
  });

  it('does not trust a shared passport number when the names share no word (UN IRi.003 vs IRi.041)', () => {
    const index = new MergeIndex();
    for (const e of un.records) index.add(e);
    const ids = index.remaining().map((e) => e.id);
    expect(ids).toContain('un-IRi.003');
    expect(ids).toContain('un-IRi.041');
  });
});
