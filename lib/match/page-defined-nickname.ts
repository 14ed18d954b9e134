// 'Vicente Zambada Niebla, conocido como "Vicentillo"': a nickname the page itself gives a person it just named in
// full, in quotes after "conocido como", "apodado", "alias", "known as" or "nicknamed". The lists lack it, but the
// page has said whose it is, so the quoted word, and the word alone later, names that person (nicknames.ts reads it
// back as it reads the lists' own nicknames). Only a person the page confirmed (no "possible" namesake), one or two
// capitalised words, the article left out, neither an everyday word nor a common name ("Chino", "Flaco").
import { isCommonNamePart, isCommonWord } from '../names/frequency';
import * as normalize from '../names/normalize';
import { wordAt, type ScanState, type Span } from './scan-state';

const { CAPITALIZED, JOINED } = normalize;

/** What stands between the full name and the opening quote. */
const GAP = /^,?\s+(?:(?:tambi[eé]n|m[aá]s|mejor|also|better)\s+)?(?:conocid[oa]\s+como|apodad[oa]|alias|known\s+as|nicknamed)\s+["“«‘]$/i;
/** The longest gap GAP matches, but for the longer words: enough to skip most names at one test. */
const MAX_GAP = 32;
const OPENING = new Set([0x22, 0x201c, 0xab, 0x2018]);
const CLOSING = new Set([0x22, 0x201d, 0xbb, 0x2019]);
const ARTICLES = new Set(['el', 'la', 'the']);

/** The folded key of the nickname the page gives in quotes right after the span's name, or undefined. */
export function pageDefinedNickname(s: ScanState, span: Span): string | undefined {
  const b = s.block;
  const { flags, starts, ends } = s.tokens;
  // The first word after an opening quote, a few words on: "conocido como" and "alias" are tokens too.
  let k = span.end + 1;
  while (k < b.last && starts[k] - ends[span.end] <= MAX_GAP && !OPENING.has(b.text.charCodeAt(starts[k] - 1))) k++;
  if (k >= b.last || starts[k] - ends[span.end] > MAX_GAP || !GAP.test(b.text.slice(ends[span.end], starts[k]))) return undefined;
  if (k + 1 < b.last && ARTICLES.has(wordAt(s, k)) && (flags[k + 1] & JOINED) !== 0) k++;
  const words: string[] = [];
  for (let q = k; q < b.last && words.length < 3; q++) {
    if (!(flags[q] & CAPITALIZED) || (q > k && !(flags[q] & JOINED))) return undefined;
    words.push(wordAt(s, q));
    if (CLOSING.has(b.text.charCodeAt(ends[q]))) break;
    if (q + 1 === b.last) return undefined;
  }
  if (words.length === 0 || words.length > 2 || words[0].length < 4) return undefined;
  const key = words.join(' ');
  return words.length === 1 && (isCommonWord(key) || isCommonNamePart(key)) ? undefined : key;
}
