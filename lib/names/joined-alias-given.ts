// "Nemesio Rubén Oseguera Cervantes" of OSEGUERA CERVANTES, Nemesio, a.k.a. OSEGUERA CERVANTES, Ruben: the lists
// split a person's two given names into two names of one given name each, with the same family names, and the news
// writes both. For a person of a Spanish-speaking country (index time), two such listed names also make one name of
// the two given names, in either order, with the family names. Only where the two given names are not one name's
// spellings (one consonant skeleton: Freddy and Fredy, Jonathan and Jhonathan), which no one writes side by side.
import { isArabicKey } from './arabic';
import { consonantSkeleton } from './transliterate';
import { personName } from './variants';

/** At most this many listed names of a person are paired (a few persons carry twenty). */
const MAX_NAMES = 16;

/** The names to add, "FAMILY, Given Given", none already listed. */
export function joinedAliasGivenNames(names: readonly string[]): string[] {
  const all = names
    .slice(0, MAX_NAMES)
    .filter((n) => !isArabicKey(n))
    .map((n) => personName(n));
  const parts = all.filter((p) => p.family.length > 0 && p.given.length === 1 && p.given[0].length >= 3);
  if (parts.length < 2) return [];
  const listed = new Set(all.map((p) => `${p.family.join(' ')}, ${p.given.join(' ')}`));
  const out = new Set<string>();
  for (const a of parts) {
    const family = a.family.join(' ');
    for (const b of parts) {
      if (b.family.join(' ') !== family || consonantSkeleton(a.given[0]) === consonantSkeleton(b.given[0])) continue;
      const name = `${family}, ${a.given[0]} ${b.given[0]}`;
      if (!listed.has(name)) out.add(name);
    }
  }
  return [...out];
}
