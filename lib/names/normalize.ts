// Folding a name or a page's text to comparable tokens, keeping each token's place in the original.
// One table lookup per UTF-16 unit: the scanner runs this over every character of every page. Compatibility forms
// fold as NFKC does (full-width "ＭＡＤＵＲＯ", the "ﬁ" ligature), bidi controls vanish like zero-width characters
// (a name wrapped in a right-to-left override, or with one slipped inside, is still the name), and a word that mixes
// scripts has its look-alike letters folded (confusables.ts); such words are the rare ones spelled apart from the
// per-unit tables (SPELLED).
import { ARABIC_LETTER_FOLDS } from './arabic';
import { foldLookAlikes, scriptOf } from './confusables';

export interface Token {
  /** Folded form: lower case, no accents, letters and digits only. */
  key: string;
  /** Offsets into the original string (JavaScript string indices). */
  start: number;
  end: number;
}

// Character classes. A word is a run of WORD units; IGNORE units (combining marks, soft hyphens,
// zero-width characters) vanish inside it; JOIN units (hyphen, apostrophe, dot) split it into tokens
// that still count as one name ("al-Assad", "J.P.").
export const SEP = 1;
export const WORD = 2;
export const IGNORE = 3;
export const JOIN = 4;

/** Per UTF-16 unit: its class (0 until first seen beyond ASCII) and its folded unit. Read by the page lexer. */
export const CLASS = new Uint8Array(65536);
export const FOLD = new Uint16Array(65536);
/**
 * Per UTF-16 unit: its script where look-alikes matter (LATIN_UNIT, CYRILLIC_UNIT, GREEK_UNIT), and EXPANDS for a
 * unit that folds to more than one letter ("ﬁ"). Read by the page lexer, for non-ASCII units only.
 */
export const SCRIPT = new Uint8Array(65536);
export const LATIN_UNIT = 1;
export const CYRILLIC_UNIT = 2;
export const GREEK_UNIT = 4;
export const EXPANDS = 8;
/**
 * Per UTF-16 unit: upper case, lower case, or no case (Arabic, CJK, digits); 0 until first seen beyond ASCII, set
 * with CLASS. Read by the page lexer once classOf has seen the unit.
 */
export const CASE = new Uint8Array(65536);
export const UPPER_CASE = 1;
export const LOWER_CASE = 2;
const UPPER = UPPER_CASE;
const LOWER = LOWER_CASE;
const NO_CASE = 3;

// Letters without a decomposition that news text writes with a Latin look-alike. One unit each,
// so that offsets stay aligned; ß folds to s and the skeleton collapses "ss".
// Arabic letters' variant forms fold the same way (arabic.ts).
const SPECIAL: Record<string, string> = { ß: 's', æ: 'a', œ: 'o', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 't', ŀ: 'l', ...ARABIC_LETTER_FOLDS };
// Apostrophes as the web writes them inside a word: straight, curly (’, and ‘ where a romanised ʿayn stands,
// "Kata‘ib"), the modifier letters (ʼ ʻ) and the half rings of scholarly romanisation ("Kataʾib", "ʿAli"), acute
// and grave accents typed for one.
const JOINERS = "-'.\u2010\u2011\u2019\u2018\u02bc\u02bb\u02be\u02bf\u00b4`";

/** One character folded: compatibility-decomposed (NFKD), without marks, lower case; "ﬁ" gives "fi". */
function foldChar(ch: string): string {
  let f = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (f.length === 0) f = ch.toLowerCase();
  return f.length === 1 ? (SPECIAL[f] ?? f) : [...f].map((x) => SPECIAL[x] ?? x).join('');
}

function classify(c: number): void {
  const ch = String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdfff) {
    CLASS[c] = SEP; // astral characters (emoji, flags, rare scripts) are never part of a listed name
    FOLD[c] = c;
    return;
  }
  if (JOINERS.includes(ch)) {
    CLASS[c] = JOIN;
  } else if (/[\p{M}\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\u0640\ufeff]/u.test(ch)) {
    CLASS[c] = IGNORE;
  } else if (/[\p{L}\p{N}]/u.test(ch)) {
    CLASS[c] = WORD;
  } else {
    CLASS[c] = SEP;
  }
  const f = foldChar(ch);
  FOLD[c] = f.charCodeAt(0);
  if (CLASS[c] === WORD && c >= 128) SCRIPT[c] = scriptOf(ch) | (f.length > 1 ? EXPANDS : 0);
  CASE[c] = ch !== ch.toLowerCase() ? UPPER : ch.toLowerCase() !== ch.toUpperCase() ? LOWER : NO_CASE;
}

for (let c = 0; c < 128; c++) classify(c);

/** The class of a UTF-16 unit, computed on first sight for anything beyond ASCII. */
export function classOf(c: number): number {
  const k = CLASS[c];
  if (k !== 0) return k;
  classify(c);
  return CLASS[c];
}

function foldUnit(c: number): number {
  if (CLASS[c] === 0) classify(c);
  return FOLD[c];
}

/**
 * Folds one word: decomposes (NFKD), drops combining marks and invisible characters, lower-cases; in a word that
 * mixes scripts, look-alike letters first go into the word's main script ("Mаduro" with a Cyrillic "а": maduro).
 */
export function foldWord(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 128;
  if (ascii) return word.toLowerCase();
  if (spelledApart(word, 0, word.length, scriptMarks(word, 0, word.length))) return foldSpelled(word);
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const k = classOf(c);
    if (k === IGNORE) continue;
    out += String.fromCharCode(foldUnit(c));
  }
  return out;
}

/** The SCRIPT bits of text[start, end)'s non-ASCII units. */
function scriptMarks(text: string, start: number, end: number): number {
  let marks = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && classOf(c) === WORD) marks |= SCRIPT[c];
  }
  return marks;
}

/**
 * Whether the word text[start, end), whose non-ASCII units carry the SCRIPT bits `marks`, folds otherwise than unit
 * by unit: a unit that expands, or Cyrillic or Greek letters beside Latin ones.
 */
export function spelledApart(text: string, start: number, end: number, marks: number): boolean {
  if (marks & EXPANDS) return true;
  if (!(marks & (CYRILLIC_UNIT | GREEK_UNIT))) return false;
  if (marks & LATIN_UNIT) return true;
  for (let i = start; i < end; i++) {
    const l = text.charCodeAt(i) | 32;
    if (l >= 97 && l <= 122) return true;
  }
  return false;
}

/** foldWord for a word spelled apart: look-alikes into one script, then each character folded, expansions included. */
function foldSpelled(word: string): string {
  let out = '';
  for (const ch of foldLookAlikes(word)) {
    const c = ch.charCodeAt(0);
    if (ch.length > 1 || classOf(c) === IGNORE) continue;
    out += SCRIPT[c] & EXPANDS ? foldChar(ch) : String.fromCharCode(FOLD[c]);
  }
  return out;
}

/** Whether a folded word is written in Cyrillic (its first letter is): such a word is transliterated to meet a name. */
export function isCyrillicKey(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 0x400 && c <= 0x52f;
}

/** A letter that has an upper-case form, i.e. the script distinguishes case. */
export function hasCase(c: number): boolean {
  if (CASE[c] === 0) classify(c);
  return CASE[c] !== NO_CASE;
}

export function isUpper(c: number): boolean {
  if (CASE[c] === 0) classify(c);
  return CASE[c] === UPPER;
}

/** Token flags, as the scanner reads them. */
export const CAPITALIZED = 1; // first letter upper case, or a script without case
export const ALL_UPPER = 2; // every cased letter upper case (acronyms, headlines)
export const JOINED = 4; // continues a name from the previous token (only spaces or one joiner between)
export const CASELESS = 8; // no cased letter at all (Arabic, CJK, digits)
export const SPELLED = 16; // folded otherwise than unit by unit (look-alikes, expansions): read its key with foldWord
export const CYRILLIC = 32; // written in Cyrillic: meets a listed name through its transliteration

/**
 * The page's tokens in parallel arrays, reused across blocks so that a scan allocates little.
 * `count` tokens are valid; arrays grow as needed.
 */
export class TokenBuffer {
  count = 0;
  keys: string[] = [];
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  flags = new Uint8Array(64);

  reset(): void {
    this.count = 0;
  }

  push(key: string, start: number, end: number, flags: number): void {
    const n = this.count;
    if (n === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts, (k) => new Int32Array(k));
      this.ends = grow(this.ends, (k) => new Int32Array(k));
      this.flags = grow(this.flags, (k) => new Uint8Array(k));
    }
    this.keys[n] = key;
    this.starts[n] = start;
    this.ends[n] = end;
    this.flags[n] = flags;
    this.count = n + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Whether the apostrophe before text[at] is an ʿayn that begins an Arab name's word, not an opening quote ("Haytham
 * 'Ali Tabataba'i" of TABATABA'I, Haytham 'Ali; "'Abd al-Rahman"): a capital vowel follows, as ʿayn before a vowel
 * is written, and no apostrophe closes a quote after one of the next words on the line ("Viktor 'Angel of Death'
 * Bout" is a nickname: quoted-nickname.ts).
 */
function ainBeforeName(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  if (first !== 65 && first !== 69 && first !== 73 && first !== 79 && first !== 85) return false;
  const end = Math.min(text.length, at + 60);
  for (let i = at + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 46 || c === 44) return true;
    if (CLASS[c] === JOIN && c !== 45 && c !== 46 && CLASS[text.charCodeAt(i - 1)] === WORD && CLASS[text.charCodeAt(i + 1)] !== WORD) return false;
  }
  return true;
}

/**
 * Whether the gap text[from, to) lets a name run on: a few spaces, or one hyphen or apostrophe inside a word,
 * a dot after an initial or a short abbreviation ("J. Smith", "Co. Ltd"), or a dot inside a brand ("ВЭБ.РФ"). A newline, a comma, a dash
 * between spaces, a plural's possessive apostrophe or a sentence's full stop ends a name.
 */
export function gapJoins(text: string, from: number, to: number, prevLength: number): boolean {
  const len = to - from;
  if (len <= 0 || len > 4) return false;
  let joiners = 0;
  let spaces = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) spaces++;
    else if (c === 46) {
      // A dot between two letters, no space after it, is inside a brand ("VEB.RF", "ВЭБ.РФ"), not a full stop.
      if ((prevLength > 2 && len > 1) || i !== from) return false;
      joiners++;
    } else if (CLASS[c] === JOIN) {
      if (spaces > 0) return i === to - 1 && c !== 45 && c !== 46 && ainBeforeName(text, to);
      // A plural's possessive ("Hamas' Investment Office") ends the name, as "'s" does.
      if ((c === 39 || c === 0x2019) && i === from && (text.charCodeAt(i - 1) | 32) === 115 && isSpace(text.charCodeAt(i + 1))) return false;
      joiners++;
    } else if (CLASS[c] !== IGNORE) return false;
  }
  return joiners <= 1;
}

/**
 * Splits text into folded tokens, appending to `out`. Possessives ("Maduro's") lose their "'s" and end a
 * name; soft hyphens, zero-width characters and combining marks inside a word are ignored; hyphens, dots
 * and inner apostrophes split a word into tokens that stay joined ("al-Assad" is "al" + "assad").
 */
export function tokenizeInto(text: string, out: TokenBuffer): void {
  const n = text.length;
  let i = 0;
  let prevEnd = -1;
  let prevLength = 0;
  let breakNext = false;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = classOf(c);
    if (k !== WORD) {
      i++;
      continue;
    }
    const start = i;
    let plain = true; // ASCII and nothing to drop: the key is a slice, lower-cased
    let upperSeen = false;
    let lowerSeen = false;
    const first = c;
    while (i < n) {
      c = text.charCodeAt(i);
      k = c < 128 ? CLASS[c] : classOf(c);
      if (k === WORD) {
        if (c >= 128) plain = false;
        else if (c >= 65 && c <= 90) upperSeen = true;
        else if (c >= 97 && c <= 122) lowerSeen = true;
        i++;
      } else if (k === IGNORE) {
        plain = false;
        i++;
      } else break;
    }
    // A "+" glued to a word's end belongs to it: "EN+ GROUP PLC" is not EN GROUP, and the page lexer
    // (lexicon.ts) keeps it the same way ("En+"). Not before a letter or digit ("1+1"), not a second one ("C++").
    if (c === 43 && i < n && (i + 1 === n || classOf(text.charCodeAt(i + 1)) !== WORD)) i++;
    const end = i;
    let key: string;
    let spelled = 0;
    if (plain) {
      key = text.slice(start, end);
      if (upperSeen) key = key.toLowerCase();
    } else {
      key = '';
      upperSeen = false;
      lowerSeen = false;
      for (let j = start; j < end; j++) {
        const u = text.charCodeAt(j);
        if (CLASS[u] === IGNORE) continue;
        if (isUpper(u)) upperSeen = true;
        else if (hasCase(u)) lowerSeen = true;
        key += String.fromCharCode(FOLD[u]);
      }
      const marks = scriptMarks(text, start, end);
      if (spelledApart(text, start, end, marks)) {
        key = foldSpelled(text.slice(start, end));
        spelled = SPELLED;
      }
      if (key.length === 0) continue;
    }
    // A possessive "'s" (or "’s") right after a word is dropped and ends the name.
    if (key === 's' && start > 0 && prevEnd === start - 1 && CLASS[text.charCodeAt(start - 1)] === JOIN && text.charCodeAt(start - 1) !== 45 && text.charCodeAt(start - 1) !== 46) {
      breakNext = true;
      continue;
    }
    let flags = spelled;
    if (!plain && isCyrillicKey(key)) flags |= CYRILLIC;
    if (!upperSeen && !lowerSeen) flags |= CASELESS | CAPITALIZED;
    else {
      if (isUpper(first)) flags |= CAPITALIZED;
      if (upperSeen && !lowerSeen) flags |= ALL_UPPER;
    }
    if (prevEnd >= 0 && !breakNext && gapJoins(text, prevEnd, start, prevLength)) flags |= JOINED;
    breakNext = false;
    out.push(key, start, end, flags);
    prevEnd = end;
    prevLength = key.length;
  }
}

/**
 * Splits text into folded word tokens. Possessives lose their "'s"; soft hyphens and zero-width characters
 * inside a word are ignored; hyphens, dots and apostrophes split words ("al-Assad" gives "al" and "assad").
 */
const scratch = new TokenBuffer();

export function tokenize(text: string): Token[] {
  const buf = scratch;
  buf.reset();
  tokenizeInto(text, buf);
  const tokens: Token[] = [];
  for (let i = 0; i < buf.count; i++) tokens.push({ key: buf.keys[i], start: buf.starts[i], end: buf.ends[i] });
  return tokens;
}

/** The folded key of a whole name: its tokens joined by single spaces. */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}
