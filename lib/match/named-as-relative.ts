// "Dagalo, who is the brother of RSF commander Mohamed Hamdan Dagalo": a person on no list named as the relative of
// someone ("the brother of", "a brother to", "su hermano", "el hijo de"), with the surname a listed person on the page
// carries. The story is about the one whose relative this is: the surname alone goes on naming the listed person,
// where another namesake introduced plainly ("President Daniel Ortega") leaves it unclear. English and Spanish.
import { hashTest } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { isNameWord, wordAt, type ScanState } from './scan-state';

const { CAPITALIZED, JOINED } = normalize;

/** Words of kinship news puts before a relative's name. */
export const KIN: ReadonlySet<string> = new Set(
  ('brother sister son daughter father mother wife husband widow cousin uncle aunt nephew niece half-brother half-sister ' +
    'stepson stepdaughter brother-in-law son-in-law hermano hermana hijo hija padre madre esposa esposo viuda primo prima ' +
    'tio tia sobrino sobrina cunado cunada yerno').split(' '),
);

/** Words that tie the kinship word to the name ("brother of", "brother to", "hermano de"). */
const TIES = new Set(['of', 'to', 'de', 'del']);

/** Words that begin another clause or item: a kinship word before them is not about this name. */
const CLAUSE_JOINERS = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'y', 'o', 'pero', 'que', 'quien']);


/** Whether a word's hash may be one of the words above. */
const relativeHash = hashTest([...KIN, ...TIES, ...CLAUSE_JOINERS]);

/** At most this many words ("RSF Commander Lieutenant General", "army commander") between kin and name. */
const BETWEEN = 4;

/**
 * Whether the name whose last word is token i follows a word of kinship in the same clause: "brother of [RSF
 * commander] Mohamed Hamdan Dagalo", "his brother Mohamed Dagalo". Token i is joined to a name word before it (isNameWord),
 * as both callers found before asking.
 */
export function namedAsRelative(s: ScanState, i: number): boolean {
  const { flags } = s.tokens;
  const b = s.block;
  let n = i - 1;
  while (n > b.first && flags[n] & JOINED && isNameWord(s, n - 1)) n--;
  for (let k = n - 1, between = 0; k >= b.first && between <= BETWEEN + 1; k--, between++) {
    if (!(flags[k + 1] & JOINED)) return false;
    if (flags[k] & CAPITALIZED) continue;
    // By the lexer's hash first: most words are none of these, and their strings need not be made.
    const h = s.tokens.hashes[k];
    if (!relativeHash(h)) continue;
    const w = wordAt(s, k);
    if (KIN.has(w)) return true;
    if (TIES.has(w) && k > b.first && flags[k] & JOINED && KIN.has(wordAt(s, k - 1))) return true;
    // Lower-case words between describe the relative ("army commander"); a clause's joiner ends the search.
    if (CLAUSE_JOINERS.has(w)) return false;
  }
  return false;
}

/** Words that say the relative is the story's person's own: "his daughter", "su padre", "sus hijos". */
const POSSESSIVES = new Set(['his', 'her', 'their', 'su', 'sus']);

/** Kinship words in the plural, before a list of the relatives' names ("sus hijos, Juan Pablo, Sofía y María Sol Cartes Montaña"). */
const KIN_PLURAL = new Set(['sons', 'daughters', 'children', 'brothers', 'sisters', 'hijos', 'hijas', 'hermanos', 'hermanas']);

/** Joiners of a list of names after a plural kinship word. */
const LIST_JOINERS = new Set(['and', 'y', 'e']);

/** Whether a word's hash may be one of the words namedAsOwnRelative reads (KIN, KIN_PLURAL, LIST_JOINERS,
 * POSSESSIVES): a word that is none of them is told by its hash, with no string made. */
const ownHash = hashTest([...KIN, ...KIN_PLURAL, ...LIST_JOINERS, ...POSSESSIVES]);

/** Lower-case words at most between the possessive and the kinship word ("his 29-year-old daughter", "her late father"). */
const BEFORE_KIN = 2;

/**
 * How the name whose last word is token i is introduced as the relative of the person the story is about, alone ('one')
 * or in a list of relatives ('group'), or 'none': by a
 * possessive and a word of kinship right before it: "his daughter Zeinab Soleimani", "Su padre, Adrián Cabello",
 * "sus hijos, Juan Pablo, Sofía y María Sol Cartes Montaña". The page has named that person already ("his"), and
 * news goes on calling them by the surname alone and their relatives in full. Not "the son of President Daniel
 * Ortega": there the name is whom someone else is related to, a person of the story in their own right (namedAsRelative).
 * Token i is joined to a name word before it, as noteOtherNames found before asking.
 */
export function namedAsOwnRelative(s: ScanState, i: number): 'none' | 'one' | 'group' {
  const { flags, starts, ends, hashes } = s.tokens;
  const b = s.block;
  // Cheap first, by flags and hashes only (a title-case headline is a long run of capitalised words): the nearest
  // lower-case word before the name that is no list's joiner must be a word of kinship.
  for (let k = i - 1, steps = 0; ; k--, steps++) {
    if (k < b.first || steps > 16) return 'none';
    if (flags[k] & CAPITALIZED) continue;
    if (!ownHash(hashes[k])) return 'none';
    if (!LIST_JOINERS.has(wordAt(s, k))) break;
  }
  const text = b.text;
  let n = i - 1;
  while (n > b.first && flags[n] & JOINED && isNameWord(s, n - 1)) n--;
  // Back over the list of the other relatives' given names, to the kinship word.
  let k = n - 1;
  let listed = false;
  for (let steps = 0; k > b.first && steps < 12; steps++) {
    if (flags[k] & CAPITALIZED) {
      if (!isNameWord(s, k)) return 'none';
    } else if (ownHash(hashes[k]) && LIST_JOINERS.has(wordAt(s, k))) listed = true;
    else break;
    if (!onlySpaceOrComma(text, ends[k - 1], starts[k])) return 'none';
    if (!(flags[k + 1] & JOINED)) listed = true;
    k--;
  }
  if (k < b.first || flags[k] & CAPITALIZED || !ownHash(hashes[k]) || !onlySpaceOrComma(text, ends[k], starts[k + 1])) return 'none';
  const kin = wordAt(s, k);
  if (!(KIN_PLURAL.has(kin) || (!listed && KIN.has(kin)))) return 'none';
  for (let p = k - 1; p >= b.first && p >= k - 1 - BEFORE_KIN; p--) {
    if (!(flags[p + 1] & JOINED)) return 'none';
    // The possessive may begin a sentence ("Su padre, Adrián Cabello"); the words between are in lower case.
    const w = wordAt(s, p);
    if (POSSESSIVES.has(w)) return listed || KIN_PLURAL.has(kin) ? 'group' : 'one';
    if (flags[p] & CAPITALIZED || CLAUSE_JOINERS.has(w) || TIES.has(w) || LIST_JOINERS.has(w)) return 'none';
  }
  return 'none';
}

/** Whether the text between two words is spaces and at most one comma. */
function onlySpaceOrComma(text: string, from: number, to: number): boolean {
  let commas = 0;
  for (let c = from; c < to; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 44) commas++;
    else if (ch !== 32 && ch !== 0xa0) return false;
  }
  return commas <= 1;
}
