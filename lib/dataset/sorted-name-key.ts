// A name's folded words in sorted order: the key under which the builder compares names written in another word
// order ("MADURO MOROS, Nicolas" and "Nicolás Maduro Moros"). Its own file so that merge.ts and the rules it calls
// (cross-list.ts, same-list-duplicates.ts) share it without importing each other.
import { nameKey } from '../names/normalize';

/** Name tokens sorted, so "MADURO MOROS, Nicolas" and "Nicolás Maduro Moros" agree. */
export function sortedNameKey(name: string): string {
  return nameKey(name).split(' ').filter(Boolean).sort().join(' ');
}
