// "Rosneft Trading SA", "Rodriguez Lopez, S.A. de C.V.": a legal form right after a name's last word, as the lists
// write it or not. A leaf module: spans.ts and precision.ts extend a highlighted firm's name over it, and
// owner-named-firms.ts asks it of a firm named after its owner.
import { WORD_LEGAL } from './context-words';
import { legalFormAt } from '../names/variants';
import { JOINED } from '../names/normalize';
import { wordAt, type ScanState } from './scan-state';

/**
 * How many tokens from `from` on a legal form takes (0: none): joined to the word before by a space, or also after a
 * comma where `commaBefore` allows it, as the lists write an owner-named firm ("Rodriguez Lopez, S.A. de C.V.").
 */
export function legalFormAfter(s: ScanState, from: number, commaBefore = false): number {
  const { flags, ids, starts, ends } = s.tokens;
  const b = s.block;
  if (from >= b.last || ids[from] < 0 || !(s.index.tokenInfo[ids[from]] & WORD_LEGAL)) return 0;
  if (!(flags[from] & JOINED) && !(commaBefore && b.text.slice(ends[from - 1], starts[from]) === ', ')) return 0;
  const words: string[] = [];
  for (let k = from; k < Math.min(b.last, from + 5) && (k === from || flags[k] & JOINED); k++) words.push(wordAt(s, k));
  return legalFormAt(words, 0, words.length);
}
