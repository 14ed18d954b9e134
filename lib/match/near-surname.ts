// A surname alone with one letter off, after the page named the person in full ("Alexey Mordashov ... Mordashev is
// the main shareholder"): the page's own full name is the evidence, so the word links back to that one person where
// it is no listed name's word, no common word or name, and one letter away (near-name.ts) from the surname of exactly
// one listed person named on the page, with its last letter kept (Ivanov and Ivanova are two people) and six letters
// or more; on a page that tells a sanctions story and is no sports page. Latin script only.
import { mentionOf, type MatchReason, type Mention } from './mention';
import * as normalize from '../names/normalize';
import * as names from './name-index';
import { lexiconWord } from '../names/lexicon';
import { skeleton } from '../names/transliterate';
import { isCommonNamePart, isCommonWord } from '../names/frequency';
import { sanctionsStoryWords } from './page-context';
import { nearWordsOf } from './near-name';
import { isNameWord, wordAt, type ScanState } from './scan-state';
import { worldSurnameKeys } from './world-surname-keys';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;
const { SKEL_COMMON_NAME, SKEL_COMMON_WORD, entityId, entityStatusOf } = names;

/** Story words a page needs (as for a misspelt full name). */
const STORY_WORDS = 3;
/** The shortest page word read as a misspelt surname alone. */
const MIN_LETTERS = 6;

/**
 * The back-reference a misspelt surname alone at token i of the current block makes, and its last token; undefined
 * when it makes none. Called for a capitalised word no other rule explained, on a page that named someone.
 */
export function nearSurname(s: ScanState, i: number, sports: boolean): [Mention, number] | undefined {
  const { flags, lengths } = s.tokens;
  const b = s.block;
  // The cheap tests first, on flags and skeletons: a listed word, a short one, a word of a longer name end here.
  if (s.skels[i] >= 0 || lengths[i] < MIN_LETTERS || (flags[i] & (CAPITALIZED | CASELESS | CYRILLIC)) !== CAPITALIZED) return undefined;
  if (sports || sanctionsStoryWords(s.context) < STORY_WORDS) return undefined;
  if (i + 1 < b.last && flags[i + 1] & JOINED && flags[i + 1] & CAPITALIZED) return undefined;
  if (i > b.first && flags[i] & JOINED && isNameWord(s, i - 1)) return undefined;
  const w = wordAt(s, i);
  const index = s.index;
  const ctx = s.context;
  // The page's surnames first (near-name.ts keeps each word's near words): most words are near none of them.
  let found = -1;
  for (const sk of nearWordsOf(index, w)) {
    if (!ctx.surnames.has(sk)) continue;
    if (found >= 0) return undefined;
    found = sk;
  }
  if (found < 0 || ctx.clashes.has(found) || ctx.otherNames.has(found)) return undefined;
  const key = skeleton(w);
  if (isCommonWord(w) || isCommonNamePart(w) || worldSurnameKeys().has(key)) return undefined;
  const owners = ctx.surnames.get(found)!;
  const listed = lexiconWord(index.skeletons, found);
  if (owners.length !== 1 || listed.slice(-1) !== key.slice(-1)) return undefined;
  if (index.skelFlags[found] & (SKEL_COMMON_NAME | SKEL_COMMON_WORD)) return undefined;
  const e = owners[0];
  const status = ctx.resolved.get(e) ?? entityStatusOf(index, e);
  return [mentionOf(b.text, s.tokens.starts[i], s.tokens.ends[i], entityId(index, e), status, [], { reasons: NEAR_SURNAME }), i];
}

const NEAR_SURNAME: readonly MatchReason[] = ['earlier-full-name', 'near-spelling'];
