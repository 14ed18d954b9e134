// Russian writes a firm's word of kind after a hyphen in lower case: "Альфа-банк", "Альфа-банка" (ALFA-BANK), where
// the lists and English capitalise both halves. Such a lower-case word is read as a name's word, as a capitalised
// one is; it makes a name only where a listed name goes on with it.
import * as normalize from '../names/normalize';
import type { ScanState } from './scan-state';

const { CAPITALIZED, CYRILLIC, JOINED } = normalize;
const HYPHEN = 45;

/** Whether lower-case Cyrillic token i follows a capitalised Cyrillic word and a hyphen, with no space between. */
export function hyphenTailWord(s: ScanState, i: number): boolean {
  // The token's flags first: the scan asks this of every word, and they rule out every Latin, Arabic and capitalised
  // one without reading the text (which, at a block's first word, was read before its start: NaN, a slow path).
  const flags = s.tokens.flags;
  if ((flags[i] & (CYRILLIC | CAPITALIZED | JOINED)) !== (CYRILLIC | JOINED) || i <= s.block.first) return false;
  const at = s.tokens.starts[i] - 1;
  if (s.block.text.charCodeAt(at) !== HYPHEN) return false;
  return (flags[i - 1] & (CYRILLIC | CAPITALIZED)) === (CYRILLIC | CAPITALIZED) && s.tokens.ends[i - 1] === at;
}
