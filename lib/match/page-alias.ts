// "Abdelrahman Hamdan Dagalo alias Abdelrahim": the page gives the name with another given name and says which one
// the person also goes by. The name with the alias in the given name's place is the listed one (DAGALO, Abdelrahim
// Hamdan): both the name as written and the alias alone name that person. English and Spanish write "alias".
import * as normalize from '../names/normalize';
import type { ScanState, Span } from './scan-state';
import { longestNameAt } from './trie-walk';

const { CAPITALIZED, CASELESS, JOINED } = normalize;

/** At most this many words in the name before "alias". */
const MAX_WORDS = 4;

/**
 * The spans of a name at token i that no listed name begins and that "alias" and one capitalised word follow, when
 * the alias in the place of the name's first word makes a listed name of all its words: the name, then the alias.
 */
export function nameByPageAlias(s: ScanState, i: number): [Span, Span] | undefined {
  const { flags, starts, ends, lengths } = s.tokens;
  const b = s.block;
  const named = CAPITALIZED | JOINED;
  let j = i;
  while (j + 1 < b.last && j - i < MAX_WORDS - 1 && (flags[j + 1] & (named | CASELESS)) === named) j++;
  const k = j + 1;
  const y = k + 1;
  // The cheap tests first: most names are followed by no "alias".
  if (j === i || y >= b.last || lengths[k] !== 5 || !b.text.startsWith('alias', starts[k])) return undefined;
  if ((flags[y] & (named | CASELESS)) !== named || s.skels[y] < 0 || (y + 1 < b.last && (flags[y + 1] & (named | CASELESS)) === named)) return undefined;
  if (!/^[ \u00a0,(]+$/.test(b.text.slice(ends[j], starts[k]))) return undefined;
  const written = s.skels[i];
  s.skels[i] = s.skels[y];
  const found = longestNameAt(s, i);
  s.skels[i] = written;
  if (!found || found.shape.end !== j) return undefined;
  const { shape, outputs } = found;
  const name: Span = { start: i, end: j, outputs, commonNames: shape.commonNames, brief: shape.words <= 2, anyCommon: shape.anyCommon, common: shape.commonNames };
  // The alias alone is a given name: as brief as a name gets, and vouched for by the full name beside it.
  const alias: Span = { start: y, end: y, outputs, commonNames: false, brief: true, anyCommon: shape.anyCommon, common: true };
  return [name, alias];
}
