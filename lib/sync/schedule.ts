// When to check next: every `intervalHours` after a good check; after failures, 1 h, 2 h, 4 h … never more than 24 h.

const HOUR = 3_600_000;
export const DEFAULT_INTERVAL_HOURS = 12;
export const MIN_INTERVAL_HOURS = 1;
export const MAX_INTERVAL_HOURS = 24 * 7;

/** The wait before retry number `failures` (1 = the first retry). */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(HOUR * 2 ** (failures - 1), 24 * HOUR);
}

export function clampInterval(hours: number): number {
  if (!Number.isFinite(hours)) return DEFAULT_INTERVAL_HOURS;
  return Math.min(MAX_INTERVAL_HOURS, Math.max(MIN_INTERVAL_HOURS, hours));
}

/** The time of the next check, given the last one (ms since epoch, or null when none happened yet). */
export function nextCheckAt(state: { lastCheckAt: number | null; failures: number; intervalHours: number }, now: number): number {
  if (state.lastCheckAt === null) return now;
  const wait = state.failures > 0 ? backoffMs(state.failures) : clampInterval(state.intervalHours) * HOUR;
  return state.lastCheckAt + wait;
}

export function isOverdue(state: { lastCheckAt: number | null; failures: number; intervalHours: number }, now: number): boolean {
  return nextCheckAt(state, now) <= now;
}
