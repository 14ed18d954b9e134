// The Arabic words of descent ("بن", "ابن", "بنت": son, daughter of), which the lists' Latin names drop as they drop
// "bin" ("BIN LADIN, Usama": "usama ladin"): a walk of the name trie steps over them as over a Latin particle, so
// that "أسامة بن لادن" read from Latin is Usama bin Ladin (arabic-latin-reading.ts, trie-walk.ts).
import type { ScanState } from './scan-state';

const DESCENT = new Set(['بن', 'ابن', 'بنت']);

/** Whether token k is an Arabic word of descent. */
export function arabicParticleAt(s: ScanState, k: number): boolean {
  if (k >= s.block.last || s.tokens.lengths[k] > 3) return false;
  return DESCENT.has(s.block.text.slice(s.tokens.starts[k], s.tokens.ends[k]));
}
