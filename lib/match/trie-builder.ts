// The name trie while it is built (build-name-index.ts), and its flat layout once done: states numbered
// breadth-first, each state's children sorted by skeleton for the binary search of the page scan (trie-walk.ts).
import type { Steps } from '../stepwise';
import { IntList } from './int-list';
import { ENTITY_MASK, type NameIndex } from './name-index';
import { runsFromStarts } from './runs';

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

/**
 * The trie while it is built: edges in an open-addressing hash table keyed by (parent state, skeleton). A slot's
 * parent, skeleton and child sit side by side in one array (EDGE ints a slot), so a probe touches one cache line
 * rather than three: with millions of edges, nearly every probe misses the cache.
 */
const EDGE = 3;
/** finish() yields every this many + 1 states (a few ms of its loops). */
const PIECE = 65535;

export class TrieBuilder {
  // Small at first, grown by doubling: a test's index of a few names should not clear 65,536 slots (0.8 MB).
  private mask = (1 << 10) - 1;
  private table = emptyTable(1 << 10);
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

  /** The slot of edge (p, s): where it is, or the empty slot where it goes. */
  private slot(p: number, s: number): number {
    const table = this.table;
    const mask = this.mask;
    let h = (Math.imul(p, 0x9e3779b1) ^ Math.imul(s + 1, 0x85ebca77)) >>> 0;
    h ^= h >>> 15;
    let i = h & mask;
    for (;;) {
      const at = i * EDGE;
      const q = table[at];
      if (q === -1 || (q === p && table[at + 1] === s)) return at;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    const slots = (old.length / EDGE) * 2;
    this.mask = slots - 1;
    this.table = emptyTable(slots);
    for (let at = 0; at < old.length; at += EDGE) {
      if (old[at] === -1) continue;
      const to = this.slot(old[at], old[at + 1]);
      this.table[to] = old[at];
      this.table[to + 1] = old[at + 1];
      this.table[to + 2] = old[at + 2];
    }
  }

  add(path: readonly number[], value: number): void {
    let state = 0;
    for (let k = 0; k < path.length; k++) {
      const s = path[k];
      let at = this.slot(state, s);
      if (this.table[at] === -1) {
        if ((this.used + 1) * 2 > this.mask + 1) {
          this.grow();
          at = this.slot(state, s);
        }
        const table = this.table;
        table[at] = state;
        table[at + 1] = s;
        table[at + 2] = this.parent.length;
        this.used++;
        this.parent.push(state);
        this.label.push(s);
      }
      state = this.table[at + 2];
    }
    this.outState.push(state);
    this.outValue.push(value);
  }

  /** Renumbers states breadth-first and lays children and outputs out flat. */
  *finish(skelCount: number): Steps<Pick<NameIndex, 'rootChild' | 'firstChild' | 'edgeSkel' | 'outRuns' | 'outputs'>> {
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
      if ((head & PIECE) === PIECE) yield;
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
    yield;
    // Outputs grouped by state; one per entity and state, the best form kept (fewest missing tokens, primary).
    const m = this.outState.length;
    const outCount = new Int32Array(n + 1);
    for (let i = 0; i < m; i++) outCount[newId[this.outState.data[i]] + 1]++;
    for (let s = 0; s < n; s++) outCount[s + 1] += outCount[s];
    const pos = outCount.slice(0, n);
    const raw = new Int32Array(m);
    for (let i = 0; i < m; i++) raw[pos[newId[this.outState.data[i]]]++] = this.outValue.data[i];
    yield;
    const outStart = new Int32Array(n + 1);
    const outputs = new IntList(Math.max(16, m));
    for (let s = 0; s < n; s++) {
      if ((s & PIECE) === PIECE) yield;
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

/** A hash table of `slots` empty slots (parent -1). */
function emptyTable(slots: number): Int32Array {
  const table = new Int32Array(slots * EDGE);
  for (let at = 0; at < table.length; at += EDGE) table[at] = -1;
  return table;
}
