// Whether a given name written before a listed person's surname is one of that person's own: "Rolando Castro" of
// CASTRO, Oscar Rolando; "Miguel Martínez" of MARTINEZ MORALES, Luis Miguel; "Walter Tapfumaneyi" of TAPFUMANEYI,
// Asher Walter. The news calls people by the given name they use, which the lists need not put first; such a pair is
// the listed person, not someone else with the surname ("Juan Maduro"), where the page's other evidence says so
// (back-reference.ts, rare-surname.ts). Not for a person of an Arab country, whose second name is the father's
// ("Hamdan Dagalo" of DAGALO, Abdelrahim Hamdan is his brother Mohamed's name too, "Hassan Nasrallah" the father),
// nor of Iran or Afghanistan, whose lists put a lineage's name there that brothers share (KHAMENEI, Sayyed Mojtaba
// Hosseini: "Masoud Hosseini Khamenei" is his brother),
// nor of Burma, whose names have no family name at all (SAN, Tin Aung is Tin Aung San, and "Aung San" is the
// general, Aung San Suu Kyi's father, another man's whole name),
// nor for a word of the listed surname ("Ortega Murillo" is not MURILLO DE ORTEGA, Rosario Maria).
import { countryIndex } from './context-words';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { runStart } from './runs';

// Module-local copy (see scan-state.ts).
const { ENTITY_MASK, OUT_FAMILY_FIRST } = names;

/** Family-first paths read: the surname, a second surname, up to three given names. */
const MAX_DEPTH = 4;

/**
 * Whether the listed name of person e in family-first order that begins with surname skeleton `surname` has given
 * name skeleton `given` among its given names, not the first (a first given name and the surname are a listed form
 * of their own, which the trie walk reads under its rules; "Mohammad Reza Heidari" is not HEIDARI, Reza). Read from the trie (the index keeps each person's family-first form),
 * depth-first under the surname's state; asked only where a given name stands before a surname alone.
 */
export function isOwnGivenName(index: NameIndex, e: number, surname: number, given: number): boolean {
  return !inArabWorld(index, e) && isListedGivenName(index, e, surname, given);
}

/**
 * isOwnGivenName in any country: for a person of the Arab world, whose pair of the father's name and the family's
 * is the father's or a brother's as well, the caller needs evidence of its own (a title that fits the listed role).
 */
export function isListedGivenName(index: NameIndex, e: number, surname: number, given: number): boolean {
  if (surname < 0 || given < 0 || given === surname || hasSurname(index, e, given)) return false;
  const from = index.rootChild[surname];
  return from >= 0 && reaches(index, e, from, given, false, 1, 0);
}

/**
 * Arab countries, whose names run given name, father's name, grandfather's name, family name; Iran, Afghanistan; and
 * Burma, whose names have no family name: the lists' "surname" is the name's last word, and a pair of its words is no
 * given name with a surname.
 */
const ARAB_WORLD = ['ir', 'af', 'sy', 'lb', 'iq', 'jo', 'ps', 'eg', 'sd', 'ly', 'tn', 'dz', 'ma', 'mr', 'ye', 'sa', 'kw', 'qa', 'bh', 'om', 'ae', 'mm'];
let arabWorld: Set<number> | undefined;

function inArabWorld(index: NameIndex, e: number): boolean {
  arabWorld ??= new Set(ARAB_WORLD.map(countryIndex).filter((k) => k >= 0));
  return names.entityHasCountryIn(index, e, arabWorld);
}

function hasSurname(index: NameIndex, e: number, sk: number): boolean {
  const first = runStart(index.surnameRuns, e);
  for (let k = first; k < first + index.surnameRuns.lengths[e]; k++) if (index.surnames[k] === sk) return true;
  return false;
}

function reaches(index: NameIndex, e: number, state: number, given: number, seen: boolean, depth: number, givens: number): boolean {
  if (seen) {
    const first = runStart(index.outRuns, state);
    for (let o = first; o < first + index.outRuns.lengths[state]; o++) {
      const v = index.outputs[o];
      if ((v & ENTITY_MASK) === e && v & OUT_FAMILY_FIRST) return true;
    }
  }
  if (depth > MAX_DEPTH) return false;
  for (let c = index.firstChild[state]; c < index.firstChild[state + 1]; c++) {
    const edge = index.edgeSkel[c];
    // A second surname is no given name; the given name must be a later one than the first.
    const n = hasSurname(index, e, edge) ? givens : givens + 1;
    if (reaches(index, e, c, given, seen || (edge === given && n >= 2), depth + 1, n)) return true;
  }
  return false;
}
