// No event's window runs backwards, and publication moments compare by day when one is given only as a day.
import { describe, expect, it } from 'vitest';
import { changeEvents } from '../../lib/dataset/diff';
import type { Entity } from '../../lib/dataset/format';
import { BackwardsWindowError, compareMoments, forwardWindow } from '../../lib/dataset/event-window';
import { publicationAge } from '../../lib/sync/publishers/publication-age';

describe('event windows', () => {
  it('compares a day with a time of that day as the same day, and two times to the millisecond', () => {
    expect(compareMoments('2024-07-02T00:00:00.000Z', '2024-07-02T08:24Z')).toBe(0);
    expect(compareMoments('2024-07-02', '2024-07-03T08:24Z')).toBe(-1);
    expect(compareMoments('2026-02-27T00:00:09.554Z', '2026-02-27T10:00:00Z')).toBe(-1);
    expect(compareMoments('2026-02-27T00:00:09.554Z', 'not a date')).toBeNull();
  });

  it('refuses an event whose "after" is later than its date, and lets a forward or same-day one through', () => {
    const event = { date: '2021-05-22T00:00:00.000Z', after: '2024-07-02T08:24Z', precision: 'between' as const, type: 'delisted' as const, authority: 'US OFAC', summary: 'Removed' };
    expect(() => forwardWindow(event)).toThrow(BackwardsWindowError);
    expect(forwardWindow({ ...event, after: '2019-01-04' })).toMatchObject({ after: '2019-01-04' });
    expect(forwardWindow({ ...event, after: '2021-05-22T10:00:00Z' })).toMatchObject({ date: '2021-05-22T00:00:00.000Z' });
  });

  it("the diff of two dataset versions refuses a span that runs backwards", () => {
    const listed: Entity = {
      id: 'ofac-1', kind: 'person', name: 'A', names: [{ name: 'A', type: 'primary' }], birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [],
      identifiers: [], sources: [{ list: 'us-ofac-sdn', ref: '1' }], sanctions: [{ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'SDGT', status: 'active' }], events: [],
    };
    const delisted: Entity = { ...listed, sanctions: [{ ...listed.sanctions[0], status: 'delisted' }] };
    expect(changeEvents(listed, delisted, { after: '2021-05-22T00:00:00.000Z', date: '2024-07-02T08:24:00.000Z' })).toHaveLength(1);
    expect(() => changeEvents(listed, delisted, { after: '2024-07-02T08:24:00.000Z', date: '2021-05-22T00:00:00.000Z' })).toThrow(BackwardsWindowError);
  });

  it('a publication is older, the same or newer than the list in use by its own dates, or undated', () => {
    expect(publicationAge('2019-01-04T00:00:00.000Z', '2024-07-02T08:24Z')).toBe('older');
    expect(publicationAge('2024-07-02T00:00:00.000Z', '2024-07-02T08:24Z')).toBe('same');
    expect(publicationAge('2024-07-03T00:00:00.000Z', '2024-07-02T08:24Z')).toBe('newer');
    expect(publicationAge(null, '2024-07-02T08:24Z')).toBe('undated');
    expect(publicationAge('2024-07-03T00:00:00.000Z', null)).toBe('undated');
  });
});
