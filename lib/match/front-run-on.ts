// A name word right before a listed person's name makes the words someone else's fuller name (trie-walk.ts), but
// two kinds of word there begin no one's name:
// - Arabic "السيد" or "السيدة" (Mr, Mrs, Sayyid), an honorific (lib/names/arabic.ts): "السيد حسن نصر الله" is
//   Hasan Nasrallah;
// - Arabic "ولد" (was born; son of), "بن" and "ابن" (son of) with no name word before them: a link of descent needs
//   a name on its other side, so "ولد أيمن محمد ربيع الظواهري" is "was born Ayman Muhammad Rabi al-Zawahiri";
// - a Cyrillic surname (no given name) before a given name and surname in reading order: East Slavic names run
//   given, patronymic, surname or surname, given, patronymic, never surname, given, surname, so "пресс-секретарь
//   Лукашенко Наталья Эйсмонт" is Lukashenko's press secretary, Natalya Eismont;
// - a Cyrillic word right after an acronym in capitals, the body's brand unquoted ("власник ПВК Вагнер Євгеній
//   Пригожин", "ООО Ромашка Иван Петров"): a body's name, not a given name, whatever names the word is also;
// - Arabic adjectives with the article after the definite noun they qualify ("رجل الأعمال العراقي", "العسكري الكبير");
// - a place's name after its kind in lower case ("del estado Bolívar Francisco Rangel Gómez"), before a name of two
//   words or more;
// - a listed head of state's surname, no common one, before a name of two words or more that opens with a given name
//   ("el magnate ruso cercano a Putin Viktor Vekselberg", "el aliado de Maduro Alex Saab"): news calls the head of
//   state by the surname alone, and no one's name runs surname, given name, surname.
// And after a name: a Cyrillic given name right after a given name and surname begins another person's name, by the
// same rule (never given name, surname, given name): "сина президента Олександра Лукашенка Дмитра" is the president's
// son Dmitry, and the president is still named.
import { isArabicHonorificAt } from '../names/arabic';
import { isCommonNamePart } from '../names/frequency';
import { singleWordCountry } from './context-words';
import * as normalize from '../names/normalize';
import * as names from './name-index';
import { isNameWord, readingsOf, wordAt, type ScanState } from './scan-state';
import { possessorAfterKin } from './cyrillic-possessor';
import { isCyrillicAnd } from './cyrillic-org-words';
import { headOfStateSurnameBits } from './head-of-state-surnames';
import { hasSkeletonBit } from './skeleton-bits';

// Module-local copies (see scan-state.ts).
const { ALL_UPPER, CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;
const { OUT_FAMILY_FIRST, SKEL_FIRST_GIVEN } = names;

const DESCENT = new Set(['ولد', 'بن', 'ابن']);

/**
 * Whether the name word before token i (tokens i..j name a person through output v) begins no name of its own, so
 * that the words still name the listed person. Asked only when that word is a name word.
 */
export function frontWordBeginsNoName(s: ScanState, i: number, j: number, v: number): boolean {
  const { flags } = s.tokens;
  const k = i - 1;
  if (flags[k] & CYRILLIC) {
    if (!(flags[i] & CYRILLIC) || j === i || v & OUT_FAMILY_FIRST) return false;
    if (brandAfterAcronym(s, k)) return true;
    const sk = s.skels[k];
    return !(sk >= 0 && s.index.skelFlags[sk] & SKEL_FIRST_GIVEN) && !isCommonNamePart(wordAt(s, k));
  }
  if (placeAfterItsKind(s, k)) return j > i;
  if (j > i && headOfStateBefore(s, k, i)) return true;
  if (isArabicHonorificAt(s.block.text, s.tokens.starts[k], s.tokens.ends[k])) return true;
  if (adjectiveOfNoun(s, k, j > i)) return true;
  if (!DESCENT.has(s.block.text.slice(s.tokens.starts[k], s.tokens.ends[k]))) return false;
  return k === s.block.first || !(flags[k] & JOINED) || !isNameWord(s, k - 1);
}

/** Whether Cyrillic token k follows a Cyrillic acronym in capitals (two to five letters) in its sentence: "ПВК Вагнер". */
function brandAfterAcronym(s: ScanState, k: number): boolean {
  const { flags, lengths } = s.tokens;
  const a = k - 1;
  return k > s.block.first && (flags[k] & JOINED) !== 0 && (flags[a] & (CYRILLIC | ALL_UPPER)) === (CYRILLIC | ALL_UPPER) && lengths[a] >= 2 && lengths[a] <= 5;
}

/**
 * Whether Arabic token k is an adjective with the article after a definite word it qualifies: "رجل الأعمال العراقي
 * خميس فرحان الخنجر العيساوي" is the Iraqi businessman Khamis Farhan al-Khanjar, though AL-IRAQI ends listed names;
 * "القائد العسكري الكبير خالد كاظم جاسم السكيني" the senior military commander Khalid Kazim Jasim al-Sukayni (a
 * definite word begins no Arabic name written given name first). A country's adjective before any name, another
 * before a name of two words or more (`several`).
 */
function adjectiveOfNoun(s: ScanState, k: number, several: boolean): boolean {
  if (k === s.block.first || !(s.tokens.flags[k] & JOINED)) return false;
  const text = s.block.text;
  const a = s.tokens.starts[k];
  const b = s.tokens.starts[k - 1];
  // The article on both, the letters first: "الأعمال العراقي", "العسكري الكبير"; the noun's also behind a preposition
  // or "و" ("بالرئيس السوري بشار الأسد", "للرئيس").
  if (text.charCodeAt(a) !== 0x627 || text.charCodeAt(a + 1) !== 0x644 || !definiteAt(text, b)) return false;
  return several || singleWordCountry(wordAt(s, k)) > 0;
}

/**
 * Whether Latin token k, capitalised, is a listed head of state's surname, no common name part and no given name, and
 * token i after it a given name that listed persons carry first.
 */
function headOfStateBefore(s: ScanState, k: number, i: number): boolean {
  const sk = s.skels[k];
  if (sk < 0 || (s.tokens.flags[k] & (CAPITALIZED | CYRILLIC | CASELESS)) !== CAPITALIZED || !hasSkeletonBit(headOfStateSurnameBits(s.index), sk)) return false;
  const sf = s.index.skelFlags;
  return !(sf[sk] & SKEL_FIRST_GIVEN) && s.skels[i] >= 0 && (sf[s.skels[i]] & SKEL_FIRST_GIVEN) !== 0 && !isCommonNamePart(wordAt(s, k));
}

/** Whether the Arabic word at offset b has the article: "ال", "بال", "وال", "فال", "كال", or "لل" (ل and ال). */
function definiteAt(text: string, b: number): boolean {
  const c = text.charCodeAt(b);
  if (c === 0x627) return text.charCodeAt(b + 1) === 0x644;
  if (c === 0x644) return text.charCodeAt(b + 1) === 0x644;
  return (c === 0x628 || c === 0x648 || c === 0x641 || c === 0x643) && text.charCodeAt(b + 1) === 0x627 && text.charCodeAt(b + 2) === 0x644;
}

/** Lower-case words of a place's kind that news writes right before its name ("del estado Bolívar", "the state Kachin"). */
const PLACE_KINDS = new Set(['estado', 'state', 'provincia', 'province', 'municipio', 'departamento', 'region', 'ciudad', 'city', 'district', 'distrito']);

/**
 * Whether token k, a capitalised word, is a place's name after its kind in lower case: "el exgobernador del estado
 * Bolívar Francisco Rangel Gómez" names the state Bolívar, and then the person.
 */
function placeAfterItsKind(s: ScanState, k: number): boolean {
  const flags = s.tokens.flags;
  if (k === s.block.first || !(flags[k] & JOINED) || flags[k - 1] & CAPITALIZED) return false;
  return PLACE_KINDS.has(wordAt(s, k - 1));
}

/**
 * Whether a Cyrillic surname at token k, right before a name of two words or more that the block's spans found at
 * k + 1, is a name of its own: the surname alone of someone the page named ("пресс-секретарь Лукашенко Наталья
 * Эйсмонт"), not the start of a longer name, by the rule above. Asked only when a name word follows a surname alone.
 */
export function surnameBeforeName(s: ScanState, k: number): boolean {
  const { flags } = s.tokens;
  if (!(flags[k] & CYRILLIC) || !(flags[k + 1] & CYRILLIC)) return false;
  // "дружини Кадирова Медні": the man's genitive before his wife's given name (cyrillic-possessor.ts).
  if (possessorAfterKin(s, k)) return true;
  const span = s.block.spans.find((x) => x.start === k + 1);
  if (!span || span.end === span.start) return false;
  const sk = s.skels[k];
  return !(sk >= 0 && s.index.skelFlags[sk] & SKEL_FIRST_GIVEN) && !isCommonNamePart(wordAt(s, k));
}

/**
 * Whether the name word after token j (tokens i..j name a person, given name first: the caller checks the form) is
 * a given name that begins someone else's name, so that the words still name the listed person. Asked only when that
 * word is a name word. A given name is one that six listed persons or more carry first, in any of the word's readings.
 */
export function givenNameAfterName(s: ScanState, i: number, j: number): boolean {
  const { flags, starts, ends } = s.tokens;
  const k = j + 1;
  if (j === i || !(flags[i] & flags[j] & flags[k] & CYRILLIC)) return false;
  if (firstGivenAt(s, k)) return true;
  // A rarer given name coordinated with a frequent one ("дочерей ... Михаила Фридмана Ларису и Екатерину"): two
  // given names joined by "and" after a full name are two more people's, not the name's next word.
  const and = k + 1;
  return and + 1 < s.block.last && (flags[and] & JOINED) !== 0 && (flags[and + 1] & (JOINED | CAPITALIZED | CYRILLIC)) === (JOINED | CAPITALIZED | CYRILLIC) && isCyrillicAnd(s.block.text, starts[and], ends[and]) && firstGivenAt(s, and + 1);
}

/** Whether token k reads, in one of its readings, as a given name six listed persons or more carry first. */
function firstGivenAt(s: ScanState, k: number): boolean {
  const sf = s.index.skelFlags;
  const sk = s.skels[k];
  if (sk >= 0 && sf[sk] & SKEL_FIRST_GIVEN) return true;
  for (const r of readingsOf(s, k)) if (sf[r] & SKEL_FIRST_GIVEN) return true;
  return false;
}
