// A listed person's full name misspelt by a letter in each word ("Igor Seshin" for SECHIN, Igor; "Petro Oleovich
// Aven" for AVEN, Petr Olegovich; "Gulbakho Imailova" for ISMAILOVA, Gulbakhor): journalists and translators slip a
// letter, and the trie walks exact skeletons only. A run of two to four capitalised words that no other rule explains
// is that person when every word is a word of one listed name, as written or one letter away (one letter left out,
// slipped in, changed, or two swapped), and the whole run walks the trie to that one person and no other; on a page
// that tells a sanctions story, names the person's country and is no sports page. One letter away never covers the
// first letter, nor a word's final "a" (Aleksandr and Aleksandra, Ismailov and Ismailova are two people), nor a word
// shorter than five letters; the listed surname must be rare in the world (as for rare-surname.ts) and the page's
// spelling of it too ("Mikhail Friedman": Friedman is one of the world's common surnames, so not FRIDMAN, Mikhail);
// a name of common name words only is never taken; and when every word is misspelt, each has seven letters or more.
// Likewise a name of three words or more with one middle word the listed name lacks, the others as listed ("Maher
// Hafez al-Assad" for AL-ASSAD, Maher: a father's name, a second given name), never a patronymic ("Igor Petrovich
// Sechin" is another father's son); a particle in lower case ("al-") is stepped over as the trie walk does. A run
// of two listed words is read only beside a rare surname with one listed owner ("Sebastian Uwimbabazi" of
// UWIMBABAZI, Sebastien), the edited given name keeping its last letter (Mario is not Maria).
import { mentionOf, type MatchReason, type Mention } from './mention';
import * as normalize from '../names/normalize';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { hashWord, lexiconSize, lexiconWord } from '../names/lexicon';
import { skeleton } from '../names/transliterate';
import { isCommonNamePart, isCommonWord } from '../names/frequency';
import { register } from './evidence';
import { sanctionsStoryWords } from './page-context';
import { hasCountryOnPage } from './precision';
import { perIndex, perIndexMemo } from './per-index';
import { runStart } from './runs';
import { step } from './trie-walk';
import { isNameWord, isParticleToken, readingsOf, wordAt, type ScanState } from './scan-state';
import { worldSurnameKeys } from './world-surname-keys';
import { rareSurnameBits } from './rare-surname';
import { hasSkeletonBit } from './skeleton-bits';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;
const { ENTITY_MASK, SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_PERSON_PART, entityId, entityKind, entityStatusOf } = names;

/** Story words a page needs (as for a rare surname alone). */
const STORY_WORDS = 3;
/** The longest run of capitalised words read as one misspelt name. */
const MAX_WORDS = 4;
/** Shortest word that may be one letter away from the listed one; a word every word of the run misspells must be longer. */
const MIN_EDITED = 5;
const MIN_ALL_EDITED = 7;
/** A middle word of the page's name that the listed name lacks, in a path through the trie. */
const SKIPPED = Number.MIN_SAFE_INTEGER;
const NONE: readonly number[] = [];
/** An East Slavic patronymic's ending, in the spellings the news uses. */
const PATRONYMIC = /(?:ich|ych|ovna|evna|ichna|ychna)$/;
/** The options of a particle ("al" of "al-Assad"): none, it is stepped over. */
const PARTICLE: number[] = [];
/** At most this many listed words one letter away from a page word are tried. */
const MAX_NEAR = 8;

/**
 * The listed person-name words (skeletons of four letters or more), found by each word and each of its one-letter
 * deletions: a word one letter away from a page word shares one of these keys with it (symmetric deletion). Kept as
 * hashes sorted with their skeletons beside them, about 100,000 pairs, not as a map of strings.
 */
interface NearKeys {
  hashes: Int32Array;
  skels: Int32Array;
}

const nearKeys = perIndex((index: NameIndex): NearKeys => {
  // Each (hash, skeleton) pair packed in one number, the hash made unsigned and above the skeleton's 2^21, so that a
  // native numeric sort orders them by hash (a comparator over an array of pairs took most of the build).
  const count = lexiconSize(index.skeletons);
  // Sized by the index (grown by doubling below): a test's index of a few names should not fill 1 MB.
  let packed = new Float64Array(Math.min(1 << 17, 64 * count + 64));
  let n = 0;
  const add = (h: number, k: number) => {
    if (n === packed.length) {
      const grown = new Float64Array(2 * n);
      grown.set(packed);
      packed = grown;
    }
    packed[n++] = (h >>> 0) * SKEL_SPACE + k;
  };
  for (let k = 0; k < count; k++) {
    if (!(index.skelFlags[k] & SKEL_PERSON_PART) || index.skelFlags[k] & (SKEL_COUNTRY | SKEL_COMMON_WORD)) continue;
    const w = lexiconWord(index.skeletons, k);
    if (w.length < MIN_EDITED - 1) continue;
    add(hashWord(w), k);
    for (let d = 1; d < w.length; d++) add(hashWithout(w, d), k);
  }
  const sorted = packed.subarray(0, n).sort();
  const hashes = new Int32Array(n);
  const skels = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const hi = Math.floor(sorted[p] / SKEL_SPACE);
    hashes[p] = hi | 0;
    skels[p] = sorted[p] - hi * SKEL_SPACE;
  }
  return { hashes, skels };
});

const SKEL_SPACE = 2 ** 21;

/** hashWord of w without its letter at d, made without the string. */
function hashWithout(w: string, d: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) if (i !== d) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
  return h;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** Per index: a page word's skeleton to the listed words one letter away, kept across pages; cleared when large. */
const nearMemo = perIndexMemo<string, readonly number[]>(20000);

/**
 * The listed words one letter away from the skeleton of the folded word `w` (not that skeleton itself), remembered per
 * index by the word, so that a word met before costs no skeleton string.
 */
export function nearWordsOf(index: NameIndex, w: string): readonly number[] {
  const memo = nearMemo(index);
  let found = memo.get(w);
  if (!found) {
    const out: number[] = [];
    nearWords(index, skeleton(w), out);
    found = out;
    memo.set(w, found);
  }
  return found;
}

/** The listed words one letter away from the skeleton `w` (not `w` itself), into `out`. */
function nearWords(index: NameIndex, w: string, out: number[]): void {
  const keys = nearKeys(index);
  const probe = (key: string) => {
    const h = hashWord(key);
    const u = h >>> 0;
    let lo = 0;
    let hi = keys.hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys.hashes[mid] >>> 0 < u) lo = mid + 1;
      else hi = mid;
    }
    for (let p = lo; p < keys.hashes.length && keys.hashes[p] === h && out.length < MAX_NEAR; p++) {
      const sk = keys.skels[p];
      if (!out.includes(sk) && oneLetterAway(w, lexiconWord(index.skeletons, sk))) out.push(sk);
    }
  };
  // The first letter stays: no deletion of it is probed, and oneLetterAway checks it.
  probe(w);
  for (let d = 1; d < w.length; d++) probe(w.slice(0, d) + w.slice(d + 1));
}

/**
 * Whether a and b differ by one letter left out, slipped in, changed or two neighbours swapped, with the same first
 * letter, and not by a final "a" (a feminine form is another person).
 */
export function oneLetterAway(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.max(a.length, b.length) < MIN_EDITED) return false;
  if (a.length === b.length) {
    let k = 0;
    while (a[k] === b[k]) k++;
    if (a.slice(k + 1) === b.slice(k + 1)) return true;
    return a[k] === b[k + 1] && a[k + 1] === b[k] && a.slice(k + 2) === b.slice(k + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  if (long.endsWith('a') && long.slice(0, -1) === short) return false;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  return short.slice(k) === long.slice(k + 1);
}

/**
 * The mention a misspelt full name makes from token i of the current block, and its last token; undefined when it
 * makes none. Called for a capitalised word that no other rule explained; the cheap tests first.
 */
export function nearName(s: ScanState, i: number, sports: boolean): [Mention, number] | undefined {
  const b = s.block;
  const { flags } = s.tokens;
  if (sports || sanctionsStoryWords(s.context) < STORY_WORDS || (flags[i] & (CAPITALIZED | CASELESS | CYRILLIC)) !== CAPITALIZED) return undefined;
  if (i + 1 >= b.last || !nameRunWord(flags[i + 1]) || !mayBeNameWord(s, i)) return undefined;
  let end = i + 1;
  let words = 2;
  for (;;) {
    if (end + 1 < b.last && nameRunWord(flags[end + 1])) end++;
    // "Maher Hafez al-Assad": a particle in lower case inside the name, before its next capitalised word.
    else if (end + 2 < b.last && isParticleToken(s, end + 1) && flags[end + 1] & JOINED && nameRunWord(flags[end + 2])) end += 2;
    else break;
    if (++words > MAX_WORDS) return undefined;
  }
  // Two words need one that no listed name has, the misspelt one: most runs of two are listed words both ("Rex
  // Tillerson" names a person on no list) and end here, before any string is made.
  // Or, both words listed, one of them a rare surname with one listed owner: the given name beside it in another
  // language's spelling ("Sebastian Uwimbabazi" of UWIMBABAZI, Sebastien), its last letter kept (Mario is not Maria).
  let bothListed = false;
  if (words === 2) {
    let unknown = false;
    for (let k = i; k <= end && !unknown; k++) unknown = s.skels[k] < 0 && s.tokens.lengths[k] >= MIN_EDITED && !isParticleToken(s, k);
    if (!unknown) {
      const rare = rareSurnameBits(s.index);
      for (let k = i; k <= end && !bothListed; k++) bothListed = s.skels[k] >= 0 && hasSkeletonBit(rare, s.skels[k]);
      if (!bothListed) return undefined;
    }
  }
  // The run's first word: not a name word's continuation ("Juan Igor Seshin" is someone else). Asked last of the
  // cheap tests, after the run's flags and skeletons: isNameWord of an unknown word spells it and its skeleton.
  if (i > b.first && flags[i] & JOINED && isNameWord(s, i - 1)) return undefined;
  return misspeltName(s, i, end, bothListed);
}

/**
 * Whether token i may be a word of a misspelt listed name, read from the token's flags and skeleton alone (no
 * string): a listed person's word, or one no listed name has of five letters or more (a misspelling's shape). Most
 * capitalised words in news ("The", "European", "Treasury") are neither, and end the rule before any string is made.
 */
function mayBeNameWord(s: ScanState, i: number): boolean {
  const sk = s.skels[i];
  if (sk < 0) return s.tokens.lengths[i] >= MIN_EDITED;
  const sf = s.index.skelFlags[sk];
  return (sf & SKEL_PERSON_PART) !== 0 && !(sf & (SKEL_COUNTRY | SKEL_COMMON_WORD));
}

function nameRunWord(f: number): boolean {
  return (f & (JOINED | CAPITALIZED | CASELESS | CYRILLIC)) === (JOINED | CAPITALIZED);
}

function misspeltName(s: ScanState, start: number, end: number, sameLastLetter: boolean): [Mention, number] | undefined {
  const index = s.index;
  // Per word: its listed readings (as written), then the listed words one letter away; edited[] marks the latter.
  const options: (readonly number[])[] = [];
  const firstNear: number[] = [];
  let anyNear = false;
  // A middle word may be one the list lacks (a father's name, a second given name): three words or more.
  const maySkip = end - start >= 2;
  // The first and the last word are kept in any case: both must have a name word's shape.
  if (!mayBeNameWord(s, end)) return undefined;
  for (let k = start; k <= end; k++) {
    if (isParticleToken(s, k)) {
      // Stepped over, as the trie walk steps over particles (trie-walk.ts).
      firstNear.push(0);
      options.push(PARTICLE);
      continue;
    }
    // Read only below: the readings themselves, not a copy.
    const readings = readingsOf(s, k);
    const exact = readings.length ? readings : s.skels[k] >= 0 ? [s.skels[k]] : NONE;
    const w = wordAt(s, k);
    const near = w.length >= MIN_EDITED ? nearWordsOf(index, w) : NONE;
    const list = near.length === 0 ? exact : [...exact, ...near.filter((sk) => !exact.includes(sk))];
    if (!list.length && !(maySkip && k > start && k < end)) return undefined;
    firstNear.push(exact.length);
    options.push(list);
    anyNear ||= list.length > exact.length;
  }
  if (!anyNear && !maySkip) return undefined;
  // Every way through the trie; a path with nothing edited or left out is a listed name the other rules turned down.
  const found = new Set<number>();
  const path: number[] = [];
  let ambiguous = false;
  const walk = (k: number, state: number, near: number, skipped: number): void => {
    if (ambiguous) return;
    if (k > end) {
      if (near + skipped === 0) return;
      const first = runStart(index.outRuns, state);
      for (let o = first; o < first + index.outRuns.lengths[state]; o++) {
        const e = index.outputs[o] & ENTITY_MASK;
        if (entityKind(index, e) !== 'person') continue;
        if (!acceptable(s, start, path, e, near, sameLastLetter)) continue;
        found.add(e);
      }
      if (found.size > 1) ambiguous = true;
      return;
    }
    if (options[k - start] === PARTICLE) {
      path.push(SKIPPED);
      walk(k + 1, state, near, skipped);
      path.pop();
      return;
    }
    // One middle word left out, the others as listed; never a patronymic ("Igor Petrovich Sechin" is not SECHIN,
    // Igor Ivanovich: another father's son).
    if (maySkip && skipped === 0 && near === 0 && k > start && k < end && !PATRONYMIC.test(wordAt(s, k))) {
      path.push(SKIPPED);
      walk(k + 1, state, near, 1);
      path.pop();
    }
    const list = options[k - start];
    for (let c = 0; c < list.length; c++) {
      const edited = c >= firstNear[k - start];
      if (edited && skipped > 0) continue;
      const next = step(index, state, list[c]);
      if (next < 0) continue;
      path.push(edited ? list[c] : -1 - list[c]);
      walk(k + 1, next, near + (edited ? 1 : 0), skipped);
      path.pop();
    }
  };
  walk(start, 0, 0, 0);
  if (ambiguous || found.size !== 1) return undefined;
  const [e] = found;
  if (!hasCountryOnPage(s, e)) return undefined;
  const status = entityStatusOf(index, e);
  register(s, e, status, { start, end });
  forgetOtherNames(s, start, end);
  const { starts, ends } = s.tokens;
  return [mentionOf(s.block.text, starts[start], ends[end], entityId(index, e), status, [], { reasons: NEAR_NAME }), end];
}

const NEAR_NAME: readonly MatchReason[] = ['near-spelling', 'sanctions-story', 'country'];

/**
 * The words of a misspelt name are the listed person's: before the scan found it, the page's reading took its surname
 * after its given name for someone else with that surname (back-reference.ts, noteOtherNames), which would leave a
 * later surname alone "possible" ("Samer Kamel Assad" of AL-ASSAD, Samer Kamal, then "Assad's cousins").
 */
function forgetOtherNames(s: ScanState, start: number, end: number): void {
  const others = s.context.otherNames;
  if (others.size === 0) return;
  // Every time the page wrote the two words: its later "Samer Kamel Assad" is the same man, found when the scan gets there.
  for (let k = start + 1; k <= end; k++) {
    const list = others.get(s.skels[k]);
    if (!list || !list.includes(s.skels[k - 1])) continue;
    const left = list.filter((p) => p !== s.skels[k - 1]);
    if (left.length === 0) others.delete(s.skels[k]);
    else others.set(s.skels[k], left);
  }
}

/**
 * Whether the words start.. (path: an edited word's listed skeleton, -1 - skeleton for one as written, SKIPPED for a
 * middle word the list lacks) may name
 * person e: the surname they reach is rare and so is the page's spelling of it, not every word is a common name
 * part, and a run whose every word is misspelt has long words only; `sameLastLetter`: an edited word keeps its last
 * letter.
 */
function acceptable(s: ScanState, start: number, path: readonly number[], e: number, near: number, sameLastLetter: boolean): boolean {
  const index = s.index;
  const world = worldSurnameKeys();
  let surname = false;
  let allCommon = true;
  let kept = 0;
  for (const v of path) if (v !== SKIPPED) kept++;
  for (let p = 0; p < path.length; p++) {
    if (path[p] === SKIPPED) continue;
    const sk = path[p] >= 0 ? path[p] : -1 - path[p];
    const w = wordAt(s, start + p);
    if (!isCommonNamePart(w)) allCommon = false;
    if (path[p] >= 0 && near === kept && w.length < MIN_ALL_EDITED) return false;
    if (path[p] >= 0 && sameLastLetter && skeleton(w).slice(-1) !== lexiconWord(index.skeletons, sk).slice(-1)) return false;
    if (!isSurnameOf(index, e, sk)) continue;
    if (index.skelFlags[sk] & (SKEL_COMMON_NAME | SKEL_COMMON_WORD) || world.has(lexiconWord(index.skeletons, sk))) return false;
    if (world.has(skeleton(w)) || isCommonWord(w) || isCommonNamePart(w)) return false;
    surname = true;
  }
  return surname && !allCommon;
}

function isSurnameOf(index: NameIndex, e: number, sk: number): boolean {
  const first = runStart(index.surnameRuns, e);
  for (let k = first; k < first + index.surnameRuns.lengths[e]; k++) if (index.surnames[k] === sk) return true;
  return false;
}
