// French and Spanish write the Arabic sh as ch ("Bachar al Asad", "Hicham", "Rachid", "Cheikh"), where English and
// the lists write sh (AL-ASSAD, Bashar). For a person of an Arab country, each listed name with an sh is also
// indexed with ch: at index build, so the page scan pays nothing, and only for these persons, so that Chen, Cheng or
// a Spanish Chávez never meets a Shen, Sheng or Shavez. The qaf the lists write q is k there too (`qafAsKSpellings`),
// and Spanish writes the kh as j (`khaAsJSpellings`).
import type { Entity } from '../dataset/format';
import { isParticle } from './transliterate';
import type { NameVariant } from './variants';

const ARAB_WORLD = /\b(?:syria|lebanon|iraq|jordan|palestin\w*|west bank|gaza|egypt|sudan|libya|tunisia|algeria|morocco|mauritania|yemen|saudi arabia|kuwait|qatar|bahrain|oman|united arab emirates)\b/i;

/** Whether a person's nationality, country or birthplace is an Arab country. */
export function isArabWorldPerson(entity: Entity): boolean {
  if (entity.kind !== 'person') return false;
  for (const list of [entity.nationalities, entity.countries, entity.birthPlaces]) for (const c of list) if (ARAB_WORLD.test(c)) return true;
  return false;
}

/** The forms among `variants` that have an sh, with ch for it ("bachar asad" of "bashar asad"). */
export function frenchArabicSpellings(variants: readonly NameVariant[]): NameVariant[] {
  const out: NameVariant[] = [];
  for (const v of variants) if (v.tokens.some((t) => t.includes('sh'))) out.push({ ...v, tokens: v.tokens.map((t) => t.replaceAll('sh', 'ch')) });
  return out;
}

/**
 * The forms among `variants` that have a q (the Arabic qaf), with k for it ("muammar kadafi" of "muammar qadafi"):
 * Spanish and French news write the qaf k as often as the lists write it q ("Muammar Kaddafi", "Kusay Husein").
 */
export function qafAsKSpellings(variants: readonly NameVariant[]): NameVariant[] {
  const out: NameVariant[] = [];
  for (const v of variants) if (v.tokens.some((t) => t.includes('q'))) out.push({ ...v, tokens: v.tokens.map((t) => t.replaceAll('q', 'k')) });
  return out;
}

/**
 * The forms among `variants` of three name words or more that have a kh (the Arabic kha), with j for it ("abdelbasit
 * hamza elhassan mohamed jair" of "... khair"): Spanish writes the kha as its own j. The scan reads a first j as kh
 * only in a word of five letters or more that meets no listed word (`spanishFirstJ`), so a short or listed j-word
 * (Jair, Jalil) needs the person's own forms; a form of two name words keeps it a name of its own, as Jalil (جليل)
 * is, never Khalil's (the particles al, bin do not count).
 */
export function khaAsJSpellings(variants: readonly NameVariant[]): NameVariant[] {
  const out: NameVariant[] = [];
  for (const v of variants) {
    if (!v.tokens.some((t) => t.includes('kh'))) continue;
    let words = 0;
    for (const t of v.tokens) if (!isParticle(t)) words++;
    if (words >= 3) out.push({ ...v, tokens: v.tokens.map((t) => t.replaceAll('kh', 'j')) });
  }
  return out;
}
