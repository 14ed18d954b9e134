// An event's date as the card shows it.
import { describe, expect, it } from 'vitest';
import { formatEventDate } from '../../lib/i18n/format-date';

describe('an event between two publications', () => {
  it('is dated between their days, or on the day when both are of the same day', () => {
    expect(formatEventDate({ date: '2021-05-22T22:02:00Z', after: '2019-01-04', precision: 'between' })).toBe('between 4 Jan 2019 and 22 May 2021');
    expect(formatEventDate({ date: '2026-12-06T05:42:00Z', after: '2026-12-06T05:40:00Z', precision: 'between' })).toBe('6 Dec 2026');
  });
});
