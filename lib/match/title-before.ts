// The title words right before a name ("Defense Minister", "el presidente", "министр обороны"), read by the rules
// that take a title as evidence: a title and a surname alone (title-surname.ts), a high office before a common name
// (evidence.ts).
import * as normalize from '../names/normalize';
import { isNameWord, wordAt, type ScanState } from './scan-state';
import { isTitleWord, titleWordBits } from './title-word-bits';

const { JOINED } = normalize;

/**
 * Whether a title word stands in tokens from .. i - 1. Most words have no title before them: the title bits tell, before
 * any word's string (isNameWord may read it) or the titles table is read.
 */
export function titleWordFrom(s: ScanState, from: number, i: number): boolean {
  const ids = s.tokens.ids;
  const titleBits = titleWordBits(s.index);
  for (let k = i - 1; k >= from; k--) if (ids[k] >= 0 && isTitleWord(titleBits, ids[k])) return true;
  return false;
}

/** Title bits of the title words just before token i ("Defense Minister", "el presidente"), 0 when none touches it. */
export function titleBefore(s: ScanState, i: number): number {
  const { ids, flags } = s.tokens;
  const from = Math.max(s.block.first, i - 3);
  if (!titleWordFrom(s, from, i)) return 0;
  const title = s.index.tokenTitle;
  let bits = 0;
  for (let k = i - 1; k >= from; k--) {
    if (!(flags[k + 1] & JOINED) && !abbreviationStop(s, k)) break;
    const t = ids[k] >= 0 ? title[ids[k]] : 0;
    if (t === 0) {
      // Modifiers may stand on either side of the title ("Venezuelan President", "ministro de Defensa"), never a
      // name word.
      if (isNameWord(s, k)) break;
      continue;
    }
    bits |= t;
  }
  return bits;
}

/**
 * Military ranks the news abbreviates with a stop ("Gen. Soleimani", "Lt. Col."): the table's abbreviations
 * (context-words.ts), none an everyday word, so the stop after them ends no sentence.
 */
const ABBREVIATED_TITLES = new Set(['gen', 'gral', 'col', 'lt', 'maj', 'brig', 'adm']);

/** Whether token k is such an abbreviation and only its stop and spaces stand between it and the next token. */
function abbreviationStop(s: ScanState, k: number): boolean {
  const { starts, ends } = s.tokens;
  const text = s.block.text;
  let c = ends[k];
  if (text.charCodeAt(c) !== 46 || c + 1 >= starts[k + 1]) return false;
  for (c++; c < starts[k + 1]; c++) if (text.charCodeAt(c) !== 32 && text.charCodeAt(c) !== 0xa0) return false;
  return s.tokens.ids[k] >= 0 && s.index.tokenTitle[s.tokens.ids[k]] !== 0 && ABBREVIATED_TITLES.has(wordAt(s, k));
}
