// Which listed persons carry Russian, Ukrainian or Belarusian names. A name part's commonness is counted among all
// the dataset's persons (frequency.ts), which dilutes each people's own common names by everyone else's: Ilya is on
// 13 of 8,044 listed persons, under the 0.3% bar, yet on one in 230 of the East Slavic ones. Counted among these
// alone (the same bar), Ilya, Kirill, Denis and Roman are common names, as they are in Russia: "Илья Медведев"
// then needs evidence, like "Sergei Ivanov" does.
import type { Entity } from '../dataset/format';

const COUNTRIES = /\b(russia|russian federation|ukraine|belarus|ussr|soviet union)\b/i;
// A patronymic (Vladimirovich, Olegovna, Ukrainian Volodymyrovych), which only East Slavic names carry.
const PATRONYMIC = /[a-z](ovich|evich|ovych|evych|ovna|evna|ivna|ichna)\b/i;

/** Whether a folded name word is a patronymic ("vladimirovich", "volodymyrovych", "olegovna"). */
export function isPatronymic(word: string): boolean {
  return PATRONYMIC.test(word);
}

/** Whether a person's nationality, country or birthplace is Russia, Ukraine or Belarus, or a name has a patronymic. */
export function isEastSlavicPerson(entity: Entity): boolean {
  if (entity.kind !== 'person') return false;
  for (const list of [entity.nationalities, entity.countries, entity.birthPlaces]) for (const c of list) if (COUNTRIES.test(c)) return true;
  return entity.names.some((n) => PATRONYMIC.test(n.name));
}
