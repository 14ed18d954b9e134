// The first two words of every listed name, as bits: a word read from Arabic as the Latin words it may romanise
// (arabic-latin-reading.ts) begins a name only where the next word goes on with it, and nearly every Arabic word has
// such readings. One bit per (first word, second word) pair tells at once that a pair begins no name, where
// finding the second word among the first one's children in the trie reads several places of its large arrays.
import type { Steps } from '../stepwise';
import type { NameIndex } from './name-index';
import { perIndexSteps } from './per-index';

/** 2^19 bits (64 KB) for the trie's ~50,000 pairs: about one in eleven pairs that begin no name passes. */
const BITS = 19;

function bitOf(state: number, skel: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(skel + 1, 0x85ebca77)) >>> (32 - BITS);
}

/** Per index: a bit for each child of each first word's trie state (built with the index, in yielding pieces). */
const openings = perIndexSteps(function* (index: NameIndex): Steps<Uint32Array> {
  const bits = new Uint32Array(1 << (BITS - 5));
  const { rootChild, firstChild, edgeSkel } = index;
  for (let sk = 0; sk < rootChild.length; sk++) {
    if ((sk & 4095) === 4095) yield;
    const state = rootChild[sk];
    if (state < 0) continue;
    for (let c = firstChild[state]; c < firstChild[state + 1]; c++) {
      const b = bitOf(state, edgeSkel[c]);
      bits[b >>> 5] |= 1 << (b & 31);
    }
  }
  return bits;
});

/** The bits of the index's name openings, to pass to mayOpen. */
export function nameOpenings(index: NameIndex): Uint32Array {
  return openings(index);
}

/**
 * Whether `skel` may be a child of `state`, a trie state one word from the root: false means it is not; true
 * means the trie must be asked.
 */
export function mayOpen(bits: Uint32Array, state: number, skel: number): boolean {
  const b = bitOf(state, skel);
  return (bits[b >>> 5] & (1 << (b & 31))) !== 0;
}
