// Persian says و as v, and the lists write an Iranian's name so (SEIF, Valiollah; VAHIDI, Ahmad; VELAYATI, Ali
// Akbar), where Arabic news writes the letter itself ("ولي الله سيف", "أحمد وحيدي"). The consonant key reads a Latin
// word's first v as ف, as Europe's names want it (Viktor: فيكتور), so these met nothing. For an Iranian person, each
// listed form with a word that begins with v is also indexed with w for it, for Arabic pages only (OUT_ARABIC_READ
// in name-index.ts): Latin pages keep the lists' spelling.
import { respelledFamily, respelledVariants } from './respelled-words';
import type { NameVariant, PersonName } from './variants';

/** A word that begins with v, with w for it ("waliollah" of "valiollah"). */
const withW = (t: string): string | undefined => (t.startsWith('v') ? 'w' + t.slice(1) : undefined);

/** The forms among `variants` with a word that begins with v, with w for it ("waliollah seif" of "valiollah seif"). */
export function persianWSpellings(variants: readonly NameVariant[]): NameVariant[] {
  return respelledVariants(variants, (t) => {
    const w = withW(t);
    return w === undefined ? undefined : [[w]];
  });
}

/** A person's name with its family words that begin with v written with w ("wahidi" of VAHIDI), for its surnames. */
export function persianWName(p: PersonName): PersonName | undefined {
  return respelledFamily(p, withW);
}
