// "الله" written apart from the word before it, as a name's compound: "عبد الله" is Abdullah, "حزب الله" Hizballah,
// "أنصار الله" Ansarallah. The lists write such a compound as one Latin word (SALEH, Ali Abdullah), so the word before
// "الله" is also read as the two joined (arabic-words.ts), and a walk of the name trie steps over the "الله" after
// it (trie-walk.ts), as over a particle.
import { lexiconWord } from '../names/lexicon';
import * as normalize from '../names/normalize';
import type { ScanState } from './scan-state';

const { JOINED } = normalize;

export const ALLAH = 'الله';

/** Whether token k of the current block is "الله" as written, joined to an Arabic word before it. */
export function isAllahAfterWord(s: ScanState, k: number): boolean {
  const { starts, ends, flags } = s.tokens;
  return k > s.block.first && k < s.block.last && ends[k] - starts[k] === ALLAH.length && (flags[k] & JOINED) !== 0 && s.block.text.startsWith(ALLAH, starts[k]);
}

/** Whether token k is the "الله" of a compound the word before it is read as (a Latin word ending in -lah, -la). */
export function afterAllahCompound(s: ScanState, k: number): boolean {
  if (!isAllahAfterWord(s, k)) return false;
  const sk = s.skels[k - 1];
  if (sk < 0) return false;
  const word = lexiconWord(s.index.skeletons, sk);
  return word.endsWith('lah') || word.endsWith('la');
}
