// The name index: every form of every listed name as a path of token skeletons in a trie, stored in flat
// typed arrays so that it builds in one pass, costs about a dozen bytes a trie state, and can be cached in
// IndexedDB as it is (structured clone of arrays and strings). Built once per dataset version.
import { entityStatus, type Entity, type EntityKind, type EntityStatus } from '../dataset/format';
import { datasetCommonThreshold, isCommonNamePart, isCommonWord } from '../names/frequency';
import { nameKey } from '../names/normalize';
import { isConnector, isParticle, skeleton } from '../names/transliterate';
import { nameVariants, personName, surnameTokens } from '../names/variants';
import { countryCode, countryIndex, isCountryWord, roleBits } from './context';

export const KINDS: readonly EntityKind[] = ['person', 'organization', 'agency', 'vessel', 'aircraft'];
export const STATUSES: readonly EntityStatus[] = ['sanctioned', 'delisted', 'not-sanctioned'];

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

export interface NameIndex {
  /** Folded token to token number; tokens are exact spellings from the list. */
  tokens: Map<string, number>;
  /** Token number to skeleton number. */
  tokenSkel: Int32Array;
  /** Skeleton to skeleton number, for spellings the list does not have. */
  skeletons: Map<string, number>;
  skelFlags: Uint8Array;
  /** The trie, states numbered breadth-first: state s's children are firstChild[s] .. firstChild[s+1]-1. */
  rootChild: Int32Array;
  firstChild: Int32Array;
  edgeSkel: Int32Array;
  outStart: Int32Array;
  outputs: Int32Array;
  /** Entities: ids in one string, kind and status, role bits, countries, surnames. */
  entityIds: string;
  entityIdEnd: Int32Array;
  entityInfo: Uint8Array;
  entityRoles: Int32Array;
  countryStart: Int32Array;
  countries: Uint8Array;
  surnameStart: Int32Array;
  surnames: Int32Array;
  /** Names indexed (listed names, not counting derived forms) and the longest path in tokens. */
  names: number;
  maxTokens: number;
}

export function entityId(index: NameIndex, e: number): string {
  return index.entityIds.slice(e === 0 ? 0 : index.entityIdEnd[e - 1], index.entityIdEnd[e]);
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
  finish(skelCount: number): Pick<NameIndex, 'rootChild' | 'firstChild' | 'edgeSkel' | 'outStart' | 'outputs'> {
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
      const kids = Array.from(children.subarray(a, b)).sort((x, y) => label[x] - label[y]);
      for (const k of kids) order[tail++] = k;
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
      const group = Array.from(raw.subarray(outCount[s], outCount[s + 1]));
      if (group.length > 1) group.sort((x, y) => (x & ENTITY_MASK) - (y & ENTITY_MASK) || (x >>> 24) - (y >>> 24));
      let last = -1;
      for (const v of group) {
        if ((v & ENTITY_MASK) === last) continue;
        last = v & ENTITY_MASK;
        outputs.push(v);
      }
    }
    outStart[n] = outputs.length;
    return { rootChild, firstChild, edgeSkel, outStart, outputs: outputs.toArray() };
  }
}

/**
 * Builds the index over all non-weak names of all entities. Persons' names give their reading-order,
 * list-order and shortened forms; organizations' names also give the form without a legal form, unless
 * what is left is made only of everyday words ("Golden Star" of GOLDEN STAR CO).
 */
export function buildNameIndex(entities: Iterable<Entity>): NameIndex {
  const tokens = new Map<string, number>();
  const tokenSkel = new IntList();
  const skeletons = new Map<string, number>();
  const skelKeys: string[] = [];
  const trie = new TrieBuilder();
  const ids: string[] = [];
  const idEnd = new IntList();
  const info: number[] = [];
  const roles = new IntList();
  const countryStart = new IntList();
  const countries: number[] = [];
  const surnameStart = new IntList();
  const surnames = new IntList();
  const personCount: number[] = [];
  const orgUse: number[] = [];
  let idLength = 0;
  let names = 0;
  let maxTokens = 1;
  let persons = 0;
  countryStart.push(0);
  surnameStart.push(0);

  const skelOf = (key: string): number => {
    let t = tokens.get(key);
    if (t === undefined) {
      const sk = skeleton(key);
      let s = skeletons.get(sk);
      if (s === undefined) {
        s = skelKeys.length;
        skeletons.set(sk, s);
        skelKeys.push(sk);
        personCount.push(0);
        orgUse.push(0);
      }
      t = tokenSkel.length;
      tokens.set(key, t);
      tokenSkel.push(s);
    }
    return tokenSkel.data[t];
  };

  let e = 0;
  for (const entity of entities) {
    if (e > ENTITY_MASK) throw new Error(`Too many entities for one index (more than ${ENTITY_MASK + 1})`);
    const status = entityStatus(entity);
    const kindIndex = KINDS.indexOf(entity.kind);
    ids.push(entity.id);
    idLength += entity.id.length;
    idEnd.push(idLength);
    info.push((kindIndex < 0 ? 1 : kindIndex) | (STATUSES.indexOf(status) << 3));
    roles.push(roleBits(entity.positions));
    const codes = new Set<number>();
    for (const c of [...entity.countries, ...entity.nationalities]) {
      const code = countryCode(c);
      if (code) codes.add(countryIndex(code));
    }
    for (const c of codes) countries.push(c);
    countryStart.push(countries.length);

    const person = entity.kind === 'person';
    const seen = new Set<number>();
    // A weak alias must not come back as another name's shortened form ("EX-CLE C.A." without its legal form).
    const weak = new Set(entity.names.filter((n) => n.type === 'weak').map((n) => nameKey(n.name)));
    const family = new Set<number>();
    for (const n of entity.names) {
      if (n.type === 'weak') continue;
      names++;
      const flags = n.type === 'primary' ? 0 : OUT_ALIAS;
      if (person) for (const t of surnameTokens(personName(n.name))) family.add(skelOf(t));
      for (const v of nameVariants(n.name, entity.kind)) {
        const path = v.tokens.map(skelOf);
        for (const s of path) seen.add(s);
        maxTokens = Math.max(maxTokens, path.length);
        const value = e | flags | (v.withoutLegalForm ? OUT_NO_LEGAL_FORM : 0) | (v.familyFirst ? OUT_FAMILY_FIRST : 0) | (Math.min(7, v.missing) << OUT_MISSING_SHIFT);
        if (v.withoutLegalForm && (v.tokens.every((t) => isCommonWord(t) || isConnector(t)) || weak.has(v.tokens.join(' ')))) continue;
        trie.add(path, value);
      }
    }
    for (const s of seen) {
      if (person) personCount[s]++;
      else orgUse[s]++;
    }
    if (person) persons++;
    for (const s of [...family].slice(0, 6)) surnames.push(s);
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

  const built = trie.finish(skelKeys.length);
  return {
    tokens,
    tokenSkel: tokenSkel.toArray(),
    skeletons,
    skelFlags,
    ...built,
    entityIds: ids.join(''),
    entityIdEnd: idEnd.toArray(),
    entityInfo: Uint8Array.from(info),
    entityRoles: roles.toArray(),
    countryStart: countryStart.toArray(),
    countries: Uint8Array.from(countries),
    surnameStart: surnameStart.toArray(),
    surnames: surnames.toArray(),
    names,
    maxTokens,
  };
}

/** The index as plain arrays and strings, for IndexedDB (structured clone) or a file. */
export interface SerializedIndex extends Omit<NameIndex, 'tokens' | 'skeletons'> {
  format: 1;
  tokenKeys: string[];
  skeletonKeys: string[];
}

export function serializeIndex(index: NameIndex): SerializedIndex {
  const { tokens, skeletons, ...rest } = index;
  const tokenKeys: string[] = new Array<string>(tokens.size);
  for (const [k, v] of tokens) tokenKeys[v] = k;
  const skeletonKeys: string[] = new Array<string>(skeletons.size);
  for (const [k, v] of skeletons) skeletonKeys[v] = k;
  return { format: 1, ...rest, tokenKeys, skeletonKeys };
}

export function deserializeIndex(data: SerializedIndex): NameIndex {
  if (data.format !== 1) throw new Error(`Unknown name index format ${String(data.format)}`);
  const { format: _format, tokenKeys, skeletonKeys, ...rest } = data;
  const tokens = new Map<string, number>();
  tokenKeys.forEach((k, i) => tokens.set(k, i));
  const skeletons = new Map<string, number>();
  skeletonKeys.forEach((k, i) => skeletons.set(k, i));
  return { ...rest, tokens, skeletons };
}

/** An estimate of the index's memory: typed arrays exactly, strings and map entries at V8's usual cost. */
export function indexBytes(index: NameIndex): number {
  let bytes = 0;
  for (const v of Object.values(index)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
  bytes += index.entityIds.length;
  for (const m of [index.tokens, index.skeletons]) for (const k of m.keys()) bytes += 16 + k.length + 24;
  return bytes;
}
