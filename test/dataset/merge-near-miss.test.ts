// The near-miss merge: one official whose OFAC and EU records disagree on a birth day, or give the given names in
// part, is one entity; different people with the same surnames stay apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLatin1 } from '../../lib/dataset/csv';
import { parseEuVenezuelaCsv } from '../../lib/dataset/eu';
import type { Entity } from '../../lib/dataset/format';
import { MergeIndex, nearMissKeys, nearMissRefusal, type NearMiss } from '../../lib/dataset/merge';
import { buildOfacEntities, parseSdnCsv } from '../../lib/dataset/ofac';

const fx = join(__dirname, '../fixtures/venezuela-2019');
const euFile = () => parseEuVenezuelaCsv(readFileSync(join(fx, 'eu_journal_32017R2063_venezuela_consolidated_2025-12-17.csv'), 'utf8'), 'eu.csv').records;
const ofacFile = () => buildOfacEntities({
  sdn: parseSdnCsv(decodeLatin1(readFileSync(join(fx, 'ofac_sdn_2024-07-02.csv'))), 'sdn').records,
  alt: [],
  add: [],
}).records;

/** The builder's order: the EU records held, the OFAC entries streamed past them. */
function build(eu: Entity[], ofac: Entity[]) {
  const report: NearMiss[] = [];
  const index = new MergeIndex((m) => report.push(m));
  for (const e of eu) index.add(e);
  for (const e of ofac) index.takeInto(e);
  const entities = [...ofac, ...index.remaining()];
  return { report, entities, byId: new Map(entities.map((e) => [e.id, e])) };
}

const euRecord = (name: string) => {
  const e = euFile().find((x) => x.name === name);
  if (!e) throw new Error(`no EU record ${name}`);
  return e;
};
const ofacRecord = (id: string) => {
  const e = ofacFile().find((x) => x.id === id);
  if (!e) throw new Error(`no OFAC record ${id}`);
  return e;
};

describe('near-miss merge across lists', () => {
  const { report, byId } = build(euFile(), ofacFile());

  it('makes Saab Halabi (born 1962 / 1963), Moreno Pérez (31 / 12 Dec 1965) and Delgado Rosales ("Arcadio" / "Arcadio de Jesus") one entity each, under their OFAC id', () => {
    for (const [ofac, eu] of [['ofac-22750', 'eu-32017r2063-6'], ['ofac-22183', 'eu-32017r2063-5'], ['ofac-22248', 'eu-32017r2063-45']]) {
      expect(byId.has(eu)).toBe(false);
      const e = byId.get(ofac);
      expect(e?.sources.map((s) => s.list)).toEqual(['us-ofac-sdn', 'eu-2017-2063']);
      expect(e?.sanctions.map((s) => s.authority)).toEqual(['US OFAC', 'EU']);
      expect(e?.events.filter((x) => x.authority === 'EU')).toHaveLength(1);
    }
    expect(byId.get('ofac-22750')?.birthDates).toEqual(['1962-09-10', '1963-09-10']);
    expect(byId.get('ofac-22183')?.birthDates).toEqual(['1965-12-31', '1965-12-12']);
    expect(byId.get('ofac-22248')?.names.map((n) => n.name)).toEqual(['DELGADO ROSALES, Arcadio de Jesus', 'Arcadio DELGADO ROSALES']);
  });

  it('reports every near miss, merged or refused: the brothers Gutiérrez Parra (José Luis, 1963; José Bernabé, 1952) stay apart', () => {
    expect(report.filter((m) => m.merged).map((m) => `${m.into.id} ← ${m.other.id}`)).toEqual([
      'ofac-22183 ← eu-32017r2063-5',
      'ofac-22248 ← eu-32017r2063-45',
      'ofac-22750 ← eu-32017r2063-6',
      // Without OFAC's aliases (alt.csv) Hernández Dala's full names differ too: "Ivan Rafael" and "Iván".
      'ofac-26397 ← eu-32017r2063-11',
    ]);
    expect(report.filter((m) => !m.merged).map((m) => [m.into.id, m.other.id, m.why])).toEqual([
      ['ofac-29365', 'eu-32017r2063-40', 'given names differ (neither\'s are among the other\'s)'],
    ]);
    expect(byId.get('ofac-29365')?.sources.map((s) => s.list)).toEqual(['us-ofac-sdn']);
    expect(byId.get('ofac-29665')?.sources.map((s) => s.list)).toEqual(['us-ofac-sdn', 'eu-2017-2063']);
  });

  it('keeps a son named after his father apart: the same names born 30 years later', () => {
    const son = { ...euRecord('Tarek William SAAB HALABI'), birthDates: ['1993-09-10'] };
    const { report: r, byId: b } = build([son], [ofacRecord('ofac-22750')]);
    expect(b.has(son.id)).toBe(true);
    expect(r.map((m) => m.why)).toEqual(['born 1962-09-10 and 1993-09-10']);
  });

  it('never merges on the name alone, nor against a nationality both lists give', () => {
    const noDay = { ...euRecord('Maikel José MORENO PÉREZ'), birthDates: [] };
    expect(nearMissRefusal(ofacRecord('ofac-22183'), noDay)).toBe('no birth date on one side');
    const colombian = { ...euRecord('Maikel José MORENO PÉREZ'), nationalities: ['Colombia'] };
    expect(nearMissRefusal(ofacRecord('ofac-22183'), colombian)).toBe('nationality Venezuela and Colombia');
    const venezuelan = { ...euRecord('Maikel José MORENO PÉREZ'), nationalities: ['Venezuela (Bolivarian Republic of)'] };
    expect(nearMissRefusal(ofacRecord('ofac-22183'), venezuelan)).toBeUndefined();
  });

  it('compares nationalities and birth years as the whole-name rule does (country-codes.ts, birth-years.ts)', () => {
    const maikel = () => euRecord('Maikel José MORENO PÉREZ');
    const ofac = { ...ofacRecord('ofac-22183'), nationalities: ['Korea, North'] };
    // One country written two ways agrees; two countries one name begins alike do not (the old prefix test said so).
    expect(nearMissRefusal(ofac, { ...maikel(), nationalities: ["Democratic People's Republic of Korea"] })).toBeUndefined();
    const niger = { ...ofacRecord('ofac-22183'), nationalities: ['Niger'] };
    expect(nearMissRefusal(niger, { ...maikel(), nationalities: ['Nigeria'] })).toBe('nationality Niger and Nigeria');
    // A range of years is each year in it (the old test read its first year only).
    expect(nearMissRefusal(ofacRecord('ofac-22183'), { ...maikel(), birthDates: ['1960/1963'] })).toBe('born 1965-12-31 and 1960/1963');
    expect(nearMissRefusal(ofacRecord('ofac-22183'), { ...maikel(), birthDates: ['1960/1964'] })).toBeUndefined();
  });

  it('never merges two records of one publisher (OFAC with OFAC), nor with two candidates', () => {
    const saab = ofacRecord('ofac-22750');
    const onCons: Entity = { ...euRecord('Tarek William SAAB HALABI'), sources: [{ list: 'us-ofac-cons', ref: '1' }] };
    expect(nearMissRefusal(saab, onCons)).toBe('same publisher\'s list (us-ofac)');
    const a = euRecord('Tarek William SAAB HALABI');
    const b = { ...euRecord('Tarek William SAAB HALABI'), id: 'eu-other', birthDates: ['1962-01-01'] };
    const { report: r, byId: m } = build([a, b], [saab]);
    expect(m.has(a.id) && m.has(b.id)).toBe(true);
    expect(r.map((x) => x.why)).toEqual(['2 candidates: eu-32017r2063-6, eu-other', '2 candidates: eu-32017r2063-6, eu-other']);
  });

  it('keys a person by surnames in order and one given name; an organization or a name without a marked surname has none', () => {
    expect(nearMissKeys(ofacRecord('ofac-22248'))).toEqual(['nm:delgado rosales|arcadio', 'nm:delgado rosales|jesus']);
    expect(nearMissKeys(euRecord('Arcadio DELGADO ROSALES'))).toEqual(['nm:delgado rosales|arcadio']);
    expect(nearMissKeys({ ...ofacRecord('ofac-22248'), names: [{ name: 'Arcadio Delgado Rosales', type: 'primary' }] })).toEqual([]);
    expect(nearMissKeys({ ...ofacRecord('ofac-22248'), kind: 'organization' })).toEqual([]);
  });
});
