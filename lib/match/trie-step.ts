// One step of the trie walk, in a leaf module: precision rules that look a listed name up in the trie use it without
// importing the walk (trie-walk.ts imports precision.ts).
import type { NameIndex } from './name-index';

/** The trie state after `state` on skeleton `skel`, or -1: a binary search among the state's sorted children. */
export function step(index: NameIndex, state: number, skel: number): number {
  if (state === 0) return index.rootChild[skel];
  let lo = index.firstChild[state];
  let hi = index.firstChild[state + 1] - 1;
  const edges = index.edgeSkel;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = edges[mid];
    if (v === skel) return mid;
    if (v < skel) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
