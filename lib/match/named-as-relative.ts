// "Dagalo, who is the brother of RSF commander Mohamed Hamdan Dagalo": a person on no list named as the relative of
// someone ("the brother of", "a brother to", "su hermano", "el hijo de"), with the surname a listed person on the page
// carries. The story is about the one whose relative this is: the surname alone goes on naming the listed person,
// where another namesake introduced plainly ("President Daniel Ortega") leaves it unclear. English and Spanish.
import { hashWord } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { isNameWord, wordAt, type ScanState } from './scan-state';

const { CAPITALIZED, JOINED } = normalize;

/** Words of kinship news puts before a relative's name. */
const KIN = new Set(
  ('brother sister son daughter father mother wife husband widow cousin uncle aunt nephew niece half-brother half-sister ' +
    'stepson stepdaughter brother-in-law son-in-law hermano hermana hijo hija padre madre esposa esposo viuda primo prima ' +
    'tio tia sobrino sobrina cunado cunada yerno').split(' '),
);

/** Words that tie the kinship word to the name ("brother of", "brother to", "hermano de"). */
const TIES = new Set(['of', 'to', 'de', 'del']);

/** Words that begin another clause or item: a kinship word before them is not about this name. */
const CLAUSE_JOINERS = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'y', 'o', 'pero', 'que', 'quien']);

/** The hashes (lexicon.ts hashWord, as the lexer keeps each word's) of all the words above. */
const HASHES = new Set([...KIN, ...TIES, ...CLAUSE_JOINERS].map(hashWord));

/** A bit per hash's low 12 bits, set for those hashes: most words are told apart by one read of 512 bytes, before
 * the set is asked (a hash is often no small integer, which a set looks up the slow way). */
const HASH_BITS = new Uint8Array(512);
for (const h of HASHES) HASH_BITS[(h & 0xfff) >> 3] |= 1 << (h & 7);

/** At most this many words ("RSF Commander Lieutenant General", "army commander") between kin and name. */
const BETWEEN = 4;

/**
 * Whether the name whose last word is token i follows a word of kinship in the same clause: "brother of [RSF
 * commander] Mohamed Hamdan Dagalo", "his brother Mohamed Dagalo". Token i is joined to a name word before it (isNameWord),
 * as both callers found before asking.
 */
export function namedAsRelative(s: ScanState, i: number): boolean {
  const { flags } = s.tokens;
  const b = s.block;
  let n = i - 1;
  while (n > b.first && flags[n] & JOINED && isNameWord(s, n - 1)) n--;
  for (let k = n - 1, between = 0; k >= b.first && between <= BETWEEN + 1; k--, between++) {
    if (!(flags[k + 1] & JOINED)) return false;
    if (flags[k] & CAPITALIZED) continue;
    // By the lexer's hash first: most words are none of these, and their strings need not be made.
    const h = s.tokens.hashes[k];
    if (!(HASH_BITS[(h & 0xfff) >> 3] & (1 << (h & 7))) || !HASHES.has(h)) continue;
    const w = wordAt(s, k);
    if (KIN.has(w)) return true;
    if (TIES.has(w) && k > b.first && flags[k] & JOINED && KIN.has(wordAt(s, k - 1))) return true;
    // Lower-case words between describe the relative ("army commander"); a clause's joiner ends the search.
    if (CLAUSE_JOINERS.has(w)) return false;
  }
  return false;
}
