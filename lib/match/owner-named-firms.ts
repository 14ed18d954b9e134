// A firm named after its owner: RODRIGUEZ LOPEZ, S.A. DE C.V. is a Mexican company, "Rodriguez Lopez" any of millions
// of people. Without its legal form such a firm's name is a person's name, and the firm's country on the page or
// sanctions words near say nothing of which it is ("Narcisa Rodriguez Lopez, 96, passed away"). precision.ts takes
// the words as the firm only where the page makes them one: its legal form right after them, or the firm named
// before on the page.
import * as names from './name-index';
import { isParticleToken, type ScanState } from './scan-state';

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
