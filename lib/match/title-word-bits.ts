// Which lexicon words are titles ("President", "ministro"), as bits. The rules that look around a name for a title
// ask it of the few words before and after, and most of those words are none: these 4 kB stay in the cache, where
// the index's tokenTitle (an Int32Array over every word, 128 kB) missed it on most of them.
import type { NameIndex } from './name-index';
import { perIndex } from './per-index';
import { skeletonBits } from './skeleton-bits';

/** Per index: bit `id` set when lexicon word `id` has title bits (index.tokenTitle[id] !== 0). */
export const titleWordBits = perIndex((index: NameIndex): Uint8Array => skeletonBits(index.tokenTitle.length, (id) => index.tokenTitle[id] !== 0));

/** Whether lexicon word `id` (>= 0) is a title, by the bits of titleWordBits. */
export function isTitleWord(bits: Uint8Array, id: number): boolean {
  return (bits[id >> 3] & (1 << (id & 7))) !== 0;
}
