// An Arabic page word read as the listed Latin words of persons it may romanise (lib/names/arabic-latin.ts): "صالح"
// is SALEH or SALIH, "الحوثي" HOUTHI, "حمشو" HAMSHO, so that an Arabic page finds the people the lists write in Latin
// letters only. Any Arabic word is read so (memoised per written word): the trie walk starts from such a reading only
// when the next word goes on with the name (latinStart), and a name met so stands only under latin-read-names.ts's
// rules. The word's own reading (an Arabic listed word, or one without a prefix: arabic-reading.ts) stays first;
// the Latin words follow, as a declined Cyrillic word's other readings do, and the walk takes the one the name goes
// on with.
import { arabicKeys, extraVowels, isAnotherCommonName, latinSoundReadings, missingVowels, vowelsAgree } from '../names/arabic-latin';
import { arabicReadings, isArabicHonorificAt, isArabicKey, isCommonArabicName, isNeverName } from '../names/arabic';
import { lexiconSize, lexiconWord } from '../names/lexicon';
import * as normalize from '../names/normalize';
import type { Steps } from '../stepwise';
import { perIndex, perIndexSteps } from './per-index';
import { WrittenWordMemo } from './written-word-memo';
import { SKEL_COMMON_NAME, SKEL_PARTICLE, SKEL_PERSON_PART, type NameIndex } from './name-index';
import { readingsOf, wordAt, type ScanState } from './scan-state';
import { arabicParticleAt } from './arabic-descent';
import { compoundTailAt, joinedTail, readsAsCompound } from './arabic-compound-tail';
import { step } from './trie-walk';
import { mayBegin, mayGoOn, mayOpen, nameOpenings, wordBit, type NameOpenings } from './arabic-name-openings';

const { JOINED } = normalize;

/**
 * At most this many Latin words for one key whose vowels agree with the Arabic word's (arabic-latin.ts), the closest
 * first, and readings for each form of one page word: a key many words share says little. Eight readings, not four:
 * a Somali name's key is shared by words with fewer written vowels ("مهد كرتاي": MAHAD and KARATE came after Mahdi,
 * Mehdi, Kurt...), and the walk takes only a reading the next word goes on with.
 */
const MAX_PER_KEY = 6;
const MAX_READINGS = 8;

/** A listed Latin word's skeleton and its vowels after each letter of its consonant key. */
interface KeyedWord {
  sk: number;
  slots: string[];
  /** Whether the Latin word writes a q, the letter of ق (k is also ك's). */
  q: boolean;
  /** Whether it writes a g that is no gh, the letter of a ق said g (ArabicKey.gaf) as of an Egyptian ج. */
  g: boolean;
}

/** Per index: each listed Latin word's consonant key to the words that have it (built once, in yielding pieces). */
const keyTable = perIndexSteps(function* (index: NameIndex): Steps<Map<string, KeyedWord[]>> {
  const table = new Map<string, KeyedWord[]>();
  const n = lexiconSize(index.lexicon);
  for (let id = 0; id < n; id++) {
    if ((id & 4095) === 4095) yield;
    const sk = index.tokenSkel[id];
    // Persons' words only: a firm's one word read from Arabic by its consonants is too often an everyday word
    // ("المبادئ", principles, has the consonants of EMBEDI).
    if (sk < 0 || index.skelFlags[sk] & SKEL_PARTICLE || !(index.skelFlags[sk] & SKEL_PERSON_PART)) continue;
    const word = lexiconWord(index.lexicon, id);
    if (word.length < 3 || isArabicKey(word)) continue;
    for (const { key, slots } of latinSoundReadings(word)) {
      if (!key) continue;
      const list = table.get(key);
      const entry = { sk, slots, q: word.includes('q'), g: G_SOUND.test(word) };
      if (!list) table.set(key, [entry]);
      else if (!list.some((w) => w.sk === sk)) list.push(entry);
    }
  }
  return table;
});

const G_SOUND = /g(?!h)/;

/** 1 for a common name's skeleton: of the Latin words as close to an Arabic word, the common names first ("عمر": Omar, not Imre). */
function common(index: NameIndex, sk: number): number {
  return index.skelFlags[sk] & SKEL_COMMON_NAME ? 1 : 0;
}

/**
 * The skeletons of the listed Latin words that folded Arabic words may romanise (each word's keys in turn), those
 * whose vowels agree with the long vowels the Arabic word writes: "اسامه" is Usama, not one of the forty other
 * words of key s-m (Sami, Isam...), which a first-come cap had kept instead.
 */
export function latinReadings(index: NameIndex, words: readonly string[], perKey = MAX_PER_KEY, perForm = MAX_READINGS): number[] {
  const table = keyTable(index);
  const list: number[] = [];
  for (const w of words) {
    // Each form its own share: "وعلي" as a word of its own (key w-l) must leave room for علي, Ali.
    const cap = list.length + perForm;
    const commonWord = isCommonArabicName(w);
    // A word with ق is read first as the Latin words that write it q ("قلعي": Qalei before Kluai, Cali).
    const qaf = w.includes('ق');
    // The usual sound of each letter first (ق as q before gh: arabic-latin.ts).
    for (const key of arabicKeys(w, true).sort((x, y) => x.unusual - y.unusual)) {
      // The closest first: the fewest vowels where the Arabic word writes none ("عمرو" is Amr before Omairi), then the
      // fewest of its written vowels left out ("الشاعر" is Shaer before Sher).
      const agree = (table.get(key.key) ?? []).filter((e) => (!key.gaf || e.g) && vowelsAgree(key, e.slots) && !(commonWord && isAnotherCommonName(w, key, e.slots)));
      agree.sort((x, y) => (qaf ? +y.q - +x.q : 0) || extraVowels(key, x.slots) - extraVowels(key, y.slots) || missingVowels(key, x.slots) - missingVowels(key, y.slots) || common(index, y.sk) - common(index, x.sk));
      let taken = 0;
      for (const entry of agree) {
        if (list.length >= cap || taken >= perKey) break;
        if (list.includes(entry.sk)) continue;
        list.push(entry.sk);
        taken++;
      }
    }
  }
  return list;
}

/**
 * Whether folded Arabic `word` reads as listed Latin word `sk` closely: its long vowels there, and no vowel where the
 * Arabic word writes none ("المولى" is Mawla; "السلاح", the weapon, is not Saleh, whose a the Arabic does not write).
 */
export function readsClosely(index: NameIndex, word: string, sk: number): boolean {
  const table = keyTable(index);
  for (const key of arabicKeys(word, true)) {
    for (const e of table.get(key.key) ?? []) if (e.sk === sk && (!key.gaf || e.g) && vowelsAgree(key, e.slots) && extraVowels(key, e.slots) === 0) return true;
  }
  return false;
}

const NONE: readonly number[] = [];
const ABD = 'عبد';

/**
 * The forms of a word no listed Arabic name has that are read as Latin words: the word, and without a first و
 * ("وماهر": and Maher), as lists of names join them, or a first ل (for, owned by: "المملوكة لرامي مخلوف") before four
 * letters or more, which few names begin with (ليلى, لطفي, لقمان: the rest reads as no name). The prepositions ب and
 * ك and ف are not taken off: without a listed word behind them they are as often a name's own first letter ("كمال"
 * is Kamal, not ك + Mali; "بشير" Bashir, not ب + Sher). Nor a prefix in a Persian compound, written with a zero-width
 * non-joiner ("واعظ‌زاده").
 */
function unlistedForms(word: string, written: string): string[] {
  const c = word[0];
  if ((c === 'و' ? word.length <= 3 : c !== 'ل' || word.length <= 4) || written.includes('\u200c')) return [word];
  return [word, word.slice(1)];
}

/**
 * The readings of token i, a listed Arabic word (or one behind its prefix), once its own are set: its own readings
 * followed by its Latin ones, as alternatives only (its skeleton stays its Arabic one, so that an Arabic name is still
 * read as such first); none when it has no Latin reading, and none for "على" (on). A function of the word as written
 * (its own readings are too): arabic-reading.ts keeps it per word.
 */
export function latinReadingsAt(s: ScanState, i: number, written: string): readonly number[] {
  if (isNeverName(written)) return NONE;
  const word = wordAt(s, i);
  // A listed word as written is read as itself only ("كمال" is Kamal, not ك + Mali); one listed behind its
  // prefix also without it ("وأحمد").
  const latin = latinReadings(s.index, readingForms(s, i, word, written));
  if (!latin.length) return NONE;
  const own = s.skels[i];
  const found = [...readingsOf(s, i)];
  if (own >= 0 && !found.includes(own)) found.unshift(own);
  for (const sk of latin) if (!found.includes(sk)) found.push(sk);
  return found;
}

/** The forms of token i (folded `word`) that are read as Latin words: latinReadingsAt's. */
function readingForms(s: ScanState, i: number, word: string, written: string): string[] {
  // A listed word as written is read as itself only ("كمال" is Kamal, not ك + Mali); one listed behind its
  // prefix also without it ("وأحمد").
  const id = s.tokens.ids[i];
  const forms = id >= 0 && s.index.tokenSkel[id] >= 0 ? [word] : s.skels[i] >= 0 ? [word, ...arabicReadings(word)] : unlistedForms(word, written);
  // "عبد الملك": Latin writes the next word's article with عبد ("Abdul Malik", "Abdel Rahman").
  if (forms.some((f) => f === ABD)) forms.push(ABD + 'ل');
  return forms;
}

/**
 * Per index: each Arabic page word (as written) to its Latin readings past the caps (latinReadings), kept across
 * pages and found by the lexer's hash of it, without making its string (written-word-memo.ts). Asked only of a word
 * none of whose readings begins a name that goes on (latinStart).
 */
const pastCapMemo = perIndex(() => new WrittenWordMemo<readonly number[]>(20000));

/** More readings of one key than the cap keeps, for a name's first word whose next word chooses among them. */
const PAST_CAP_PER_KEY = 24;

/**
 * The Latin words token i may romanise that the caps left out of its readings, the closest first: "عامر" reads as
 * Amr, Oamri, Amir, Amar, Amor and Amru before the cap, and not as Amer, which only the next word (Zuhair, Foz) can
 * tell. Empty for a word read as no Latin word at all, or one the caps did not cut.
 */
function pastCapReadings(s: ScanState, i: number, mine: readonly number[]): readonly number[] {
  const memo = pastCapMemo(s.index);
  const { starts, ends, hashes } = s.tokens;
  const kept = memo.get(s.block.text, starts[i], ends[i], hashes[i]);
  if (kept !== undefined) return kept;
  const written = s.block.text.slice(starts[i], ends[i]);
  let past = isNeverName(written) ? NONE : latinReadings(s.index, readingForms(s, i, wordAt(s, i), written), PAST_CAP_PER_KEY, PAST_CAP_PER_KEY).filter((r) => !mine.includes(r));
  if (past.length === 0) past = NONE;
  memo.set(written, hashes[i], past);
  return past;
}

/**
 * The listed Latin words token i and the tail written apart after it (arabic-compound-tail.ts) may romanise as one
 * word ("عبد الله": Abdullah, Abdallah; "حاجي زاده": Hajizadeh), behind a first و too.
 */
export function compoundReadings(s: ScanState, i: number, written: string, tail: number): number[] {
  const word = wordAt(s, i);
  return latinReadings(s.index, joinedTail(tail).flatMap((t) => unlistedForms(word + t, written)));
}

/**
 * The reading of token i, an Arabic word, other than its skeleton, that begins a name going on through the next word
 * (latin-read-names.ts says which such names stand), made its skeleton; -1 when none does. Checked before any walk:
 * nearly every Arabic word has some Latin reading, and walking the trie from each of them cost the Arabic pages most
 * of their speed.
 */
export function latinStart(s: ScanState, i: number): number {
  const k = s.alts[i];
  if (k < 0) return -1;
  const mine = s.readings[k];
  const own = s.skels[i];
  // "أسامة بن لادن": the walk steps over "بن" as over "bin" (trie-walk.ts).
  const after = arabicParticleAt(s, i + 1) && readable(s, i + 2) ? i + 2 : i + 1;
  // "عبد الله يوسف": a reading of the compound (Abdallah) goes on after its tail, as the walk steps over it.
  const tail = compoundTailAt(s, i + 1);
  const pastTail = tail >= 0 && readable(s, i + 2);
  if (!readable(s, after) && !pastTail) return -1;
  // The masks of the readings of the words a name may go on with: one test for each reading of this word.
  const afterMask = readingsMask(s, after);
  const tailMask = pastTail ? readingsMask(s, i + 2) : 0;
  const start: NameStart = { i, own, after, tail, pastTail, afterMask, tailMask };
  let best = startAmong(s, start, mine);
  // "وعامر زهير فوز": a key's reading past the cap (Amer), when the next words choose it. Only a word the caps cut
  // has such readings, and a cut leaves it MAX_PER_KEY readings or more (latinReadings): most words are not asked.
  if (best < 0 && mine.length >= MAX_PER_KEY) best = startAmong(s, start, pastCapReadings(s, i, mine));
  // "السيد عبد الملك الحوثي": the honorific is no Said beginning a name (the name begins after it). Asked last: few
  // words begin a name.
  if (best >= 0 && isArabicHonorificAt(s.block.text, s.tokens.starts[i], s.tokens.ends[i])) return -1;
  if (best >= 0) s.skels[i] = best;
  return best;
}

/** Where a name walked from token i's reading goes on (latinStart): the word after it, or past a compound's tail. */
interface NameStart {
  i: number;
  own: number;
  after: number;
  tail: number;
  pastTail: boolean;
  afterMask: number;
  tailMask: number;
}

/** The reading among `readings` that begins a name going on furthest through the next words (latinStart); -1 when none. */
function startAmong(s: ScanState, start: NameStart, readings: readonly number[]): number {
  const { i, own, after, tail, pastTail, afterMask, tailMask } = start;
  const openings = nameOpenings(s.index);
  const rootChild = s.index.rootChild;
  let best = -1;
  for (let n = 0; n < readings.length; n++) {
    const r = readings[n];
    if (r === own || !mayBegin(openings, r)) continue;
    const compound = pastTail && readsAsCompound(s.index, tail, r);
    if (!mayGoOn(openings, r, compound ? tailMask : afterMask)) continue;
    const second = compound ? i + 2 : after;
    const state = rootChild[r];
    const next = goesOn(s, state, second, openings);
    if (next < 0) continue;
    if (best < 0) best = r;
    // The reading that goes on furthest (of three words at most): "أحمد" is the Ahmed of "Ahmed Ali Saleh".
    if (!readable(s, second + 1)) break;
    if (goesOn(s, next, second + 1, undefined) >= 0) return r;
  }
  return best;
}

/** The wordBits of token k's skeleton and readings, ORed (0 for a word read as no listed word): what goesOn tries. */
function readingsMask(s: ScanState, k: number): number {
  const sk = s.skels[k];
  let mask = sk >= 0 ? wordBit(sk) : 0;
  const a = s.alts[k];
  if (a < 0) return mask;
  const list = s.readings[a];
  for (let n = 0; n < list.length; n++) mask |= wordBit(list[n]);
  return mask;
}

/** Whether token k of the block is joined to the word before and read as some listed word. */
function readable(s: ScanState, k: number): boolean {
  return k < s.block.last && (s.tokens.flags[k] & JOINED) !== 0 && (s.skels[k] >= 0 || s.alts[k] >= 0);
}

/**
 * The first trie state after `state` on token k's skeleton or one of its readings; -1 when none (or state is -1).
 * `openings` when state is one word from the root: a pair it lacks is no step (arabic-name-openings.ts).
 */
function goesOn(s: ScanState, state: number, k: number, openings: NameOpenings | undefined): number {
  if (state < 0) return -1;
  const sk = s.skels[k];
  if (sk >= 0 && (!openings || mayOpen(openings, state, sk))) {
    const next = step(s.index, state, sk);
    if (next >= 0) return next;
  }
  const a = s.alts[k];
  if (a < 0) return -1;
  const list = s.readings[a];
  for (let n = 0; n < list.length; n++) {
    const r = list[n];
    // The skeleton is among the readings too (tried above).
    if (r === sk || (openings && !mayOpen(openings, state, r))) continue;
    const next = step(s.index, state, r);
    if (next >= 0) return next;
  }
  return -1;
}
