// Which listed persons carry Iranian names. No frequency table here has Iran's surnames, and Wikipedia's given-name
// list has only Iran's ten commonest (../shared/data/names): the lists' own Iranians, 632 of the dataset's persons,
// are the closest honest sample. Counted among all persons, Akbar (15 of them), Morteza (11) and Gholam (11) are
// rare; among the Iranians alone (the 0.3% bar East Slavic names are counted by), they are common, as they are in
// Iran: "Ali Akbar Salehi" on a football page then needs evidence.
import type { Entity } from '../dataset/format';

const IRAN = /\biran\b/i;

/** Whether a person's nationality, country or birthplace is Iran. */
export function isIranianPerson(entity: Entity): boolean {
  if (entity.kind !== 'person') return false;
  for (const list of [entity.nationalities, entity.countries, entity.birthPlaces]) for (const c of list) if (IRAN.test(c)) return true;
  return false;
}

/**
 * Whether the lists make a person Iranian by nationality: Iran among the nationalities, or none given and Iran the
 * country. A Lebanese listed with Iran among his countries (EL ZEIN, Mohamed, a.k.a. AL-ZAYN, Muhammad 'Ali: Hizballah
 * in Iran) is no Iranian whose Mohammad the news leaves out (second-given-name.ts); "وعلى الذين" ("and on those who")
 * was read as his "Ali al-Zayn".
 */
export function isIranianByNationality(entity: Entity): boolean {
  if (entity.kind !== 'person') return false;
  const stated = entity.nationalities.length ? entity.nationalities : entity.countries;
  return stated.some((c) => IRAN.test(c));
}
