// The composition of a new dataset from the installed one and a list's new publication, on small records: what is
// replaced, what stays, which events a change makes and when the guard holds a publication back.
import { describe, expect, it } from 'vitest';
import type { Entity, Sanction } from '../../../lib/dataset/format';
import { BackwardsWindowError } from '../../../lib/dataset/event-window';
import type { CuratedRow } from '../../../lib/dataset/curated';
import { compose, type FreshList } from '../../../lib/sync/publishers/compose';
import { PUBLISHER_SOURCES } from '../../../lib/sync/publishers/sources';

function entity(id: string, list: string, ref: string, programs: string[], status: Sanction['status'] = 'active', name = `PERSON ${ref}`): Entity {
  return {
    id, kind: 'person', name, names: [{ name, type: 'primary' }], birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [],
    identifiers: [], sources: [{ list, ref }], sanctions: programs.map((program) => ({ authority: 'US OFAC', list, program, status })), events: [],
  };
}
const ofac = (ref: string, programs: string[], status: Sanction['status'] = 'active') => entity(`ofac-${ref}`, 'us-ofac-sdn', ref, programs, status);
const fresh = (entities: Entity[], over: Partial<FreshList> = {}): FreshList => ({
  source: PUBLISHER_SOURCES['ofac-sdn'], entities, publishedAt: '2026-12-01T00:00:00.000Z', installedAt: '2026-11-01T00:00:00.000Z', confirmed: false, namesComparable: true, ...over,
});
const many = (n: number) => Array.from({ length: n }, (_, i) => ofac(String(1000 + i), ['SDGT']));

describe('compose', () => {
  it('says an entry the list had delisted and lists again is added again, not a change of programs', () => {
    const { entities } = compose([ofac('1', ['SDNT'], 'delisted'), ...many(30)], [fresh([ofac('1', ['SDNT']), ...many(30)])], []);
    const e = entities.find((x) => x.id === 'ofac-1')!;
    expect(e.sanctions).toEqual([expect.objectContaining({ program: 'SDNT', status: 'active' })]);
    expect(e.events).toEqual([expect.objectContaining({ type: 'designated', change: 'added', programs: ['SDNT'], precision: 'between', after: '2026-11-01T00:00:00.000Z' })]);
  });

  it('records a change of programs, and keeps a removed entry delisted with the window it left in', () => {
    const { entities, lists } = compose([ofac('1', ['SDGT']), ofac('2', ['IRAN']), ...many(40)], [fresh([ofac('1', ['SDGT', 'IRGC']), ...many(40)])], []);
    expect(entities.find((x) => x.id === 'ofac-1')!.events[0]).toMatchObject({ change: 'programs', programsBefore: ['SDGT'], programs: ['IRGC', 'SDGT'] });
    const gone = entities.find((x) => x.id === 'ofac-2')!;
    expect(gone.sanctions[0].status).toBe('delisted');
    expect(gone.events[0]).toMatchObject({ change: 'removed', type: 'delisted', programs: ['IRAN'] });
    expect(lists[0]).toMatchObject({ before: 42, after: 41, removed: 1, changed: 1, held: false });
  });

  it('holds back a publication removing more than 5% of the list, unless confirmed', () => {
    const base = many(100);
    const held = compose(base, [fresh(base.slice(0, 94))], []);
    expect(held.lists[0]).toMatchObject({ held: true, removed: 6 });
    expect(held.entities.every((e) => e.sanctions[0].status === 'active')).toBe(true);
    expect(compose(base, [fresh(base.slice(0, 95))], []).lists[0].held).toBe(false);
    expect(compose(base, [fresh(base.slice(0, 94), { confirmed: true })], []).lists[0]).toMatchObject({ held: false, removed: 6 });
  });

  it("keeps another list's rows and the record's id when one list is replaced", () => {
    const both: Entity = { ...ofac('7', ['SDGT']), sources: [{ list: 'us-ofac-sdn', ref: '7' }, { list: 'un-sc-consolidated', ref: 'QDi.1' }] };
    both.sanctions.push({ authority: 'UN Security Council', list: 'un-sc-consolidated', program: 'ISIL', status: 'active' });
    const { entities } = compose([both, ...many(30)], [fresh([ofac('7', ['SDGT']), ...many(30)])], []);
    const e = entities.find((x) => x.id === 'ofac-7')!;
    expect(e.sanctions.map((s) => s.list).sort()).toEqual(['un-sc-consolidated', 'us-ofac-sdn']);
    expect(entities.filter((x) => x.sources.some((s) => s.ref === '7'))).toHaveLength(1);
  });

  it('refuses to write an event whose window runs backwards (a publication older than the list it would replace)', () => {
    const base = [ofac('1', ['SDGT']), ...many(30)];
    expect(() => compose(base, [fresh(many(30), { publishedAt: '2021-05-22T00:00:00.000Z', installedAt: '2024-07-02T08:24Z', confirmed: true })], [])).toThrow(BackwardsWindowError);
  });

  it('replaces a superseded list without calling its entries removed, and invents no date for a list it never held whole', () => {
    const ven = entity('eu-ven-1', 'eu-2017-2063', 'V1', ['EU-VEN']);
    // The same person in the EU's own file, under its own id (superseded.test.ts: the guard when it is missing).
    const euFresh: FreshList = { source: PUBLISHER_SOURCES.eu, entities: [entity('eu-fsf-9', 'eu-fsf', '9', ['VEN'], 'active', 'PERSON V1')], publishedAt: '2026-12-01T00:00:00.000Z', installedAt: null, confirmed: false, namesComparable: false };
    const { entities } = compose([ven], [euFresh], []);
    expect(entities.map((e) => e.id)).toEqual(['eu-fsf-9']);
    expect(entities[0].events).toEqual([]);
  });
});

describe("compose and the curated file's names", () => {
  // The curated file adds two names to OFAC's entry 27008 (DGCIM); a day with no change to that entry once showed them
  // as names the publisher removed.
  const row: CuratedRow = {
    entity: { ...entity('curated-dgcim', 'sanctions-lens-curated', 'curated-dgcim', [], 'active', 'General Directorate of Military Counterintelligence'), names: [{ name: 'Directorate-General of Military Counter-Intelligence', type: 'aka' }] },
    mergeInto: { list: 'us-ofac-sdn', ref: '27008' },
    sourceUrls: ['https://sanctionssearch.ofac.treas.gov/Details.aspx?id=27008'],
  };
  const dgcim = () => ({ ...ofac('27008', ['VENEZUELA-EO13850']), names: [{ name: 'DIRECCION GENERAL DE CONTRAINTELIGENCIA MILITAR', type: 'primary' as const }, { name: 'DGCIM', type: 'aka' as const }] });

  it('are no change of the list: the next day with the same entry has no name event', () => {
    const day1 = compose([dgcim(), ...many(30)], [fresh([dgcim(), ...many(30)])], [row]).entities;
    expect(day1.find((e) => e.id === 'ofac-27008')!.names.map((n) => n.name)).toContain('Directorate-General of Military Counter-Intelligence');
    const day2 = compose(day1, [fresh([dgcim(), ...many(30)], { installedAt: '2026-12-01T00:00:00.000Z', publishedAt: '2026-12-02T00:00:00.000Z' })], [row]);
    expect(day2.lists[0]).toMatchObject({ changed: 0, removed: 0, added: 0 });
    expect(day2.entities.find((e) => e.id === 'ofac-27008')!.events.filter((e) => e.type === 'name-changed')).toEqual([]);
  });

  it('leave a name the publisher did drop a change', () => {
    const day1 = compose([dgcim(), ...many(30)], [fresh([dgcim(), ...many(30)])], [row]).entities;
    const without = { ...dgcim(), names: dgcim().names.slice(0, 1) };
    const day2 = compose(day1, [fresh([without, ...many(30)], { installedAt: '2026-12-01T00:00:00.000Z', publishedAt: '2026-12-02T00:00:00.000Z' })], [row]);
    expect(day2.entities.find((e) => e.id === 'ofac-27008')!.events.filter((e) => e.type === 'name-changed')).toEqual([expect.objectContaining({ namesRemoved: ['DGCIM'] })]);
  });
});

// A sanction row's listing dates through an update from the publisher: the shipped record's "on the list by" and
// "listed between" stay when the new file (which gives no dates) still has the program, and an entry new in the
// publication is dated by the window between the two publications, as its "added" event is.
describe("a sanction's listing dates through an update", () => {
  /** OFAC entry `ref` with these programs, each with the dates given (a publication's rows have none). */
  const dated = (ref: string, rows: Partial<Sanction>[]): Entity => {
    const e = ofac(ref, rows.map((r) => r.program ?? 'SDGT'));
    e.sanctions = e.sanctions.map((s, i) => ({ ...s, ...rows[i] }));
    return e;
  };

  it('stay as the shipped record gave them while the publication still has the program', () => {
    const base = [dated('1', [{ program: 'SDGT', listedBy: '2019-01-04' }, { program: 'IRGC', listedAfter: '2019-01-04', listedBy: '2021-05-22' }]), ...many(30)];
    const { entities } = compose(base, [fresh([ofac('1', ['SDGT', 'IRGC']), ...many(30)])], []);
    const e = entities.find((x) => x.id === 'ofac-1')!;
    expect(e.sanctions).toEqual(expect.arrayContaining([
      expect.objectContaining({ program: 'SDGT', listedBy: '2019-01-04' }),
      expect.objectContaining({ program: 'IRGC', listedAfter: '2019-01-04', listedBy: '2021-05-22' }),
    ]));
  });

  it('of an entry new in the publication are the window between the installed publication and this one', () => {
    const { entities } = compose(many(30), [fresh([ofac('2', ['SDGT']), ...many(30)])], []);
    const e = entities.find((x) => x.id === 'ofac-2')!;
    expect(e.sanctions[0]).toMatchObject({ program: 'SDGT', listedAfter: '2026-11-01', listedBy: '2026-12-01' });
  });

  it('of a program added to a kept entry are that window too', () => {
    const base = [dated('3', [{ program: 'SDGT', listedBy: '2019-01-04' }]), ...many(30)];
    const { entities } = compose(base, [fresh([ofac('3', ['SDGT', 'IRGC']), ...many(30)])], []);
    const e = entities.find((x) => x.id === 'ofac-3')!;
    expect(e.sanctions.find((s) => s.program === 'IRGC')).toMatchObject({ listedAfter: '2026-11-01', listedBy: '2026-12-01' });
    expect(e.sanctions.find((s) => s.program === 'SDGT')).toMatchObject({ listedBy: '2019-01-04' });
  });
});
