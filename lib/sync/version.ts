// Dataset versions sort as time does (lib/dataset/manifest datasetVersion), so comparing them is comparing strings.
import { versionTime } from '../dataset/format';

/**
 * How far ahead of this computer's clock a published version may be dated. A version from the future would block
 * every real update until that date, so it is refused; a day covers a clock set in the wrong time zone (up to 14
 * hours off) and ordinary drift, and a bad version within it blocks updates for at most that day.
 */
export const CLOCK_SKEW_MS = 24 * 3600_000;

export function compareVersions(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `version` is dated more than CLOCK_SKEW_MS after `now`. */
export function isFutureVersion(version: string, now: number): boolean {
  return versionTime(version) > now + CLOCK_SKEW_MS;
}

/** What a published manifest means for the installed dataset: never install an older version. */
export type VersionVerdict = 'newer' | 'same' | 'older';

export function judgeVersion(installed: string | null, published: string): VersionVerdict {
  // An installed id that is not a version id came in before ids were checked ("\uffff-pinned"): it says nothing
  // about age, and comparing with it would block every later update, so any valid version replaces it.
  if (installed === null || !Number.isFinite(versionTime(installed))) return 'newer';
  const c = compareVersions(published, installed);
  return c > 0 ? 'newer' : c === 0 ? 'same' : 'older';
}
