// An Arabic page word read as the listed Latin words of persons it may romanise (lib/names/arabic-latin.ts): "صالح"
// is SALEH or SALIH, "الحوثي" HOUTHI, so that an Arabic page finds the people the lists write in Latin letters only. The word's
// own reading (an Arabic listed word, or one without a prefix: arabic-reading.ts) stays first; the Latin words
// follow, as a declined Cyrillic word's other readings do, and the trie walk takes the one the name goes on with.
import { arabicConsonantKeys, latinConsonantKey } from '../names/arabic-latin';
import { isArabicKey } from '../names/arabic';
import { lexiconSize, lexiconWord } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { SKEL_PARTICLE, SKEL_PERSON_PART, type NameIndex } from './name-index';
import { readingsOf, type ScanState } from './scan-state';

const { CASELESS } = normalize;

/** At most this many Latin words for one key, and readings for one page word: a key many words share says little. */
const MAX_PER_KEY = 6;
const MAX_READINGS = 8;

/** Per index: each listed Latin word's consonant key to the skeletons of the words that have it (built once). */
const tables = new WeakMap<NameIndex, Map<string, number[]>>();
/** Per index: a page word's Latin readings, kept across pages; cleared when it grows large. */
const memos = new WeakMap<NameIndex, Map<string, readonly number[]>>();

function keyTable(index: NameIndex): Map<string, number[]> {
  let table = tables.get(index);
  if (!table) {
    table = new Map();
    const n = lexiconSize(index.lexicon);
    for (let id = 0; id < n; id++) {
      const sk = index.tokenSkel[id];
      // Persons' words only: a firm's one word read from Arabic by its consonants is too often an everyday word
      // ("المبادئ", principles, has the consonants of EMBEDI).
      if (sk < 0 || index.skelFlags[sk] & SKEL_PARTICLE || !(index.skelFlags[sk] & SKEL_PERSON_PART)) continue;
      const word = lexiconWord(index.lexicon, id);
      if (word.length < 3 || isArabicKey(word)) continue;
      const key = latinConsonantKey(word);
      if (!key) continue;
      const list = table.get(key);
      if (!list) table.set(key, [sk]);
      else if (list.length < MAX_PER_KEY && !list.includes(sk)) list.push(sk);
    }
    tables.set(index, table);
  }
  return table;
}

/** The skeletons of the listed Latin words that folded Arabic words may romanise (each word's keys in turn). */
export function latinReadings(index: NameIndex, words: readonly string[]): readonly number[] {
  let memo = memos.get(index);
  if (!memo || memo.size > 20000) memos.set(index, (memo = new Map()));
  const at = words.join(' ');
  let found = memo.get(at);
  if (!found) {
    const table = keyTable(index);
    const list: number[] = [];
    for (const w of words) {
      for (const key of arabicConsonantKeys(w)) for (const sk of table.get(key) ?? []) if (list.length < MAX_READINGS && !list.includes(sk)) list.push(sk);
    }
    found = list;
    memo.set(at, found);
  }
  return found;
}

/**
 * Adds the Latin readings of token i (an Arabic word; `words`: it folded, and without its prefixes) after its own
 * readings, as alternatives only: its skeleton stays what it was (-1 for a word no listed name has), so that the
 * words around a name do not all turn into name words (a name that runs on into one is someone else's).
 */
export function addLatinReadings(s: ScanState, i: number, words: readonly string[]): void {
  const latin = latinReadings(s.index, words);
  if (!latin.length) return;
  const own = s.skels[i];
  const found = [...readingsOf(s, i)];
  if (own >= 0 && !found.includes(own)) found.unshift(own);
  for (const sk of latin) if (!found.includes(sk)) found.push(sk);
  s.alts[i] = s.readings.length;
  s.readings.push(found);
}

/**
 * Whether a person's name at tokens start..end may stand: one that an Arabic word meets only through its Latin
 * reading needs three words or more ("علي عبدالله صالح"); two words by their consonants alone are too many people's.
 */
export function latinReadNameAllowed(s: ScanState, start: number, end: number, words: number): boolean {
  if (words >= 3) return true;
  const { flags, starts } = s.tokens;
  for (let k = start; k <= end; k++) {
    const sk = s.skels[k];
    if (sk >= 0 && flags[k] & CASELESS && isArabicKey(s.block.text[starts[k]]) && !isArabicKey(lexiconWord(s.index.skeletons, sk))) return false;
  }
  return true;
}
