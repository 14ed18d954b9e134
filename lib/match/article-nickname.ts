// "El Chapo": Spanish puts an article before a nickname, never before a given name. A word after "El" or "La" that
// the lists give one person as a given name in an alias only (GUZMAN, Chapo of GUZMAN LOERA, Joaquin: the lists
// record nicknames so), never in a primary name, and that is no common name or everyday word, is that person's
// nickname: the person, in a sanctions story and on no sports page, with no full name needed ("one of El Chapo's
// sons"). A word that several listed persons carry so names no one.
import { isCommonNamePart, isCommonWord } from '../names/frequency';
import * as normalize from '../names/normalize';
import { register } from './evidence';
import { mentionOf, type MatchReason, type Mention } from './mention';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { sanctionsStoryWords } from './page-context';
import { runStart } from './runs';
import { wordAt, type ScanState } from './scan-state';

const { CAPITALIZED, CASELESS, JOINED } = normalize;
const { ENTITY_MASK, OUT_ALIAS, OUT_FAMILY_FIRST, SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, entityId, entityKind, entityStatusOf } = names;

/** Story words a page needs before the nickname alone names the person (as for a rare surname alone). */
const STORY_WORDS = 3;

/**
 * The mention "El" or "La" and a nickname make at token i (the nickname) of the current block, and its last token;
 * undefined when they make none.
 */
export function articleNickname(s: ScanState, i: number, sports: boolean): [Mention, number] | undefined {
  const { flags, lengths, starts, ends } = s.tokens;
  const b = s.block;
  // The cheap tests first: most capitalised words follow no two-letter word.
  if (sports || i === b.first || lengths[i - 1] !== 2 || lengths[i] < 4 || (flags[i] & (CAPITALIZED | CASELESS | JOINED)) !== (CAPITALIZED | JOINED)) return undefined;
  const a = b.text.charCodeAt(starts[i - 1]) | 32;
  const c = b.text.charCodeAt(starts[i - 1] + 1) | 32;
  if (!((a === 101 && c === 108) || (a === 108 && c === 97))) return undefined;
  const { index, skels } = s;
  const sk = skels[i];
  if (sk < 0 || index.rootChild[sk] < 0 || index.skelFlags[sk] & (SKEL_COMMON_NAME | SKEL_COMMON_WORD | SKEL_COUNTRY)) return undefined;
  if (sanctionsStoryWords(s.context) < STORY_WORDS) return undefined;
  // "El Chapo Guzmán" is a name the trie reads; a place's or a paper's name goes on too ("La Nueva Familia").
  if (i + 1 < b.last && (flags[i + 1] & (JOINED | CAPITALIZED)) === (JOINED | CAPITALIZED)) return undefined;
  const word = wordAt(s, i);
  if (isCommonWord(word) || isCommonNamePart(word)) return undefined;
  const e = givenNameOwner(index, sk);
  if (e < 0) return undefined;
  const status = entityStatusOf(index, e);
  register(s, e, status, { start: i, end: i });
  return [mentionOf(b.text, starts[i - 1], ends[i], entityId(index, e), status, [], { reasons: NICKNAME }), i];
}

const NICKNAME: readonly MatchReason[] = ['distinctive-name', 'sanctions-story'];

/**
 * The one listed person for whom skeleton sk begins a listed alias of two words as a given name (the trie's path sk,
 * surname, not in family-first order), and no primary name; -1 when none, several, or a primary name has it.
 */
function givenNameOwner(index: NameIndex, sk: number): number {
  const state = index.rootChild[sk];
  let owner = -1;
  for (let c = index.firstChild[state]; c < index.firstChild[state + 1]; c++) {
    const first = runStart(index.outRuns, c);
    for (let o = first; o < first + index.outRuns.lengths[c]; o++) {
      const v = index.outputs[o];
      const e = v & ENTITY_MASK;
      if (v & OUT_FAMILY_FIRST || entityKind(index, e) !== 'person') continue;
      // Someone's primary name has the word as a given name: it is a given name, not a nickname.
      if (!(v & OUT_ALIAS) || (owner >= 0 && owner !== e)) return -1;
      owner = e;
    }
  }
  return owner;
}
