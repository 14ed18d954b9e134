// A listed name's words written as another language says them (a Somali's Adan as Adam, an Iranian's Valiollah as
// Waliollah), for the forms the index adds for Arabic pages: somali-spellings.ts and persian-v.ts give the sounds.
import type { NameVariant, PersonName } from './variants';

/**
 * The forms among `variants` with a word `sounds` respells, once with each respelling of it (one word or several:
 * "abukar" as "abubakar" and as "abu bakar"), each form once.
 */
export function respelledVariants(variants: readonly NameVariant[], sounds: (word: string) => readonly string[][] | undefined): NameVariant[] {
  const out: NameVariant[] = [];
  for (const v of variants) {
    if (!v.tokens.some((t) => sounds(t))) continue;
    let forms: string[][] = [[]];
    for (const t of v.tokens) forms = forms.flatMap((f) => (sounds(t) ?? [[t]]).map((sound) => [...f, ...sound]));
    for (const tokens of forms) if (!out.some((o) => o.tokens.join(' ') === tokens.join(' '))) out.push({ ...v, tokens });
  }
  return out;
}

/** A person's name with each family word `sound` respells as one word, for its surnames; undefined when none is. */
export function respelledFamily(p: PersonName, sound: (word: string) => string | undefined): PersonName | undefined {
  const family = p.family.map((t) => sound(t) ?? t);
  return family.some((t, k) => t !== p.family[k]) ? { given: p.given, family } : undefined;
}
