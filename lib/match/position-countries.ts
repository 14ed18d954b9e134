// The country a person's listed role names ("President of the Republic of Zimbabwe", "Head of Syrian Military
// Intelligence"), for the entries that give no country, nationality or birthplace (130 persons in the shipped dataset):
// without it no rule can see that a page names the person's country ("President Mugabe" on a page about Zimbabwe).
// Index time only.
import type { Entity } from '../dataset/format';
import { tokenize } from '../names/normalize';
import { countryAt } from './context-words';

/** The one country the positions of a person with no other country name, as a phrase countryCode reads; else none. */
export function positionCountries(entity: Entity): string[] {
  if (entity.kind !== 'person' || entity.countries.length > 0 || entity.nationalities.length > 0 || entity.birthPlaces.length > 0) return [];
  const found = new Map<string, string>();
  for (const position of entity.positions) {
    const keys = tokenize(position).map((t) => t.key);
    for (let i = 0; i < keys.length; i++) {
      const c = countryAt(keys, i, keys.length);
      if (!c) continue;
      found.set(c.code, keys.slice(i, i + c.length).join(' '));
      i += c.length - 1;
    }
  }
  // "Ambassador of Iran to Iraq", "Representative in Shenyang, China" of a North Korean firm: two countries, neither sure.
  return found.size === 1 ? [...found.values()] : [];
}
