// Russian and Ukrainian write a firm's name in «guillemets» (or "quotes", „these“ or English-style “these”) in sentence
// case: «Авиа групп», «Авиа групп Норд». Inside such a quote a name's later words may be in lower case; outside, a
// name's words are capitalised.
import { CAPITALIZED } from '../names/normalize';
import type { ScanState } from './scan-state';
import { mediaKindBefore } from './media-kind-before-brand';

const OPEN = '«"„“';
const CLOSE = '»"“”';

// The text insideQuote last read and where its first «, ", „ or “ stands (its length when it has none): most of a
// page's blocks have none before the word asked about, which is then told at once, not by reading 80 units back.
let openedText = '';
let firstOpening = 0;

function firstOpeningUnit(text: string): number {
  let first = text.length;
  for (const q of OPENING_UNITS) {
    const k = text.indexOf(q);
    if (k >= 0 && k < first) first = k;
  }
  return first;
}

/** The units insideQuote may read as an opening quote. */
const OPENING_UNITS = ['\u00ab', '"', '\u201e', '\u201c'];

/**
 * Whether text position `at` lies inside a quote opened earlier on its line (within 80 characters). Read by code
 * unit: text[k] of a Cyrillic letter is a new string each time, and this runs for many lower-case words.
 */
export function insideQuote(text: string, at: number): boolean {
  if (text !== openedText) {
    openedText = text;
    firstOpening = firstOpeningUnit(text);
  }
  // Only «, ", „ and “ below say a quote is open: with none of them before `at`, none is.
  if (firstOpening >= at) return false;
  for (let k = at - 1; k >= Math.max(0, at - 80); k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 0xbb || c === 0x201d) return false; // \n » ”
    if (c === 0xab || c === 0x22 || c === 0x201e) return true; // « " „
    // “ opens an English-style quote after a space or at a line's start, and closes „these“ after a word.
    if (c === 0x201c) return k === 0 || /[\s(«„]/.test(text[k - 1]);
  }
  return false;
}

/**
 * Whether tokens start..end of the current block are exactly what a pair of quotes holds. Read by code unit (text[k]
 * of a Cyrillic or Arabic letter is a new string each time, and this runs for candidates of many rules); past either
 * end of the block counts as a quote, as the empty string that text[k] gives there is in OPEN and CLOSE.
 */
export function fillsQuote(s: ScanState, start: number, end: number): boolean {
  const text = s.block.text;
  const before = s.tokens.starts[start] - 1;
  const after = s.tokens.ends[end];
  return (before < 0 || isOpenUnit(text.charCodeAt(before))) && (after >= text.length || isCloseUnit(text.charCodeAt(after)));
}

/** A unit of OPEN: « " „ “. */
function isOpenUnit(c: number): boolean {
  return c === 0xab || c === 0x22 || c === 0x201e || c === 0x201c;
}

/** A unit of CLOSE: » " “ ”. */
function isCloseUnit(c: number): boolean {
  return c === 0xbb || c === 0x22 || c === 0x201c || c === 0x201d;
}

/**
 * Whether the quote that holds tokens start..end goes on past them to a capitalised word: «Газпром нефть Азия» is a
 * subsidiary of its own, neither the listed Gazprom Neft nor Gazprom whose names it begins with. Most names end at
 * their closing quote, which is looked at first; then the opening quote, then up to four words on.
 */
export function quoteGoesOnPast(s: ScanState, start: number, end: number): boolean {
  const text = s.block.text;
  const after = s.tokens.ends[end];
  if (after >= text.length || CLOSE.includes(text[after]) || !openedBefore(text, s.tokens.starts[start])) return false;
  // "«Альфа» КГБ": a name that runs past the closing quote is not held by it.
  for (let c = s.tokens.starts[start]; c < after; c++) if (CLOSE.includes(text[c])) return false;
  for (let k = end + 1; k < Math.min(s.block.last, end + 5); k++) {
    for (let c = s.tokens.ends[k - 1]; c < s.tokens.starts[k]; c++) if (text.charCodeAt(c) !== 32 && text.charCodeAt(c) !== 45) return false;
    if (s.tokens.flags[k] & CAPITALIZED) return true;
  }
  return false;
}

/**
 * Whether a quote is open at `at` on its line: insideQuote, but a straight quote opens only as an odd one of its
 * line ("глава \"Сургутнефтегаза\" Владимир Богданов, глава ВТБ Андрей Костин": the second is the first one's close).
 */
function openedBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 80); k--) {
    const c = text.charCodeAt(k);
    if (c !== 0x22) {
      if (c === 10 || c === 0xbb || c === 0x201d || c === 0xab || c === 0x201e || c === 0x201c) return insideQuote(text, at);
      continue;
    }
    let count = 0;
    for (let j = k; j >= 0 && text.charCodeAt(j) !== 10; j--) if (text.charCodeAt(j) === 0x22) count++;
    return count % 2 === 1;
  }
  return false;
}

// "банк", "bank" in the cases news puts them before a bank's quoted name (банку «Россия», банком «Россия»).
const BANK_WORDS = new Set(['банк', 'банка', 'банку', 'банком', 'банке', 'банці', 'bank']);

/**
 * Whether token i is a bank's name in quotes right after the word "bank" (банку «Россия»), or a channel's or a
 * paper's after its word of kind (телеканалі «Росія 1»): then a word that is also a country's name is read as the
 * name's, never elsewhere.
 */
export function bankNameInQuotes(s: ScanState, i: number): boolean {
  if (i <= s.block.first) return false;
  const text = s.block.text;
  // The gap ends in an opening quote: looked at first, before any string is made.
  const quote = text.charCodeAt(s.tokens.starts[i] - 1);
  if (quote !== 0xab && quote !== 0x22 && quote !== 0x201e && quote !== 0x201c) return false;
  const between = text.slice(s.tokens.ends[i - 1], s.tokens.starts[i]);
  if (!/^\s*[«"„“]$/.test(between)) return false;
  // Or a TV channel's or a paper's ("телеканалі «Росія 1»": TELEVISION STATION RUSSIA-1, ROSSIYA-1).
  return BANK_WORDS.has(text.slice(s.tokens.starts[i - 1], s.tokens.ends[i - 1]).toLowerCase()) || mediaKindBefore(s, i);
}
