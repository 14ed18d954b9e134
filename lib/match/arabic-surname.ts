// A listed person's family name alone in Arabic script ("الظواهري" after "أيمن الظواهري") links back to the person
// the page named in full, as a capitalised surname does in Latin or Cyrillic text (back-reference.ts). Arabic has
// no capitals to tell a name from a word, so only a family name with the article (a nisba or laqab: الظواهري,
// الحوثي) that is none of the commonest Arabic names may: "صالح" is also "valid", "حسين" thousands of people. A
// family name without the article (Persian ones: "مسجدي" after "إيرج مسجدي") only as the page wrote it in that
// person's name: "مصري" (Egyptian), "إيراني" are adjectives too, which a name written "المصري" does not make names.
// One with the article that the page wrote so in that person's name may also be read loosely: "الأسد" after "بشار
// الأسد" is ASSAD, whose second a Arabic does not write (alone, never so read: "السلاح", the weapon, is no Saleh).
import { isArabicKey, isCommonArabicName } from '../names/arabic';
import { hashWord, lexiconWord } from '../names/lexicon';
import { readsClosely } from './arabic-latin-reading';
import { nameWordAfterAnd } from './arabic-reading';
import { compoundTailAt } from './arabic-compound-tail';
import { afterNounOfKind } from './arabic-kind-nouns';
import { afterArabicGroupWord } from './arabic-group-names';
import * as normalize from '../names/normalize';
import { SKEL_COMMON_NAME, SKEL_FIRST_GIVEN } from './name-index';
import { wordAt, type ScanState } from './scan-state';

// Module-local copy (see scan-state.ts).
const { CASELESS, JOINED } = normalize;

/**
 * Whether token i is an Arabic word that may stand alone for the family name of someone the page named before.
 * Asked of every caseless word once the page named someone: the cheap tests first, the word's string last.
 */
export function mayBeArabicSurname(s: ScanState, i: number): boolean {
  if (!(s.tokens.flags[i] & CASELESS)) return false;
  const at = s.tokens.starts[i];
  const text = s.block.text;
  const sk = s.skels[i];
  // "شركة القطرجي" after "محمد القطرجي": the family's firm, named after them, not the person.
  if (afterNounOfKind(s, i)) return false;
  if (text.charCodeAt(at) !== 0x627 || text.charCodeAt(at + 1) !== 0x644) {
    // The page read this very word as the surname in the name: any of its readings may be it (not closely: Persian
    // names are written without their short vowels, مسجدي for Masjedi).
    const written = s.context.writtenArabicSurnames;
    if (written.size === 0 || !written.has(s.tokens.hashes[i]) || !surnameReading(s, i, false, true)) return false;
    // "وعمر حمشو": after a given name with "و" in front, someone else of the family.
    if (i > s.block.first && s.tokens.flags[i] & JOINED && nameWordAfterAnd(s, i - 1)) return false;
    // Four letters will do here ("هنية" after "إسماعيل هنية"): the page itself wrote this word as the name, and a
    // reading that many listed people have as their given name is none ("أيمن" after "معلم أيمن" is anyone's Ayman).
    // Or a compound's first word, with its tail after it as in the name ("نصر الله" after "حسن نصر الله"): "نصر" alone
    // is victory.
    const w = wordAt(s, i);
    return (w.length >= 4 || compoundTailAt(s, i + 1) >= 0) && !isCommonArabicName(w);
  }
  const surnames = s.context.surnames;
  // The family name the list writes in Latin letters only, as the word's Latin reading ("المولى" after "أمير محمد
  // عبد الرحمن المولى": AL-MAWLA), closely unless the page wrote this very word in the name.
  // A word some listed Arabic-script name also has ("الفياض") has a skeleton of its own, but the person may be one the
  // page found through the word's Latin reading ("فالح الفياض": AL-FAYYADH, Falih, listed in Latin letters only):
  // that reading, where the page wrote this very word in the name (a Set asked first).
  const written = s.context.writtenArabicSurnames.has(s.tokens.hashes[i]);
  if (sk >= 0 ? !surnames.has(sk) && !(written && !groupOrAdjective(s, i) && surnameReading(s, i, false)) : !surnameReading(s, i, !written)) return false;
  const w = wordAt(s, i);
  return w.length >= 5 && !isCommonArabicName(w);
}

/**
 * Whether Arabic token i names a group or qualifies the noun before it rather than a person: a family's nisba that
 * many listed people share names their movement after a group's word ("جماعة الحوثي", the Houthi group) and is an
 * adjective after a noun with the article ("التمرد الحوثي", the Houthi rebellion).
 */
function groupOrAdjective(s: ScanState, i: number): boolean {
  if (afterArabicGroupWord(s, i)) return true;
  if (i <= s.block.first || !(s.tokens.flags[i] & JOINED) || !(s.tokens.flags[i - 1] & CASELESS)) return false;
  return DEFINITE_NOUN.test(wordAt(s, i - 1));
}

// A word with the article, also behind و, ف, ب ("والتمرد", "بالتمرد") or as ل does it ("للتمرد").
const DEFINITE_NOUN = /^(?:[وف]?[ب]?ال|[وف]?لل)/;

/**
 * Whether one of token i's readings is the surname of someone the page named; `closely`: with a vowel only where the
 * Arabic word writes one ("المولى": Mawla; not "السلاح", the weapon, as Saleh, whose a the Arabic does not write);
 * `noGivenName`: no reading that is many listed people's first given name or a very common name.
 */
function surnameReading(s: ScanState, i: number, closely: boolean, noGivenName = false): boolean {
  const a = s.alts[i];
  if (a < 0) return false;
  for (const r of s.readings[a]) {
    if (!s.context.surnames.has(r) || (noGivenName && s.index.skelFlags[r] & (SKEL_FIRST_GIVEN | SKEL_COMMON_NAME))) continue;
    if (!closely || readsClosely(s.index, wordAt(s, i), r)) return true;
  }
  return false;
}

/**
 * Notes token i, family name sk of a listed person named in full, when it is an Arabic word read as the Latin word
 * the list writes: the page's own spelling of that name, which may link back alone (with "و" in front too).
 */
export function noteWrittenArabicSurname(s: ScanState, i: number, sk: number): void {
  const { flags, starts, hashes } = s.tokens;
  const text = s.block.text;
  const at = starts[i];
  if (!(flags[i] & CASELESS) || !isArabicKey(text[at])) return;
  if (isArabicKey(lexiconWord(s.index.skeletons, sk))) return;
  s.context.writtenArabicSurnames.add(hashes[i]);
  // And the word with "و" in front, as a sentence about him begins ("ومخلوف هو ابن خال..." after "رامي مخلوف"); the
  // word as written in the name, not one that has a و of its own.
  if (text.charCodeAt(at) !== 0x648) s.context.writtenArabicSurnames.add(hashWord('\u0648' + wordAt(s, i)));
}
