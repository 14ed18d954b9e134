// A sanction row's listing dates through an update from the publisher: the shipped record's "on the list by" and
// "listed between" stay when the new file (which gives no dates) still has the program, and an entry new in the
// publication is dated by the window between the two publications, as its "added" event is.
import { describe, expect, it } from 'vitest';
import type { Entity, Sanction } from '../../../lib/dataset/format';
import { compose, type FreshList } from '../../../lib/sync/publishers/compose';
import { PUBLISHER_SOURCES } from '../../../lib/sync/publishers/sources';

function ofac(ref: string, sanctions: Partial<Sanction>[]): Entity {
  const name = `PERSON ${ref}`;
  return {
    id: `ofac-${ref}`, kind: 'person', name, names: [{ name, type: 'primary' }], birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [],
    identifiers: [], sources: [{ list: 'us-ofac-sdn', ref }], sanctions: sanctions.map((s) => ({ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'SDGT', status: 'active', ...s })), events: [],
  };
}
const many = (n: number) => Array.from({ length: n }, (_, i) => ofac(String(1000 + i), [{}]));
const fresh = (entities: Entity[]): FreshList => ({
  source: PUBLISHER_SOURCES['ofac-sdn'], entities, publishedAt: '2026-12-01T00:00:00.000Z', installedAt: '2026-11-01T00:00:00.000Z', confirmed: false, namesComparable: true,
});

describe("a sanction's listing dates through an update", () => {
  it('stay as the shipped record gave them while the publication still has the program', () => {
    const base = [ofac('1', [{ program: 'SDGT', listedBy: '2019-01-04' }, { program: 'IRGC', listedAfter: '2019-01-04', listedBy: '2021-05-22' }]), ...many(30)];
    const { entities } = compose(base, [fresh([ofac('1', [{ program: 'SDGT' }, { program: 'IRGC' }]), ...many(30)])], []);
    const e = entities.find((x) => x.id === 'ofac-1')!;
    expect(e.sanctions).toEqual(expect.arrayContaining([
      expect.objectContaining({ program: 'SDGT', listedBy: '2019-01-04' }),
      expect.objectContaining({ program: 'IRGC', listedAfter: '2019-01-04', listedBy: '2021-05-22' }),
    ]));
  });

  it('of an entry new in the publication are the window between the installed publication and this one', () => {
    const { entities } = compose(many(30), [fresh([ofac('2', [{ program: 'SDGT' }]), ...many(30)])], []);
    const e = entities.find((x) => x.id === 'ofac-2')!;
    expect(e.sanctions[0]).toMatchObject({ program: 'SDGT', listedAfter: '2026-11-01', listedBy: '2026-12-01' });
  });

  it('of a program added to a kept entry are that window too', () => {
    const base = [ofac('3', [{ program: 'SDGT', listedBy: '2019-01-04' }]), ...many(30)];
    const { entities } = compose(base, [fresh([ofac('3', [{ program: 'SDGT' }, { program: 'IRGC' }]), ...many(30)])], []);
    const e = entities.find((x) => x.id === 'ofac-3')!;
    expect(e.sanctions.find((s) => s.program === 'IRGC')).toMatchObject({ listedAfter: '2026-11-01', listedBy: '2026-12-01' });
    expect(e.sanctions.find((s) => s.program === 'SDGT')).toMatchObject({ listedBy: '2019-01-04' });
  });
});
