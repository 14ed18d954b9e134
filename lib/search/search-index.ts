// The popup's search index: every name and alias of a dataset as folded words, held in typed arrays so a
// million names fit in memory and a keystroke costs a few binary searches and a walk over short lists.
// Built once per dataset version (lib/search/query.ts runs the searches).
import { runToEnd, type Steps } from '../stepwise';
import { countryKeys } from './country-codes';
import { ENTITY_KINDS, ENTITY_STATUSES, entityStatus, type Entity, type EntityKind, type EntityStatus, type NameType } from '../dataset/format';
import { tokenize } from '../names/normalize';
import { consonantSkeleton, skeleton } from '../names/transliterate';
import { letterMask } from './fuzzy';
import { packLists, type PackedLists } from './packed-lists';
import { packWordGroups, type WordGroups } from './word-groups';

/** What the index needs of an entity: the record without its history. */
export type SearchRecord = Pick<Entity, 'id' | 'kind' | 'name' | 'names' | 'countries' | 'positions' | 'description' | 'sanctions'> & Partial<Pick<Entity, 'nationalities'>>;

/** The layout of SearchIndex: a cached index of another layout is rebuilt. Bump it with any change to the interface. */
export const SEARCH_INDEX_FORMAT = 5;

const KINDS: readonly EntityKind[] = ENTITY_KINDS;
const STATUSES: readonly EntityStatus[] = ENTITY_STATUSES;

/** A name's weight in ranking: the entity's headline name first, then aliases, then weak aliases. */
export const NAME_PRIMARY = 0;
export const NAME_ALIAS = 1;
export const NAME_WEAK = 2;

function nameWeight(type: NameType): number {
  if (type === 'primary') return NAME_PRIMARY;
  if (type === 'weak') return NAME_WEAK;
  return NAME_ALIAS;
}

export interface Facet {
  value: string;
  count: number;
}

/** The choices the filters offer, each with how many entities have it. */
export interface Facets {
  statuses: Facet[];
  kinds: Facet[];
  authorities: Facet[];
  /** "AUTHORITY · PROGRAM", so a program is never confused between authorities. */
  programs: Facet[];
  /** ISO 3166-1 alpha-2 codes, and places that are not countries as written (lib/search/country-codes.ts). */
  countries: Facet[];
}

export interface SearchIndex {
  entityCount: number;
  ids: string[];
  headline: string[];
  kind: Uint8Array;
  status: Uint8Array;
  role: (string | undefined)[];
  /** Per entity, its countries as listed (lib/search/packed-lists.ts listAt). */
  countries: PackedLists;
  /** Per entity, its countries and nationalities as filter keys (one per country). */
  countryKeys: PackedLists;
  /** Per entity, the indexes into `lists` (authorities and programs) it is on. */
  listOffsets: Uint32Array;
  listIds: Uint32Array;
  lists: string[];
  /** Entity rank in alphabetical order of the headline: the last tie-break, kept numeric for speed. */
  nameRank: Uint32Array;

  nameCount: number;
  nameText: string[];
  nameEntity: Uint32Array;
  nameWeight: Uint8Array;
  nameTokenOffsets: Uint32Array;
  nameTokens: Uint32Array;

  /** Every distinct folded word, sorted, so a prefix is a range of word ids. */
  words: string[];
  wordMask: Int32Array;
  /** Names containing each word: postings[postingOffsets[w] .. postingOffsets[w + 1]]. */
  postingOffsets: Uint32Array;
  postings: Uint32Array;
  /** Word ids by length, for the edit-distance pass. */
  wordsByLength: Uint32Array[];
  /** Word ids by consonant skeleton, for transliteration variants. */
  bySkeleton: WordGroups;
  /**
   * Word ids by their strict transliteration skeleton (lib/names/transliterate.ts skeleton, the page scan's), for the
   * words that differ from it: Spanish "mijail" meets MIKHAIL, whose skeletons are both "mihail".
   */
  byStrictSkeleton: WordGroups;

  facets: Facets;
}

function grow(a: Uint32Array<ArrayBuffer>, need: number): Uint32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Uint32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

function facetList(counts: Map<string, number>): Facet[] {
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value));
}

function bump(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Skeletons shorter than this ("md", "hs") join too many unrelated words to be worth a match. */
export const MIN_SKELETON = 3;

export function programKey(authority: string, program: string): string {
  return `${authority} · ${program}`;
}

// An apostrophe or hyphen inside a word, which tokenize splits on: "SA'D" gives "sa" and "d", "AL-ASSAD" "al" and "assad".
const JOINER = /(?<=\p{L})['’\-](?=\p{L})/gu;

/** A name as listed, and as often typed without its inner apostrophes and hyphens ("sad", "alassad"). */
function withJoinedForm(n: { name: string; type: NameType }): { name: string; type: NameType; written: string }[] {
  const joined = n.name.replace(JOINER, '');
  return joined === n.name ? [{ ...n, written: n.name }] : [{ ...n, written: n.name }, { ...n, written: joined }];
}

export function buildSearchIndex(records: Iterable<SearchRecord>): SearchIndex {
  return runToEnd(searchIndexSteps(records));
}

/** buildSearchIndex, yielding every few hundred records (lib/stepwise.ts). */
export function* searchIndexSteps(records: Iterable<SearchRecord>): Steps<SearchIndex> {
  const ids: string[] = [];
  const headline: string[] = [];
  const kinds: number[] = [];
  const statuses: number[] = [];
  const role: (string | undefined)[] = [];
  const countries: string[][] = [];
  const countryKeyLists: string[][] = [];
  const listIndex = new Map<string, number>();
  const lists: string[] = [];
  let listOffsets = new Uint32Array(1024);
  let listIds = new Uint32Array(1024);
  let listCount = 0;

  const nameText: string[] = [];
  let nameEntity = new Uint32Array(1024);
  let nameWeights = new Uint8Array(1024);
  let nameTokenOffsets = new Uint32Array(1025);
  let nameTokens = new Uint32Array(4096);
  let tokenCount = 0;
  // Words get provisional ids in order of first sight; they are renumbered in sorted order below.
  const provisional = new Map<string, number>();
  const provisionalWords: string[] = [];

  const facetCounts = { statuses: new Map<string, number>(), kinds: new Map<string, number>(), authorities: new Map<string, number>(), programs: new Map<string, number>(), countries: new Map<string, number>() };

  for (const r of records) {
    const e = ids.length;
    if ((e & 255) === 255) yield;
    const status = entityStatus(r);
    ids.push(r.id);
    headline.push(r.name);
    kinds.push(KINDS.indexOf(r.kind));
    statuses.push(STATUSES.indexOf(status));
    role.push(r.positions[0] ?? r.description);
    countries.push(r.countries);
    const keys = countryKeys(r.countries, r.nationalities);
    countryKeyLists.push(keys);
    bump(facetCounts.statuses, status);
    bump(facetCounts.kinds, r.kind);
    for (const c of keys) bump(facetCounts.countries, c);

    const onLists = new Set<string>();
    for (const s of r.sanctions) {
      onLists.add(s.authority);
      onLists.add(programKey(s.authority, s.program));
    }
    listOffsets = grow(listOffsets, e + 2);
    listOffsets[e] = listCount;
    for (const l of onLists) {
      let li = listIndex.get(l);
      if (li === undefined) {
        li = lists.length;
        lists.push(l);
        listIndex.set(l, li);
      }
      listIds = grow(listIds, listCount + 1);
      listIds[listCount++] = li;
      bump(lists[li].includes(' · ') ? facetCounts.programs : facetCounts.authorities, l);
    }
    listOffsets[e + 1] = listCount;

    // One entry per distinct folded name of the entity, with the best of its types.
    const seen = new Map<string, number>();
    const names = r.names.some((n) => n.name === r.name) ? r.names : [{ name: r.name, type: 'primary' as const }, ...r.names];
    for (const n of names.flatMap(withJoinedForm)) {
      const keys = tokenize(n.written).map((t) => t.key);
      if (keys.length === 0) continue;
      const joined = keys.join(' ');
      const weight = n.name === r.name ? NAME_PRIMARY : nameWeight(n.type);
      const earlier = seen.get(joined);
      if (earlier !== undefined) {
        if (weight < nameWeights[earlier]) nameWeights[earlier] = weight;
        continue;
      }
      const ni = nameText.length;
      seen.set(joined, ni);
      nameText.push(n.name);
      nameEntity = grow(nameEntity, ni + 1);
      if (nameWeights.length < ni + 1) {
        const w = new Uint8Array(nameWeights.length * 2);
        w.set(nameWeights);
        nameWeights = w;
      }
      nameEntity[ni] = e;
      nameWeights[ni] = weight;
      nameTokenOffsets = grow(nameTokenOffsets, ni + 2);
      nameTokenOffsets[ni] = tokenCount;
      nameTokens = grow(nameTokens, tokenCount + keys.length);
      for (const k of keys) {
        let w = provisional.get(k);
        if (w === undefined) {
          w = provisionalWords.length;
          provisionalWords.push(k);
          provisional.set(k, w);
        }
        nameTokens[tokenCount++] = w;
      }
      nameTokenOffsets[ni + 1] = tokenCount;
    }
  }

  const entityCount = ids.length;
  const nameCount = nameText.length;

  // Renumber words in sorted order: a prefix's words are then one contiguous range of ids.
  // The tail below is whole-index work: it yields between pieces so a worker building it keeps answering pages.
  yield;
  const words = [...provisionalWords].sort();
  yield;
  const renumber = new Uint32Array(words.length);
  words.forEach((w, i) => (renumber[provisional.get(w) as number] = i));
  for (let t = 0; t < tokenCount; t++) nameTokens[t] = renumber[nameTokens[t]];

  // Postings: names by word, each list in name order, counted then filled.
  // A name that repeats a word ("ALI ALI") is listed once under it.
  const repeated = (ni: number, t: number) => {
    for (let u = nameTokenOffsets[ni]; u < t; u++) if (nameTokens[u] === nameTokens[t]) return true;
    return false;
  };
  yield;
  const postingOffsets = new Uint32Array(words.length + 1);
  for (let ni = 0; ni < nameCount; ni++) {
    for (let t = nameTokenOffsets[ni]; t < nameTokenOffsets[ni + 1]; t++) if (!repeated(ni, t)) postingOffsets[nameTokens[t] + 1]++;
  }
  for (let w = 0; w < words.length; w++) postingOffsets[w + 1] += postingOffsets[w];
  const fill = postingOffsets.slice(0, words.length);
  const postings = new Uint32Array(postingOffsets[words.length]);
  for (let ni = 0; ni < nameCount; ni++) {
    for (let t = nameTokenOffsets[ni]; t < nameTokenOffsets[ni + 1]; t++) if (!repeated(ni, t)) postings[fill[nameTokens[t]]++] = ni;
  }

  yield;
  const wordMask = new Int32Array(words.length);
  const byLength: number[][] = [];
  const bySkeleton = new Map<string, number[]>();
  const byStrictSkeleton = new Map<string, number[]>();
  for (let i = 0; i < words.length; i++) {
    if ((i & 4095) === 4095) yield;
    const w = words[i];
    const strict = skeleton(w);
    if (strict !== w) {
      const list = byStrictSkeleton.get(strict);
      if (list) list.push(i);
      else byStrictSkeleton.set(strict, [i]);
    }
    wordMask[i] = letterMask(w);
    (byLength[w.length] ??= []).push(i);
    if (w.length >= 4) {
      const s = consonantSkeleton(w);
      if (s.length >= MIN_SKELETON) {
        const list = bySkeleton.get(s);
        if (list) list.push(i);
        else bySkeleton.set(s, [i]);
      }
    }
  }
  yield;

  const byHeadline = ids.map((_, i) => i).sort((a, b) => (headline[a] < headline[b] ? -1 : headline[a] > headline[b] ? 1 : 0));
  const nameRank = new Uint32Array(entityCount);
  byHeadline.forEach((e, i) => (nameRank[e] = i));
  // The packed tables in steps of their own: built in the return's one step they were its longest (scripts/measure-steps.ts).
  yield;
  const countriesPacked = packLists(countries);
  const countryKeysPacked = packLists(countryKeyLists);
  yield;
  const bySkeletonPacked = packWordGroups(bySkeleton);
  yield;
  const byStrictSkeletonPacked = packWordGroups(byStrictSkeleton);
  yield;

  return {
    entityCount,
    ids,
    headline,
    kind: Uint8Array.from(kinds),
    status: Uint8Array.from(statuses),
    role,
    countries: countriesPacked,
    countryKeys: countryKeysPacked,
    listOffsets: listOffsets.slice(0, entityCount + 1),
    listIds: listIds.slice(0, listCount),
    lists,
    nameRank,
    nameCount,
    nameText,
    nameEntity: nameEntity.slice(0, nameCount),
    nameWeight: nameWeights.slice(0, nameCount),
    nameTokenOffsets: nameTokenOffsets.slice(0, nameCount + 1),
    nameTokens: nameTokens.slice(0, tokenCount),
    words,
    wordMask,
    postingOffsets,
    postings,
    wordsByLength: Array.from({ length: byLength.length }, (_, l) => Uint32Array.from(byLength[l] ?? [])),
    bySkeleton: bySkeletonPacked,
    byStrictSkeleton: byStrictSkeletonPacked,
    facets: {
      statuses: facetList(facetCounts.statuses),
      kinds: facetList(facetCounts.kinds),
      authorities: facetList(facetCounts.authorities),
      programs: facetList(facetCounts.programs),
      countries: facetList(facetCounts.countries),
    },
  };
}
