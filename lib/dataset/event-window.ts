// Two publication moments compared, and the check that no event's window runs backwards ("between 2 Jul 2024 and
// 22 May 2021"). A moment given only as a day (midnight UTC, as OFAC's Publish_Date and a shipped list's day are
// read) is compared by its day, since its publisher says no more of it.

import type { EntityEvent } from './format';

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.000)?)?Z)?$/;

/** -1, 0 or 1 as `a` is before, the same as, or after `b`; null when either is not a date. */
export function compareMoments(a: string, b: string): -1 | 0 | 1 | null {
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return null;
  const width = DAY_ONLY.test(a) || DAY_ONLY.test(b) ? 10 : 24;
  const p = new Date(x).toISOString().slice(0, width);
  const q = new Date(y).toISOString().slice(0, width);
  return p < q ? -1 : p === q ? 0 : 1;
}

/** An event between two publications whose "after" is later than its "date". */
export class BackwardsWindowError extends Error {
  constructor(after: string, date: string) {
    super(`an event would run backwards, from ${after} to ${date}; a list is never installed over a newer one`);
    this.name = 'BackwardsWindowError';
  }
}

/** Refuses an event whose window runs backwards; returns the event as given. */
export function forwardWindow(event: EntityEvent): EntityEvent {
  if (event.after && compareMoments(event.after, event.date) === 1) throw new BackwardsWindowError(event.after, event.date);
  return event;
}
