// "жена Кадырова", "дружини Кадирова Медні": after a word of kinship, a surname in -ова/-ева/-ина is the man's
// genitive, whose wife, son or brother the sentence names ("Kadyrov's wife Medni"), not a woman's surname in the
// nominative beginning her name in the other order (KADYROVA, Medni). Russian and Ukrainian decline an apposition
// with its noun (the wife Kadyrova would be "жены Кадыровой", "дружини Кадирової"), so the word's own feminine
// nominative cannot stand there. The word is then read as the man's surname, and links back (or forward, from a
// headline) as a surname alone, also before the relative's given name. A word that is a common given name as
// written ("жена Марина") is left alone: it is the relative's own name.
import { isCommonNamePart } from '../names/frequency';
import { latinSpellings } from '../names/cyrillic';
import { lexiconId } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { skeleton } from '../names/transliterate';
import { CYRILLIC_KIN } from './kin-words';
import { readingsOf, type ScanState } from './scan-state';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CYRILLIC, JOINED } = normalize;


/** The man's surname (-ов, -ев, -ин) in the genitive reads as written as a woman's nominative. */
const FEMININE_LIKE = /(ов|ев|ёв|єв|ин|ін|ын)а$/;

/**
 * Whether token i, a capitalised Cyrillic word with several readings, is a man's surname in the genitive after a
 * word of kinship; if so it is made that reading. The flags and readings first, then the strings.
 */
export function possessorAfterKin(s: ScanState, i: number): boolean {
  const { flags, starts, ends } = s.tokens;
  if (s.alts[i] < 0 || i === s.block.first || (flags[i] & (CYRILLIC | CAPITALIZED | JOINED)) !== (CYRILLIC | CAPITALIZED | JOINED)) return false;
  if ((flags[i - 1] & (CYRILLIC | CAPITALIZED)) !== CYRILLIC) return false;
  const text = s.block.text;
  if (!CYRILLIC_KIN.has(text.slice(starts[i - 1], ends[i - 1]).toLowerCase())) return false;
  const word = text.slice(starts[i], ends[i]).toLowerCase();
  if (!FEMININE_LIKE.test(word) || isCommonNamePart(word)) return false;
  const man = lexiconId(s.index.skeletons, skeleton(latinSpellings(word.slice(0, -1))[0]));
  if (man < 0 || !readingsOf(s, i).includes(man)) return false;
  s.skels[i] = man;
  return true;
}
