// Places and regimes the lists write in English, in the reader's language where a country is what they name.
// A place of birth ("Qom, Iran", "Culiacan, Sinaloa, Mexico", "Iran"): its last part, when it is a country, is named
// through its ISO code (country-names.ts); the city and region before it are the list's own words ("Moscow" is an
// English exonym), kept as written for the card to mark as such. A UN regime named after a country ("Iran", "DRC")
// is that country's name; the others (Al-Qaida, Taliban) are names, and OFAC's program tags (IRAN, SDGT) are codes.
import { countryCode } from '../search/country-codes';
import { countryName } from './country-names';
import type { Translate } from './index';

export interface PlaceWords {
  /** The list's words for the city or region, as written; absent when the place is a country alone. */
  local?: string;
  /** The country in the reader's language; absent when the last part names no country. */
  country?: string;
}

export function placeWords(written: string, t: Translate): PlaceWords {
  if (countryCode(written)) return { country: countryName(written, t) };
  const comma = written.lastIndexOf(',');
  if (comma > 0) {
    const last = written.slice(comma + 1).trim();
    if (countryCode(last)) return { local: written.slice(0, comma).trim(), country: countryName(last, t) };
  }
  return { local: written };
}

/** The UN Security Council's regimes named after a country, by the list's program word (its file's regime names). */
const UN_COUNTRY_REGIMES: Record<string, string> = {
  Iran: 'IR', Iraq: 'IQ', DRC: 'CD', CAR: 'CF', DPRK: 'KP', Libya: 'LY', Somalia: 'SO', SouthSudan: 'SS', Sudan: 'SD', Yemen: 'YE', Haiti: 'HT', GB: 'GW',
};

const UN_LISTS = new Set(['un-sc-consolidated']);

/** A sanction's program as the card shows it: a UN regime named after a country is that country, in a language other than English. */
export function programName(list: string, program: string, t: Translate): string {
  const code = UN_LISTS.has(list) ? UN_COUNTRY_REGIMES[program] : undefined;
  // In English the list's own word stands (Intl's English for CD is "Congo - Kinshasa", not the UN's "DRC").
  if (!code || t('dateLocale').startsWith('en')) return program;
  try {
    return new Intl.DisplayNames([t('dateLocale'), 'en'], { type: 'region', fallback: 'none' }).of(code) ?? program;
  } catch {
    return program;
  }
}
