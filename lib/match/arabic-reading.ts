// A page word in Arabic script that no listed name has as it is: the listed words it is with the conjunction or
// preposition in front taken off ("وعبد", "للحوثي", "لصالح": lib/names/arabic.ts), the first into the token's
// skeleton and all of them (when more than one) into its readings, as a declined Cyrillic word's are.
import { arabicReadings } from '../names/arabic';
import { lexiconId } from '../names/lexicon';
import { skeleton } from '../names/transliterate';
import type { NameIndex } from './name-index';
import { setReadings, wordAt, type ScanState } from './scan-state';

/**
 * Per index: an Arabic word's readings, kept across pages; cleared when it grows large. Keyed by the word as the
 * page writes it: folding it (wordAt) builds a string letter by letter, and most Arabic words of a page come here.
 */
const cache = new WeakMap<NameIndex, Map<string, readonly number[]>>();

/** Fills token i's skeleton (-1 when no reading is a listed word) and readings. */
export function arabicReading(s: ScanState, i: number): void {
  let known = cache.get(s.index);
  if (!known || known.size > 20000) cache.set(s.index, (known = new Map()));
  const written = s.block.text.slice(s.tokens.starts[i], s.tokens.ends[i]);
  let found = known.get(written);
  if (!found) {
    const list: number[] = [];
    for (const r of arabicReadings(wordAt(s, i))) {
      const sk = lexiconId(s.index.skeletons, skeleton(r));
      if (sk >= 0 && !list.includes(sk)) list.push(sk);
    }
    found = list;
    known.set(written, found);
  }
  setReadings(s, i, found);
}

/**
 * Whether token i is an Arabic word with "و" or "ف" (and) in front, not itself a listed word: it begins a name of
 * its own, so the name word before it belongs to someone else ("عبد الخالق الحوثي وعبدالله يحيى الحاكم").
 */
export function beginsAfterAnd(s: ScanState, i: number): boolean {
  const c = s.block.text.charCodeAt(s.tokens.starts[i]);
  if (c !== 0x648 && c !== 0x641) return false;
  const id = s.tokens.ids[i];
  return id < 0 || s.index.tokenSkel[id] < 0;
}
