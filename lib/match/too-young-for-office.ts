// A rank or an office written right before a name ("Maj Gen Zaw Min Tun", "Defense Minister ...", "el portavoz ...")
// that the listed person of that name was too young to hold: TUN, Zaw Min, born 2001, is not the junta's spokesman, a
// major general. The page's person is a namesake, at most "possible".
import { titleBitsOf } from './context-words';
import type { NameIndex } from './name-index';
import { perIndex } from './per-index';
import type { ScanState } from './scan-state';
import { titleBefore } from './title-before';

/**
 * The offices nobody holds before about 25: a minister's, president's, governor's, ambassador's, judge's, prosecutor's,
 * chairman's, a state's spokesman's, an ayatollah's rank. Not the titles a young person may bear: an officer's, a
 * lieutenant's (one bit with colonel), a militia commander's or leader's, a director's (of films too), a founder's, a
 * lawmaker's, a prince's.
 */
const SENIOR_OFFICES = titleBitsOf(['minister', 'president', 'prime', 'governor', 'ambassador', 'judge', 'prosecutor', 'chairman', 'spokesman', 'ayatollah']);
const YOUNGEST_IN_OFFICE = 25;

/** A general's or an admiral's rank ("Maj Gen", "Vice Adm."): no career reaches it before 30. */
const FLAG_RANKS = titleBitsOf(['general', 'admiral']);
const YOUNGEST_FLAG_RANK = 30;

/**
 * The dataset's year: the latest day any sanction was listed on. A page is seldom newer than its dataset, and an older
 * page finds the person younger still, so the rule never demotes a person old enough at the page's time.
 */
const datasetYear = perIndex((index: NameIndex): number => {
  let newest = 0;
  for (const day of index.listingDays) if (day > newest) newest = day;
  return newest > 0 ? new Date(newest * 86_400_000).getUTCFullYear() : new Date().getUTCFullYear();
});

/** Whether a senior title stands right before the span at token `start` and entity e was born too late to hold it. */
export function tooYoungForTitle(s: ScanState, start: number, e: number): boolean {
  const born = s.index.birthYears[e];
  if (born === 0) return false;
  const age = datasetYear(s.index) - born;
  if (age >= YOUNGEST_FLAG_RANK) return false;
  const title = titleBefore(s, start);
  return (title & FLAG_RANKS) !== 0 || (age < YOUNGEST_IN_OFFICE && (title & SENIOR_OFFICES) !== 0);
}
