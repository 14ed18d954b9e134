// The Arabic words of descent ("بن", "ابن", "بنت": son, daughter of), which the lists' Latin names drop as they drop
// "bin" ("BIN LADIN, Usama": "usama ladin"): a walk of the name trie steps over them as over a Latin particle, so
// that "أسامة بن لادن" read from Latin is Usama bin Ladin (arabic-latin-reading.ts, trie-walk.ts).
import { DESCENT_WORDS } from '../names/descent-family';
import { lexiconId } from '../names/lexicon';
import { skeleton } from '../names/transliterate';
import type { NameIndex } from './name-index';
import { perIndex } from './per-index';
import { runStart } from './runs';
import type { ScanState } from './scan-state';

const BA = 0x628;
const NUN = 0x646;

/**
 * Whether token k is an Arabic word of descent, as written: "بن", "ابن" or "بنت". Read letter by letter, without
 * making the word's string: this is asked at nearly every Arabic word.
 */
export function arabicParticleAt(s: ScanState, k: number): boolean {
  if (k >= s.block.last || s.tokens.lengths[k] > 3) return false;
  const text = s.block.text;
  const a = s.tokens.starts[k];
  const length = s.tokens.ends[k] - a;
  if (length === 2) return text.charCodeAt(a) === BA && text.charCodeAt(a + 1) === NUN;
  if (length !== 3) return false;
  const c = text.charCodeAt(a);
  if (c === 0x627) return text.charCodeAt(a + 1) === BA && text.charCodeAt(a + 2) === NUN; // ابن
  return c === BA && text.charCodeAt(a + 1) === NUN && text.charCodeAt(a + 2) === 0x62a; // بنت
}

/** Per index: the skeletons of the Latin words of descent ("bin", "ibn", "bint"), -1 for one no name has. */
export const descentSkels = perIndex((index: NameIndex): Int32Array => Int32Array.from(DESCENT_WORDS, (w) => lexiconId(index.skeletons, skeleton(w))));

/** Whether token k is a word of descent: Arabic "بن", "ابن", "بنت", or Latin "bin", "ibn", "bint". */
export function isDescentAt(s: ScanState, k: number): boolean {
  const sk = s.skels[k];
  return (sk >= 0 && descentSkels(s.index).includes(sk)) || arabicParticleAt(s, k);
}

/**
 * Whether token k is read as one of person e's family names (the index's surnames of its listed names). After a word
 * of descent that word is a father's name: "خالد بن الوليد" is Khalid, son of al-Walid, and WALEED, Khalid is not
 * that by his family name; the walk (trie-walk.ts) asks this where the list writes no descent word before that
 * family name ("BIN LADIN, Usama" does: descent-family.ts).
 */
export function isSurnameOf(s: ScanState, k: number, e: number): boolean {
  const index = s.index;
  const sk = s.skels[k];
  if (sk < 0) return false;
  const first = runStart(index.surnameRuns, e);
  for (let n = first; n < first + index.surnameRuns.lengths[e]; n++) if (index.surnames[n] === sk) return true;
  return false;
}
