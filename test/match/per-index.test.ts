// The tables the scan derives from an index: one per index, built on first use; page-word memos forget when large.
import { describe, expect, it } from 'vitest';
import { perIndex, perIndexMemo } from '../../lib/match/per-index';
import { buildNameIndex } from '../../lib/match/scan';
import { entity } from './fixtures';

const one = buildNameIndex([entity('a', 'ALPHA TRADING LLC', 'organization', true)]);
const two = buildNameIndex([entity('b', 'BETA SHIPPING LLC', 'organization', true)]);

describe('perIndex', () => {
  it('builds a table once per index, on first use', () => {
    const built: string[] = [];
    const idOf = perIndex((index) => {
      built.push(index.entityIds);
      return { ids: index.entityIds };
    });
    expect(built).toEqual([]);
    const first = idOf(one);
    expect(idOf(one)).toBe(first);
    expect(idOf(two).ids).toBe('b');
    expect(built).toEqual(['a', 'b']);
  });

  it('memo keeps its entries per index and forgets them once over its limit', () => {
    const memo = perIndexMemo<string, number>(2);
    memo(one).set('x', 1);
    memo(one).set('y', 2);
    expect(memo(two).size).toBe(0);
    expect(memo(one).get('x')).toBe(1);
    memo(one).set('z', 3);
    expect(memo(one).size).toBe(0);
  });
});
