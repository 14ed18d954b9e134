// A firm's word of kind that Russian writes in lower case after the name's capitalised word ("Дальневосточный банк":
// FAR EASTERN BANK): read as its English word like a name's word, though not capitalised. Only a mere word of kind
// of the glossary (банк, компания, корпорация...: lib/names/org-glossary.ts), and only right after a capitalised
// region's word of the glossary ("Дальневосточный"): other lower-case words stay out of a name outside quotes
// ("Авио групп" is not «Авио групп»). Whether the name may stand is glossary-names.ts's to say.
import { glossaryWordKind, mayBeRegionWord } from '../names/org-glossary';
import * as normalize from '../names/normalize';
import type { ScanState } from './scan-state';

const { CAPITALIZED, CYRILLIC, JOINED } = normalize;

/** Whether lower-case Cyrillic token i is a glossary word of kind right after a capitalised region's word. */
export function kindWordAfterName(s: ScanState, i: number): boolean {
  const flags = s.tokens.flags;
  if ((flags[i] & (CYRILLIC | JOINED)) !== (CYRILLIC | JOINED) || i <= s.block.first) return false;
  if ((flags[i - 1] & (CYRILLIC | CAPITALIZED)) !== (CYRILLIC | CAPITALIZED)) return false;
  // Most capitalised words are no region's: that is told without making either word's string.
  if (!mayBeRegionWord(s.block.text, s.tokens.starts[i - 1], s.tokens.ends[i - 1])) return false;
  const word = (k: number) => s.block.text.slice(s.tokens.starts[k], s.tokens.ends[k]).toLowerCase();
  return glossaryWordKind(word(i)) === 'generic' && glossaryWordKind(word(i - 1)) === 'region';
}
