// A surname alone that only one listed person carries and that is rare in the world ("Vekselberg", "Deripaska",
// "Медведчука"), with no full name on the page: headlines and short pieces name the famous by surname only. It is
// that person on a page that tells a sanctions story and names the person's country, and on no sports page. Rare means
// none of the lists' common name parts (frequency.ts, the lists' own counts) and none of the 75 countries' commonest
// surnames (world-surnames.ts, CC0): "Medvedev" (five listed bearers) or "Ivanov" never qualifies. A surname that
// someone on no list carries on the same page ("Viktor Deripaska"), or that runs into another name word, is not it.
import { mentionOf, type MatchReason, type Mention } from './mention';
import * as normalize from '../names/normalize';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { lexiconId, lexiconSize } from '../names/lexicon';
import { skeleton } from '../names/transliterate';
import { WORLD_SURNAMES } from '../names/world-surnames';
import { adjectiveBeforeNoun } from './cyrillic-adjectives';
import { register } from './evidence';
import { soleHead } from './head-among-relatives';
import { sanctionsStoryWords } from './page-context';
import { hasCountryOnPage } from './precision';
import { perIndex } from './per-index';
import { personsBySurname } from './persons-by-surname';
import { isConnector } from '../names/transliterate';
import { isNameWord, useReading, wordAt, type ScanState } from './scan-state';
import { hasSkeletonBit, skeletonBits } from './skeleton-bits';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CASELESS, JOINED } = normalize;
const { SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_FIRST_GIVEN, entityId, entityStatusOf } = names;

/** Story words a page needs before a surname alone names the listed person (as for a rare name's common given name). */
const STORY_WORDS = 3;

let worldKeys: ReadonlySet<string> | undefined;

/** The skeletons of the 75 countries' commonest surnames (world-surnames.ts), made on first use. */
export function worldSurnameKeys(): ReadonlySet<string> {
  worldKeys ??= new Set(WORLD_SURNAMES.split(/\s+/).filter(Boolean).map(skeleton));
  return worldKeys;
}

/**
 * Surname skeleton to the one listed person who carries it (-1: none), for the rare surnames only, once per index.
 * An array by skeleton number: it is read for every capitalised word of a sanctions story, where a Map's hashing showed.
 */
const rareOwners = perIndex((index: NameIndex): { any: Uint8Array; owners: Int32Array; shared: Uint8Array } => {
  const world = new Set<number>();
  for (const w of worldSurnameKeys()) {
    const sk = lexiconId(index.skeletons, w);
    if (sk >= 0) world.add(sk);
  }
  const owners = new Int32Array(lexiconSize(index.skeletons)).fill(-1);
  // 1 where the owner is the head of state among listed relatives who carry the surname too (the card says so).
  const shared = new Uint8Array(owners.length);
  for (const [sk, persons] of personsBySurname(index)) {
    // Of listed relatives, the one who is a head of state (head-among-relatives.ts).
    const owner = persons.length === 1 ? persons[0] : soleHead(index, persons);
    if (owner < 0 || world.has(sk) || index.skelFlags[sk] & (SKEL_COMMON_NAME | SKEL_COMMON_WORD | SKEL_COUNTRY | SKEL_FIRST_GIVEN)) continue;
    if (index.skeletons.start[sk + 1] - index.skeletons.start[sk] < 5) continue;
    owners[sk] = owner;
    if (persons.length > 1) shared[sk] = 1;
  }
  return { any: skeletonBits(owners.length, (sk) => owners[sk] >= 0), owners, shared };
});

/**
 * The mention a rare surname alone makes at token i of the current block, and its last token; undefined when it
 * makes none. Called for a capitalised word outside any name that no earlier full name explains.
 */
export function rareSurname(s: ScanState, i: number, sports: boolean): [Mention, number] | undefined {
  const ctx = s.context;
  if (sports || sanctionsStoryWords(ctx) < STORY_WORDS || (s.tokens.flags[i] & (CAPITALIZED | CASELESS)) !== CAPITALIZED || s.skels[i] < 0) return undefined;
  const { any, owners, shared } = rareOwners(s.index);
  // A Cyrillic word in a case ("Дерипаски") reads as the surname through one of its readings.
  if (!hasSkeletonBit(any, s.skels[i]) && s.alts[i] >= 0) useReading(s, i, (r) => hasSkeletonBit(any, r));
  const sk = s.skels[i];
  if (!hasSkeletonBit(any, sk)) return undefined;
  const e = owners[sk];
  if (e < 0 || ctx.surnames.has(sk) || ctx.otherNames.has(sk) || !hasCountryOnPage(s, e)) return undefined;
  if (besideCapitalized(s, i) || adjectiveBeforeNoun(s, i)) return undefined;
  const status = entityStatusOf(s.index, e);
  register(s, e, status, { start: i, end: i });
  return [mentionOf(s.block.text, s.tokens.starts[i], s.tokens.ends[i], entityId(s.index, e), status, [], { reasons: shared[sk] ? HEAD_OF_STATE_SURNAME : RARE_SURNAME }), i];
}

const RARE_SURNAME: readonly MatchReason[] = ['distinctive-name', 'sanctions-story', 'country'];
const HEAD_OF_STATE_SURNAME: readonly MatchReason[] = ['head-of-state-surname', 'sanctions-story', 'country'];

/**
 * Whether token i stands beside a capitalised word, or after a connector that follows one: a place ("Puerto
 * Vallarta", "Chaharmahal and Bakhtiari province") or another name, not the person alone.
 */
function besideCapitalized(s: ScanState, i: number): boolean {
  const { flags } = s.tokens;
  const b = s.block;
  if (i + 1 < b.last && (flags[i + 1] & (JOINED | CAPITALIZED)) === (JOINED | CAPITALIZED)) return true;
  if (i === b.first || !(flags[i] & JOINED)) return false;
  if (flags[i - 1] & CAPITALIZED) return !sentenceStartBefore(s, i - 1) || isNameWord(s, i - 1);
  return i - 1 > b.first && isConnector(wordAt(s, i - 1)) && (flags[i - 1] & JOINED) !== 0 && (flags[i - 2] & CAPITALIZED) !== 0;
}

/** Whether token k begins a sentence (the block's first word, or after . ! ? :), where any word has a capital. */
function sentenceStartBefore(s: ScanState, k: number): boolean {
  if (k === s.block.first) return true;
  const gap = s.block.text.slice(s.tokens.ends[k - 1], s.tokens.starts[k]);
  return /[.!?:]/.test(gap);
}
