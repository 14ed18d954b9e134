// "Javier Heriberto Rivera Maradiaga" of RIVERA MARADIAGA, Javier Eriberto: Spanish says no first h, and the lists
// write some Hispanic given names without the h their bearers write (or with one they do not). For a person of a
// Spanish-speaking country (isHispanicPerson, index time), each form with such a given name is also held with the
// other spelling, where that spelling is a given name of its own in the common first names' list (Heriberto, Elena and
// Helena, Hilda and Ilda): never a made-up word ("Hoscar"), and the family names as listed.
import { GIVEN_NAMES_EN } from './given-names';
import type { NameVariant } from './variants';

let known: Set<string> | undefined;

/** The given name with its first h taken off or put on, when that is a known given name; else undefined. */
export function otherHSpelling(given: string): string | undefined {
  known ??= new Set(GIVEN_NAMES_EN.split(/\s+/).filter(Boolean));
  const other = /^h[aeiou]/.test(given) ? given.slice(1) : /^[aeiou]/.test(given) ? 'h' + given : undefined;
  return other !== undefined && known.has(other) ? other : undefined;
}

/** The forms among `variants` with one of the `given` names, with each such given name in its other spelling. */
export function silentHForms(variants: readonly NameVariant[], given: readonly string[]): NameVariant[] {
  const swap = new Map<string, string>();
  for (const g of given) {
    const other = otherHSpelling(g);
    if (other) swap.set(g, other);
  }
  if (!swap.size) return [];
  const out: NameVariant[] = [];
  for (const v of variants) if (v.tokens.some((t) => swap.has(t))) out.push({ ...v, tokens: v.tokens.map((t) => swap.get(t) ?? t) });
  return out;
}
