// "санкции против Шойгу, Герасимова, Собянина", "санкції проти Кадирова, Катаєва, Павлова і Шешеня": after a
// preposition that governs the genitive, every surname of the list that follows is in the genitive, so a word in
// -ова, -ева, -ина is a man's surname in the genitive (Sobyanin), never a woman's in the nominative (SOBYANINA): a
// woman's would be "Собяниной", "Собяніної" there. The word is then read as the man's surname (rare-surname.ts).
// So too right after a man's title or role in the genitive ("кремлівського олігарха Потаніна", "министра Лаврова"):
// a surname in apposition takes the title's case, and a woman's would be "Потаніної", "Потаниной".
import { CYRILLIC_AND, TITLES_RU } from './context-words-cyrillic';
import { latinSpellings } from '../names/cyrillic';
import { lexiconId } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { skeleton } from '../names/transliterate';
import { readingsOf, type ScanState } from './scan-state';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CYRILLIC, JOINED } = normalize;

/** Russian and Ukrainian prepositions that govern the genitive alone (not "с", "з": the instrumental too). */
const GOVERNS_GENITIVE = new Set(
  'против от у для без до из около среди кроме после проти від для без до із серед щодо біля крім окрім після'.split(' '),
);

/** The man's surname (-ов, -ев, -ин) in the genitive reads as written as a woman's nominative. */
const FEMININE_LIKE = /(ов|ев|ёв|єв|ин|ін|ын)а$/;

/** How far back a list is followed to its preposition, in words. */
const MAX_BACK = 12;

/**
 * Whether token i, a capitalised Cyrillic word with several readings in -ова/-ина, is a man's surname in the genitive
 * in a list after a preposition that governs the genitive; if so it is made that reading. The flags first, then the
 * strings, only for a word the rare-surname rule is about to take.
 */
export function mansGenitiveInList(s: ScanState, i: number): boolean {
  const { flags, starts, ends } = s.tokens;
  const text = s.block.text;
  if (!(flags[i] & CYRILLIC)) return false;
  const word = text.slice(starts[i], ends[i]).toLowerCase();
  if (!FEMININE_LIKE.test(word) || !(governedByGenitive(s, i) || afterMasculineGenitiveTitle(s, i) || afterMansGenitive(s, i))) return false;
  const man = mansSkeleton(s, word);
  if (man < 0 || !readingsOf(s, i).includes(man)) return false;
  s.skels[i] = man;
  return true;
}

/** The skeleton of the man's surname a word in -ова, -ина is the genitive of (-1 when no listed word). */
function mansSkeleton(s: ScanState, word: string): number {
  return lexiconId(s.index.skeletons, skeleton(latinSpellings(word.slice(0, -1))[0]));
}

/**
 * "дочок Путіна і Лаврова": a surname joined by "and" to one the page has just read as a listed man's in -ова, -ина
 * (his genitive, not a woman's nominative) is in the same case, so a man's genitive too. The word before must be read
 * as that man's surname and noted as named (evidence.ts register): "Петрова і Лаврова" alone may be two women.
 */
function afterMansGenitive(s: ScanState, i: number): boolean {
  const { flags, starts, ends } = s.tokens;
  const text = s.block.text;
  const k = i - 2;
  if (k < s.block.first || (flags[i - 1] & (CAPITALIZED | CYRILLIC | JOINED)) !== (CYRILLIC | JOINED) || !(flags[i] & JOINED)) return false;
  if ((flags[k] & (CAPITALIZED | CYRILLIC)) !== (CAPITALIZED | CYRILLIC) || !CYRILLIC_AND.has(text.slice(starts[i - 1], ends[i - 1]).toLowerCase())) return false;
  const before = text.slice(starts[k], ends[k]).toLowerCase();
  if (!FEMININE_LIKE.test(before)) return false;
  const man = mansSkeleton(s, before);
  return man >= 0 && s.skels[k] === man && s.context.surnames.has(man);
}

/** Whether the list of capitalised words token i ends leads back to a preposition that governs the genitive. */
function governedByGenitive(s: ScanState, i: number): boolean {
  const { flags, starts, ends } = s.tokens;
  const text = s.block.text;
  for (let k = i - 1; k >= s.block.first && i - k <= MAX_BACK; k--) {
    if (!/^\s*,?\s*$/.test(text.slice(ends[k], starts[k + 1]))) return false;
    if (flags[k] & CAPITALIZED) {
      if (!(flags[k] & CYRILLIC)) return false;
      continue;
    }
    const w = text.slice(starts[k], ends[k]).toLowerCase();
    if (CYRILLIC_AND.has(w)) continue;
    return GOVERNS_GENITIVE.has(w);
  }
  return false;
}

/**
 * The titles of TITLES_RU in the genitive singular of a masculine noun: a form in -а, -я whose nominative (without
 * it, or with -ь for it) is among the title's forms too ("министра", "олігарха", "секретаря"); never "глава",
 * "голова", "судья", which are nominatives that head a woman's name as well.
 */
const MASCULINE_GENITIVE_TITLES = new Set(
  TITLES_RU.flatMap(([, forms]) =>
    forms.filter((f) => /[ая]$/.test(f) && f.length > 3 && (forms.includes(f.slice(0, -1)) || forms.includes(f.slice(0, -1) + 'ь'))),
  ),
);

/** Whether token i follows a lower-case masculine title in the genitive, nothing but a space between. */
function afterMasculineGenitiveTitle(s: ScanState, i: number): boolean {
  const { flags, starts, ends } = s.tokens;
  if (i <= s.block.first || !(flags[i] & JOINED) || (flags[i - 1] & (CAPITALIZED | CYRILLIC)) !== CYRILLIC) return false;
  const text = s.block.text;
  if (!/^ +$/.test(text.slice(ends[i - 1], starts[i]))) return false;
  return MASCULINE_GENITIVE_TITLES.has(text.slice(starts[i - 1], ends[i - 1]).toLowerCase());
}
