// The guard on the day the EU's full file first replaces the shipped Venezuela annex: the annex's entries carry none
// of the file's ids, so they are looked for by what both carry; a well-formed file cut short before them is held
// back, as a cut-short file of a list installed whole is. Over the shipped dataset and the loopback EU publisher's
// files (scripts/publishers: the full file holds the annex's 69 entries, the cut-short one none).
import { describe, expect, it } from 'vitest';
import { EU_VEN_LIST } from '../../../lib/dataset/eu';
import { EU_FSF_LIST } from '../../../lib/dataset/eu-fsf';
import type { Entity } from '../../../lib/dataset/format';
import { runToEnd } from '../../../lib/stepwise';
import { compose, type FreshList } from '../../../lib/sync/publishers/compose';
import { publicationReader } from '../../../lib/sync/publishers/publication-reader';
import { PUBLISHER_SOURCES } from '../../../lib/sync/publishers/sources';
import { missingSuperseded } from '../../../lib/sync/publishers/superseded';
import { DEFAULT_DATASET, loadDataset } from '../../../scripts/dataset-files';
import { euXml } from '../../../scripts/publishers/publications';

const shipped = loadDataset(DEFAULT_DATASET).entities;
const annex = shipped.filter((e) => e.sources.some((s) => s.list === EU_VEN_LIST));

function euEntities(bytes: Uint8Array): Entity[] {
  const reader = publicationReader('eu');
  reader.write('xml', new TextDecoder().decode(bytes));
  return runToEnd(reader.finish()).entities;
}
const full = euEntities(euXml(1));
const cut = euEntities(euXml(1, { withoutVenezuela: true }));

const eu = (entities: Entity[], confirmed = false): FreshList => ({
  source: PUBLISHER_SOURCES.eu, entities, publishedAt: '2026-08-05T14:47:04.449Z', installedAt: null, confirmed, namesComparable: false,
});
const onEu = (es: Entity[], list: string) => es.filter((e) => e.sanctions.some((s) => s.list === list && s.status === 'active'));

function person(name: string, program: string, more: Partial<Entity> = {}): Entity {
  return {
    id: `x-${name}`, kind: 'person', name, names: [{ name, type: 'primary' }], birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [],
    identifiers: [], sources: [{ list: EU_FSF_LIST, ref: name }], sanctions: [{ authority: 'EU', list: EU_FSF_LIST, program, status: 'active' }], events: [], ...more,
  };
}
const ven = (name: string, more: Partial<Entity> = {}): Entity => ({
  ...person(name, 'EU-VEN', more), id: `eu-32017r2063-${name}`, sources: [{ list: EU_VEN_LIST, ref: name }], sanctions: [{ authority: 'EU', list: EU_VEN_LIST, program: 'EU-VEN', status: 'active' }],
});
const missing = (entries: Entity[], fresh: Entity[]) => runToEnd(missingSuperseded(entries, new Set([EU_VEN_LIST]), fresh, { 'EU-VEN': 'VEN' })).map((e) => e.name);

// Each test composes the whole shipped dataset (17k entities) once or twice: a few seconds on a loaded 2-core
// machine, so the budget is wider than vitest's 5 s default. This is no speed check.
describe("the EU's first full file over the shipped Venezuela annex", { timeout: 30_000 }, () => {
  it('the shipped dataset holds the annex: 69 entries', () => {
    expect(annex).toHaveLength(69);
  });

  it("finds every annex entry in the full file, and installs it: the Venezuela entries are the EU file's now", () => {
    expect(runToEnd(missingSuperseded(annex, new Set([EU_VEN_LIST]), full, { 'EU-VEN': 'VEN' }))).toEqual([]);
    const { entities, lists } = compose(shipped, [eu(full)], []);
    expect(lists[0]).toMatchObject({ held: false, removed: 0 });
    expect(entities.some((e) => e.sources.some((s) => s.list === EU_VEN_LIST))).toBe(false);
    const reverol = entities.find((e) => e.names.some((n) => n.name === 'Néstor Luis REVEROL TORRES'))!;
    expect(reverol.sanctions).toContainEqual(expect.objectContaining({ list: EU_FSF_LIST, program: 'VEN', status: 'active', listed: '2018-01-22' }));
    expect(onEu(entities, EU_FSF_LIST).length).toBe(72);
  });

  it('holds back a well-formed file cut short before them, keeping the annex in use, until confirmed', () => {
    const held = compose(shipped, [eu(cut)], []);
    expect(held.lists[0]).toMatchObject({ held: true, before: 69, removed: 69 });
    expect(onEu(held.entities, EU_VEN_LIST)).toHaveLength(69);
    expect(onEu(held.entities, EU_FSF_LIST).map((e) => e.id)).toEqual(onEu(shipped, EU_FSF_LIST).map((e) => e.id));
    const confirmed = compose(shipped, [{ ...eu(cut, true), supersededAt: '2025-03-01T00:00:00.000Z' }], []);
    expect(confirmed.lists[0]).toMatchObject({ held: false, removed: 69 });
    expect(onEu(confirmed.entities, EU_VEN_LIST)).toHaveLength(0);
  });

  it('keeps the annex entries a confirmed file lacks as delisted, with a dated event, and keeps them on later checks', () => {
    const confirmed = compose(shipped, [{ ...eu(cut, true), supersededAt: '2025-03-01T00:00:00.000Z' }], []).entities;
    const gone = confirmed.filter((e) => e.sanctions.some((s) => s.list === EU_VEN_LIST));
    expect(gone).toHaveLength(69);
    for (const e of gone) {
      expect(e.sanctions.filter((s) => s.list === EU_VEN_LIST).every((s) => s.status === 'delisted')).toBe(true);
      expect(e.events).toContainEqual(expect.objectContaining({ type: 'delisted', precision: 'between', after: '2025-03-01T00:00:00.000Z', date: '2026-08-05T14:47:04.449Z', change: 'removed', programs: ['EU-VEN'] }));
    }
    // The next day's file, diffed against that install, leaves that history as it is.
    const next = compose(confirmed, [{ ...eu(cut), installedAt: '2026-08-05T14:47:04.449Z', publishedAt: '2026-08-06T10:00:00.000Z' }], []);
    expect(next.lists[0].held).toBe(false);
    expect(next.entities.filter((e) => e.sanctions.some((s) => s.list === EU_VEN_LIST && s.status === 'delisted'))).toHaveLength(69);
  });

  it('holds a file lacking more than 5% of the annex (4 of 69), not one lacking 3', () => {
    const venezuelan = new Set(onEu(full, EU_FSF_LIST).filter((e) => e.sanctions.some((s) => s.program === 'VEN')).map((e) => e.id));
    const dropping = (n: number) => {
      let left = n;
      return full.filter((e) => !(venezuelan.has(e.id) && left-- > 0));
    };
    expect(compose(shipped, [eu(dropping(4))], []).lists[0]).toMatchObject({ held: true, removed: 4 });
    const three = compose(shipped, [eu(dropping(3))], []);
    expect(three.lists[0]).toMatchObject({ held: false, removed: 3 });
    expect(three.entities.filter((e) => e.sanctions.some((s) => s.list === EU_VEN_LIST && s.status === 'delisted'))).toHaveLength(3);
  });

  it('knows an entry by a shared document or by its name in the same programme, not by a namesake elsewhere', () => {
    const byName = ven('Juan PEREZ GOMEZ');
    expect(missing([byName], [person('Juan Perez Gomez', 'VEN')])).toEqual([]);
    // The same name in another regime, or with another birth day, is another person.
    expect(missing([byName], [person('Juan PEREZ GOMEZ', 'RUS')])).toEqual(['Juan PEREZ GOMEZ']);
    const born = ven('Ana LOPEZ RUIZ', { birthDates: ['1960-01-02'] });
    expect(missing([born], [person('Ana LOPEZ RUIZ', 'VEN', { birthDates: ['1971-05-06'] })])).toEqual(['Ana LOPEZ RUIZ']);
    // A name the EU now spells otherwise, with the same identity card.
    const card = { type: 'National ID', value: 'V-5.892.464' };
    expect(missing([ven('Tareck EL AISSAMI', { identifiers: [card] })], [person('Tareck Zaidan EL AISSAMI MADDAH', 'VEN', { identifiers: [{ type: 'National identification card', value: '5892464' }] })])).toEqual([]);
  });
});
