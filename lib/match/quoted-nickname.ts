// A nickname in quotes inside a name: Viktor "Merchant of Death" Bout, Joaquín “El Chapo” Guzmán. The quoted words
// are skipped: the name is the words around them, and the mark covers the whole.
import { ALL_UPPER, CAPITALIZED, CYRILLIC } from '../names/normalize';
import type { ScanState } from './scan-state';

// By code unit, not as one-character strings in a Set: afterQuotedNickname runs wherever a name's walk meets a gap.
/** '"', '“', '„', '«', '‘' */
function isOpening(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201e || c === 0xab || c === 0x2018;
}

/** '"', '”', '»', '’', '“' */
function isClosing(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0xbb || c === 0x2019 || c === 0x201c;
}

/** The most words a nickname in quotes may have. */
const MAX_WORDS = 4;

/**
 * When a quoted nickname follows token `prev` of the current block and a word follows the closing quote, the
 * number of that word; -1 otherwise. Only spaces may stand around the quotes.
 */
export function afterQuotedNickname(s: ScanState, prev: number): number {
  const { starts, ends } = s.tokens;
  const text = s.block.text;
  const last = s.block.last;
  // Most names end at a space or a comma: a quote must touch the next word.
  if (prev + 2 >= last || !isOpening(text.charCodeAt(starts[prev + 1] - 1)) || !gapIs(text, ends[prev], starts[prev + 1], true) || brandInQuotesAfterAcronym(s, prev + 1)) return -1;
  for (let k = prev + 1; k < Math.min(last - 1, prev + 1 + MAX_WORDS); k++) {
    if (gapIs(text, ends[k], starts[k + 1], false)) return k + 1;
    // Inside the quotes, words are separated by spaces only.
    for (let c = ends[k]; c < starts[k + 1]; c++) if (text.charCodeAt(c) !== 32) return -1;
  }
  return -1;
}

/**
 * "КГБ «Альфа»" (KGB ALFA): Russian sets a body's brand in quotes after its acronym, where the list writes the words
 * in a row. Whether token j is a capitalised Cyrillic word right after " «" or ' "' that follows a Cyrillic word in
 * capitals: no nickname, and the trie walk goes on with it (trie-walk.ts; the name found so is no person's).
 */
export function brandInQuotesAfterAcronym(s: ScanState, j: number): boolean {
  const { starts, ends, flags } = s.tokens;
  if (j <= s.block.first || (flags[j] & (CYRILLIC | CAPITALIZED)) !== (CYRILLIC | CAPITALIZED) || (flags[j - 1] & (CYRILLIC | ALL_UPPER)) !== (CYRILLIC | ALL_UPPER)) return false;
  const text = s.block.text;
  const at = ends[j - 1];
  return starts[j] === at + 2 && text.charCodeAt(at) === 32 && isOpening(text.charCodeAt(at + 1));
}

/**
 * "подразделение «Альфа» КГБ" (KGB ALFA): the brand in quotes first, then the acronym of the body it belongs to. Whether
 * token j is a Cyrillic word in capitals of three letters or more right after '» ' or '" ' that closes a capitalised
 * Cyrillic word's quotes: the trie walk goes on with it (russian-acronym-forms.ts holds the brand-first form).
 */
export function acronymAfterQuotedBrand(s: ScanState, j: number): boolean {
  const { starts, ends, flags, lengths } = s.tokens;
  if (j <= s.block.first || lengths[j] < 3 || (flags[j] & (CYRILLIC | ALL_UPPER)) !== (CYRILLIC | ALL_UPPER) || (flags[j - 1] & (CYRILLIC | CAPITALIZED)) !== (CYRILLIC | CAPITALIZED)) return false;
  const text = s.block.text;
  const at = ends[j - 1];
  return starts[j] === at + 2 && isClosing(text.charCodeAt(at)) && text.charCodeAt(at + 1) === 32 && isOpening(text.charCodeAt(starts[j - 1] - 1));
}

/** Whether the text between two tokens is spaces and one opening (or closing) quote, the quote on its side. */
function gapIs(text: string, from: number, to: number, opening: boolean): boolean {
  let quote = 0;
  for (let c = from; c < to; c++) {
    const ch = text.charCodeAt(c);
    if (opening ? isOpening(ch) : isClosing(ch)) {
      // An opening quote ends the gap (touches the next word); a closing one begins it (touches the word before).
      if (opening ? c !== to - 1 : c !== from) return false;
      quote++;
    } else if (ch !== 32) return false;
  }
  return quote === 1 && to - from >= 2;
}

/** Articles a nickname is written with inside its quotes («El Chapo»). */
const ARTICLES = new Set(['el', 'la', 'the']);

/**
 * «El Chapo» Guzmán for GUZMAN, Chapo: the lists give a nickname as a given name, and the news writes it in quotes,
 * with its article, before the surname. Whether token `first` is such a quoted word (after an opening quote, or after
 * an article right after one) and token `first + 1`, after the closing quote and one space, goes on with the name.
 */
export function quotedGivenName(s: ScanState, first: number): boolean {
  const { starts, ends } = s.tokens;
  const text = s.block.text;
  if (first + 1 >= s.block.last || !gapIs(text, ends[first], starts[first + 1], false)) return false;
  const open = starts[first] - 1;
  if (isOpening(text.charCodeAt(open))) return true;
  const k = first - 1;
  return k >= s.block.first && ends[k] === open && text.charCodeAt(open) === 32 && isOpening(text.charCodeAt(starts[k] - 1)) && ARTICLES.has(s.block.text.slice(starts[k], ends[k]).toLowerCase());
}
