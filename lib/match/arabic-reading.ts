// A page word in Arabic script that no listed name has as it is: the listed words it is with the conjunction or
// preposition in front taken off ("وعبد", "للحوثي", "لصالح": lib/names/arabic.ts), the first into the token's
// skeleton and all of them (when more than one) into its readings, as a declined Cyrillic word's are
// (arabic-words.ts reads each word once).
import { arabicReadings, isCommonArabicName } from '../names/arabic';
import { lexiconId, lexiconWord } from '../names/lexicon';
import { skeleton } from '../names/transliterate';
import { SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_FIRST_GIVEN, SKEL_PARTICLE, SKEL_PERSON_PART } from './name-index';
import { wordAt, type ScanState } from './scan-state';

/** The skeletons of the listed words token i is without its prefix, the longest reading first. */
export function arabicReading(s: ScanState, i: number): number[] {
  const list: number[] = [];
  for (const r of arabicReadings(wordAt(s, i))) {
    const sk = lexiconId(s.index.skeletons, skeleton(r));
    if (sk >= 0 && !list.includes(sk)) list.push(sk);
  }
  return list;
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

/**
 * Whether token i, inside a name being walked, is an Arabic word with "و" (and) in front that no listed name has as
 * written: "محمد معمر القذافي وعائشة معمر القذافي" are two people. Not "ف", which begins names too ("فركاش").
 */
export function joinedByAnd(s: ScanState, i: number): boolean {
  if (s.block.text.charCodeAt(s.tokens.starts[i]) !== 0x648) return false;
  const id = s.tokens.ids[i];
  return id < 0 || s.index.tokenSkel[id] < 0;
}

/**
 * Whether token k is a person's name word with "و" (and) in front that the name after it goes on from: "وعائشة معمر
 * القذافي" is Aisha, daughter of Muammar, so "معمر القذافي" there is not her father. Such a word begins a name of
 * its own (mayContinueName in lib/names/arabic.ts), and the next word may be that name's second: one of the commonest
 * Arabic given names behind "و", or a listed person's word (its own reading, or the Latin one a name starts with).
 */
export function nameWordAfterAnd(s: ScanState, k: number): boolean {
  if (s.block.text.charCodeAt(s.tokens.starts[k]) !== 0x648 || !joinedByAnd(s, k)) return false;
  if (isCommonArabicName(wordAt(s, k).slice(1))) return true;
  const sk = s.skels[k];
  const flags = s.index.skelFlags;
  if (sk >= 0 && (flags[sk] & SKEL_PERSON_PART) !== 0 && !(flags[sk] & (SKEL_COMMON_WORD | SKEL_COUNTRY | SKEL_PARTICLE))) return true;
  // A given name the lists write in Latin letters only ("وهشام سيف الدين": Hisham, whose name goes on; not the
  // listed Saif al-Din): a Latin reading that is a common name, or that six listed persons or more have as their
  // first given name. Not the whole word read with its و as a w ("وفاة", death, as Wafa), nor a word of three
  // letters behind it, which reads as too many (فاة: Fay, Fei).
  const a = s.alts[k];
  if (a < 0 || s.tokens.lengths[k] < 5) return false;
  for (const r of s.readings[a]) {
    if (!(flags[r] & (SKEL_FIRST_GIVEN | SKEL_COMMON_NAME)) || flags[r] & (SKEL_COMMON_WORD | SKEL_COUNTRY | SKEL_PARTICLE)) continue;
    const first = lexiconWord(s.index.skeletons, r).charCodeAt(0);
    if (first !== 0x76 && first !== 0x77) return true;
  }
  return false;
}
