// A person's name that an Arabic page word meets only through its Latin reading (arabic-latin-reading.ts) needs
// three words or more: two words read by their consonants alone are too many people's ("علي صالح").
import { isArabicKey } from '../names/arabic';
import { lexiconWord } from '../names/lexicon';
import * as normalize from '../names/normalize';
import type { ScanState } from './scan-state';

const { CASELESS } = normalize;

/** Whether a person's name at tokens start..end (`words` of them) may stand under the rule above. */
export function latinReadNameAllowed(s: ScanState, start: number, end: number, words: number): boolean {
  if (words >= 3) return true;
  const { flags, starts } = s.tokens;
  for (let k = start; k <= end; k++) {
    const sk = s.skels[k];
    if (sk >= 0 && flags[k] & CASELESS && isArabicKey(s.block.text[starts[k]]) && !isArabicKey(lexiconWord(s.index.skeletons, sk))) return false;
  }
  return true;
}

