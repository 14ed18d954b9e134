// A family name that opens with a word of descent ("BIN LADIN, Usama", "BIN MOHAMMED, ..."): the lists' forms drop
// "bin" as a particle (variants.ts), so "Usama Ladin" alone would say nothing of it. These forms keep it, so that
// the name trie tells such a family from one the list writes without it ("WALEED, Khalid"): after "بن" or "bin" on
// a page the next word is a father's name, and it is the listed family name only where the list writes the descent
// word before it (lib/match/arabic-descent.ts).
import { nameKey } from './normalize';
import type { NameVariant, PersonName } from './variants';

/** The words of descent, folded: son of, daughter of. */
export const DESCENT_WORDS: readonly string[] = ['bin', 'ibn', 'bint'];

/** The given-first forms of a "SURNAME, Given" name whose surname opens with a word of descent, that word kept. */
export function descentFamilyForms(name: string, parts: PersonName): NameVariant[] {
  const comma = name.indexOf(',');
  if (comma < 0 || !parts.given.length || !parts.family.length) return [];
  const first = nameKey(name.slice(0, comma)).split(' ')[0];
  if (!DESCENT_WORDS.includes(first)) return [];
  const total = parts.given.length + parts.family.length;
  const forms: NameVariant[] = [{ tokens: [...parts.given, first, ...parts.family], missing: 0, familyFirst: false, withoutLegalForm: false }];
  if (parts.given.length > 1) forms.push({ tokens: [parts.given[0], first, ...parts.family], missing: total - 1 - parts.family.length, familyFirst: false, withoutLegalForm: false });
  return forms;
}
