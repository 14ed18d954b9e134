// A list's date in a manifest is read by its named format only: the builder's note after a day is allowed, other
// free text gives no date, where Date.parse read "2025-09/10 (…)" as 10 Sep 2025.
import { describe, expect, it } from 'vitest';
import { snapshotDate } from '../../../lib/sync/publishers/snapshot-date';

describe('snapshot date', () => {
  it('reads a day, a UTC time, and a day followed by the builder’s note', () => {
    expect(snapshotDate('2025-12-17')).toBe('2025-12-17T00:00:00.000Z');
    expect(snapshotDate('2024-07-02T08:24Z')).toBe('2024-07-02T08:24:00.000Z');
    expect(snapshotDate('2026-02-27T00:00:09.554Z')).toBe('2026-02-27T00:00:09.554Z');
    expect(snapshotDate('2025-12-19 (copy of that day: the publication is no later)')).toBe('2025-12-19T00:00:00.000Z');
  });

  it('gives no date (undated) for other forms and impossible days', () => {
    expect(snapshotDate('2025-09/10 (by content between 2025-09-01 and 2025-10-31)')).toBeNull();
    expect(snapshotDate('2021-05-22..2024-07-02')).toBeNull();
    expect(snapshotDate('19 Dec 2025')).toBeNull();
    expect(snapshotDate('2025-12-19 copy of that day')).toBeNull();
    expect(snapshotDate('2025-04-31')).toBeNull();
    expect(snapshotDate('2025-02-03T24:00Z')).toBeNull();
    expect(snapshotDate('2025-02-03T10:00+02:00')).toBeNull();
    expect(snapshotDate('')).toBeNull();
  });
});
