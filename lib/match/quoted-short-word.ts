// A firm's name in «guillemets» whose first word has two letters and whose later words Russian writes in lower case
// («Ак барс банк» for AK BARS BANK): the two-letter word is read as a name's word only there, right after the opening
// quote and before a lower-case word of the same quote, and never as a word that begins sentences («На этой неделе»).
// The later words are read as a quote's (lex-page.ts, laterQuotedWord) and the name must still be a listed one, word
// for word, with the firm's country or a sanctions story for a name in lower case (precision.ts, lowerNameAllowed).
import * as normalize from '../names/normalize';
import { isShortFunctionWord } from './korean-syllables';
import type { ScanState } from './scan-state';

const { CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;

/** Whether token i is a capitalised two-letter Cyrillic word that opens a quote and runs on into a lower-case word. */
export function quotedShortWord(s: ScanState, i: number): boolean {
  const { flags, lengths, starts, ends } = s.tokens;
  if (lengths[i] !== 2 || (flags[i] & (CYRILLIC | CAPITALIZED | CASELESS)) !== (CYRILLIC | CAPITALIZED) || i + 1 >= s.block.last) return false;
  if ((flags[i + 1] & (CYRILLIC | CAPITALIZED | CASELESS | JOINED)) !== (CYRILLIC | JOINED)) return false;
  const text = s.block.text;
  const before = starts[i] > 0 ? text.charCodeAt(starts[i] - 1) : 0;
  // « „ " “ right before the word.
  if (before !== 0xab && before !== 0x201e && before !== 0x22 && before !== 0x201c) return false;
  return starts[i + 1] - ends[i] === 1 && text.charCodeAt(ends[i]) === 32 && !isShortFunctionWord(text, starts[i], ends[i]);
}
