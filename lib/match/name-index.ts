// The name index: every form of every listed name as a path of token skeletons in a trie, stored in flat
// typed arrays so that it builds in one pass, costs about ten bytes a trie state, and can be cached in
// IndexedDB as it is (structured clone of arrays and strings). Built once per dataset version.
import { runToEnd, type Steps } from '../stepwise';
import { ENTITY_KINDS, ENTITY_STATUSES, entityStatus, type Entity, type EntityKind, type EntityStatus } from '../dataset/format';
import { datasetCommonThreshold, isCommonNamePart, isCommonWord } from '../names/frequency';
import { nameKey } from '../names/normalize';
import { connectors, isConnector, isParticle, particles, skeleton } from '../names/transliterate';
import { nameVariants, personName, personVariants, surnameTokens } from '../names/variants';
import { buildLexicon, lexiconId, type Lexicon } from '../names/lexicon';
import { runsFromStarts, runStart, type Runs } from './runs';
import { WORD_NOT_GIVEN, contextVocabulary, countryCode, countryIndex, isCountryWord, roleBits, singleWordCountry } from './context';

const KINDS: readonly EntityKind[] = ENTITY_KINDS;
const STATUSES: readonly EntityStatus[] = ENTITY_STATUSES;

// An output is an entity number (low 24 bits) and how the form relates to the listed name (high bits).
export const ENTITY_MASK = 0xffffff;
export const OUT_ALIAS = 1 << 24; // an aka, fka or other-script name, not the primary one
export const OUT_NO_LEGAL_FORM = 1 << 25;
export const OUT_FAMILY_FIRST = 1 << 26;
export const OUT_MISSING_SHIFT = 27; // 3 bits: tokens of the listed name left out (capped at 7)

// Facts about a skeleton, for precision rules.
export const SKEL_COMMON_NAME = 1; // a very common given name or surname
export const SKEL_COMMON_WORD = 2; // an everyday English word
export const SKEL_COUNTRY = 4; // a country or demonym
export const SKEL_PARTICLE = 8; // al-, bin, de, van: never distinctive
export const SKEL_ORG_ONLY = 16; // occurs in some organization's name and in no person's
export const SKEL_PERSON_PART = 32; // occurs in some person's name

/**
 * Plain data only (typed arrays, strings, numbers), so that it can be stored in IndexedDB or sent to a
 * worker as it is.
 */
export interface NameIndex {
  format: 1;
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
  /** Names indexed (listed names, not counting derived forms) and the longest path in tokens. */
  names: number;
  maxTokens: number;
}

export function entityId(index: NameIndex, e: number): string {
  const start = runStart(index.idRuns, e);
  return index.entityIds.slice(start, start + index.idRuns.lengths[e]);
}

export function entityKind(index: NameIndex, e: number): EntityKind {
  return KINDS[index.entityInfo[e] & 7];
}

export function entityStatusOf(index: NameIndex, e: number): EntityStatus {
  return STATUSES[index.entityInfo[e] >> 3];
}

class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Sorts a[from, to) in place by key: insertion sort for the short runs a trie has, the built-in sort beyond. */
function sortBy(a: Int32Array, from: number, to: number, key: (v: number) => number): void {
  if (to - from > 32) {
    const sorted = Array.from(a.subarray(from, to)).sort((x, y) => key(x) - key(y));
    a.set(sorted, from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = a[i];
    const k = key(v);
    let j = i - 1;
    while (j >= from && key(a[j]) > k) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

/** The trie while it is built: edges in an open-addressing hash table keyed by (parent state, skeleton). */
class TrieBuilder {
  private mask = (1 << 16) - 1;
  private keyParent = new Int32Array(1 << 16).fill(-1);
  private keySkel = new Int32Array(1 << 16);
  private child = new Int32Array(1 << 16);
  private used = 0;
  parent = new IntList();
  label = new IntList();
  outState = new IntList();
  outValue = new IntList();

  constructor() {
    this.parent.push(-1);
    this.label.push(-1);
  }

  get states(): number {
    return this.parent.length;
  }

  private slot(p: number, s: number): number {
    let h = (Math.imul(p, 0x9e3779b1) ^ Math.imul(s + 1, 0x85ebca77)) >>> 0;
    h ^= h >>> 15;
    let i = h & this.mask;
    while (this.keyParent[i] !== -1 && (this.keyParent[i] !== p || this.keySkel[i] !== s)) i = (i + 1) & this.mask;
    return i;
  }

  private grow(): void {
    const oldP = this.keyParent;
    const oldS = this.keySkel;
    const oldC = this.child;
    const size = oldP.length * 2;
    this.mask = size - 1;
    this.keyParent = new Int32Array(size).fill(-1);
    this.keySkel = new Int32Array(size);
    this.child = new Int32Array(size);
    for (let i = 0; i < oldP.length; i++) {
      if (oldP[i] === -1) continue;
      const j = this.slot(oldP[i], oldS[i]);
      this.keyParent[j] = oldP[i];
      this.keySkel[j] = oldS[i];
      this.child[j] = oldC[i];
    }
  }

  add(path: readonly number[], value: number): void {
    let state = 0;
    for (const s of path) {
      let i = this.slot(state, s);
      if (this.keyParent[i] === -1) {
        if ((this.used + 1) * 2 > this.keyParent.length) {
          this.grow();
          i = this.slot(state, s);
        }
        this.keyParent[i] = state;
        this.keySkel[i] = s;
        this.child[i] = this.parent.length;
        this.used++;
        this.parent.push(state);
        this.label.push(s);
      }
      state = this.child[i];
    }
    this.outState.push(state);
    this.outValue.push(value);
  }

  /** Renumbers states breadth-first and lays children and outputs out flat. */
  finish(skelCount: number): Pick<NameIndex, 'rootChild' | 'firstChild' | 'edgeSkel' | 'outRuns' | 'outputs'> {
    const n = this.states;
    const parent = this.parent.data;
    const label = this.label.data;
    // Children of each state, grouped by counting sort, then sorted by skeleton for binary search.
    const childStartOld = new Int32Array(n + 1);
    for (let s = 1; s < n; s++) childStartOld[parent[s] + 1]++;
    for (let s = 0; s < n; s++) childStartOld[s + 1] += childStartOld[s];
    const children = new Int32Array(Math.max(1, n - 1));
    const fill = childStartOld.slice(0, n);
    for (let s = 1; s < n; s++) children[fill[parent[s]]++] = s;
    const order = new Int32Array(n);
    const newId = new Int32Array(n);
    const firstChild = new Int32Array(n + 1);
    let tail = 1;
    for (let head = 0; head < n; head++) {
      const old = order[head];
      newId[old] = head;
      firstChild[head] = tail;
      const a = childStartOld[old];
      const b = childStartOld[old + 1];
      if (b - a > 1) sortBy(children, a, b, (x) => label[x]);
      for (let k = a; k < b; k++) order[tail++] = children[k];
    }
    firstChild[n] = tail;
    const edgeSkel = new Int32Array(n);
    for (let s = 1; s < n; s++) edgeSkel[newId[s]] = label[s];
    edgeSkel[0] = -1;
    const rootChild = new Int32Array(skelCount).fill(-1);
    for (let c = firstChild[0]; c < firstChild[1]; c++) rootChild[edgeSkel[c]] = c;
    // Outputs grouped by state; one per entity and state, the best form kept (fewest missing tokens, primary).
    const m = this.outState.length;
    const outCount = new Int32Array(n + 1);
    for (let i = 0; i < m; i++) outCount[newId[this.outState.data[i]] + 1]++;
    for (let s = 0; s < n; s++) outCount[s + 1] += outCount[s];
    const pos = outCount.slice(0, n);
    const raw = new Int32Array(m);
    for (let i = 0; i < m; i++) raw[pos[newId[this.outState.data[i]]]++] = this.outValue.data[i];
    const outStart = new Int32Array(n + 1);
    const outputs = new IntList(Math.max(16, m));
    for (let s = 0; s < n; s++) {
      outStart[s] = outputs.length;
      const ga = outCount[s];
      const gb = outCount[s + 1];
      // By entity, then by form (fewest missing tokens and primary first), as one unsigned key.
      if (gb - ga > 1) sortBy(raw, ga, gb, (x) => (x & ENTITY_MASK) * 256 + (x >>> 24));
      let last = -1;
      for (let g = ga; g < gb; g++) {
        const v = raw[g];
        if ((v & ENTITY_MASK) === last) continue;
        last = v & ENTITY_MASK;
        outputs.push(v);
      }
    }
    outStart[n] = outputs.length;
    return { rootChild, firstChild, edgeSkel, outRuns: runsFromStarts(outStart, true), outputs: outputs.toArray() };
  }
}

/**
 * Builds the index over all non-weak names of all entities. Persons' names give their reading-order,
 * list-order and shortened forms; organizations' names also give the form without a legal form, unless
 * what is left is made only of everyday words ("Golden Star" of GOLDEN STAR CO).
 */
export function buildNameIndex(entities: Iterable<Entity>): NameIndex {
  return runToEnd(nameIndexSteps(entities));
}

/** buildNameIndex, yielding every few hundred entities (lib/stepwise.ts). */
export function* nameIndexSteps(entities: Iterable<Entity>): Steps<NameIndex> {
  const tokens = new Map<string, number>();
  const tokenSkel = new IntList();
  const skelIds = new Map<string, number>();
  const skelKeys: string[] = [];
  const trie = new TrieBuilder();
  const ids: string[] = [];
  const idStart = new IntList();
  const entityInfo: number[] = [];
  const roles = new IntList();
  const countryStart = new IntList();
  const countries: number[] = [];
  const surnameStart = new IntList();
  const surnames = new IntList();
  const personCount: number[] = [];
  const orgUse: number[] = [];
  const lastEntity: number[] = [];
  let idLength = 0;
  let names = 0;
  let maxTokens = 1;
  let persons = 0;
  countryStart.push(0);
  surnameStart.push(0);
  idStart.push(0);

  const skelOf = (key: string): number => {
    let t = tokens.get(key);
    if (t === undefined) {
      const sk = skeleton(key);
      let s = skelIds.get(sk);
      if (s === undefined) {
        s = skelKeys.length;
        skelIds.set(sk, s);
        skelKeys.push(sk);
        personCount.push(0);
        orgUse.push(0);
        lastEntity.push(-1);
      }
      t = tokenSkel.length;
      tokens.set(key, t);
      tokenSkel.push(s);
    }
    return tokenSkel.data[t];
  };

  const countryCache = new Map<string, number>();
  let e = 0;
  for (const entity of entities) {
    if ((e & 255) === 255) yield;
    if (e > ENTITY_MASK) throw new Error(`Too many entities for one index (more than ${ENTITY_MASK + 1})`);
    const status = entityStatus(entity);
    const kindIndex = KINDS.indexOf(entity.kind);
    ids.push(entity.id);
    idLength += entity.id.length;
    idStart.push(idLength);
    entityInfo.push((kindIndex < 0 ? 1 : kindIndex) | (STATUSES.indexOf(status) << 3));
    roles.push(roleBits(entity.positions));
    const firstCountry = countries.length;
    for (const list of [entity.countries, entity.nationalities]) {
      for (const c of list) {
        let k = countryCache.get(c);
        if (k === undefined) {
          const code = countryCode(c);
          k = code ? countryIndex(code) : -1;
          countryCache.set(c, k);
        }
        if (k >= 0 && countries.indexOf(k, firstCountry) < 0) countries.push(k);
      }
    }
    countryStart.push(countries.length);

    const person = entity.kind === 'person';
    // A weak alias must not come back as another name's shortened form ("EX-CLE C.A." without its legal form).
    let weak: Set<string> | undefined;
    for (const n of entity.names) if (n.type === 'weak') (weak ??= new Set()).add(nameKey(n.name));
    const firstSurname = surnames.length;
    for (const n of entity.names) {
      if (n.type === 'weak') continue;
      names++;
      const flags = n.type === 'primary' ? 0 : OUT_ALIAS;
      const parts = person ? personName(n.name) : undefined;
      if (parts) {
        for (const t of surnameTokens(parts)) {
          const sk = skelOf(t);
          let dup = false;
          for (let k = firstSurname; k < surnames.length && !dup; k++) dup = surnames.data[k] === sk;
          if (!dup && surnames.length - firstSurname < 6) surnames.push(sk);
        }
      }
      for (const v of parts ? personVariants(parts) : nameVariants(n.name, entity.kind)) {
        const path = v.tokens.map(skelOf);
        // Count each word once per entity: how many persons carry it measures how common it is.
        for (const sk of path) {
          if (lastEntity[sk] === e) continue;
          lastEntity[sk] = e;
          if (person) personCount[sk]++;
          else orgUse[sk]++;
        }
        maxTokens = Math.max(maxTokens, path.length);
        const value = e | flags | (v.withoutLegalForm ? OUT_NO_LEGAL_FORM : 0) | (v.familyFirst ? OUT_FAMILY_FIRST : 0) | (Math.min(7, v.missing) << OUT_MISSING_SHIFT);
        // Without its legal form, a name must still be a name: not one word ("Argument" of JSC ARGUMENT, "AST" of
        // AKTSIONERNOE OBSHCHESTVO AST), not everyday words only, not a weak alias.
        if (v.withoutLegalForm && (v.tokens.length < 2 || v.tokens.every((t) => isCommonWord(t) || isConnector(t)) || weak?.has(v.tokens.join(' ')))) continue;
        trie.add(path, value);
      }
    }
    if (person) persons++;
    surnameStart.push(surnames.length);
    e++;
  }

  const skelFlags = new Uint8Array(skelKeys.length);
  const threshold = datasetCommonThreshold(persons);
  for (let s = 0; s < skelKeys.length; s++) {
    const k = skelKeys[s];
    let f = 0;
    if (personCount[s] >= threshold) f |= SKEL_COMMON_NAME;
    if (personCount[s] === 0 && orgUse[s] > 0) f |= SKEL_ORG_ONLY;
    if (personCount[s] > 0) f |= SKEL_PERSON_PART;
    if (isParticle(k) || isConnector(k)) f |= SKEL_PARTICLE;
    skelFlags[s] = f;
  }
  // Flags that depend on a spelling, not a skeleton, are set through each token.
  for (const [key, t] of tokens) {
    const s = tokenSkel.data[t];
    if (isCommonNamePart(key)) skelFlags[s] |= SKEL_COMMON_NAME;
    if (isCommonWord(key)) skelFlags[s] |= SKEL_COMMON_WORD;
    if (isCountryWord(key)) skelFlags[s] |= SKEL_COUNTRY;
  }

  // Context words join the vocabulary; one that no name has still finds a name's skeleton ("Sergey").
  const skelLexicon = buildLexicon(skelKeys);
  const info: number[] = [];
  const titles: number[] = [];
  for (const [word, v] of contextVocabulary()) {
    let t = tokens.get(word);
    if (t === undefined) {
      t = tokenSkel.length;
      tokens.set(word, t);
      tokenSkel.push(lexiconId(skelLexicon, skeleton(word)));
    }
    info[t] = v.flags;
    titles[t] = v.titles;
  }
  const words: string[] = new Array<string>(tokens.size);
  for (const [k, v] of tokens) words[v] = k;
  const tokenInfo = new Uint8Array(words.length);
  const tokenTitle = new Int32Array(words.length);
  const tokenCountry = new Uint8Array(words.length);
  words.forEach((w, t) => (tokenCountry[t] = singleWordCountry(w)));
  info.forEach((f, t) => (tokenInfo[t] = f));
  titles.forEach((b, t) => (tokenTitle[t] = b));

  const built = trie.finish(skelKeys.length);
  return {
    format: 1,
    // Words that are no given name ("Sunday") matter only capitalised: the filter leaves them out.
    lexicon: buildLexicon(words, lowerCaseWords(words, (t) => ((info[t] ?? 0) & ~WORD_NOT_GIVEN) !== 0 || (titles[t] ?? 0) !== 0)),
    tokenSkel: tokenSkel.toArray(),
    tokenInfo,
    tokenTitle,
    tokenCountry,
    skeletons: skelLexicon,
    skelFlags,
    ...built,
    entityIds: ids.join(''),
    idRuns: runsFromStarts(idStart.toArray(), false),
    entityInfo: Uint8Array.from(entityInfo),
    entityRoles: roles.toArray(),
    countryRuns: runsFromStarts(countryStart.toArray(), false),
    countries: Uint8Array.from(countries),
    surnameRuns: runsFromStarts(surnameStart.toArray(), false),
    surnames: surnames.toArray(),
    names,
    maxTokens,
  };
}

// Words a name may carry in lower case between capitalised ones ("Bank of the Republic", "Islamic Jihad for
// the Liberation of Palestine"), besides connectors and particles.
const LOWER_IN_NAMES = ['for', 'in', 'on', 'to', 'at', 'with', 'against', 'from', 'by', 'a', 'an', 'et', 'und', 'i'];

/** The words the page lexer must find in lower case: context words, connectors, particles, numbers. */
function lowerCaseWords(words: readonly string[], isContext: (t: number) => boolean): string[] {
  const out = new Set<string>([...connectors(), ...particles(), ...LOWER_IN_NAMES]);
  words.forEach((w, t) => {
    if (isContext(t) || /^[0-9]+$/.test(w)) out.add(w);
  });
  return [...out];
}

/** Checks that stored data (an IndexedDB cache, a message) is an index of this format before use. */
export function isNameIndex(value: unknown): value is NameIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<NameIndex>;
  return v.format === 1 && v.outputs instanceof Int32Array && v.rootChild instanceof Int32Array && v.outRuns?.totals instanceof Int32Array && typeof v.entityIds === 'string' && typeof v.lexicon?.chars === 'string';
}

/** The index's size: its typed arrays and strings (one byte a character for Latin-1 strings). */
export function indexBytes(index: NameIndex): number {
  let bytes = index.entityIds.length + index.lexicon.chars.length + index.skeletons.chars.length;
  const parts = [index, index.lexicon, index.skeletons, index.outRuns, index.idRuns, index.countryRuns, index.surnameRuns];
  for (const part of parts) for (const v of Object.values(part)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
  return bytes;
}
