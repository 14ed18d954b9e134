// A Russian or Ukrainian surname alone right after a capitalised word inside a sentence that neither the lists nor the
// given names know, in the same case ("Фонда Акмата Кадырова": the father Akhmat, misspelt; a relative's Chechen or
// Central Asian given name the tables lack), is that other person's full name: the surname does not link back to the
// listed person the page named before. No clash is noted, as the word may be no given name after all.
import * as normalize from '../names/normalize';
import { orgGlossaryWords } from '../names/org-glossary';
import { wordAt, type ScanState } from './scan-state';

const { ALL_UPPER, CAPITALIZED, CYRILLIC, JOINED } = normalize;

/**
 * A masculine surname's case endings (and the feminine nominative's) and the endings a given name takes in that
 * case, Russian and Ukrainian: genitive "Акмата Кадырова", dative "Акмату Кадырову", instrumental "Акматом
 * Кадыровым", prepositional "Акмате Кадырове", Ukrainian locative "Акматі Кадирові". The nominative ("Акмат Кадыров")
 * asks for a consonant.
 */
const CASE_PAIRS: readonly (readonly [readonly string[], string])[] = [
  [['ова', 'ева', 'ёва', 'єва', 'ина', 'іна', 'ына', 'їна'], 'аяь'],
  [['ову', 'еву', 'ёву', 'єву', 'ину', 'іну', 'ыну', 'їну'], 'ую'],
  [['овым', 'евым', 'ёвым', 'иным', 'ыным', 'овим', 'евим', 'євим', 'іним', 'їним'], 'мм'],
  [['ове', 'еве', 'ине', 'ові', 'еві', 'єві', 'іні', 'їні'], 'еі'],
];

/** The nominative surname endings: the given name before ends in a consonant. */
const NOMINATIVE = ['ов', 'ев', 'ёв', 'єв', 'ин', 'ін', 'ын', 'їн'];

const VOWELS = 'аеёиоуыэюяіїєьй';

/** Whether the given name's last letters fit the surname's case (CASE_PAIRS). */
function sameCase(given: string, surname: string): boolean {
  const g = given[given.length - 1];
  if (NOMINATIVE.some((e) => surname.endsWith(e))) return !VOWELS.includes(g);
  for (const [endings, last] of CASE_PAIRS) {
    if (!endings.some((e) => surname.endsWith(e))) continue;
    // The instrumental's given name ends in "ом", "ем" or "ём".
    if (last === 'мм') return given.length > 3 && g === 'м' && 'оеё'.includes(given[given.length - 2]);
    return last.includes(g);
  }
  return false;
}

/**
 * Whether the word before Cyrillic surname token i is another person's given name that no table knows: capitalised
 * (not in capitals) inside a sentence, of three letters or more, a word the index lacks altogether (no context word,
 * no listed name's word, no firm's word of kind: "Фонда Кадырова" is a fund's), in the surname's case.
 */
export function unknownGivenBefore(s: ScanState, i: number): boolean {
  const { flags, ids, starts, ends, lengths } = s.tokens;
  const k = i - 1;
  if (k < s.block.first || !(flags[i] & JOINED) || !(flags[i] & CYRILLIC)) return false;
  if ((flags[k] & (CAPITALIZED | CYRILLIC | ALL_UPPER)) !== (CAPITALIZED | CYRILLIC) || lengths[k] < 3 || ids[k] >= 0 || s.skels[k] >= 0) return false;
  const text = s.block.text;
  // Only a space between, and a word before it in the same sentence (not a line's first word, not after . ! ? : or a quote).
  if (ends[k] + 1 !== starts[i] || k === s.block.first) return false;
  for (let c = starts[k] - 1; c >= ends[k - 1]; c--) {
    const ch = text.charCodeAt(c);
    if (ch === 46 || ch === 33 || ch === 63 || ch === 58 || ch === 10 || ch === 34 || ch === 0x201c || ch === 0xab || ch === 0x201e) return false;
  }
  const given = wordAt(s, k).toLowerCase();
  if (orgGlossaryWords(given).length) return false;
  return sameCase(given, wordAt(s, i).toLowerCase());
}
