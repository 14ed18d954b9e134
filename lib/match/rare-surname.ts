// A surname alone that only one listed person carries and that is rare in the world ("Vekselberg", "Deripaska",
// "Медведчука"), with no full name on the page: headlines and short pieces name the famous by surname only. It is
// that person on a page that tells a sanctions story and names the person's country, and on no sports page. Rare means
// none of the lists' common name parts (frequency.ts, the lists' own counts) and none of the 75 countries' commonest
// surnames (world-surnames.ts, CC0): "Medvedev" (five listed bearers) or "Ivanov" never qualifies. A surname that
// someone on no list carries on the same page ("Viktor Deripaska"), or that runs into another name word, is not it.
// A title before it is no other name ("Vice President Chiwenga"), unless it says another role than the listed one.
import { mentionOf, type MatchReason, type Mention } from './mention';
import * as normalize from '../names/normalize';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { lexiconId, lexiconSize, lexiconWord } from '../names/lexicon';
import { latinNameKeys } from '../names/cyrillic';
import { skeleton } from '../names/transliterate';
import { worldSurnameKeys } from './world-surname-keys';
import { rareInWorld, worldSurnameSkeletons } from './world-rare-surnames';
import { adjectiveBeforeNoun } from './cyrillic-adjectives';
import { mansGenitiveInList } from './cyrillic-genitive-list';
import { register } from './evidence';
import { familyHead, soleHead } from './head-among-relatives';
import { sanctionsStoryWords } from './page-context';
import { hasCountryOnPage } from './precision';
import { isOwnGivenName } from './own-given-name';
import { perIndex, perIndexMemo } from './per-index';
import { personsBySurname } from './persons-by-surname';
import { isConnector } from '../names/transliterate';
import { isNameWord, readingsOf, wordAt, type ScanState } from './scan-state';
import { hasSkeletonBit, skeletonBits } from './skeleton-bits';
import { runStart } from './runs';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;
const { entityId, entityKind, entityStatusOf } = names;

/** Story words a page needs before a surname alone names the listed person (as for a rare name's common given name). */
const STORY_WORDS = 3;


/**
 * Surname skeleton to the one listed person who carries it (-1: none), for the rare surnames only, once per index.
 * An array by skeleton number: it is read for every capitalised word of a sanctions story, where a Map's hashing showed.
 */
const rareOwners = perIndex((index: NameIndex): { any: Uint8Array; owners: Int32Array; carriers: Int32Array; shared: Uint8Array } => {
  const world = worldSurnameSkeletons(index);
  const owners = new Int32Array(lexiconSize(index.skeletons)).fill(-1);
  // Every surname's one listed carrier, or -2 for several or one of the world's commonest (otherSurnameReading).
  const carriers = new Int32Array(owners.length).fill(-1);
  for (const sk of world) carriers[sk] = -2;
  // 1 where the owner is the head of state among listed relatives who carry the surname too (the card says so).
  const shared = new Uint8Array(owners.length);
  const bySurname = personsBySurname(index);
  for (const [sk, persons] of bySurname) {
    if (carriers[sk] === -1) carriers[sk] = persons.length === 1 ? persons[0] : -2;
    // Of listed relatives, the one who is a head of state, or else the one the others are listed for (head-among-relatives.ts).
    const head = persons.length === 1 ? -1 : soleHead(index, persons);
    let owner = persons.length === 1 ? persons[0] : head >= 0 ? head : familyHead(index, persons);
    // A father and a son listed for him are linked both ways, so neither is the one the other is listed for; the
    // family's women, who carry the feminine form (POTANIN, Vladimir; his son Ivan; POTANINA, his wife and daughter),
    // are listed for the father alone and tell which.
    if (owner < 0 && head < 0 && persons.length > 1) owner = headWithWomen(index, sk, persons, bySurname);
    if (owner < 0 || !rareInWorld(index, sk)) continue;
    owners[sk] = owner;
    if (head >= 0) shared[sk] = 1;
  }
  return {
    any: skeletonBits(owners.length, (sk) => owners[sk] >= 0),
    owners,
    carriers,
    shared,
  };
});

/** familyHead among the carriers of an East Slavic surname and of its feminine form (-ov, -ev, -in + a); -1 when none. */
function headWithWomen(index: NameIndex, sk: number, persons: readonly number[], bySurname: ReadonlyMap<number, number[]>): number {
  const word = lexiconWord(index.skeletons, sk);
  if (!/(ov|ev|in|yn)$/.test(word)) return -1;
  const women = bySurname.get(lexiconId(index.skeletons, word + 'a'));
  const head = women ? familyHead(index, [...persons, ...women]) : -1;
  return persons.includes(head) ? head : -1;
}

/** The skeletons of rare surnames with one listed owner, as bits (skeleton-bits.ts): a word's reading may be one too. */
export function rareSurnameBits(index: NameIndex): Uint8Array {
  return rareOwners(index).any;
}

/**
 * The mention a rare surname alone makes at token i of the current block, and its last token; undefined when it
 * makes none. Called for a capitalised word outside any name that no earlier full name explains.
 */
export function rareSurname(s: ScanState, i: number, sports: boolean): [Mention, number] | undefined {
  const ctx = s.context;
  if (sports || sanctionsStoryWords(ctx) < STORY_WORDS || (s.tokens.flags[i] & (CAPITALIZED | CASELESS)) !== CAPITALIZED || s.skels[i] < 0) return undefined;
  const { any, owners, carriers, shared } = rareOwners(s.index);
  // "санкции против Шойгу, Собянина": a man's genitive, not a woman's nominative (cyrillic-genitive-list.ts).
  const genitive = s.alts[i] >= 0 && mansGenitiveInList(s, i);
  // A Cyrillic word in a case ("Дерипаски") reads as the surname through one of its readings.
  if (!genitive && !hasSkeletonBit(any, s.skels[i]) && s.alts[i] >= 0) useRareReading(s, i, any);
  const sk = s.skels[i];
  if (!hasSkeletonBit(any, sk)) return undefined;
  const e = owners[sk];
  if (e < 0 || ctx.surnames.has(sk) || ctx.relatives?.has(sk) || !hasCountryOnPage(s, e)) return undefined;
  // "Walter Tapfumaneyi" of TAPFUMANEYI, Asher Walter: the person's own given name before it is no one else's name.
  const others = ctx.otherNames.get(sk);
  if (others && others.some((g) => !isOwnGivenName(s.index, e, sk, g))) return undefined;
  const own = others !== undefined && i > s.block.first && (s.tokens.flags[i] & JOINED) !== 0 && isOwnGivenName(s.index, e, sk, s.skels[i - 1]) && !(i - 1 > s.block.first && s.tokens.flags[i - 1] & JOINED && isNameWord(s, i - 2)) ? i - 1 : i;
  // A title right before it ("Vice President Chiwenga") is no other name, but must not say another role than the
  // listed one ("General Sibanda" is not a listed police commissioner Sibanda).
  const title = titleBefore(s, i);
  if (title !== 0 && s.index.entityRoles[e] !== 0 && !(s.index.entityRoles[e] & title)) return undefined;
  if ((title === 0 && own === i && besideCapitalized(s, i)) || besideCapitalizedAfter(s, i) || adjectiveBeforeNoun(s, i) || glossAfterName(s, i) || otherSurnameReading(s, i, carriers, e, genitive)) return undefined;
  const status = entityStatusOf(s.index, e);
  register(s, e, status, { start: i, end: i });
  return [mentionOf(s.block.text, s.tokens.starts[own], s.tokens.ends[i], entityId(s.index, e), status, [], { reasons: shared[sk] ? HEAD_OF_STATE_SURNAME : RARE_SURNAME }), i];
}

/**
 * scan-state.ts's useReading for a reading that is a rare surname, with no closure: this runs for every capitalised
 * word with readings outside a name, and a closure over the bits was made at each.
 */
function useRareReading(s: ScanState, i: number, any: Uint8Array): void {
  for (const r of readingsOf(s, i)) {
    if (r === s.skels[i] || !hasSkeletonBit(any, r)) continue;
    s.skels[i] = r;
    return;
  }
}

/**
 * Whether token i, read as the rare surname of person e, also reads as a surname someone else carries, listed or
 * among the world's commonest: "Павлова" is PAVLOVA's nominative and the genitive of Pavlov, a common man's surname
 * ("санкції проти Кадирова, Катаєва, Павлова"); "Пескова" is PESKOVA's and Peskov's. Alone, the word says neither
 * which surname it is nor whether a man or a woman: no proof of the rare one. (Two spellings of e's own surname,
 * "Скабеевой" as SKABEYEVA and SKABEEVA, are one.)
 */
function otherSurnameReading(s: ScanState, i: number, carriers: Int32Array, e: number, genitive: boolean): boolean {
  const sk = s.skels[i];
  const own = lexiconWord(s.index.skeletons, sk);
  // In a list the genitive governs, the word as written (the woman's nominative, own + "a") is no reading; nor is it
  // where the lists hold that feminine only in aliases ("Путина": PUTINA is an alias of Putin's daughters, whom news
  // names by their own surnames, TIKHONOVA and VORONTSOVA).
  const feminine = genitive ? own + 'a' : '';
  for (const r of readingsOf(s, i)) {
    if (r === sk || carriers[r] === -1 || carriers[r] === e || (genitive && lexiconWord(s.index.skeletons, r) === feminine)) continue;
    if (!hasSkeletonBit(primarySurnames(s.index), r) && lexiconWord(s.index.skeletons, r) === own + 'a') continue;
    return true;
  }
  // A common surname no listed name has is no reading the index holds: spelled out, once per word and index (a rare
  // surname is marked at each of its mentions).
  if (!(s.tokens.flags[i] & CYRILLIC)) return false;
  const written = s.block.text.slice(s.tokens.starts[i], s.tokens.ends[i]);
  const memo = worldReadings(s.index);
  const memoKey = genitive ? `${written}|g` : written;
  let found = memo.get(memoKey);
  if (found === undefined) {
    const world = worldSurnameKeys();
    found = latinNameKeys(written.toLowerCase()).some((k) => {
      const key = skeleton(k);
      return key !== own && key !== feminine && world.has(key);
    });
    memo.set(memoKey, found);
  }
  return found;
}

/** The skeletons that begin some listed person's primary name's surname (a person's surnames come primary name first). */
const primarySurnames = perIndex((index: NameIndex): Uint8Array => {
  const primary = new Set<number>();
  for (let e = 0; e < index.entityRoles.length; e++) {
    if (index.surnameRuns.lengths[e] > 0 && entityKind(index, e) === 'person') primary.add(index.surnames[runStart(index.surnameRuns, e)]);
  }
  return skeletonBits(lexiconSize(index.skeletons), (sk) => primary.has(sk));
});

/** Per index: whether a Cyrillic word, as written, also reads as one of the world's commonest surnames besides its rare one. */
const worldReadings = perIndexMemo<string, boolean>(5000);

const RARE_SURNAME: readonly MatchReason[] = ['distinctive-name', 'sanctions-story', 'country'];
const HEAD_OF_STATE_SURNAME: readonly MatchReason[] = ['head-of-state-surname', 'sanctions-story', 'country'];

/**
 * Whether token i stands beside a capitalised word, or after a connector that follows one: a place ("Puerto
 * Vallarta", "Chaharmahal and Bakhtiari province") or another name, not the person alone.
 */
function besideCapitalized(s: ScanState, i: number): boolean {
  const { flags } = s.tokens;
  const b = s.block;
  if (i === b.first || !(flags[i] & JOINED)) return false;
  if (flags[i - 1] & CAPITALIZED) return !sentenceStartBefore(s, i - 1) || isNameWord(s, i - 1);
  return i - 1 > b.first && isConnector(wordAt(s, i - 1)) && (flags[i - 1] & JOINED) !== 0 && (flags[i - 2] & CAPITALIZED) !== 0;
}

/**
 * Whether token i stands alone in brackets right after a capitalised word: a gloss of the name before it, its
 * hometown or nickname ("актера Дмитрия Дюжева (Астрахань)"), not another person.
 */
function glossAfterName(s: ScanState, i: number): boolean {
  const { starts, ends, flags } = s.tokens;
  const text = s.block.text;
  if (i === s.block.first || text[starts[i] - 1] !== '(' || text[ends[i]] !== ')' || !(flags[i - 1] & CAPITALIZED)) return false;
  const gap = text.slice(ends[i - 1], starts[i] - 1);
  return gap === ' ' || gap === '';
}

/** Whether a capitalised word follows token i in the same name run. */
function besideCapitalizedAfter(s: ScanState, i: number): boolean {
  const flags = s.tokens.flags;
  return i + 1 < s.block.last && (flags[i + 1] & (JOINED | CAPITALIZED)) === (JOINED | CAPITALIZED);
}

/** The title bits of the word right before token i in the same run ("President" of "Vice President Chiwenga"), 0 when none. */
function titleBefore(s: ScanState, i: number): number {
  if (i === s.block.first || !(s.tokens.flags[i] & JOINED)) return 0;
  const id = s.tokens.ids[i - 1];
  return id >= 0 ? s.index.tokenTitle[id] : 0;
}

/** Whether token k begins a sentence (the block's first word, or after . ! ? :), where any word has a capital. */
function sentenceStartBefore(s: ScanState, k: number): boolean {
  if (k === s.block.first) return true;
  const gap = s.block.text.slice(s.tokens.ends[k - 1], s.tokens.starts[k]);
  return /[.!?:]/.test(gap);
}
