// The countries a record gives, as ISO codes, for the merge rules to compare (merge.ts's near miss, cross-list.ts's
// whole name): the lists write one country many ways ("Iran (Islamic Republic of)", "Korea, North"), which
// lib/search/country-codes.ts already reads for the popup's filter.
import { countryCode } from '../search/country-codes';

/** The ISO codes of the places given; a place that is no country is left out. */
export function countryCodes(places: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of places) {
    const c = countryCode(p.trim());
    if (c) out.add(c);
  }
  return out;
}

/** Whether two sets given on both sides share nothing (undefined when either side gives none). */
export function disjoint<T>(a: Set<T>, b: Set<T>): boolean | undefined {
  if (a.size === 0 || b.size === 0) return undefined;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
