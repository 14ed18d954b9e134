// Word ids grouped by a key (a word's consonant or transliteration skeleton), packed in three flat arrays: sorted
// keys, offsets, ids. A woken popup or worker reads the search index back from IndexedDB, and a Map of some 30,000
// short arrays costs most of that read (about 21 of 25 ms to deserialise in V8, measured on the shipped dataset);
// flat arrays read back almost free and a lookup is one binary search.

export interface WordGroups {
  /** The keys, sorted by code unit. */
  keys: string[];
  /** Group k is ids[offsets[k] .. offsets[k + 1]]. */
  offsets: Uint32Array;
  ids: Uint32Array;
}

/** Packs the groups, each keeping the order of its ids. */
export function packWordGroups(groups: Map<string, number[]>): WordGroups {
  const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const offsets = new Uint32Array(keys.length + 1);
  let total = 0;
  keys.forEach((k, i) => {
    total += (groups.get(k) as number[]).length;
    offsets[i + 1] = total;
  });
  const ids = new Uint32Array(total);
  keys.forEach((k, i) => ids.set(groups.get(k) as number[], offsets[i]));
  return { keys, offsets, ids };
}

const NONE = new Uint32Array(0);

/** The ids grouped under `key`, in the order they were added; empty when there are none. */
export function wordsIn(groups: WordGroups, key: string): Uint32Array {
  let lo = 0;
  let hi = groups.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (groups.keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < groups.keys.length && groups.keys[lo] === key ? groups.ids.subarray(groups.offsets[lo], groups.offsets[lo + 1]) : NONE;
}
