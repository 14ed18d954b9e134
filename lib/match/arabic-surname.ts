// A listed person's family name alone in Arabic script ("الظواهري" after "أيمن الظواهري") links back to the person
// the page named in full, as a capitalised surname does in Latin or Cyrillic text (back-reference.ts). Arabic has
// no capitals to tell a name from a word, so only a family name with the article (a nisba or laqab: الظواهري,
// الحوثي) that is none of the commonest Arabic names may: "صالح" is also "valid", "حسين" thousands of people.
import { isArabicKey, isCommonArabicName } from '../names/arabic';
import * as normalize from '../names/normalize';
import { wordAt, type ScanState } from './scan-state';

// Module-local copy (see scan-state.ts).
const { CASELESS } = normalize;

/**
 * Whether token i is an Arabic word that may stand alone for the family name of someone the page named before.
 * Asked of every caseless word once the page named someone: the cheap tests first, the word's string last.
 */
export function mayBeArabicSurname(s: ScanState, i: number): boolean {
  const sk = s.skels[i];
  if (sk < 0 || !(s.tokens.flags[i] & CASELESS) || !s.context.surnames.has(sk)) return false;
  const at = s.tokens.starts[i];
  const text = s.block.text;
  if (text.charCodeAt(at) !== 0x627 || text.charCodeAt(at + 1) !== 0x644 || !isArabicKey(text[at])) return false;
  const w = wordAt(s, i);
  return w.length >= 5 && !isCommonArabicName(w);
}
