// An Arabic page word read as the listed Latin words of persons it may romanise (lib/names/arabic-latin.ts): "صالح"
// is SALEH or SALIH, "الحوثي" HOUTHI, so that an Arabic page finds the people the lists write in Latin letters only.
// Only a word that some listed Arabic-script name has (as written, or behind its prefix: "وأحمد") is read so: the
// UN's Arabic names hold the common vocabulary of Arab names, and an everyday word read by its consonants would
// begin a walk of the trie at nearly every word of an Arabic page. The word's
// own reading (an Arabic listed word, or one without a prefix: arabic-reading.ts) stays first; the Latin words
// follow, as a declined Cyrillic word's other readings do, and the trie walk takes the one the name goes on with.
import { arabicConsonantKeys, latinConsonantKey } from '../names/arabic-latin';
import { arabicReadings, isArabicKey, isNeverName } from '../names/arabic';
import { lexiconSize, lexiconWord } from '../names/lexicon';
import * as normalize from '../names/normalize';
import type { Steps } from '../stepwise';
import { perIndexSteps } from './per-index';
import { SKEL_PARTICLE, SKEL_PERSON_PART, type NameIndex } from './name-index';
import { readingsOf, wordAt, type ScanState } from './scan-state';
import { step } from './trie-walk';

const { JOINED } = normalize;

/** At most this many Latin words for one key, and readings for one page word: a key many words share says little. */
const MAX_PER_KEY = 6;
const MAX_READINGS = 4;

/** Per index: a page word's Latin readings, kept across pages; cleared when it grows large. */
const memos = new WeakMap<NameIndex, Map<string, readonly number[]>>();

/** Per index: each listed Latin word's consonant key to the skeletons of the words that have it (built once). */
const keyTable = perIndexSteps(function* (index: NameIndex): Steps<Map<string, number[]>> {
  const table = new Map<string, number[]>();
  const n = lexiconSize(index.lexicon);
  for (let id = 0; id < n; id++) {
    if ((id & 4095) === 4095) yield;
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
  return table;
});

/** The skeletons of the listed Latin words that folded Arabic words may romanise (each word's keys in turn). */
function latinReadings(index: NameIndex, words: readonly string[]): number[] {
  const table = keyTable(index);
  const list: number[] = [];
  for (const w of words) {
    for (const key of arabicConsonantKeys(w)) for (const sk of table.get(key) ?? []) if (list.length < MAX_READINGS && !list.includes(sk)) list.push(sk);
  }
  return list;
}

const NONE: readonly number[] = [];

/**
 * Adds the Latin readings of token i, a listed Arabic word (or one behind its prefix), after its own readings, as
 * alternatives only: its skeleton stays its Arabic one, so that an Arabic name is still read as such first. None
 * for "على" (on). Kept per index by the word as written (its own readings are a function of it too), as
 * arabic-reading.ts keeps its own.
 */
export function addLatinReadings(s: ScanState, i: number): void {
  let memo = memos.get(s.index);
  if (!memo || memo.size > 20000) memos.set(s.index, (memo = new Map()));
  const written = s.block.text.slice(s.tokens.starts[i], s.tokens.ends[i]);
  let merged = memo.get(written);
  if (!merged) {
    merged = NONE;
    if (!isNeverName(written)) {
      const word = wordAt(s, i);
      const latin = latinReadings(s.index, [word, ...arabicReadings(word)]);
      if (latin.length) {
        const own = s.skels[i];
        const found = [...readingsOf(s, i)];
        if (own >= 0 && !found.includes(own)) found.unshift(own);
        for (const sk of latin) if (!found.includes(sk)) found.push(sk);
        merged = found;
      }
    }
    memo.set(written, merged);
  }
  if (merged.length) {
    s.alts[i] = s.readings.length;
    s.readings.push(merged);
  }
}

/**
 * The reading of token i, an Arabic word, other than its skeleton, that begins a name going on through the next two
 * words (a name read from Latin needs three: latin-read-names.ts), made its skeleton; -1 when none does. Checked
 * before any walk: nearly every Arabic word has some Latin reading, and walking the trie from each of them cost the
 * Arabic pages most of their speed.
 */
export function latinStart(s: ScanState, i: number): number {
  const index = s.index;
  const flags = s.tokens.flags;
  if (i + 2 >= s.block.last || !(flags[i + 1] & JOINED) || !(flags[i + 2] & JOINED)) return -1;
  if ((s.skels[i + 1] < 0 && s.alts[i + 1] < 0) || (s.skels[i + 2] < 0 && s.alts[i + 2] < 0)) return -1;
  for (const r of readingsOf(s, i)) {
    const state = index.rootChild[r];
    if (state < 0 || r === s.skels[i]) continue;
    if (goesOn(s, goesOn(s, state, i + 1), i + 2) >= 0) {
      s.skels[i] = r;
      return r;
    }
  }
  return -1;
}

/** The first trie state after `state` on token k's skeleton or one of its readings; -1 when none (or state is -1). */
function goesOn(s: ScanState, state: number, k: number): number {
  if (state < 0) return -1;
  const sk = s.skels[k];
  if (sk >= 0) {
    const next = step(s.index, state, sk);
    if (next >= 0) return next;
  }
  for (const r of readingsOf(s, k)) {
    const next = step(s.index, state, r);
    if (next >= 0) return next;
  }
  return -1;
}
