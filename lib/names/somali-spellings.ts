// Somali writes the Arabic names it carries by its own sounds, and the lists take the Somali spelling: ADAN, Abukar
// Ali (also ADEN, AADAN) is Adam (آدم) in Arabic, Abukar (also Abuukar) is Abu Bakr (أبو بكر, أبوبكر). Arabic news
// writes such a man's name in its Arabic form ("أبوبكر علي آدم"), which the consonant key (arabic-latin.ts) does not
// meet from the Somali: Adan's n is no م, and Abukar has lost Abu Bakr's second b. For a person of Somalia, each
// listed form with such a word is also indexed with the Arabic sound, for Arabic pages only (OUT_ARABIC_READ in
// name-index.ts): Adam and Abubakar in Latin letters are other people's names.
import type { Entity } from '../dataset/format';
import { respelledFamily, respelledVariants } from './respelled-words';
import type { NameVariant, PersonName } from './variants';

const SOMALIA = /\bsomali/i;

/** Somali spellings of Arabic names, folded, to the Latin spellings of the Arabic sound (one word or two). */
const ARABIC_SOUND: Record<string, string[][]> = {
  adan: [['adam']],
  aden: [['adam']],
  aadan: [['adam']],
  abukar: [['abubakar'], ['abu', 'bakar']],
  abuukar: [['abubakar'], ['abu', 'bakar']],
};

/** Whether a person is of Somalia: by nationality, country or birthplace, or listed under a Somalia programme. */
export function isSomaliPerson(entity: Entity): boolean {
  if (entity.kind !== 'person') return false;
  for (const list of [entity.nationalities, entity.countries, entity.birthPlaces]) for (const c of list) if (SOMALIA.test(c)) return true;
  return entity.sanctions.some((s) => SOMALIA.test(s.program));
}

/** A person's name with each Somali spelling of one word read as the Arabic sound ("adan" as "adam"), for its surnames. */
export function somaliArabicName(p: PersonName): PersonName | undefined {
  return respelledFamily(p, (t) => ARABIC_SOUND[t]?.find((sound) => sound.length === 1)?.[0]);
}

/** The forms among `variants` with a Somali spelling, with the Arabic sound for it ("abubakar ali adam" of "abukar ali adan"). */
export function somaliArabicSpellings(variants: readonly NameVariant[]): NameVariant[] {
  return respelledVariants(variants, (t) => ARABIC_SOUND[t]);
}
