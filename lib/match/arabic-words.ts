// Every Arabic page word, read once per word as written and kept per index: its own readings (arabic-reading.ts),
// then the Latin words it may romanise (arabic-latin-reading.ts). Both are a function of the word as written, and
// every Arabic word of a page comes here: reading it again each time cost the Arabic pages a good part of their speed.
import { arabicReading } from './arabic-reading';
import { compoundReadings, latinReadingsAt } from './arabic-latin-reading';
import { compoundTailAt } from './arabic-compound-tail';
import { perIndex, perIndexMemo } from './per-index';
import { readingsOf, setReadings, type ScanState } from './scan-state';
import { WrittenWordMemo } from './written-word-memo';

/** What an Arabic page word reads as: its own readings (arabic-reading.ts), then all of them with its Latin ones. */
interface WordReadings {
  own: readonly number[];
  all: readonly number[];
}

/**
 * Per index: each Arabic page word's readings, kept across pages; cleared when it grows large. Keyed by the word as
 * the page writes it (its lexicon id, and so which of the two readers below reads it, is a function of it), found
 * by the lexer's hash of it (written-word-memo.ts): every Arabic word of a page comes here, once.
 */
const cache = perIndex(() => new WrittenWordMemo<WordReadings>(20000));
/** The same for a word with a compound's tail written apart after it, read as the two joined (readCompound). */
const compoundCache = perIndexMemo<string, WordReadings>(20000);
const NONE: readonly number[] = [];

/** Token i's memo entry, or undefined. */
function known(s: ScanState, i: number): WordReadings | undefined {
  return cache(s.index).get(s.block.text, s.tokens.starts[i], s.tokens.ends[i], s.tokens.hashes[i]);
}

/** Keeps token i's entry. */
function keep(s: ScanState, i: number, written: string, word: WordReadings): void {
  cache(s.index).set(written, s.tokens.hashes[i], word);
}

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
  let word = known(s, i);
  if (word) setReadings(s, i, word.own);
  else {
    const written = writtenAt(s, i);
    const own = arabicReading(s, i);
    setReadings(s, i, own);
    word = { own, all: latinReadingsAt(s, i, written) };
    keep(s, i, written, word);
  }
  if (word.all.length) pushReadings(s, i, word.all);
  const tail = compoundTailAt(s, i + 1);
  if (tail >= 0) readCompound(s, i, writtenAt(s, i), tail);
}

/** Adds the Latin words token i, an Arabic word the index knows (its skeleton set), may romanise to its readings. */
export function readListedArabicWord(s: ScanState, i: number): void {
  let word = known(s, i);
  if (!word) {
    const written = writtenAt(s, i);
    word = { own: NONE, all: latinReadingsAt(s, i, written) };
    keep(s, i, written, word);
  }
  if (word.all.length) pushReadings(s, i, word.all);
  const tail = compoundTailAt(s, i + 1);
  if (tail >= 0) readCompound(s, i, writtenAt(s, i), tail);
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
