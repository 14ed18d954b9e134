// A listed person's family name alone in Arabic script ("الظواهري" after "أيمن الظواهري") links back to the person
// the page named in full, as a capitalised surname does in Latin or Cyrillic text (back-reference.ts). Arabic has
// no capitals to tell a name from a word, so only a family name with the article (a nisba or laqab: الظواهري,
// الحوثي) that is none of the commonest Arabic names may: "صالح" is also "valid", "حسين" thousands of people.
import { isCommonArabicName } from '../names/arabic';
import { readsClosely } from './arabic-latin-reading';
import * as normalize from '../names/normalize';
import { wordAt, type ScanState } from './scan-state';

// Module-local copy (see scan-state.ts).
const { CASELESS } = normalize;

/**
 * Whether token i is an Arabic word that may stand alone for the family name of someone the page named before.
 * Asked of every caseless word once the page named someone: the cheap tests first, the word's string last.
 */
export function mayBeArabicSurname(s: ScanState, i: number): boolean {
  if (!(s.tokens.flags[i] & CASELESS)) return false;
  const at = s.tokens.starts[i];
  const text = s.block.text;
  if (text.charCodeAt(at) !== 0x627 || text.charCodeAt(at + 1) !== 0x644) return false;
  const sk = s.skels[i];
  const surnames = s.context.surnames;
  // The family name the list writes in Latin letters only, as the word's Latin reading ("المولى" after "أمير محمد
  // عبد الرحمن المولى": AL-MAWLA).
  if (sk >= 0 ? !surnames.has(sk) : !latinSurnameReading(s, i)) return false;
  const w = wordAt(s, i);
  return w.length >= 5 && !isCommonArabicName(w);
}

/**
 * Whether one of token i's readings is the surname of someone the page named, read closely: with a vowel only where
 * the Arabic word writes one ("المولى": Mawla; not "السلاح", the weapon, as Saleh, whose a the Arabic does not write).
 */
function latinSurnameReading(s: ScanState, i: number): boolean {
  const a = s.alts[i];
  if (a < 0) return false;
  for (const r of s.readings[a]) if (s.context.surnames.has(r) && readsClosely(s.index, wordAt(s, i), r)) return true;
  return false;
}
