// A brand written with a dot inside, "ВЭБ.РФ" (VEB.RF): normalize.ts's gapJoins lets a dot between two letters
// through, and the page lexer reads a word of two letters ("РФ") as a name's word only here (or as a Korean
// syllable): elsewhere two Cyrillic letters are abbreviations and prepositions.
import { latinSpellings } from '../names/cyrillic';
import { lexiconId } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { skeleton } from '../names/transliterate';
import { perIndexMemo } from './per-index';
import type { ScanState } from './scan-state';

// Module-local copies (see scan-state.ts).
const { ALL_UPPER, CAPITALIZED, CYRILLIC, JOINED } = normalize;

/** Whether Cyrillic token i follows a capitalised Cyrillic word across a dot and nothing else ("ВЭБ.РФ"). */
export function afterBrandDot(s: ScanState, i: number): boolean {
  const { flags, starts, ends } = s.tokens;
  if (i <= s.block.first || !(flags[i] & JOINED)) return false;
  if ((flags[i - 1] & (CAPITALIZED | CYRILLIC)) !== (CAPITALIZED | CYRILLIC)) return false;
  return starts[i] === ends[i - 1] + 1 && s.block.text.charCodeAt(ends[i - 1]) === 46;
}

/**
 * Whether two-letter Cyrillic token i, in capitals, begins a brand with the capitalised Cyrillic word after it, across
 * one space or a hyphen ("БМ Банк" for BM BANK JSC, «МГ-Флот» for MG-FLOT LLC): read by its Latin spelling as after a
 * dot. The name found so is a firm's name without its legal form, which asks its evidence (precision.ts).
 */
export function acronymBeforeBrandWord(s: ScanState, i: number): boolean {
  const { flags, starts, ends } = s.tokens;
  if ((flags[i] & (ALL_UPPER | CYRILLIC)) !== (ALL_UPPER | CYRILLIC) || i + 1 >= s.block.last) return false;
  if ((flags[i + 1] & (CAPITALIZED | CYRILLIC | JOINED)) !== (CAPITALIZED | CYRILLIC | JOINED) || flags[i + 1] & ALL_UPPER) return false;
  const gap = s.block.text.charCodeAt(ends[i]);
  return starts[i + 1] === ends[i] + 1 && (gap === 32 || gap === 45);
}

/**
 * Per index: the skeleton (-1: none) of each word brandDotReading has read, by the word as written. Its words are two
 * letters (lex-page.ts asks it of no longer word), few and the same page after page ("РФ", "БМ"), and each reading
 * made Latin spellings and skeleton strings.
 */
const dotReadings = perIndexMemo<string, number>(4096);

/** Token i's skeleton as a brand's word after a dot (its Latin spellings: "РФ" is RF), or -1; no readings. */
export function brandDotReading(s: ScanState, i: number): void {
  const written = s.block.text.slice(s.tokens.starts[i], s.tokens.ends[i]);
  const memo = dotReadings(s.index);
  let sk = memo.get(written);
  if (sk === undefined) {
    sk = -1;
    for (const key of latinSpellings(written.toLowerCase())) if ((sk = lexiconId(s.index.skeletons, skeleton(key))) >= 0) break;
    if (sk < 0) sk = -1;
    memo.set(written, sk);
  }
  // (setReadings of one skeleton or none: the skeleton alone, no readings.)
  s.skels[i] = sk;
}
