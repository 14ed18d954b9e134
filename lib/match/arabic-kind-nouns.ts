// The nouns of kind Arabic news sets before a firm's or a group's name (شركة, مجموعة, جمعية, مؤسسة, حركة), read from a
// token's letters: a leaf module, so that the firms' reading (arabic-firm-names.ts), the family names' link-back
// (arabic-surname.ts) and the owner-named firms' test (precision.ts) ask the one table.
import { hashTest } from '../names/lexicon';
import { FOLD, WORD, classOf } from '../names/normalize';
import { wordAt, type ScanState } from './scan-state';

/** The nouns of kind news sets before a firm's name (folded: ة is ه, ؤ و), and the listed English they stand for. */
export const NOUNS: ReadonlyMap<string, readonly string[][]> = new Map([
  ['شركه', [['company'], ['corporation'], ['co']]],
  // The plural before a list of firms ("وشركات أجنحة الشام وإيلوما"), the dual before two.
  ['شركات', [['company'], ['corporation'], ['co']]],
  ['شركتي', [['company'], ['corporation'], ['co']]],
  ['مجموعه', [['group']]],
  ['جمعيه', [['association'], ['society']]],
  ['موسسه', [['foundation'], ['establishment'], ['institution'], ['corporation']]],
  // A movement, also two ("وحركتي "حسم" و"لواء الثورة"": the dual names two groups, the second after "و").
  ['حركه', [['movement']]],
  ['حركتي', [['movement']]],
  ['مجموعتي', [['group']]],
]);

/** The letters a noun of kind is written with in front: and, for, with, so. */
const PREFIXES = 'وبلف';

/**
 * Whether a unit is a noun's first letter (ش م ج ح), whether a first and a last unit as written may be a noun's (ة, or
 * ه; the dual's تي not after ج; the plural's ات after ش only), or a letter written in front.
 */
const nounFirst = (c: number) => c === 0x634 || c === 0x645 || c === 0x62c || c === 0x62d;
const nounEnds = (first: number, last: number, beforeLast: number) =>
  last === 0x629 || last === 0x647 || (last === 0x64a && first !== 0x62c && beforeLast === 0x62a) || (last === 0x62a && first === 0x634 && beforeLast === 0x627);
const prefix = (c: number) => c === 0x648 || c === 0x628 || c === 0x644 || c === 0x641;
const secondOfNoun = (first: number, f: number) => (first === 0x634 ? f === 0x631 : first === 0x645 ? f === 0x62c || f === 0x648 : first === 0x62c ? f === 0x645 : true);

/**
 * Whether a lexer hash may be a noun of kind's, with or without a letter in front (the hash is the folded word's:
 * lexicon.ts): one read of a small bit table for each Arabic word findSpans asks, where the letters' tests below took
 * several.
 */
const nounHash = hashTest([...NOUNS.keys()].flatMap((noun) => [noun, ...[...PREFIXES].map((p) => p + noun)]));

/**
 * The noun of kind token i is, with or without one letter in front; undefined when it is none. Its letters first,
 * with no string made: most words of a block that has a noun are none.
 */
export function nounAt(s: ScanState, i: number): string | undefined {
  const len = s.tokens.lengths[i];
  if (len < 4 || len > 8 || !nounHash(s.tokens.hashes[i])) return undefined;
  const text = s.block.text;
  const last = text.charCodeAt(s.tokens.ends[i] - 1);
  // The last unit first: most words fail there.
  if (last !== 0x629 && last !== 0x647 && last !== 0x64a && last !== 0x62a) return undefined;
  const at = s.tokens.starts[i];
  const c = text.charCodeAt(at);
  const from = nounFirst(c) ? at : prefix(c) ? at + 1 : -1;
  if (from < 0) return undefined;
  const first = text.charCodeAt(from);
  if (!nounFirst(first) || !nounEnds(first, last, text.charCodeAt(s.tokens.ends[i] - 2))) return undefined;
  // Of the many words that begin with ح (حكومة, حالة, حماية), the noun's حرك only.
  if (first === 0x62d && (text.charCodeAt(from + 1) !== 0x631 || text.charCodeAt(from + 2) !== 0x643)) return undefined;
  // The nouns' second letters (شر, مج, مو, جم): a letter that folds to none of them rules out the many words of م and
  // ة (منطقة, مدينة) before their string is made; a mark there is left to the string, which drops it.
  const second = text.charCodeAt(from + 1);
  if (second >= 0x621 && second <= 0x64a && second !== 0x640 && classOf(second) === WORD && !secondOfNoun(first, FOLD[second])) return undefined;
  const w = wordAt(s, i);
  if (NOUNS.has(w)) return w;
  return PREFIXES.includes(w[0]) && NOUNS.has(w.slice(1)) ? w.slice(1) : undefined;
}

/** Whether token i comes right after a noun of kind ("شركة القطرجي"): a family name there names a firm, not a person. */
export function afterNounOfKind(s: ScanState, i: number): boolean {
  return i > s.block.first && nounAt(s, i - 1) !== undefined;
}
