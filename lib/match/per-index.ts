// Tables the scan derives from a name index (surnames to persons, nicknames by entity, readings of page words):
// built on first use and kept as long as the index is, so a new dataset's index gets its own and the old ones go
// with the old index.
import type { NameIndex } from './name-index';

/** A getter of the table `build` makes from an index, built once per index on first use. */
export function perIndex<T>(build: (index: NameIndex) => T): (index: NameIndex) => T {
  const tables = new WeakMap<NameIndex, T>();
  return (index) => {
    let table = tables.get(index);
    if (table === undefined) {
      table = build(index);
      tables.set(index, table);
    }
    return table;
  };
}

/**
 * A getter of a per-index memo that forgets everything once it holds more than `limit` entries: page words are
 * unbounded, so a memo of them, kept across pages, must not grow without end.
 */
export function perIndexMemo<K, V>(limit: number): (index: NameIndex) => Map<K, V> {
  const memoOf = perIndex(() => new Map<K, V>());
  return (index) => {
    const memo = memoOf(index);
    if (memo.size > limit) memo.clear();
    return memo;
  };
}
