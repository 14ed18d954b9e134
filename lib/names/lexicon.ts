// The words an index knows, in a hash table over one string, and the page lexer that looks each page word up
// while it folds it: no string is made for a word the index has, so a page costs one pass over its characters.
import * as normalize from './normalize';
import { skeleton } from './transliterate';

// Module-local copies: some loaders (tsx, CommonJS interop) read imported bindings through getters, which a
// per-character loop would pay for on every read.
const { CAPITALIZED, ALL_UPPER, CASE, CASELESS, CLASS, CYRILLIC, CYRILLIC_UNIT, FOLD, IGNORE, JOIN, JOINED, SCRIPT, SPELLED, WORD, LOWER_CASE, UPPER_CASE, classOf, foldWord, gapJoins, isCyrillicKey, spelledApart } = normalize;

export interface Lexicon {
  /** All words, folded, one after another; word i is chars[start[i], start[i+1]). */
  chars: string;
  start: Int32Array;
  /** Open addressing, two entries a slot: word number (-1: empty) and its hash, so a probe reads one cache line. */
  table: Int32Array;
  /**
   * A 65,536-bit filter over hashes of the words that matter when a page writes them in lower case (context
   * words, connectors, numbers). Most lower-case page words miss it and skip the probe.
   */
  lower: Uint8Array;
  /**
   * A bit per slot of the table: set where some word's hash begins its probe. A word whose bit is clear is none of the
   * lexicon's, told by one read of 1/64 of the table's bytes instead of a probe of the table, mostly out of the cache.
   */
  homes: Uint8Array;
}

// ASCII: the folded letter or digit, 0 for anything else.
const ASCII = new Uint8Array(128);
for (let c = 48; c < 58; c++) ASCII[c] = c;
for (let c = 97; c < 123; c++) ASCII[c] = ASCII[c - 32] = c;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

export function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * A test of a lexer hash (hashWord, as the lexer keeps each word's) against the hashes of `words`: a bit per
 * hash's low 12 bits first, so most words are told apart by one read of 512 bytes before the set is asked (a hash is
 * often no small integer, which a set looks up the slow way).
 */
export function hashTest(words: Iterable<string>): (h: number) => boolean {
  const hashes = new Set([...words].map(hashWord));
  const bits = new Uint8Array(512);
  for (const h of hashes) bits[(h & 0xfff) >> 3] |= 1 << (h & 7);
  return (h) => (bits[(h & 0xfff) >> 3] & (1 << (h & 7))) !== 0 && hashes.has(h);
}

/**
 * A lexicon of distinct folded words; word i gets number i. `lowerCase` lists the words to find even when the
 * page writes them without a capital (default: all).
 */
export function buildLexicon(words: readonly string[], lowerCase: Iterable<string> = words): Lexicon {
  return lexiconOf(words, addToLowerFilter(new Uint8Array(8192), lowerCase));
}

/** Sets the bits of `words` in a lower-case filter (Lexicon.lower) and returns it. */
export function addToLowerFilter(lower: Uint8Array, words: Iterable<string>): Uint8Array {
  for (const w of words) {
    const h = hashWord(w) & 0xffff;
    lower[h >> 3] |= 1 << (h & 7);
  }
  return lower;
}

/**
 * buildLexicon with its lower-case filter made already, and each word's hashWord given where known (`hashes[i]` of
 * words[i]): the index build hashes the context words, the same for every index, once (build-name-index.ts).
 */
export function lexiconOf(words: readonly string[], lower: Uint8Array, hashes?: ArrayLike<number>): Lexicon {
  const start = new Int32Array(words.length + 1);
  const size = tableSize(words.length);
  const table = new Int32Array(size * 2).fill(-1);
  start[words.length] = place(table, start, words, 0, 0, hashes);
  return { chars: words.join(''), start, table, lower, homes: homesOf(table) };
}

/**
 * The lexicon buildLexicon(words of `base`, then `more`) makes, with `lowerCase` added to base's lower-case words; made
 * from a copy of base's table when it keeps its size, so a large table shared by many indexes (lower-case-leaders.ts)
 * is not hashed again for each. `more` must hold none of base's words.
 */
export function extendLexicon(base: Lexicon, more: readonly string[], lowerCase: Iterable<string> = more): Lexicon {
  const baseCount = base.start.length - 1;
  const count = baseCount + more.length;
  const lower = addToLowerFilter(base.lower.slice(), lowerCase);
  if (tableSize(count) * 2 !== base.table.length) {
    const words: string[] = [];
    for (let i = 0; i < baseCount; i++) words.push(lexiconWord(base, i));
    return lexiconOf([...words, ...more], lower);
  }
  const start = new Int32Array(count + 1);
  start.set(base.start);
  const table = base.table.slice();
  start[count] = place(table, start, more, baseCount, base.start[baseCount]);
  return { chars: base.chars + more.join(''), start, table, lower, homes: homesOf(table) };
}

/** Lexicon.homes of a filled table: the home slot (hash & mask) of each word in it. */
function homesOf(table: Int32Array): Uint8Array {
  const mask = (table.length >> 1) - 1;
  const homes = new Uint8Array((mask >> 3) + 1);
  for (let slot = 0; slot < table.length; slot += 2) {
    if (table[slot] === -1) continue;
    const home = table[slot + 1] & mask;
    homes[home >> 3] |= 1 << (home & 7);
  }
  return homes;
}

/** Whether some word of lex may have hash h (false: none has). */
export function mayHaveHash(lex: Lexicon, h: number): boolean {
  const home = h & ((lex.table.length >> 1) - 1);
  return (lex.homes[home >> 3] & (1 << (home & 7))) !== 0;
}

/** The slots of a lexicon of n words: a power of two, at least 16 and twice n. */
function tableSize(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

/**
 * Puts words[k] in `table` as word number first + k, its characters at `offset` on (start), by linear probing from
 * its hash; returns the offset after the last.
 */
function place(table: Int32Array, start: Int32Array, words: readonly string[], first: number, offset: number, hashes?: ArrayLike<number>): number {
  const mask = (table.length >> 1) - 1;
  words.forEach((w, k) => {
    start[first + k] = offset;
    offset += w.length;
    const h = hashes ? hashes[k] : hashWord(w);
    let slot = h & mask;
    while (table[slot * 2] !== -1) slot = (slot + 1) & mask;
    table[slot * 2] = first + k;
    table[slot * 2 + 1] = h;
  });
  return offset;
}

/** The number of a folded word, or -1. */
export function lexiconId(lex: Lexicon, word: string): number {
  return lexiconIdHashed(lex, word, hashWord(word));
}

/** lexiconId of a word whose hashWord is h, known already. */
export function lexiconIdHashed(lex: Lexicon, word: string, h: number): number {
  const mask = (lex.table.length >> 1) - 1;
  if (!mayHaveHash(lex, h)) return -1;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const id = lex.table[slot * 2];
    if (id === -1) return -1;
    if (lex.table[slot * 2 + 1] !== h || lex.start[id + 1] - lex.start[id] !== word.length) continue;
    if (lex.chars.startsWith(word, lex.start[id])) return id;
  }
}

/** Fixed words that every index looks up in its lexicon (a table's words, their skeletons): hashed once, by hashWords. */
export interface HashedWords {
  readonly words: readonly string[];
  readonly hashes: Int32Array;
}

export function hashWords(words: readonly string[]): HashedWords {
  return { words, hashes: Int32Array.from(words, hashWord) };
}

/** Each of the words' number in lex, or -1, in their order. */
export function lexiconIds(lex: Lexicon, hashed: HashedWords): Int32Array {
  const ids = new Int32Array(hashed.words.length);
  for (let k = 0; k < ids.length; k++) ids[k] = lexiconIdHashed(lex, hashed.words[k], hashed.hashes[k]);
  return ids;
}

export function lexiconWord(lex: Lexicon, id: number): string {
  return lex.chars.slice(lex.start[id], lex.start[id + 1]);
}

/** The first unit of word `id` (NaN for an empty word, as for ''.charCodeAt(0)), read without making its string. */
export function lexiconFirstUnit(lex: Lexicon, id: number): number {
  return lex.start[id + 1] > lex.start[id] ? lex.chars.charCodeAt(lex.start[id]) : NaN;
}

export function lexiconSize(lex: Lexicon): number {
  return lex.start.length - 1;
}

/** A page's tokens in parallel arrays: offsets into their block's text, flags, folded length, lexicon number. */
export class PageTokens {
  count = 0;
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  flags = new Uint8Array(1024);
  lengths = new Uint8Array(1024);
  ids = new Int32Array(1024);
  /** The word's hash, for a second lookup in another lexicon without making a string. */
  hashes = new Int32Array(1024);

  reset(): void {
    this.count = 0;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    const u8 = (a: Uint8Array) => {
      const b = new Uint8Array(n);
      b.set(a);
      return b;
    };
    this.starts = i32(this.starts);
    this.ends = i32(this.ends);
    this.ids = i32(this.ids);
    this.hashes = i32(this.hashes);
    this.flags = u8(this.flags);
    this.lengths = u8(this.lengths);
  }

  push(start: number, end: number, flags: number, length: number, id: number, hash: number): void {
    if (this.count === this.starts.length) this.grow();
    const n = this.count++;
    this.starts[n] = start;
    this.ends[n] = end;
    this.flags[n] = flags;
    this.lengths[n] = length > 255 ? 255 : length;
    this.ids[n] = id;
    this.hashes[n] = hash;
  }
}

/** Compares text[start, end) folded (invisible units skipped) with lexicon word `id`. */
function sameWord(lex: Lexicon, id: number, text: string, start: number, end: number): boolean {
  let k = lex.start[id];
  const chars = lex.chars;
  // As many units as the word has letters: none of them is skipped (nearly every word the lexer finds).
  if (end - start === lex.start[id + 1] - k) {
    for (let i = start; i < end; i++) if (FOLD[text.charCodeAt(i)] !== chars.charCodeAt(k++)) return false;
    return true;
  }
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (CLASS[c] === IGNORE || CLASS[c] === JOIN) continue;
    if (FOLD[c] !== chars.charCodeAt(k++)) return false;
  }
  return true;
}

const isCyrillicLetter = (c: number) => c >= 0x400 && c <= 0x4ff;

/**
 * An apostrophe between two Cyrillic letters is part of a Ukrainian or Belarusian word ("В'ячеслав", "Мар'яна",
 * "Григор'єв"), not a joiner of two words: it is skipped like a soft hyphen, and the word read without it.
 */
function apostropheInCyrillic(text: string, i: number): boolean {
  return i > 0 && i + 1 < text.length && isCyrillicLetter(text.charCodeAt(i - 1)) && isCyrillicLetter(text.charCodeAt(i + 1));
}

/** The number of the word text[start, end) (folded) with hash h and that many letters, or -1. */
export function lookupRange(lex: Lexicon, h: number, text: string, start: number, end: number, length: number): number {
  const table = lex.table;
  const mask = (table.length >> 1) - 1;
  if (!mayHaveHash(lex, h)) return -1;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const cand = table[slot << 1];
    if (cand === -1) return -1;
    if (table[(slot << 1) + 1] === h && lex.start[cand + 1] - lex.start[cand] === length && sameWord(lex, cand, text, start, end)) return cand;
  }
}

/**
 * Whether text[start, end), folded, may differ from its transliteration skeleton: the same test as
 * `needsSkeleton` in transliterate.ts, read straight from the page, and any word of seven to nine letters that begins
 * with an m, which skeleton() may read as Muhammad ("Mahomed").
 */
export function needsSkeletonRange(text: string, start: number, end: number): boolean {
  const first = FOLD[text.charCodeAt(start)];
  if (end - start >= 7 && end - start <= 10 && first === 109 && readsAsMuhammad(text, start, end)) return true;
  // A first ht (Burmese "Htun"), and abd, a vowel but a, and l (Abdul, Abdel): asked here of the first letters only,
  // not of each letter in the loop below.
  if (first === 104 ? firstHt(text, start, end) : first === 97 && end - start >= 5 && abdWithVowelAt(text, start)) return true;
  let prev = 0;
  let a = 0;
  let b = 0;
  let c2 = 0;
  let last = 0;
  for (let i = start; i < end; i++) {
    const u = text.charCodeAt(i);
    if (CLASS[u] === IGNORE) continue;
    const c = FOLD[u];
    if (c === 120 || c === 121 || c === 119 || c === prev || (c === 106 && prev !== 0) || (c === 104 && (prev === 112 || prev === 107)) || (c === 117 && prev === 111) || ((c === 101 || c === 105) && prev === 117 && c2 === 103)) return true;
    a = b;
    b = c2;
    c2 = last;
    last = c;
    prev = c;
  }
  // ends with "enka", or with an Arabic "ad-Din" written with one d ("Shamsedin", "Nasredine": transliterate.ts)
  if (a === 101 && b === 110 && c2 === 107 && last === 97) return true;
  // (the letter before "dine" read back from the text: the loop keeps four)
  return end - start >= 7 && (last === 110 ? b === 100 && c2 === 105 && isDinVowel(a) : last === 101 && a === 100 && b === 105 && c2 === 110 && isDinVowel(FOLD[text.charCodeAt(end - 5)]));
}

/** Whether text[start, end) begins with h and then t, no unit skipped between (needsSkeleton's first ht). */
function firstHt(text: string, start: number, end: number): boolean {
  return end - start > 1 && CLASS[text.charCodeAt(start)] !== IGNORE && FOLD[text.charCodeAt(start + 1)] === 116 && CLASS[text.charCodeAt(start + 1)] !== IGNORE;
}

/** transliterate.ts's abdWithVowel, read from the page's first five characters. */
function abdWithVowelAt(text: string, start: number): boolean {
  if (FOLD[text.charCodeAt(start)] !== 97 || FOLD[text.charCodeAt(start + 1)] !== 98 || FOLD[text.charCodeAt(start + 2)] !== 100 || FOLD[text.charCodeAt(start + 4)] !== 108) return false;
  const v = FOLD[text.charCodeAt(start + 3)];
  return v === 101 || v === 105 || v === 111 || v === 117;
}

/** Whether text[start, end), folded, is a spelling of Muhammad other than the skeleton's own. */
function readsAsMuhammad(text: string, start: number, end: number): boolean {
  // Every spelling skeleton() reads as Muhammad ends in a d (none of its rules makes or drops a final d): the other
  // words end here, before a string is made for them.
  let last = end - 1;
  while (last > start && CLASS[text.charCodeAt(last)] === IGNORE) last--;
  if (FOLD[text.charCodeAt(last)] !== 100) return false;
  let w = '';
  for (let i = start; i < end; i++) if (CLASS[text.charCodeAt(i)] !== IGNORE) w += String.fromCharCode(FOLD[text.charCodeAt(i)]);
  return w !== MUHAMMAD_SKELETON && skeleton(w) === MUHAMMAD_SKELETON;
}

const MUHAMMAD_SKELETON = skeleton('muhammad');

/**
 * Splits a block of text into tokens exactly as `tokenizeInto` does (same folding, possessives, joins), and
 * looks each one up in the lexicon as it goes.
 */
export function lexText(lex: Lexicon, text: string, out: PageTokens): void {
  const n = text.length;
  const table = lex.table;
  const mask = (table.length >> 1) - 1;
  const lstart = lex.start;
  const lower = lex.lower;
  const homes = lex.homes;
  let i = 0;
  let prevEnd = -1;
  let prevLength = 0;
  let breakNext = false;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 ? CLASS[c] !== WORD : (CLASS[c] || classOf(c)) !== WORD) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    let length = 0;
    let upperSeen = false;
    let lowerSeen = false;
    let firstUpper = false;
    let nonAscii = false;
    let marks = 0;
    while (i < n) {
      c = text.charCodeAt(i);
      let f: number;
      if (c < 128) {
        f = ASCII[c];
        if (f === 0) {
          // Only after a unit from U+0400 up: an English apostrophe ("Iran's") costs no call.
          if (c === 39 && text.charCodeAt(i - 1) >= 0x400 && apostropheInCyrillic(text, i)) {
            i++;
            continue;
          }
          break;
        }
        if (f !== c) {
          upperSeen = true;
          if (length === 0) firstUpper = true;
        } else if (c >= 97) lowerSeen = true;
      } else {
        // The tables first: classOf fills CLASS and CASE on a unit's first sight only.
        let k = CLASS[c];
        if (k === 0) k = classOf(c);
        if (k === IGNORE) {
          i++;
          continue;
        }
        if (k !== WORD) {
          if ((c === 0x2019 || c === 0x2bc) && text.charCodeAt(i - 1) >= 0x400 && apostropheInCyrillic(text, i)) {
            i++;
            continue;
          }
          break;
        }
        nonAscii = true;
        marks |= SCRIPT[c];
        const kase = CASE[c];
        if (kase === UPPER_CASE) {
          upperSeen = true;
          if (length === 0) firstUpper = true;
        } else if (kase === LOWER_CASE) lowerSeen = true;
        f = FOLD[c];
      }
      h = Math.imul(h ^ f, FNV_PRIME);
      length++;
      i++;
    }
    // A "+" glued to a word's end belongs to it, as in the lists' names ("En+" of EN+ GROUP PLC; normalize.ts).
    if (c === 43 && i < n && length > 0 && (i + 1 === n || classOf(text.charCodeAt(i + 1)) !== WORD)) {
      h = Math.imul(h ^ 43, FNV_PRIME);
      length++;
      i++;
    }
    const end = i;
    if (length === 0) continue;
    let flags = 0;
    let spelled: string | undefined;
    if (marks !== 0) {
      // A word that mixes scripts, or with a letter that expands: its key is made as a string (normalize.ts).
      if (spelledApart(text, start, end, marks)) {
        spelled = foldWord(text.slice(start, end));
        h = hashWord(spelled);
        length = spelled.length;
        flags = SPELLED;
        if (length === 0) continue;
      }
      if (marks & CYRILLIC_UNIT && (spelled === undefined || isCyrillicKey(spelled))) flags |= CYRILLIC;
    }
    // A possessive "'s" right after a word is dropped and ends the name.
    if (length === 1 && (text.charCodeAt(end - 1) | 32) === 115 && prevEnd === start - 1 && start > 0) {
      const a = text.charCodeAt(start - 1);
      if (CLASS[a] === JOIN && a !== 45 && a !== 46) {
        breakNext = true;
        continue;
      }
    }
    if (!upperSeen && !lowerSeen) flags |= CASELESS | CAPITALIZED;
    else {
      if (firstUpper) flags |= CAPITALIZED;
      if (upperSeen && !lowerSeen) flags |= ALL_UPPER;
    }
    // Most gaps are one plain space; the rest go through the full rule.
    if (prevEnd >= 0 && !breakNext && ((start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32) || gapJoins(text, prevEnd, start, prevLength))) flags |= JOINED;
    breakNext = false;
    let id = -1;
    // A capitalised word, or one in a script without case, is always looked up; others only past the filter.
    // Then only a word some listed word begins its probe at (most capitalised words the lexicon lacks are not).
    const home = h & mask;
    const probe = (firstUpper || (nonAscii && !lowerSeen) || (lower[(h & 0xffff) >> 3] & (1 << (h & 7))) !== 0) && (homes[home >> 3] & (1 << (home & 7))) !== 0;
    if (spelled === undefined) {
      for (let slot = home; probe; slot = (slot + 1) & mask) {
        const cand = table[slot << 1];
        if (cand === -1) break;
        if (table[(slot << 1) + 1] === h && lstart[cand + 1] - lstart[cand] === length && sameWord(lex, cand, text, start, end)) {
          id = cand;
          break;
        }
      }
    } else if (probe) id = lexiconId(lex, spelled);
    out.push(start, end, flags, length, id, h);
    prevEnd = end;
    prevLength = length;
  }
}

/** a, e, i or u: the vowel before the d of a joined "ad-Din" (-uddin, -eddine, -iddin, -addin; not Russian -odin). */
function isDinVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 117;
}
