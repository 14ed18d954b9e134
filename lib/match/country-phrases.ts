// A country named on a page in one or more words ("Venezuela", "United States", "Corea del Norte"), read by the
// tokens' lexicon numbers: the page lexer (lex-page.ts) and precision.ts ask it at a country's capitalised first word,
// and joining the words into phrase strings to look them up cost a string and an array per country word.
import { lexiconId, lexiconWord } from '../names/lexicon';
import { countryAt, countryIndex, countryPhraseList, countryPhraseTokens } from './context-words';
import { perIndex } from './per-index';
import { wordAt, type ScanState } from './scan-state';

/**
 * A first word's country phrases: as many words as its longest has, four at most, and the phrases packed; whether
 * some phrase has a word the lexicon lacks (then a page token the lexicon lacks may be that word).
 */
interface CountryPhrases {
  most: number;
  packed: Int32Array;
  unknownWord: boolean;
  /** The phrases with a word the lexicon lacks, packed alike, -1 for each such word (none: empty). */
  unknown: Int32Array;
}

/**
 * Per index: the country phrases (countryAt) by the lexicon number of their first word, longest first, each packed
 * as its word count n, its country's number and the lexicon numbers of its words 2..n. A phrase with a word the
 * lexicon lacks is left out: no page token with a lexicon number is that word (countryPhraseAt reads the words as
 * strings where some token has none).
 */
const countryPhrasesOf = perIndex((index): Map<number, CountryPhrases> => {
  const byFirst = new Map<number, { ids: number[]; country: number }[]>();
  const unknownByFirst = new Map<number, number[]>();
  for (const [words, country] of countryPhraseList()) {
    const ids = words.map((w) => lexiconId(index.lexicon, w));
    if (ids[0] < 0) continue;
    const list = byFirst.get(ids[0]) ?? [];
    byFirst.set(ids[0], list);
    if (ids.length > 4) continue;
    if (ids.every((id) => id >= 0)) list.push({ ids, country });
    else {
      const unknown = unknownByFirst.get(ids[0]) ?? [];
      unknown.push(ids.length, country, ...ids.slice(1));
      unknownByFirst.set(ids[0], unknown);
    }
  }
  const table = new Map<number, CountryPhrases>();
  for (const [first, list] of byFirst) {
    list.sort((x, y) => y.ids.length - x.ids.length);
    const packed: number[] = [];
    for (const { ids, country } of list) packed.push(ids.length, country, ...ids.slice(1));
    const unknown = unknownByFirst.get(first);
    table.set(first, { most: Math.min(4, countryPhraseTokens(lexiconWord(index.lexicon, first))), packed: Int32Array.from(packed), unknownWord: unknown !== undefined, unknown: Int32Array.from(unknown ?? []) });
  }
  return table;
});

/**
 * The country whose phrase begins at token i of the current block (a word the lexicon has), at most to token last-1:
 * its number times 8 plus the phrase's word count, or -1 (countryAt's answer, the longest phrase). By the tokens'
 * lexicon numbers, with no string made; where a token within the phrases' reach has none and some phrase has a word the
 * lexicon lacks, by countryAt over strings.
 */
export function countryPhraseAt(s: ScanState, i: number, last: number): number {
  const ids = s.tokens.ids;
  const phrases = countryPhrasesOf(s.index).get(ids[i]);
  if (phrases === undefined) return -1;
  const most = Math.min(last, i + phrases.most);
  // A token the lexicon lacks (-1) meets no packed word: only a phrase with a word the lexicon lacks needs the strings,
  // and only where the tokens may spell it ("United Kingdom", not "United States" before an unknown word).
  if (phrases.unknownWord && mayReadUnknownPhrase(ids, i, most, phrases.unknown)) return countryOfWords(s, i, most);
  const p = phrases.packed;
  for (let at = 0; at < p.length; at += p[at] + 1) {
    const n = p[at];
    if (n > most - i) continue;
    let k = 1;
    while (k < n && ids[i + k] === p[at + 1 + k]) k++;
    if (k === n) return p[at + 1] * 8 + n;
  }
  return -1;
}

/**
 * Whether tokens i..most-1 may spell one of `unknown`'s phrases (packed as CountryPhrases.unknown): each word the
 * lexicon has by its number, each it lacks at a token the lexicon lacks too. Where none may, the strings would find
 * no phrase the packed table does not.
 */
function mayReadUnknownPhrase(ids: Int32Array, i: number, most: number, unknown: Int32Array): boolean {
  for (let at = 0; at < unknown.length; at += unknown[at] + 1) {
    const n = unknown[at];
    if (n > most - i) continue;
    let k = 1;
    while (k < n && (unknown[at + 1 + k] >= 0 ? ids[i + k] === unknown[at + 1 + k] : ids[i + k] < 0)) k++;
    if (k === n) return true;
  }
  return false;
}

/** countryPhraseAt over the words of tokens i..most-1 as strings. */
function countryOfWords(s: ScanState, i: number, most: number): number {
  const words: string[] = [];
  for (let k = i; k < most; k++) words.push(wordAt(s, k));
  const c = countryAt(words, 0, words.length);
  return c ? countryIndex(c.code) * 8 + c.length : -1;
}
