// A title and a surname alone, with no full name on the page ("President Guaido", "el presidente Maduro", "Defense
// Minister Padrino López"): the one listed person with that surname whose listed role the title fits, on a page
// that names the person's country and is no sports report. Everyday titles ("coach Martinez", "Mr Gonzalez") are no
// titles here (context-words.ts lists the roles), and a common surname alone is never enough.
import { mentionOf, type MatchReason, type Mention } from './mention';
import * as normalize from '../names/normalize';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { perIndex } from './per-index';
import { personsBySurname } from './persons-by-surname';
import { runStart } from './runs';
import { step } from './trie-walk';
import { register } from './evidence';
import { headOfStateSurname } from './head-of-state-surname';
import { headOfStateSurnameBits } from './head-of-state-surnames';
import { rareSurname, rareSurnameBits } from './rare-surname';
import { hasSkeletonBit } from './skeleton-bits';
import { titleBefore } from './title-before';
import { hasCountryOnPage } from './precision';
import { isNameWord, wordAt, type ScanState } from './scan-state';
import { isConnector, isParticle } from '../names/transliterate';
import { HIGH_OFFICE_TITLES } from './context-words';
import { isCommonNamePart, isCommonWord } from '../names/frequency';
import { lexiconSize } from '../names/lexicon';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CASELESS, JOINED } = normalize;
const { SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_PERSON_PART, entityId, entityKind, entityStatusOf, stateNamesEntity } = names;

/** The skeletons that are a head of state's surname or a rare surname's: either rule's bits, read in one table. */
const surnameAloneBits = perIndex((index: NameIndex): Uint8Array => {
  const heads = headOfStateSurnameBits(index);
  const rare = rareSurnameBits(index);
  const bits = new Uint8Array(Math.max(heads.length, rare.length));
  for (let k = 0; k < bits.length; k++) bits[k] = (heads[k] ?? 0) | (rare[k] ?? 0);
  return bits;
});

/**
 * The skeletons a title may make a listed person's surname (personsBySurname's keys) and those of surnameAloneBits, as
 * bits: a word with none of them and no other reading makes no mention here, with a title before it or without.
 */
const titledSurnameBits = perIndex((index: NameIndex): Uint8Array => {
  const alone = surnameAloneBits(index);
  const bits = new Uint8Array(Math.max(alone.length, (lexiconSize(index.skeletons) >> 3) + 1));
  bits.set(alone);
  for (const sk of personsBySurname(index).keys()) bits[sk >> 3] |= 1 << (sk & 7);
  return bits;
});

/**
 * The mention a title and a surname alone make at token i of the current block, and its last token; undefined
 * unless exactly one listed person fits. One surname needs a listed role the title fits; two surnames of one
 * listed person ("Padrino López" of PADRINO LOPEZ, Vladimir), the first of them not a common one, need a title
 * that fits the listed role, or a high office's title when none is listed.
 */
export function titleAndSurname(s: ScanState, i: number, sports: boolean): [Mention, number] | undefined {
  // Called for every capitalised word outside a name: the cheap tests here, with no closure, so that a word with no
  // title before it costs no allocation (the closures below would make one on every call).
  const skels = s.skels;
  const b = s.block;
  const { flags, lengths } = s.tokens;
  if (sports || (flags[i] & (CAPITALIZED | CASELESS)) !== CAPITALIZED || skels[i] < 0 || lengths[i] < 4) return undefined;
  if (s.index.skelFlags[skels[i]] & SKEL_COMMON_NAME && !(i + 1 < b.last && flags[i + 1] & JOINED)) return undefined;
  // Asked before the words before it are read: most capitalised words are no listed person's surname at all.
  if (s.alts[i] < 0 && !hasSkeletonBit(titledSurnameBits(s.index), skels[i])) return undefined;
  let titles = titleBefore(s, i);
  let bracket: Bracket | undefined;
  if (titles === 0 && i > b.first && b.text.charCodeAt(s.tokens.ends[i - 1]) === 41) {
    bracket = bracketBefore(s, i);
    if (bracket) titles = bracket.titles;
  }
  // No title: the words around may still say a head of state's office ("the Assad regime"); with or without one, a
  // surname only one listed person carries, rare in the world, in a sanctions story (rare-surname.ts). Without a
  // title, one table of bits asked first says that neither can be: most capitalised words are no such surname.
  if (titles === 0 && s.alts[i] < 0 && !hasSkeletonBit(surnameAloneBits(s.index), skels[i])) return undefined;
  return (titles === 0 ? headOfStateSurname(s, i, false) : titledSurname(s, i, titles, bracket)) ?? rareSurname(s, i, false);
}

/** An editor's bracket before a surname: its title bits, and its given names' tokens (from..to, none when from > to). */
interface Bracket {
  titles: number;
  from: number;
  to: number;
}

/**
 * A bracket right before token i in which the newspaper completes a quote ("(el presidente Nicolás) Maduro"): a
 * title, then at most two given names, and nothing else that is a name. Undefined when there is none.
 */
function bracketBefore(s: ScanState, i: number): Bracket | undefined {
  const b = s.block;
  const { starts, ends, ids, flags } = s.tokens;
  const text = b.text;
  if (!/^\)[ \u00a0]+$/.test(text.slice(ends[i - 1], starts[i]))) return undefined;
  let open = -1;
  for (let k = i - 1; k >= Math.max(b.first, i - 6); k--) {
    const gap = text.slice(k > b.first ? ends[k - 1] : 0, starts[k]);
    if (/\([ \u00a0]*$/.test(gap)) {
      open = k;
      break;
    }
    if (!(flags[k] & JOINED)) return undefined;
  }
  if (open < 0) return undefined;
  let from = i;
  while (from - 1 > open && i - from < 2 && isNameWord(s, from - 1) && s.index.tokenTitle[ids[from - 1]] === 0) from--;
  let titles = 0;
  for (let k = open; k < from; k++) {
    const t = ids[k] >= 0 ? s.index.tokenTitle[ids[k]] : 0;
    if (t === 0 && isNameWord(s, k)) return undefined;
    titles |= t;
  }
  return titles === 0 ? undefined : { titles, from, to: i - 1 };
}

/** Whether the given names' tokens from..to and the surname at token i make a listed name of entity e. */
function namesPerson(s: ScanState, bracket: Bracket, i: number, e: number): boolean {
  const index = s.index;
  let state = 0;
  for (let k = bracket.from; k <= bracket.to && state >= 0; k++) state = s.skels[k] >= 0 ? step(index, state, s.skels[k]) : -1;
  if (state >= 0 && s.skels[i] >= 0) state = step(index, state, s.skels[i]);
  return state >= 0 && stateNamesEntity(index, state, e);
}

/** titleAndSurname past its cheap tests, with the title bits before token i (said in a bracket before it, maybe). */
function titledSurname(s: ScanState, i: number, titles: number, bracket?: Bracket): [Mention, number] | undefined {
  const { index, skels, block: b } = s;
  const { flags } = s.tokens;
  const owners = personsBySurname(index).get(skels[i]);
  if (!owners) return undefined;
  // A surname after a given name is someone's full name, which the trie would have found if it were listed.
  if (i > b.first && flags[i] & JOINED && isNameWord(s, i - 1)) return undefined;
  // One surname: only a high office's title ("President", "ministro"); judges, directors and senators with a
  // surname are too many people for one listed one to be meant.
  const fits = (e: number) => (index.entityRoles[e] & titles & HIGH_OFFICE_TITLES) !== 0;
  const fitsAny = (e: number) => (index.entityRoles[e] & titles) !== 0;
  let j = i;
  let fitting: number[];
  const next = i + 1 < b.last && (flags[i + 1] & (JOINED | CAPITALIZED | CASELESS)) === (JOINED | CAPITALIZED) ? skels[i + 1] : -1;
  const pair = next >= 0 && surnamePairs(index).has(skels[i] * index.skelFlags.length + next) ? owners.filter((e) => hasSurnamePair(index, e, skels[i], next)) : [];
  if (pair.length > 0) {
    // "Padrino López": the second surname of the same person.
    if (index.skelFlags[skels[i]] & SKEL_COMMON_NAME) return undefined;
    // With no role listed, only a high office's title ("Defense Minister Padrino López"), not "Chairman".
    fitting = pair.filter((e) => (index.entityRoles[e] === 0 ? (titles & HIGH_OFFICE_TITLES) !== 0 : fitsAny(e)) && hasCountryOnPage(s, e));
    j++;
  } else {
    if (i + 1 < b.last && flags[i + 1] & JOINED && isNameWord(s, i + 1)) return undefined;
    if (index.skelFlags[skels[i]] & SKEL_COMMON_NAME) return undefined;
    fitting = owners.filter((e) => fits(e) && hasCountryOnPage(s, e));
  }
  // Given names in the bracket must be the person's ("(el presidente Nicolás) Maduro").
  if (bracket && bracket.from <= bracket.to) fitting = fitting.filter((e) => namesPerson(s, bracket, i, e));
  if (fitting.length !== 1 || runsIntoName(s, i, j)) return undefined;
  const e = fitting[0];
  // Named so, the person is named: a surname alone later links back (back-reference.ts).
  register(s, e, entityStatusOf(index, e), { start: i, end: j });
  const start = s.tokens.starts[i];
  const end = s.tokens.ends[j];
  return [mentionOf(b.text, start, end, entityId(index, e), entityStatusOf(index, e), [], { reasons: TITLE }), j];
}

const TITLE: readonly MatchReason[] = ['title'];

/**
 * Whether the words i..j are part of a longer name: a capitalised word that is no everyday word, title or country
 * touches them ("Director Bernal Bonilla", "Alcántar Bernal"), or a connector and a capitalised word follow
 * ("Quintero de la Cruz").
 */
function runsIntoName(s: ScanState, i: number, j: number): boolean {
  const { flags } = s.tokens;
  const b = s.block;
  const nameLike = (k: number) => {
    if ((flags[k] & (CAPITALIZED | CASELESS)) !== CAPITALIZED) return false;
    const id = s.tokens.ids[k];
    // A title or a country's name ("Lukashenko de Bielorrusia") is no name word.
    if (id >= 0 && (s.index.tokenTitle[id] || s.index.tokenCountry[id])) return false;
    const sk = s.skels[k];
    if (sk >= 0 && s.index.skelFlags[sk] & (SKEL_COMMON_WORD | SKEL_COUNTRY)) return false;
    return !isCommonWord(wordAt(s, k));
  };
  if (i > b.first && flags[i] & JOINED && nameLike(i - 1)) return true;
  let k = j + 1;
  if (k >= b.last || !(flags[k] & JOINED)) return false;
  if (nameLike(k) || (!(flags[k] & CAPITALIZED) && !isConnector(wordAt(s, k)) && isCommonNamePart(wordAt(s, k)) && !isCommonWord(wordAt(s, k)))) return true;
  const connector = (x: number) => {
    const w = wordAt(s, x);
    return isConnector(w) || isParticle(w);
  };
  while (k < b.last && flags[k] & JOINED && connector(k)) k++;
  if (k === j + 1 || k >= b.last || !(flags[k] & JOINED)) return false;
  // After "de la", a listed name's word in any case ("Quintero de la cruz") goes on too.
  return nameLike(k) || (s.skels[k] >= 0 && (s.index.skelFlags[s.skels[k]] & (SKEL_PERSON_PART | SKEL_COMMON_WORD)) === SKEL_PERSON_PART) || isCommonNamePart(wordAt(s, k));
}

/**
 * Every two surnames some listed person has one after the other (sk1 * skeletons + sk2), found once per index: most
 * capitalised words after a title and a surname are no such pair, and a common surname has thousands of persons to
 * ask one by one (4% of a page scan over a million names).
 */
const surnamePairs = perIndex((index: NameIndex): Set<number> => {
  const pairs = new Set<number>();
  const n = index.skelFlags.length;
  for (let e = 0; e < index.entityRoles.length; e++) {
    if (entityKind(index, e) !== 'person') continue;
    const first = runStart(index.surnameRuns, e);
    for (let k = first; k + 1 < first + index.surnameRuns.lengths[e]; k++) pairs.add(index.surnames[k] * n + index.surnames[k + 1]);
  }
  return pairs;
});

/** Whether the person's surnames have sk1 directly followed by sk2 (as the list writes them, in one name). */
function hasSurnamePair(index: NameIndex, e: number, sk1: number, sk2: number): boolean {
  const first = runStart(index.surnameRuns, e);
  for (let k = first; k + 1 < first + index.surnameRuns.lengths[e]; k++) if (index.surnames[k] === sk1 && index.surnames[k + 1] === sk2) return true;
  return false;
}
