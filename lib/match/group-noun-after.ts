// "Houthi fighters", "a Haqqani commander", "Houthi political commander Mohamed Ali al-Houthi": a clan's name that
// several listed kin share, written before a noun for a group's members, names the movement or network they lead,
// not one of them. Where the surname alone is unclear between those kin, the word is no mention of a person.
import * as normalize from '../names/normalize';
import { wordAt, type ScanState } from './scan-state';

const { CAPITALIZED, CASELESS, JOINED } = normalize;

/** English nouns for a group, its members or its arms, as news writes them after the group's name. */
const GROUP_NOUNS = new Set(
  ('movement network clan tribe group militia militias militiamen rebels rebel fighters fighter militants forces ' +
    'leader leaders leadership commander commanders spokesman spokesperson official officials members member ' +
    'supporters loyalists delegation negotiators authorities attacks missiles drones').split(' '),
);

/** Whether the word after token `last` (or after one lower-case word: "Houthi political commander") is such a noun. */
export function groupNounAfter(s: ScanState, last: number): boolean {
  const { flags, lengths } = s.tokens;
  const end = s.block.last;
  for (let k = last + 1; k < end && k <= last + 2; k++) {
    // Joined by a space to the word before, in lower case, and a word of Latin letters.
    if ((flags[k] & (JOINED | CAPITALIZED | CASELESS)) !== JOINED || lengths[k] < 3) return false;
    if (GROUP_NOUNS.has(wordAt(s, k))) return true;
  }
  return false;
}
