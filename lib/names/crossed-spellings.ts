// A person the lists give under one given name in two spellings, each with its own family spelling ("GADHAFI,
// Aisha" and "GADDAFI, Ayesha" of one QADHAFI, Ayesha): the news joins the spellings its own way ("Aisha Gaddafi").
// Where two Latin names of a person begin with the same given name in two spellings (one consonant skeleton,
// transliterate.ts), each given spelling is also the person's with the other name's family. Only then: the aliases
// of a person may be other names altogether (a nom de guerre), whose words joined would name no one.
import { isArabicKey } from './arabic';
import { consonantSkeleton } from './transliterate';
import { personName } from './variants';

/** At most this many listed names of a person are crossed (a few persons carry twenty). */
const MAX_NAMES = 16;

/** The names to add, "FAMILY, Given", none already listed. */
export function crossedSpellings(names: readonly string[]): string[] {
  const parts = names
    .slice(0, MAX_NAMES)
    .filter((n) => !isArabicKey(n))
    .map((n) => personName(n))
    .filter((p) => p.family.length > 0 && p.given.length > 0);
  if (parts.length < 2) return [];
  const listed = new Set(parts.map((p) => `${p.family.join(' ')}, ${p.given[0]}`));
  const out = new Set<string>();
  for (const a of parts) {
    const key = consonantSkeleton(a.given[0]);
    for (const b of parts) {
      if (a.given[0] === b.given[0] || consonantSkeleton(b.given[0]) !== key) continue;
      const name = `${b.family.join(' ')}, ${a.given[0]}`;
      if (!listed.has(name)) out.add(name);
    }
  }
  return [...out];
}
