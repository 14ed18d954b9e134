// Two listed people a name fits about equally ("Vladimir Bogdanov": BOGDANOV, Vladimir Leonidovich, the Surgutneftegas
// head listed with the oligarchs of April 2018, and BOGDANOV, Vladimir Mikhaylovich, listed in 2021 for Navalny's
// poisoning): the page's other listed names tell which story it is. The one listed on the day more of the people and
// bodies the page named were listed on comes first (OFAC's lists before 2019 give "on the list by" their first file's
// day: one day for all of them, which still tells them from a later designation); where the count does not tell,
// nothing changes (KIM, Yong Chol of 2010 and of 2015 beside officials listed in 2018).
import * as names from './name-index';
import type { NameIndex } from './name-index';
import type { Ranked } from './rank';
import { runStart } from './runs';
import type { ScanState } from './scan-state';
import { perIndex } from './per-index';

const { entityKind } = names;

/** Candidates at most this far below the first (one listed word left out) are weighed. */
const CLOSE = 8;

/**
 * The place in `ranked` of the person the page's other listed names point to, when it is not the first; 0 when they
 * point to the first and another person was close to it; -1 when they tell nothing.
 */
export function coDesignatedFirst(s: ScanState, ranked: readonly Ranked[]): number {
  // The cheap tests first: most spans have one candidate, and most pages name few others.
  if (ranked.length < 2 || ranked[1].score < ranked[0].score - CLOSE) return -1;
  const index = s.index;
  const ctx = s.context;
  if (ctx.resolved.size + ctx.distinctive.size < 2 || entityKind(index, ranked[0].entity) !== 'person') return -1;
  let best = -1;
  let bestCount = 0;
  let tied = false;
  for (let k = 0; k < ranked.length && ranked[k].score >= ranked[0].score - CLOSE; k++) {
    const e = ranked[k].entity;
    if (entityKind(index, e) !== 'person' || index.listingRuns.lengths[e] === 0) continue;
    let count = 0;
    for (const [other, status] of ctx.resolved) if (status !== 'possible' && !isCandidate(ranked, other) && sharesListingDay(index, e, other)) count++;
    for (const other of ctx.distinctive) if (!ctx.resolved.has(other) && !isCandidate(ranked, other) && sharesListingDay(index, e, other)) count++;
    if (count > bestCount) {
      best = k;
      bestCount = count;
      tied = false;
    } else if (count === bestCount) tied = true;
  }
  return best >= 0 && !tied ? best : -1;
}

function isCandidate(ranked: readonly Ranked[], e: number): boolean {
  for (const r of ranked) if (r.entity === e) return true;
  return false;
}

function sharesListingDay(index: NameIndex, a: number, b: number, skip?: ReadonlySet<number>): boolean {
  const runs = index.listingRuns;
  const fa = runStart(runs, a);
  const fb = runStart(runs, b);
  for (let i = fa; i < fa + runs.lengths[a]; i++) {
    if (skip?.has(index.listingDays[i])) continue;
    for (let j = fb; j < fb + runs.lengths[b]; j++) if (index.listingDays[i] === index.listingDays[j]) return true;
  }
  return false;
}

/**
 * More entries share a day than any one designation ever listed (the largest hold a few hundred): the day a list's
 * first file gives as "on the list by" for all of its older entries (OFAC's 2019-01-04), which tells no one apart.
 */
const FIRST_FILE_DAY_ENTRIES = 1000;

const firstFileDays = perIndex((index: NameIndex): ReadonlySet<number> => {
  const counts = new Map<number, number>();
  for (const d of index.listingDays) counts.set(d, (counts.get(d) ?? 0) + 1);
  const days = new Set<number>();
  for (const [d, n] of counts) if (n > FIRST_FILE_DAY_ENTRIES) days.add(d);
  return days;
});

/**
 * "депутаты Дмитрий Исламов, Николай Борцов, Николай Панков": whether two others or more of the people and bodies
 * the page confirmed so far were listed on a day person e was listed on (a designation's day, not a first file's):
 * the page is naming those listed together, and a common given name beside a surname no longer points to a namesake.
 */
export function coDesignatedOnPage(s: ScanState, e: number): boolean {
  const index = s.index;
  const ctx = s.context;
  if (ctx.resolved.size < 2 || index.listingRuns.lengths[e] === 0) return false;
  const skip = firstFileDays(index);
  let n = 0;
  for (const [other, status] of ctx.resolved) if (other !== e && status !== 'possible' && sharesListingDay(index, e, other, skip) && ++n >= 2) return true;
  return false;
}
