// "Rolando Castro" of CASTRO, Oscar Rolando: in Spain and Latin America many go by their second given name, and the
// news writes it with the whole family name (the minister of labour of El Salvador). Index time: a person of a
// Spanish-speaking country listed with two given names is also found by the second and the family name. Two common
// words most often: the scan asks the evidence a common name asks (a title of the listed role, a sanctions story).
// "María Iris", "José Vicente" are variants.ts's devotional first names, left out there already.
import type { Entity } from '../dataset/format';
import type { NameVariant, PersonName } from '../names/variants';
import { countryCode } from './context-words';

/** ISO codes of the countries where Spanish is the language of the news. */
export const SPANISH_SPEAKING = ['es', 'mx', 'gt', 'hn', 'sv', 'ni', 'cr', 'pa', 'cu', 'do', 'pr', 'co', 've', 'ec', 'pe', 'bo', 'cl', 'ar', 'uy', 'py'];
const CODES = new Set(SPANISH_SPEAKING);

/** Whether a listed person's country or nationality is a Spanish-speaking one. */
export function isHispanicPerson(entity: Entity): boolean {
  if (entity.kind !== 'person') return false;
  for (const list of [entity.countries, entity.nationalities]) {
    for (const c of list) {
      const code = countryCode(c);
      if (code !== undefined && CODES.has(code)) return true;
    }
  }
  return false;
}

/** The second of exactly two given names with the whole family name, or undefined. */
export function secondGivenWithFamily(p: PersonName): NameVariant | undefined {
  if (p.given.length !== 2 || !p.family.length || p.given[1].length < 3) return undefined;
  return { tokens: [p.given[1], ...p.family], missing: 1, familyFirst: false, withoutLegalForm: false };
}

/**
 * The first given name with the two family names in the other order ("José Reyes Gutiérrez" for GUTIERREZ REYES,
 * Jose), as Spanish-language news now and then writes a person of a Spanish-speaking country: one name left out, so
 * the page's evidence decides, as for any brief name with a common surname. Undefined unless exactly two family names.
 */
export function surnamesSwapped(p: PersonName): NameVariant | undefined {
  if (p.family.length !== 2 || !p.given.length || p.family[0] === p.family[1]) return undefined;
  return { tokens: [p.given[0], p.family[1], p.family[0]], missing: 1, familyFirst: false, withoutLegalForm: false };
}

// Iran's compound given names open with Mohammad ("Mohammad Javad", "Mohammad Bagher"), which the news leaves out:
// "Javad Zarif", "Джавад Заріф" for ZARIF, Mohammad Javad. The lists' spellings of it.
const MOHAMMAD = new Set(['mohammad', 'mohammed', 'muhammad', 'mohamad', 'mohamed', 'muhammed']);

/** An Iranian's name without the Mohammad that opens two given names, or undefined. */
export function withoutOpeningMohammad(p: PersonName): NameVariant | undefined {
  return p.given.length === 2 && MOHAMMAD.has(p.given[0]) ? secondGivenWithFamily(p) : undefined;
}
