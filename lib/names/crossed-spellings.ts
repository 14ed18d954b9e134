// A person the lists give under one given name in two spellings, each with its own family spelling ("GADHAFI,
// Aisha" and "GADDAFI, Ayesha" of one QADHAFI, Ayesha): the news joins the spellings its own way ("Aisha Gaddafi").
// Where two Latin names of a person begin with the same given name in two spellings (one consonant skeleton,
// transliterate.ts), each given spelling is also the person's with the other name's family. Only then: the aliases
// of a person may be other names altogether (a nom de guerre), whose words joined would name no one.
import { isArabicKey } from './arabic';
import { nameKey } from './normalize';
import { consonantSkeleton } from './transliterate';
import { listedWordConcept } from './translated-words';
import { personName } from './variants';

/** At most this many listed names of a person are crossed (a few persons carry twenty). */
const MAX_NAMES = 16;

/** A person's first MAX_NAMES Latin names, each with a family name and a given name, in their parts. */
function namesInParts(names: readonly string[]): ReturnType<typeof personName>[] {
  return names
    .slice(0, MAX_NAMES)
    .filter((n) => !isArabicKey(n))
    .map((n) => personName(n))
    .filter((p) => p.family.length > 0 && p.given.length > 0);
}

/** The names to add, "FAMILY, Given", none already listed. */
export function crossedSpellings(names: readonly string[]): string[] {
  const parts = namesInParts(names);
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

/**
 * A person the lists give under one family name in two spellings, one with fewer given names ("BAGHERI, Mohammad"
 * and "BAQERI, Mohammad Hossein" of one Iranian general): the news writes the fuller given names with either
 * spelling ("Mohammad Hossein Bagheri"). Where the given names of one listed name begin with all those of another and
 * the two family names are one name's spellings (one consonant skeleton, ق's gh, q and g as one letter), the fuller
 * given names go with the other spelling too; never a shorter name than one listed, so never a commoner one.
 */
export function fullerGivenNames(names: readonly string[]): string[] {
  const parts = namesInParts(names);
  if (parts.length < 2) return [];
  const listed = new Set(parts.map((p) => `${p.family.join(' ')}, ${p.given.join(' ')}`));
  const out = new Set<string>();
  for (const a of parts) {
    const key = familySpellingKey(a.family);
    for (const b of parts) {
      if (b.given.length >= a.given.length || !b.given.every((g, k) => a.given[k] === g)) continue;
      if (b.family.join(' ') === a.family.join(' ') || familySpellingKey(b.family) !== key) continue;
      const name = `${b.family.join(' ')}, ${a.given.join(' ')}`;
      if (!listed.has(name)) out.add(name);
    }
  }
  return [...out];
}

/** A family name's consonants, with g, gh and q (ق) one letter. */
function familySpellingKey(family: readonly string[]): string {
  return consonantSkeleton(family.join('')).replace(/g/g, 'k');
}

/**
 * A body's two listed names of the same words but two, each pair one word in two spellings or two words of one
 * glossary concept ("AKHMAT KADYROV FOUNDATION" and "AKHMAD KADYROV FUND": Akhmat and Akhmad, foundation and fund),
 * crossed as the news crosses them ("Akhmad Kadyrov Foundation"). Folded names, words joined by a space.
 */
export function crossedOrgNames(names: readonly string[]): string[] {
  const split = names.slice(0, MAX_NAMES).map((n) => nameKey(n).split(' '));
  const out: string[] = [];
  for (let a = 0; a < split.length; a++) {
    for (let b = a + 1; b < split.length; b++) {
      const x = split[a];
      const y = split[b];
      if (x.length !== y.length || x.length < 2 || x.length > 5) continue;
      const differ: number[] = [];
      for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) differ.push(k);
      if (differ.length !== 2 || !differ.every((k) => sameWordTwoWays(x[k], y[k]))) continue;
      for (const [from, to] of [[x, y], [y, x]]) {
        const crossed = from.map((w, k) => (k === differ[0] ? to[k] : w)).join(' ');
        if (!out.includes(crossed)) out.push(crossed);
      }
    }
  }
  return out;
}

/** Two spellings of a word of five letters or more one letter apart, or two English words of one glossary concept. */
function sameWordTwoWays(a: string, b: string): boolean {
  if (a.length >= 5 && b.length === a.length) {
    let diff = 0;
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) diff++;
    if (diff === 1) return true;
  }
  const c = listedWordConcept(a);
  return c !== undefined && !/^\d/.test(c) && c === listedWordConcept(b);
}
