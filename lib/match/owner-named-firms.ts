// A firm named after its owner: RODRIGUEZ LOPEZ, S.A. DE C.V. is a Mexican company, "Rodriguez Lopez" any of millions
// of people. Without its legal form such a firm's name is a person's name, and the firm's country on the page or
// sanctions words near say nothing of which it is ("Narcisa Rodriguez Lopez, 96, passed away"). precision.ts takes
// the words as the firm only where the page makes them one: its legal form right after them, or the firm named
// before on the page.
import * as names from './name-index';
import { WORD_LEGAL } from './context-words';
import { legalFormAt } from '../names/variants';
import { JOINED } from '../names/normalize';
import { isParticleToken, wordAt, type ScanState } from './scan-state';

const { SKEL_PARTICLE, SKEL_PERSON_PART } = names;

/** Whether every word of tokens start..end (particles aside) occurs in some listed person's name. */
export function personNameWordsOnly(s: ScanState, start: number, end: number): boolean {
  const skelFlags = s.index.skelFlags;
  let words = 0;
  for (let k = start; k <= end; k++) {
    const sk = s.skels[k];
    const sf = sk >= 0 ? skelFlags[sk] : 0;
    if (sf & SKEL_PARTICLE || (sk < 0 && isParticleToken(s, k))) continue;
    if (!(sf & SKEL_PERSON_PART) || s.tokens.lengths[k] < 2) return false;
    words++;
  }
  return words >= 2;
}

/**
 * Whether a legal form follows token end, after a space or a comma as the lists write it ("Rodriguez Lopez, S.A. de
 * C.V."): how many tokens it takes, else 0.
 */
export function legalFormFollows(s: ScanState, end: number): number {
  const { flags, ids, starts, ends } = s.tokens;
  const b = s.block;
  const from = end + 1;
  if (from >= b.last || ids[from] < 0 || !(s.index.tokenInfo[ids[from]] & WORD_LEGAL)) return 0;
  if (!(flags[from] & JOINED) && b.text.slice(ends[end], starts[from]) !== ', ') return 0;
  const words: string[] = [];
  for (let k = from; k < Math.min(b.last, from + 5) && (k === from || flags[k] & JOINED); k++) words.push(wordAt(s, k));
  return legalFormAt(words, 0, words.length);
}
