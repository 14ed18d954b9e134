// The name index: every form of every listed name as a path of token skeletons in a trie, stored in flat
// typed arrays so that it builds in one pass, costs about ten bytes a trie state, and can be cached in
// IndexedDB as it is (structured clone of arrays and strings). Built once per dataset version
// (build-name-index.ts); this file is its stored shape, which the worker's cache keeps as it is.
import { ENTITY_KINDS, ENTITY_STATUSES, type EntityKind, type EntityStatus } from '../dataset/format';
import type { Lexicon } from '../names/lexicon';
import { runStart, type Runs } from './runs';

const KINDS: readonly EntityKind[] = ENTITY_KINDS;
const STATUSES: readonly EntityStatus[] = ENTITY_STATUSES;

// An output is an entity number (low 24 bits) and how the form relates to the listed name (high bits).
export const ENTITY_MASK = 0xffffff;
export const OUT_ALIAS = 1 << 24; // an aka, fka or other-script name, not the primary one
export const OUT_NO_LEGAL_FORM = 1 << 25;
export const OUT_FAMILY_FIRST = 1 << 26;
// On an organization's output (never a person's): a firm that shares the brand, an alternative only (brand-families.ts).
export const OUT_SHARED_BRAND = OUT_FAMILY_FIRST;
export const OUT_MISSING_SHIFT = 27; // 3 bits: tokens of the listed name left out (capped at 7)
// Words of a name that opens with a country's possessive, valid only right after that possessive or once the page
// named the body; also a body's name without the country it ends with (agency-forms.ts).
export const OUT_AFTER_POSSESSIVE = 1 << 30;
// A form matched only from an Arabic page's words: an Arab name with one middle name left out (middle-name-left-out.ts).
export const OUT_ARABIC_READ = 1 << 31;
// On an organization's output (never a person's): a weak alias read only from Cyrillic capitals, "ФСБ" for FSB
// (cyrillic-acronyms.ts).
export const OUT_CYRILLIC_ACRONYM = OUT_ARABIC_READ;
// The same bit without OUT_ALIAS: a weak alias its body's own name spells, "MININT" (weak-own-names.ts), read from
// capitals in either script.
export const OUT_SPELLED_ACRONYM = OUT_ARABIC_READ;

// Facts about a skeleton, for precision rules.
export const SKEL_COMMON_NAME = 1; // a very common given name or surname
export const SKEL_COMMON_WORD = 2; // an everyday English word
export const SKEL_COUNTRY = 4; // a country or demonym
export const SKEL_PARTICLE = 8; // al-, bin, de, van: never distinctive
export const SKEL_ORG_ONLY = 16; // occurs in some organization's name and in no person's
export const SKEL_PERSON_PART = 32; // occurs in some person's name
export const SKEL_FIRST_GIVEN = 64; // six listed persons or more have it as their first given name
export const SKEL_ACRONYM = 128; // a body's one-word listed name that another of its own listed names spells (ISIS, FARC)

/**
 * Plain data only (typed arrays, strings, numbers), so that it can be stored in IndexedDB or sent to a
 * worker as it is.
 */
export interface NameIndex {
  /** 8: each entity's birth year; 7: skelFlags' SKEL_ACRONYM; 6: each entity's listing days; 4: a "+" glued to a word's end is part of its key ("en+"); 3: persons'
   * nicknames (from their weak aliases); 2: story words checked by sense, Spanish demonyms in lower case, the names'
   * new forms (Hezbollah, brands). */
  format: 8;
  /** Every word of every listed name, and the context words (titles, countries, sanctions words, particles). */
  lexicon: Lexicon;
  /** Per word: its skeleton number (-1 when no listed name has it), context flags (WORD_*), title bits. */
  tokenSkel: Int32Array;
  tokenInfo: Uint8Array;
  tokenTitle: Int32Array;
  /** Per word: country number + 1 when the word alone names a country ("Venezuelan"), else 0. */
  tokenCountry: Uint8Array;
  /** The skeletons, for page words the lexicon lacks (spellings the list does not have). */
  skeletons: Lexicon;
  skelFlags: Uint8Array;
  /** The trie, states numbered breadth-first: state s's children are firstChild[s] .. firstChild[s+1]-1. */
  rootChild: Int32Array;
  firstChild: Int32Array;
  edgeSkel: Int32Array;
  /** State s's outputs are outputs[runStart(outRuns, s) ..] (outRuns.lengths[s] of them). */
  outRuns: Runs;
  outputs: Int32Array;
  /** Entities: ids in one string, kind and status, role bits, countries, surnames. */
  entityIds: string;
  idRuns: Runs;
  entityInfo: Uint8Array;
  entityRoles: Int32Array;
  countryRuns: Runs;
  countries: Uint8Array;
  surnameRuns: Runs;
  surnames: Int32Array;
  /** Per entity: the entities the lists tie it to (OFAC's "Linked To:", a position's organisation), both ways,
   * ascending (entity-links.ts). */
  linkRuns: Runs;
  links: Int32Array;
  /** Per entity: the days its sanctions were listed on (or were on the list by, where the day is not known), as days
   * since 1970, for telling two listed people of one name apart by the others the page names (co-designated.ts). */
  listingRuns: Runs;
  listingDays: Uint16Array;
  /** Per entity: the latest year its listed birth dates give (the youngest it may be), 0 when none (too-young-for-office.ts). */
  birthYears: Uint16Array;
  /** Persons' nicknames, folded, one a line, and the entity of each (lib/match/nicknames.ts). */
  nicknameKeys: string;
  nicknameEntities: Int32Array;
  /** Organizations' names as their words' concepts, sorted ('\n' between; translated-names.ts), and each one's output. */
  translatedKeys: string;
  translatedOutputs: Int32Array;
  /** Names indexed (listed names, not counting derived forms) and the longest path in tokens. */
  names: number;
  maxTokens: number;
}

/** Whether trie state `state` has an output of entity e (any form of its names ends there). */
export function stateNamesEntity(index: NameIndex, state: number, e: number): boolean {
  const first = runStart(index.outRuns, state);
  for (let o = first; o < first + index.outRuns.lengths[state]; o++) if ((index.outputs[o] & ENTITY_MASK) === e) return true;
  return false;
}

export function entityId(index: NameIndex, e: number): string {
  const start = runStart(index.idRuns, e);
  return index.entityIds.slice(start, start + index.idRuns.lengths[e]);
}

/** Whether entity e's countries (countryRuns) hold country number `country`. */
export function entityHasCountry(index: NameIndex, e: number, country: number): boolean {
  const start = runStart(index.countryRuns, e);
  for (let k = start; k < start + index.countryRuns.lengths[e]; k++) if (index.countries[k] === country) return true;
  return false;
}

/** Whether one of entity e's countries is in `countries` (a set of country indexes: a region, the page's). */
export function entityHasCountryIn(index: NameIndex, e: number, countries: ReadonlySet<number>): boolean {
  const start = runStart(index.countryRuns, e);
  for (let k = start; k < start + index.countryRuns.lengths[e]; k++) if (countries.has(index.countries[k])) return true;
  return false;
}

export function entityKind(index: NameIndex, e: number): EntityKind {
  return KINDS[index.entityInfo[e] & 7];
}

export function entityStatusOf(index: NameIndex, e: number): EntityStatus {
  return STATUSES[index.entityInfo[e] >> 3];
}

/** Checks that stored data (an IndexedDB cache, a message) is an index of this format before use. */
export function isNameIndex(value: unknown): value is NameIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<NameIndex>;
  return v.format === 8 && v.listingDays instanceof Uint16Array && v.birthYears instanceof Uint16Array && typeof v.nicknameKeys === 'string' && typeof v.translatedKeys === 'string' && v.translatedOutputs instanceof Int32Array && v.nicknameEntities instanceof Int32Array && v.outputs instanceof Int32Array && v.links instanceof Int32Array && v.rootChild instanceof Int32Array && v.outRuns?.totals instanceof Int32Array && typeof v.entityIds === 'string' && typeof v.lexicon?.chars === 'string';
}

/** The index's size: its typed arrays and strings (one byte a character for Latin-1 strings). */
export function indexBytes(index: NameIndex): number {
  let bytes = index.entityIds.length + index.lexicon.chars.length + index.skeletons.chars.length;
  const parts = [index, index.lexicon, index.skeletons, index.outRuns, index.idRuns, index.countryRuns, index.surnameRuns, index.linkRuns];
  for (const part of parts) for (const v of Object.values(part)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
  return bytes;
}
