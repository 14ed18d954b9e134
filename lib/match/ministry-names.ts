// "the Ministry of Defence": a ministry's name without its country's word is every country's ministry of that kind.
// The lists hold several under such names (NORTH KOREA's MINISTRY OF NATIONAL DEFENCE a.k.a. MINISTRY OF DEFENCE,
// MINISTRY OF DEFENSE OF BURMA, Iran's MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS), and a page about Iran's drones
// that names "the Ministry of Defence" means Iran's, not North Korea's. precision.ts lets such a name stand only on a
// page that names the ministry's country, after its country's possessive, or once the page named it in full.
import { lexiconId } from '../names/lexicon';
import { skeleton } from '../names/transliterate';
import * as names from './name-index';
import { perIndex } from './per-index';
import type { ScanState } from './scan-state';

const { SKEL_COUNTRY } = names;

/** The word a ministry's name opens with, in the languages the lists and the pages write. */
const MINISTRY_WORDS: readonly string[] = ['ministry', 'ministerio', 'ministere', 'ministero', 'ministerium'];

const ministrySkeletons = perIndex((index): readonly number[] => MINISTRY_WORDS.map((w) => lexiconId(index.skeletons, skeleton(w))).filter((k) => k >= 0));

/** Whether tokens start..end are a ministry's name with no country's word in it. */
export function ministryWithoutCountry(s: ScanState, start: number, end: number): boolean {
  const sk = s.skels[start];
  if (sk < 0 || !ministrySkeletons(s.index).includes(sk)) return false;
  const skelFlags = s.index.skelFlags;
  for (let i = start + 1; i <= end; i++) {
    const k = s.skels[i];
    if (k >= 0 && skelFlags[k] & SKEL_COUNTRY) return false;
  }
  return true;
}
