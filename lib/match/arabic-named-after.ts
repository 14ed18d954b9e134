// A person's name right after an Arabic word of place or institution names that place, not the person: "مسجد خالد
// بن الوليد" is the Khalid ibn al-Walid mosque, "شارع صلاح الدين" a street, "مدرسة ابن سينا" a school. Arabic puts
// the word of kind first, without its article, and the name after it (a construct, iḍāfa); mosques, schools, streets,
// hospitals, squares, quarters and brigades carry the names of the Prophet's companions, conquerors and scholars,
// as many living men, some of them listed, do. An organization's name is read as before ("جيش خالد بن الوليد").
import { arabicReadings, isArabicKey } from '../names/arabic';
import * as normalize from '../names/normalize';
import { isNameWord, wordAt, type ScanState } from './scan-state';

// Module-local copy (see scan-state.ts).
const { CASELESS, JOINED } = normalize;

// Mosque (twice), school, secondary school, institute, college, university, street, road, square (twice), quarter,
// hospital, clinic, airport, stadium (ملعب, and استاد/ستاد as Egypt writes it), hall, camp, bridge, brigade, battalion(s); folded as normalize.ts folds (ة is
// ه, ى is ي). Not "لواء" with "ل" in front ("للواء": to the major general).
const PLACE_WORDS = new Set([
  'مسجد', 'جامع', 'مدرسه', 'ثانويه', 'معهد', 'كليه', 'جامعه', 'شارع', 'طريق', 'ساحه', 'ميدان', 'حي', 'مستشفي', 'مستوصف', 'مطار',
  'ملعب', 'استاد', 'ستاد', 'قاعه', 'مخيم', 'جسر', 'لواء', 'كتيبه', 'كتائب',
]);

/**
 * Whether Arabic token i begins a name that comes right after a word of place or institution ("مسجد", also
 * "بمسجد", "ومدرسة"), or after one with up to two more name words between ("مسجد حافظ خالد الوليد": the walk from
 * "خالد" must not find "خالد الوليد" there either).
 */
export function afterArabicPlaceWord(s: ScanState, i: number): boolean {
  const { flags } = s.tokens;
  if (!(flags[i] & CASELESS)) return false;
  for (let k = i - 1; k >= s.block.first && k >= i - 3; k--) {
    if (!(flags[k + 1] & JOINED) || !(flags[k] & CASELESS)) return false;
    if (isPlaceWord(wordAt(s, k))) return true;
    if (!isNameWord(s, k)) return false;
  }
  return false;
}

function isPlaceWord(word: string): boolean {
  if (!isArabicKey(word)) return false;
  return PLACE_WORDS.has(word) || arabicReadings(word).some((w) => PLACE_WORDS.has(w) && !(w === 'لواء' && word.startsWith('ل')));
}
