// The first two words of every listed name, as bits: a word read from Arabic as the Latin words it may romanise
// (arabic-latin-reading.ts) begins a name only where the next word goes on with it, and nearly every Arabic word has
// such readings. One bit per (first word, second word) pair tells at once that a pair begins no name, where
// finding the second word among the first one's children in the trie reads several places of its large arrays;
// and one bit per skeleton whether it begins any name, in 4 KB where the trie's root row takes 110.
import type { Steps } from '../stepwise';
import type { NameIndex } from './name-index';
import { perIndexSteps } from './per-index';

/** 2^19 bits (64 KB) for the trie's ~50,000 pairs: about one in eleven pairs that begin no name passes. */
const BITS = 19;

function bitOf(state: number, skel: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(skel + 1, 0x85ebca77)) >>> (32 - BITS);
}

/** A skeleton's one bit of 32 in a word's mask (wordBit). */
function maskBit(skel: number): number {
  return 1 << (Math.imul(skel + 1, 0x9e3779b1) >>> 27);
}

/** The bits of an index's name openings. */
export interface NameOpenings {
  /** Per skeleton: whether some name begins with it. */
  firsts: Uint32Array;
  /** Per (first word's trie state, second word's skeleton), hashed: whether some name may begin so. */
  pairs: Uint32Array;
  /**
   * Per skeleton that begins a name: the maskBit of each second word of its names, ORed. Against the mask of all
   * readings of the next word (wordBit ORed), one test tells that no reading of it goes on, where mayOpen asks each pair.
   */
  seconds: Uint32Array;
}

/** Per index: its name openings (built with the index, in yielding pieces). */
const openings = perIndexSteps(function* (index: NameIndex): Steps<NameOpenings> {
  const { rootChild, firstChild, edgeSkel } = index;
  const pairs = new Uint32Array(1 << (BITS - 5));
  const firsts = new Uint32Array((rootChild.length >>> 5) + 1);
  const seconds = new Uint32Array(rootChild.length);
  for (let sk = 0; sk < rootChild.length; sk++) {
    if ((sk & 4095) === 4095) yield;
    const state = rootChild[sk];
    if (state < 0) continue;
    firsts[sk >>> 5] |= 1 << (sk & 31);
    for (let c = firstChild[state]; c < firstChild[state + 1]; c++) {
      const b = bitOf(state, edgeSkel[c]);
      pairs[b >>> 5] |= 1 << (b & 31);
      seconds[sk] |= maskBit(edgeSkel[c]);
    }
  }
  return { firsts, pairs, seconds };
});

/** The index's name openings, to pass to mayBegin and mayOpen. */
export function nameOpenings(index: NameIndex): NameOpenings {
  return openings(index);
}

/** Whether some listed name begins with skeleton `skel` (rootChild[skel] >= 0). */
export function mayBegin(o: NameOpenings, skel: number): boolean {
  return (o.firsts[skel >>> 5] & (1 << (skel & 31))) !== 0;
}

/**
 * Whether `skel` may be a child of `state`, a trie state one word from the root: false means it is not; true
 * means the trie must be asked.
 */
export function mayOpen(o: NameOpenings, state: number, skel: number): boolean {
  const b = bitOf(state, skel);
  return (o.pairs[b >>> 5] & (1 << (b & 31))) !== 0;
}

/** Skeleton `skel`'s bit in a word's mask of its readings, to test against `seconds` (mayGoOn). */
export function wordBit(skel: number): number {
  return maskBit(skel);
}

/**
 * Whether some name that begins with skeleton `first` (mayBegin) may go on with a word whose readings' wordBits
 * ORed are `mask`: false means none does; true means each pair must be asked (mayOpen).
 */
export function mayGoOn(o: NameOpenings, first: number, mask: number): boolean {
  return (o.seconds[first] & mask) !== 0;
}
