// Every Arabic page word, read once per word as written and kept per index: its own readings (arabic-reading.ts),
// then the Latin words it may romanise (arabic-latin-reading.ts). Both are a function of the word as written, and
// every Arabic word of a page comes here: reading it again each time cost the Arabic pages a good part of their speed.
import { arabicReading } from './arabic-reading';
import { compoundReadings, latinReadingsAt } from './arabic-latin-reading';
import { compoundTailAt } from './arabic-compound-tail';
import { mayBeNeverName } from '../names/arabic';
import * as normalize from '../names/normalize';
import { perIndex, perIndexMemo } from './per-index';
import { readingsOf, setReadings, type ScanState } from './scan-state';
import { arabicWordMemo as cache, findArabicWord as find } from './arabic-word-memo';

/** What a word with a compound's tail written apart after it reads as (readCompound): all its readings. */
interface WordReadings {
  own: readonly number[];
  all: readonly number[];
}

/** The same for a word with a compound's tail written apart after it, read as the two joined (readCompound). */
const compoundCache = perIndexMemo<string, WordReadings>(20000);
const NONE: readonly number[] = [];
const { CYRILLIC } = normalize;

/** Token i as written. */
function writtenAt(s: ScanState, i: number): string {
  return s.block.text.slice(s.tokens.starts[i], s.tokens.ends[i]);
}

/**
 * Fills token i, an Arabic word the index does not know as written: its skeleton (-1 when none of its readings is
 * a listed word), its own readings (the listed words it is behind its prefix), and the Latin words it may
 * romanise (arabic-latin-reading.ts) after them.
 */
export function readArabicWord(s: ScanState, i: number): void {
  const memo = cache(s.index);
  const at = find(s, i);
  if (at >= 0) {
    const n = memo.numberAt(at);
    s.skels[i] = (n >> 1) - 1;
    if (n & 1) pushReadings(s, i, memo.valueAt(at));
  } else {
    const written = writtenAt(s, i);
    const own = arabicReading(s, i);
    setReadings(s, i, own);
    const all = latinReadingsAt(s, i, written);
    if (all.length) pushReadings(s, i, all);
    // The list the token's readings are: its Latin ones with its own, else its own when more than one.
    const list = all.length ? all : own.length > 1 ? own : NONE;
    memo.set(written, s.tokens.hashes[i], list, ((own.length ? own[0] : -1) + 1) * 2 + (list.length ? 1 : 0));
  }
  const tail = compoundTailAt(s, i + 1);
  if (tail >= 0) readCompound(s, i, writtenAt(s, i), tail);
}

/** Per index: the Latin readings of the lexicon's Arabic words met so far, by the number `facts` keeps (below). */
const listedReadings = perIndex((): (readonly number[])[] => [NONE]);

/**
 * Adds the Latin words token i, an Arabic word the index knows (its skeleton set), may romanise to its readings.
 * `facts[at]`, the lexer's slot for the word's lexicon id, keeps them: 0 until first read, then -1 for none, else
 * their number in listedReadings. They depend on the word as written only where latinReadingsAt reads it apart
 * from its lexicon word (a preposition written with ى, an invisible unit in it): such a word is looked up as written.
 */
export function readListedArabicWord(s: ScanState, i: number, facts: Int32Array, at: number): void {
  let all: readonly number[];
  if (readsAsLexiconWord(s, i)) {
    let k = facts[at];
    if (k === 0) {
      const found = latinReadingsAt(s, i, writtenAt(s, i));
      const lists = listedReadings(s.index);
      k = facts[at] = found.length ? lists.push(found) - 1 : -1;
    }
    all = k < 0 ? NONE : listedReadings(s.index)[k];
  } else {
    const memo = cache(s.index);
    const at = find(s, i);
    if (at >= 0) all = memo.numberAt(at) & 1 ? memo.valueAt(at) : NONE;
    else {
      const written = writtenAt(s, i);
      all = latinReadingsAt(s, i, written);
      memo.set(written, s.tokens.hashes[i], all, all.length ? 1 : 0);
    }
  }
  if (all.length) pushReadings(s, i, all);
  const tail = compoundTailAt(s, i + 1);
  if (tail >= 0) readCompound(s, i, writtenAt(s, i), tail);
}

/**
 * Whether latinReadingsAt reads token i, a word of the lexicon, as it reads every other writing of that word: no unit
 * of it skipped by folding (a zero-width non-joiner), read by no Cyrillic rule before (its skeleton and readings
 * still the lexicon's), and not of the shape of isNeverName's prepositions ("على", which folds to "علي").
 */
function readsAsLexiconWord(s: ScanState, i: number): boolean {
  const { starts, ends, lengths, flags } = s.tokens;
  return ends[i] - starts[i] === lengths[i] && !(flags[i] & CYRILLIC) && !mayBeNeverName(s.block.text, starts[i], ends[i]);
}

/**
 * Token i, its own readings set, with a compound's tail written apart after it: also read as the Latin words the two
 * may be as one ("عبد الله": Abdullah; "حاجي زاده": Hajizadeh; arabic-compound-tail.ts), before its other readings,
 * so that the walk takes the compound first.
 */
function readCompound(s: ScanState, i: number, written: string, tail: number): void {
  const known = compoundCache(s.index);
  const key = written + ' ' + tail;
  let word = known.get(key);
  if (!word) {
    const compound = compoundReadings(s, i, written, tail);
    const all: number[] = [];
    if (compound.length) {
      const own = s.skels[i];
      if (own >= 0) all.push(own);
      for (const sk of [...compound, ...readingsOf(s, i)]) if (!all.includes(sk)) all.push(sk);
    }
    word = { own: NONE, all };
    known.set(key, word);
  }
  if (word.all.length) pushReadings(s, i, word.all);
}

/** Token i's readings made `all` (its skeleton stays). */
function pushReadings(s: ScanState, i: number, all: readonly number[]): void {
  s.alts[i] = s.readings.length;
  s.readings.push(all);
}
