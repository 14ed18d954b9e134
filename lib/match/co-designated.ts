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

function sharesListingDay(index: NameIndex, a: number, b: number): boolean {
  const runs = index.listingRuns;
  const fa = runStart(runs, a);
  const fb = runStart(runs, b);
  for (let i = fa; i < fa + runs.lengths[a]; i++) {
    for (let j = fb; j < fb + runs.lengths[b]; j++) if (index.listingDays[i] === index.listingDays[j]) return true;
  }
  return false;
}
