// One search over a SearchIndex: every query word must match a different word of one name, by equality,
// as its beginning, or within a few edits / the same consonant skeleton; the best name of each entity ranks it.
import { ENTITY_KINDS as KINDS, ENTITY_STATUSES as STATUSES, type EntityKind, type EntityStatus, type EntitySummary } from '../dataset/format';
import { isCyrillicKey, tokenize } from '../names/normalize';
import { latinNameKeys } from '../names/cyrillic';
import { arabicKeys, extraVowels, latinSoundReadings, vowelsAgree } from '../names/arabic-latin';
import { isArabicKey } from '../names/arabic';
import { consonantSkeleton, skeleton } from '../names/transliterate';
import { boundedDistance, letterMask, maxEdits, popcount, prefixDistance } from './fuzzy';
import { MIN_SKELETON, type SearchIndex } from './search-index';
import { gradeOf, score, type MatchGrade } from './rank';
import { listAt, listHas } from './packed-lists';
import { wordsIn } from './word-groups';

export interface SearchFilters {
  status?: EntityStatus;
  kind?: EntityKind;
  /** An authority ("US OFAC") or a program key ("US OFAC · SDGT", lib/search/search-index.ts programKey). */
  list?: string;
  country?: string;
}

/** An entity as the result list shows it (protocol's EntitySummary), and how it matched. */
export interface SearchHit extends EntitySummary {
  /** The alias that matched, when it is not the headline name. */
  matchedName?: string;
  match: MatchGrade;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Entities matching in all, of which `hits` are the best. */
  total: number;
  /** True when the query was too broad to look at every match: `total` is then "at least". */
  capped?: boolean;
}

const MAX_QUERY_WORDS = 8;
// Names looked at, at most, for one query: a word of one or two letters can start hundreds of thousands of names in a
// large dataset, and the reader is still typing. Past it the total is a lower bound (`capped`).
const MAX_CANDIDATES = 20_000;
// Shorter words being typed are not matched loosely by their beginning: too many words start almost alike.
const MIN_TYPED_PREFIX = 5;
// A transliteration variant found by skeleton alone counts as this many edits at most.
const SKELETON_EDITS = 3;

interface WordMatcher {
  exact: number;
  lo: number;
  hi: number;
  fuzzy: Map<number, number>;
  /** How many postings this word's matches cover: the smallest drives the search. */
  size: number;
}

/**
 * Cost of a name word for a query word: 0 equal, 1 prefix or the same name in another transliteration (fuzzy edits
 * of 0: Kirienko for KIRIYENKO, the page scan's own rule), 10 + edits fuzzy, -1 no match.
 */
function cost(m: WordMatcher, word: number): number {
  if (word === m.exact) return 0;
  if (word >= m.lo && word < m.hi) return 1;
  const e = m.fuzzy.get(word);
  return e === undefined ? -1 : e === 0 ? 1 : 10 + e;
}

function lowerBound(words: string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function fuzzyWords(index: SearchIndex, q: string, lo: number, hi: number): Map<number, number> {
  const out = new Map<number, number>();
  const d = maxEdits(q.length);
  if (d === 0) return out;
  const mask = letterMask(q);
  for (let len = q.length - d; len <= q.length + d; len++) {
    const bucket = index.wordsByLength[len];
    if (!bucket) continue;
    for (let i = 0; i < bucket.length; i++) {
      const w = bucket[i];
      if (w >= lo && w < hi) continue;
      // Each edit adds at most one letter to the set and removes at most one, so a bigger difference cannot be within d.
      const other = index.wordMask[w];
      if (popcount(mask & ~other) > d || popcount(other & ~mask) > d) continue;
      const e = boundedDistance(q, index.words[w], d);
      if (e > 0 && e <= d) out.set(w, e);
    }
  }
  // A misspelt word still being typed: the beginnings of words with the same first letter, within the same edits.
  if (q.length >= MIN_TYPED_PREFIX) {
    const from = lowerBound(index.words, q[0]);
    const to = lowerBound(index.words, q[0] + '\uffff');
    for (let w = from; w < to; w++) {
      if ((w >= lo && w < hi) || index.words[w].length <= q.length) continue;
      if (popcount(mask & ~index.wordMask[w]) > d) continue;
      const e = prefixDistance(q, index.words[w], d);
      if (e > 0 && e <= d && e < (out.get(w) ?? Infinity)) out.set(w, e);
    }
  }
  const sk = consonantSkeleton(q);
  if (sk.length >= MIN_SKELETON) {
    for (const w of wordsIn(index.bySkeleton, sk)) {
      if (out.has(w) || (w >= lo && w < hi)) continue;
      out.set(w, Math.max(1, Math.min(boundedDistance(q, index.words[w], SKELETON_EDITS), SKELETON_EDITS)));
    }
  }
  // A word that is the query in another transliteration (the strict skeleton the page scan links names by) is no
  // misspelling: it ranks with the words the query begins, not among the loose look-alikes.
  const strict = skeleton(q);
  for (const w of out.keys()) if (skeleton(index.words[w]) === strict) out.set(w, 0);
  if (q.length >= MIN_TYPED_PREFIX) {
    const same = lowerBound(index.words, strict);
    if (same < index.words.length && index.words[same] === strict && strict !== q && !(same >= lo && same < hi)) out.set(same, 0);
    for (const w of wordsIn(index.byStrictSkeleton, strict)) if (!(w >= lo && w < hi)) out.set(w, 0);
  }
  return out;
}

// The words of the previous keystrokes come back with each new one: their matches are kept, per index.
const MATCHER_CACHE = 64;
const matcherCaches = new WeakMap<SearchIndex, Map<string, WordMatcher>>();

function cachedMatcher(index: SearchIndex, q: string): WordMatcher {
  let cache = matcherCaches.get(index);
  if (!cache) matcherCaches.set(index, (cache = new Map()));
  let m = cache.get(q);
  if (!m) {
    m = matcher(index, q);
    if (cache.size >= MATCHER_CACHE) cache.delete(cache.keys().next().value as string);
    cache.set(q, m);
  }
  return m;
}

// A Cyrillic word's Latin readings match through their words or their beginnings, when those are few.
const MAX_READING_PREFIX_WORDS = 2000;

/**
 * A word typed in Cyrillic ("Путин", "Лукашенко", "Путина") meets the lists' Latin names through its readings
 * (lib/names/cyrillic.ts: every case it may be of, in the lists' transliterations), as the page scan reads it: each
 * reading's word, its other transliterations, and the words it begins, all ranked as the words a query begins.
 */
function cyrillicMatcher(index: SearchIndex, q: string): WordMatcher {
  const fuzzy = new Map<number, number>();
  for (const r of latinNameKeys(q)) {
    const lo = lowerBound(index.words, r);
    const hi = lowerBound(index.words, r + '\uffff');
    if (hi - lo <= MAX_READING_PREFIX_WORDS) for (let w = lo; w < hi; w++) fuzzy.set(w, 0);
    const strict = skeleton(r);
    const same = lowerBound(index.words, strict);
    if (same < index.words.length && index.words[same] === strict) fuzzy.set(same, 0);
    for (const w of wordsIn(index.byStrictSkeleton, strict)) fuzzy.set(w, 0);
  }
  let size = 0;
  for (const w of fuzzy.keys()) size += index.postingOffsets[w + 1] - index.postingOffsets[w];
  return { exact: -1, lo: 0, hi: 0, fuzzy, size };
}

// Names (a strict skeleton's spellings) of one consonant key whose vowels agree with an Arabic word's, at most, by each
// of two rankings (the page scan's own cap, lib/match/arabic-latin-reading.ts): a key many words share says little.
const MAX_PER_ARABIC_KEY = 6;

/** A listed Latin word and its vowels after each letter of its consonant key (lib/names/arabic-latin.ts). */
interface KeyedWord {
  word: number;
  slots: string[];
}

/** Per index: each Latin word's consonant key to its words, built on the first word typed in Arabic letters. */
const latinKeyTables = new WeakMap<SearchIndex, Map<string, KeyedWord[]>>();

function latinKeyTable(index: SearchIndex): Map<string, KeyedWord[]> {
  let table = latinKeyTables.get(index);
  if (table) return table;
  table = new Map();
  for (let w = 0; w < index.words.length; w++) {
    const word = index.words[w];
    if (word.length < 3 || isArabicKey(word) || isCyrillicKey(word)) continue;
    // Each way Arabic news spells the word by its sounds, as the page scan reads it: v as ف (Lavrov: لافروف).
    for (const { key, slots } of latinSoundReadings(word)) {
      if (!key) continue;
      const list = table.get(key);
      if (list) list.push({ word: w, slots });
      else table.set(key, [{ word: w, slots }]);
    }
  }
  latinKeyTables.set(index, table);
  return table;
}

interface ArabicReading {
  words: number[];
  extra: number;
  postings: number;
}

/**
 * A word typed in Arabic letters ("بشار", "الأسد", "حمشو") meets the lists' Latin names as the page scan reads an
 * Arabic word (lib/names/arabic-latin.ts): by its consonant keys, with and without the article and a first و. Of the
 * Latin names whose vowels agree, the one most listed names carry is what the word is read as (عمر is Omar, محمد
 * Muhammad), ranked as another transliteration; the others its letters also write (Amir, Ammar, Amr for عمر) rank
 * after it as look-alikes, by their edits from it, as they do after "Omar" typed in Latin letters. The names the UN
 * gives in Arabic letters match as written, as any word does.
 */
function arabicMatcher(index: SearchIndex, q: string): WordMatcher {
  const m = latinMatcher(index, q);
  const table = latinKeyTable(index);
  const readings: ArabicReading[] = [];
  // Only "and" (و) is read off in front, as the page scan does for a word no list writes in Arabic: ب ل ك are as often
  // a name's own first letter (بشار is Bashar, not ب + Shar).
  const forms = q[0] === 'و' && q.length > 3 ? [q, q.slice(1)] : [q];
  for (const form of forms) {
    // A less usual sound of a letter (ق as gh) only where the usual reading finds no name: قاسم سليماني is SOLEIMANI,
    // Qasem before GHASEM SOLEYMANI, another man.
    let usual = false;
    for (const key of arabicKeys(form).sort((x, y) => x.unusual - y.unusual)) {
      if (key.unusual && usual) continue;
      // A name is its spellings (Muhammad, Mohammed, Mohamed: one strict skeleton), ranked by the fewest vowels where
      // the Arabic word writes none (عمرو is Amr before Omairi), and by how many listed names have it (محمد is Mahmud
      // by its letters, but far more often Muhammad): the first few of each ranking are taken.
      const names = new Map<string, ArabicReading>();
      for (const e of table.get(key.key) ?? []) {
        if (!vowelsAgree(key, e.slots)) continue;
        const sk = skeleton(index.words[e.word]);
        const name = names.get(sk) ?? { words: [], extra: Infinity, postings: 0 };
        name.words.push(e.word);
        name.extra = Math.min(name.extra, extraVowels(key, e.slots));
        name.postings += index.postingOffsets[e.word + 1] - index.postingOffsets[e.word];
        names.set(sk, name);
      }
      const all = [...names.values()];
      if (all.length && !key.unusual) usual = true;
      const closest = [...all].sort((x, y) => x.extra - y.extra).slice(0, MAX_PER_ARABIC_KEY);
      const commonest = [...all].sort((x, y) => y.postings - x.postings).slice(0, MAX_PER_ARABIC_KEY);
      for (const name of new Set([...closest, ...commonest])) readings.push(name);
    }
  }
  if (readings.length === 0) return m;
  const read = readings.reduce((a, b) => (b.postings > a.postings ? b : a));
  const readWord = index.words[read.words.reduce((a, b) => (postingsOf(index, b) > postingsOf(index, a) ? b : a))];
  for (const name of readings) {
    for (const w of name.words) {
      if (w === m.exact || (w >= m.lo && w < m.hi)) continue;
      const edits = name === read ? 0 : Math.max(1, Math.min(boundedDistance(readWord, index.words[w], SKELETON_EDITS), SKELETON_EDITS));
      const had = m.fuzzy.get(w);
      if (had === undefined) m.size += postingsOf(index, w);
      if (had === undefined || edits < had) m.fuzzy.set(w, edits);
    }
  }
  return m;
}

function postingsOf(index: SearchIndex, w: number): number {
  return index.postingOffsets[w + 1] - index.postingOffsets[w];
}

function matcher(index: SearchIndex, q: string): WordMatcher {
  if (isCyrillicKey(q)) return cyrillicMatcher(index, q);
  if (isArabicKey(q)) return arabicMatcher(index, q);
  return latinMatcher(index, q);
}

function latinMatcher(index: SearchIndex, q: string): WordMatcher {
  const lo = lowerBound(index.words, q);
  const hi = lowerBound(index.words, q + '\uffff');
  const exact = lo < index.words.length && index.words[lo] === q ? lo : -1;
  const fuzzy = fuzzyWords(index, q, lo, hi);
  let size = index.postingOffsets[hi] - index.postingOffsets[lo];
  for (const w of fuzzy.keys()) size += index.postingOffsets[w + 1] - index.postingOffsets[w];
  return { exact, lo, hi, fuzzy, size };
}

interface Scratch {
  nameSeen: Uint32Array;
  entitySeen: Uint32Array;
  entityBest: Float64Array;
  entityName: Uint32Array;
  stamp: number;
}

const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    s = {
      nameSeen: new Uint32Array(index.nameCount),
      entitySeen: new Uint32Array(index.entityCount),
      entityBest: new Float64Array(index.entityCount),
      entityName: new Uint32Array(index.entityCount),
      stamp: 0,
    };
    scratches.set(index, s);
  }
  s.stamp++;
  return s;
}

function filterTest(index: SearchIndex, f: SearchFilters): ((e: number) => boolean) | null {
  const status = f.status ? STATUSES.indexOf(f.status) : -1;
  const kind = f.kind ? KINDS.indexOf(f.kind) : -1;
  const list = f.list ? index.lists.indexOf(f.list) : -1;
  const country = f.country ? index.countryKeys.values.indexOf(f.country) : -1;
  if (!f.status && !f.kind && !f.list && !f.country) return null;
  if ((f.list && list < 0) || (f.status && status < 0) || (f.kind && kind < 0) || (f.country && country < 0)) return () => false;
  return (e) => {
    if (status >= 0 && index.status[e] !== status) return false;
    if (kind >= 0 && index.kind[e] !== kind) return false;
    if (country >= 0 && !listHas(index.countryKeys, e, country)) return false;
    if (list >= 0) {
      let on = false;
      for (let i = index.listOffsets[e]; i < index.listOffsets[e + 1] && !on; i++) on = index.listIds[i] === list;
      if (!on) return false;
    }
    return true;
  };
}

/** Keeps the `limit` smallest scores seen, sorted, by binary insertion: no sort of every candidate. */
class TopK {
  readonly scores: number[] = [];
  readonly items: number[] = [];
  constructor(private readonly limit: number) {}
  offer(s: number, item: number) {
    if (this.limit <= 0) return;
    if (this.scores.length === this.limit && s >= this.scores[this.limit - 1]) return;
    let lo = 0;
    let hi = this.scores.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.scores[mid] <= s) lo = mid + 1;
      else hi = mid;
    }
    this.scores.splice(lo, 0, s);
    this.items.splice(lo, 0, item);
    if (this.scores.length > this.limit) {
      this.scores.pop();
      this.items.pop();
    }
  }
}

function hit(index: SearchIndex, e: number, name: number | undefined, s: number): SearchHit {
  const matchedName = name !== undefined && index.nameText[name] !== index.headline[e] ? index.nameText[name] : undefined;
  return {
    id: index.ids[e],
    name: index.headline[e],
    kind: KINDS[index.kind[e]],
    status: STATUSES[index.status[e]],
    countries: listAt(index.countries, e),
    ...(index.role[e] ? { role: index.role[e] } : {}),
    ...(matchedName ? { matchedName } : {}),
    match: gradeOf(s),
  };
}


/**
 * Arabic writes a compound given name as one word or two ("عبدالملك", "عبد الملك": Abdulmalik, the servant of the
 * King); the lists write it as one Latin word or as Abdul Malik, Abd al-Malik. Typed as two, عبد alone read as "Abd"
 * met none of them, so it is read joined to the word after it, as the page scan does.
 */
function joinAbd(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'عبد' && i + 1 < words.length && isArabicKey(words[i + 1])) out.push(words[i] + words[++i]);
    else out.push(words[i]);
  }
  return out;
}
/** Entities matching only the filters, alphabetically: what the popup lists before anything is typed. */
function browse(index: SearchIndex, accept: (e: number) => boolean, limit: number): SearchResult {
  const top = new TopK(limit);
  let total = 0;
  for (let e = 0; e < index.entityCount; e++) {
    if (!accept(e)) continue;
    total++;
    top.offer(index.nameRank[e], e);
  }
  return { hits: top.items.map((e) => ({ ...hit(index, e, undefined, 0), match: 'exact' as const })), total };
}

export function search(index: SearchIndex, query: string, filters: SearchFilters = {}, limit = 20): SearchResult {
  const accept = filterTest(index, filters);
  const qs = [...new Set(joinAbd(tokenize(query).map((t) => t.key)))].slice(0, MAX_QUERY_WORDS);
  if (qs.length === 0) return accept ? browse(index, accept, limit) : { hits: [], total: 0 };

  const matchers = qs.map((q) => cachedMatcher(index, q)).sort((a, b) => a.size - b.size);
  const driver = matchers[0];
  if (driver.size === 0) return { hits: [], total: 0 };
  const s = scratchFor(index);
  const stamp = s.stamp;
  const touched: number[] = [];

  let considered = 0;
  const consider = (ni: number) => {
    if (s.nameSeen[ni] === stamp) return;
    s.nameSeen[ni] = stamp;
    considered++;
    const e = index.nameEntity[ni];
    if (s.entitySeen[e] !== stamp) {
      s.entitySeen[e] = stamp;
      // -1 marks an entity the filters exclude, so its other names are not scored.
      s.entityBest[e] = accept && !accept(e) ? -1 : Infinity;
      if (s.entityBest[e] === -1) return;
      touched.push(e);
    } else if (s.entityBest[e] === -1) return;
    const from = index.nameTokenOffsets[ni];
    const to = index.nameTokenOffsets[ni + 1];
    if (to - from > 31) return;
    let used = 0;
    let edits = 0;
    let prefixes = 0;
    for (const m of matchers) {
      let best = -1;
      let at = -1;
      for (let t = from; t < to; t++) {
        if (used & (1 << (t - from))) continue;
        const c = cost(m, index.nameTokens[t]);
        if (c >= 0 && (best < 0 || c < best)) {
          best = c;
          at = t;
          if (c === 0) break;
        }
      }
      if (best < 0) return;
      used |= 1 << (at - from);
      if (best === 1) prefixes++;
      else if (best >= 10) edits += best - 10;
    }
    const words = to - from;
    const leftOver = words - popcount(used);
    const sc = score({
      complete: edits === 0 && prefixes === 0 && leftOver === 0,
      edits,
      prefixes,
      leftOver,
      weight: index.nameWeight[ni],
      status: index.status[e],
      nameRank: index.nameRank[e],
    });
    if (sc < s.entityBest[e]) {
      s.entityBest[e] = sc;
      s.entityName[e] = ni;
    }
  };

  // The word itself first, so the best matches are the last to be cut off by the cap.
  const order = function* () {
    if (driver.exact >= 0) yield driver.exact;
    for (let w = driver.lo; w < driver.hi; w++) if (w !== driver.exact) yield w;
    yield* driver.fuzzy.keys();
  };
  let capped = false;
  for (const w of order()) {
    const end = index.postingOffsets[w + 1];
    for (let p = index.postingOffsets[w]; p < end; p++) {
      if (considered >= MAX_CANDIDATES) {
        capped = true;
        break;
      }
      consider(index.postings[p]);
    }
    if (capped) break;
  }

  const top = new TopK(limit);
  let total = 0;
  for (const e of touched) {
    const best = s.entityBest[e];
    if (best === Infinity) continue;
    total++;
    top.offer(best, e);
  }
  return { hits: top.items.map((e) => hit(index, e, s.entityName[e], s.entityBest[e])), total, ...(capped ? { capped } : {}) };
}
