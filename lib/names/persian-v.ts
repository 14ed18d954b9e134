// Persian says و as v, and the lists write an Iranian's name so (SEIF, Valiollah; VAHIDI, Ahmad; VELAYATI, Ali
// Akbar), where Arabic news writes the letter itself ("ولي الله سيف", "أحمد وحيدي"). The consonant key reads a Latin
// word's first v as ف, as Europe's names want it (Viktor: فيكتور), so these met nothing. For an Iranian person, each
// listed form with a word that begins with v is also indexed with w for it, for Arabic pages only (OUT_ARABIC_READ
// in name-index.ts): Latin pages keep the lists' spelling.
import type { NameVariant, PersonName } from './variants';

/** The forms among `variants` with a word that begins with v, with w for it ("waliollah seif" of "valiollah seif"). */
export function persianWSpellings(variants: readonly NameVariant[]): NameVariant[] {
  const out: NameVariant[] = [];
  for (const v of variants) {
    if (!v.tokens.some((t) => t.startsWith('v'))) continue;
    const tokens = v.tokens.map((t) => (t.startsWith('v') ? 'w' + t.slice(1) : t));
    if (!out.some((o) => o.tokens.join(' ') === tokens.join(' '))) out.push({ ...v, tokens });
  }
  return out;
}

/** A person's name with its family words that begin with v written with w ("wahidi" of VAHIDI), for its surnames. */
export function persianWName(p: PersonName): PersonName | undefined {
  if (!p.family.some((t) => t.startsWith('v'))) return undefined;
  return { given: p.given, family: p.family.map((t) => (t.startsWith('v') ? 'w' + t.slice(1) : t)) };
}
