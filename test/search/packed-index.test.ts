// The search index's packed tables (lib/search/word-groups.ts, packed-lists.ts) give back what was packed, in order,
// and survive a structured clone (the IndexedDB cache the popup and the worker read back).
import { describe, expect, it } from 'vitest';
import { listAt, listHas, packLists } from '../../lib/search/packed-lists';
import { packWordGroups, wordsIn } from '../../lib/search/word-groups';

describe('packed word groups', () => {
  it('finds each key’s ids in the order they were added, and nothing for another key', () => {
    const groups = packWordGroups(new Map([['mhl', [7, 2, 9]], ['ksn', [4]], ['a', [1, 3]]]));
    const back = structuredClone(groups);
    expect([...wordsIn(back, 'mhl')]).toEqual([7, 2, 9]);
    expect([...wordsIn(back, 'ksn')]).toEqual([4]);
    expect([...wordsIn(back, 'a')]).toEqual([1, 3]);
    expect([...wordsIn(back, 'mh')]).toEqual([]);
    expect([...wordsIn(back, 'zzz')]).toEqual([]);
    expect([...wordsIn(packWordGroups(new Map()), 'a')]).toEqual([]);
  });
});

describe('packed per-entity lists', () => {
  it('gives each list back as given, empty ones included, and tells whether a list holds a value', () => {
    const lists = [['Iran', 'Iraq'], [], ['Iran'], ['Venezuela', 'Iran', 'Cuba']];
    const packed = structuredClone(packLists(lists));
    expect(lists.map((_, i) => listAt(packed, i))).toEqual(lists);
    expect(packed.values).toEqual(['Iran', 'Iraq', 'Venezuela', 'Cuba']);
    const iran = packed.values.indexOf('Iran');
    expect(lists.map((_, i) => listHas(packed, i, iran))).toEqual([true, false, true, true]);
  });
});
