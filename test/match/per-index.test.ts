// The tables the scan derives from an index: one per index, built on first use; page-word memos forget when large.
import { describe, expect, it } from 'vitest';
import { perIndex, perIndexMemo, perIndexSteps } from '../../lib/match/per-index';
import { runInSlices } from '../../lib/stepwise';
import { buildNameIndex, nameIndexSteps } from '../../lib/match/scan';
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

  it('is made by the index build, so the first page scan after it finds the table made', async () => {
    let builds = 0;
    const idOf = perIndex((index) => {
      builds++;
      return { ids: index.entityIds };
    });
    let pieces = 0;
    const pieceCount = perIndexSteps(function* (index) {
      for (let k = 0; k < 3; k++) {
        pieces++;
        yield;
      }
      return index.names;
    });
    // As the worker builds: in slices, answering pages between them.
    const index = await runInSlices(nameIndexSteps([entity('c', 'GAMMA HOLDINGS LLC', 'organization', true)]), 0);
    expect([builds, pieces]).toEqual([1, 3]);
    expect(idOf(index).ids).toBe('c');
    expect(pieceCount(index)).toBe(1);
    expect([builds, pieces]).toEqual([1, 3]);
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
