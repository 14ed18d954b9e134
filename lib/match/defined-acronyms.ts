// "Al-Qard al-Hassan (AQAH)", "the Federal Security Service (FSB)": a page defines an organisation's acronym in
// brackets right after its full name, and then uses the acronym alone. The definition is read from the page, not
// derived from the list (FSB is not the initials of Federal Security Service), and holds for the rest of the page.
// So does a short name the page defines so from the name's own words: "Korea Ryonbong General Corporation (Ryonbong)".
import { isCommonWord } from '../names/frequency';
import * as normalize from '../names/normalize';
import * as names from './name-index';
import type { ScanState, Span } from './scan-state';
import { wordAt } from './scan-state';
import { longestNameAt } from './trie-walk';
import { mixedCaseAcronym } from './precision';

// Module-local copies (see scan-state.ts).
const { ALL_UPPER, CAPITALIZED, CASELESS } = normalize;
const { ENTITY_MASK, entityKind } = names;

/**
 * Whether token i is a word in capitals of three to eight letters ("AQAH", "ФСБ"), or in a mixed case that reads as
 * an acronym ("BelAZ", "PdVSA": precision.ts).
 */
function acronymShape(s: ScanState, i: number): boolean {
  const len = s.tokens.lengths[i];
  if (len < 3 || len > 8) return false;
  const f = s.tokens.flags[i] & (ALL_UPPER | CAPITALIZED | CASELESS);
  return f === ALL_UPPER || f === (ALL_UPPER | CAPITALIZED) || (f === CAPITALIZED && mixedCaseAcronym(s, i));
}

/** Whether token i is a capitalised word of five letters or more ("Ryonbong"): the shape of a short name. */
function shortNameShape(s: ScanState, i: number): boolean {
  return (s.tokens.flags[i] & (CAPITALIZED | CASELESS)) === CAPITALIZED && s.tokens.lengths[i] >= 5;
}

/** Whether token i, a short name in brackets after the span, is one of the span's own words and no everyday word. */
function ownWord(s: ScanState, span: Span, i: number): boolean {
  const word = wordAt(s, i);
  if (isCommonWord(word)) return false;
  for (let k = span.start; k <= span.end; k++) if (s.tokens.lengths[k] === s.tokens.lengths[i] && wordAt(s, k) === word) return true;
  return false;
}

/**
 * After a span that names one organisation or agency: when "(ACRONYM)" or "(Shortname)" follows it and the acronym is not found as
 * a listed name there, the page has defined it. Notes it in the page context.
 */
export function noteDefinedAcronym(s: ScanState, span: Span): void {
  const last = span.end + ownCountryAfter(s, span);
  const i = last + 1;
  const b = s.block;
  if (i >= b.last) return;
  const acronym = acronymShape(s, i);
  if (!acronym && !shortNameShape(s, i)) return;
  const text = b.text;
  if (!/^\s*\($/.test(text.slice(s.tokens.ends[last], s.tokens.starts[i])) || text[s.tokens.ends[i]] !== ')') return;
  // Organisations only; the same name on two lists (OFAC's and the UN's KOREA RYONBONG GENERAL CORPORATION) is one
  // name: the short form stands for what the full one does.
  if (span.outputs.some((v) => entityKind(s.index, v & ENTITY_MASK) === 'person')) return;
  if (new Set(span.outputs.map((v) => v & ENTITY_MASK)).size > 3) return;
  if (!acronym && !ownWord(s, span, i)) return;
  if (s.skels[i] >= 0 && longestNameAt(s, i)) return;
  s.context.acronyms.set(wordAt(s, i), span.outputs);
}

/**
 * "банка Bancorp (Banco Corporativo SA)": a page gives an organisation's short name first and its full name in brackets
 * after it. A capitalised word of five letters or more right before the brackets that is made of the first letters of
 * the name's first words (ban-corp: Banco Corporativo; two words at least, two letters of each or more) is defined as the
 * page's short name for it, here and for the rest of the page: the span of that word, or undefined.
 */
export function shortNameBeforeBrackets(s: ScanState, span: Span): Span | undefined {
  const i = span.start - 1;
  const b = s.block;
  const { starts, ends } = s.tokens;
  // The cheap tests first: most names have no bracket before them.
  if (i < b.first || b.text.charCodeAt(starts[span.start] - 1) !== 0x28 || b.text.charCodeAt(ends[span.end]) !== 0x29) return undefined;
  if (!shortNameShape(s, i) || starts[span.start] - ends[i] !== 2) return undefined;
  if (span.outputs.some((v) => entityKind(s.index, v & ENTITY_MASK) === 'person')) return undefined;
  if (new Set(span.outputs.map((v) => v & ENTITY_MASK)).size > 3) return undefined;
  const word = wordAt(s, i);
  if (isCommonWord(word) || !contraction(s, word, span.start, span.end)) return undefined;
  s.context.acronyms.set(word, span.outputs);
  return { start: i, end: i, outputs: [...span.outputs], commonNames: false, brief: false, anyCommon: false, common: false };
}

/** Whether `word` is the first letters (two or more) of tokens k, k+1, ... up to `last`, two tokens at least, in order. */
function contraction(s: ScanState, word: string, k: number, last: number, used = 0): boolean {
  if (word.length === 0) return used >= 2;
  if (k > last) return false;
  const name = wordAt(s, k);
  for (let n = Math.min(name.length, word.length); n >= 2; n--) {
    if (word.startsWith(name.slice(0, n)) && contraction(s, word.slice(n), k + 1, last, used + 1)) return true;
  }
  return false;
}

/**
 * How many tokens after the span say the body's own country ("Ministerio del Interior de Cuba (MININT)", "the Law
 * Enforcement Forces of Iran (LEF)"): "de", "del", "of" or "of the", then a one-word country that every entity the
 * span names has; 0 when none do.
 */
function ownCountryAfter(s: ScanState, span: Span): number {
  const b = s.block;
  const { ids, flags } = s.tokens;
  let k = span.end + 1;
  // No string for the word after most spans: "de", "del" and "of" have three letters at most.
  if (k >= b.last || s.tokens.lengths[k] > 3 || !OF.has(wordAt(s, k))) return 0;
  if (k + 1 < b.last && wordAt(s, k + 1) === 'the') k++;
  k++;
  if (k >= b.last || !(flags[k] & CAPITALIZED) || ids[k] < 0) return 0;
  const country = s.index.tokenCountry[ids[k]] - 1;
  if (country < 0) return 0;
  for (const v of span.outputs) if (!names.entityHasCountry(s.index, v & ENTITY_MASK, country)) return 0;
  return k - span.end;
}

const OF = new Set(['de', 'del', 'of']);

/** The name outputs a page-defined acronym or short name at token i stands for (its full name's), or undefined. */
export function definedAcronymAt(s: ScanState, i: number): readonly number[] | undefined {
  if (s.context.acronyms.size === 0) return undefined;
  const acronym = acronymShape(s, i);
  if (!acronym && !shortNameShape(s, i)) return undefined;
  const word = wordAt(s, i);
  const defined = s.context.acronyms.get(word);
  if (defined || acronym || word.length < 9 || s.skels[i] >= 0 || isCommonWord(word)) return defined;
  // The page's own short name with one letter slipped in ("Korea Ryonbong General Corporation (Ryonbong)", then
  // "Ryongbong"): a word of nine letters or more that no listed name has.
  for (const [key, outputs] of s.context.acronyms) if (key.length === word.length - 1 && oneLetterMore(word, key)) return outputs;
  return undefined;
}

/** Whether `word` is `key` with one letter added somewhere (the first letter kept). */
function oneLetterMore(word: string, key: string): boolean {
  if (word[0] !== key[0]) return false;
  let k = 0;
  while (k < key.length && word[k] === key[k]) k++;
  return word.slice(k + 1) === key.slice(k);
}
