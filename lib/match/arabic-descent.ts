// The Arabic words of descent ("بن", "ابن", "بنت": son, daughter of), which the lists' Latin names drop as they drop
// "bin" ("BIN LADIN, Usama": "usama ladin"): a walk of the name trie steps over them as over a Latin particle, so
// that "أسامة بن لادن" read from Latin is Usama bin Ladin (arabic-latin-reading.ts, trie-walk.ts).
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
