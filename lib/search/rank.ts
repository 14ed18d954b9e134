// How one name answers a query, as a single number: smaller is better. Order, most important first:
// the whole name typed exactly (headline name, then an alias), then names every query word starts or equals
// (headline, then alias), then names that needed a misspelling or transliteration allowance; within each,
// fewer edits, fewer unfinished words, fewer name words left over, sanctioned first, then alphabetical.
import { NAME_PRIMARY } from './search-index';

export type MatchGrade = 'exact' | 'alias' | 'partial' | 'fuzzy';

export interface NameMatch {
  /** Every query word equals a word of the name and no name word is left over. */
  complete: boolean;
  /** Total edits the misspelt query words needed (0 when none did). */
  edits: number;
  /** Query words that matched only as the start of a name word. */
  prefixes: number;
  /** Name words no query word matched. */
  leftOver: number;
  weight: number;
  status: number;
  nameRank: number;
}

// Above every entity count the index will hold (2^23 = 8.4 million), so the alphabetical rank never outweighs the rest.
const RANK_SPAN = 8_388_608;

function tier(m: NameMatch): number {
  if (m.edits > 0) return 4;
  const primary = m.weight === NAME_PRIMARY;
  if (m.complete) return primary ? 0 : 1;
  return primary ? 2 : 3;
}

export function score(m: NameMatch): number {
  const key = tier(m) * 100_000 + Math.min(m.edits, 9) * 10_000 + Math.min(m.prefixes, 9) * 1_000 + Math.min(m.leftOver, 9) * 100 + m.weight * 10 + m.status;
  return key * RANK_SPAN + m.nameRank;
}

export function gradeOf(score: number): MatchGrade {
  const t = Math.floor(score / RANK_SPAN / 100_000);
  return t === 0 ? 'exact' : t === 1 ? 'alias' : t < 4 ? 'partial' : 'fuzzy';
}
