// Tables the scan derives from a name index (surnames to persons, nicknames by entity, readings of page words):
// built on first use and kept as long as the index is, so a new dataset's index gets its own and the old ones go
// with the old index. The index build also makes them all (scanTableSteps), in pieces between which the worker
// answers pages, so that the first page after an install does not pay for them.
import { runToEnd, type Steps } from '../stepwise';
import type { NameIndex } from './name-index';

/** Every table's maker, in the order their modules were loaded (a table that uses another makes it on the way). */
const makers: ((index: NameIndex) => Steps<unknown>)[] = [];

/** A getter of the table `build` makes from an index, built once per index on first use. */
export function perIndex<T>(build: (index: NameIndex) => T): (index: NameIndex) => T {
  return perIndexSteps(function* (index) {
    return build(index);
  });
}

/** perIndex for a table whose build yields between pieces (lib/stepwise.ts): run at once on first use. */
export function perIndexSteps<T>(build: (index: NameIndex) => Steps<T>): (index: NameIndex) => T {
  const tables = new WeakMap<NameIndex, T>();
  // The last index asked about and its table: the scan asks per word, nearly always of the same index, and a
  // comparison costs less than a WeakMap lookup. Making the tables of a new index (scanTableSteps, which the worker
  // runs for every index it takes up) moves it to that index: once a new index is ready, it holds the old one no longer.
  let lastIndex: NameIndex | undefined;
  let lastTable: T | undefined;
  makers.push(function* (index) {
    if (!tables.has(index)) {
      const table = yield* build(index);
      // A scan during the pieces may have made it meanwhile: the first one stays.
      if (!tables.has(index)) tables.set(index, table);
    }
    lastIndex = index;
    lastTable = tables.get(index);
  });
  return (index) => {
    if (index === lastIndex) return lastTable as T;
    let table = tables.get(index);
    if (table === undefined) {
      table = runToEnd(build(index));
      tables.set(index, table);
    }
    lastIndex = index;
    lastTable = table;
    return table;
  };
}

/** Makes every per-index table of the modules loaded so far, yielding after each (and within the long ones). */
export function* scanTableSteps(index: NameIndex): Steps<void> {
  for (const make of makers) {
    yield* make(index);
    yield;
  }
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
