import { describe, expect, it } from 'vitest';
import { outermost, segmentAt } from '../../entrypoints/content/block-offsets';

describe('segmentAt', () => {
  // "Nicolás " + "Maduro" + " said": segments start at 0, 8 and 14.
  const starts = [0, 8, 14];
  const at = (offset: number, preferEnd: boolean) => segmentAt(starts.length, (i) => starts[i], offset, preferEnd);

  it('puts a name that starts on a boundary in the next text node', () => {
    expect(at(8, false)).toBe(1);
    expect(at(0, false)).toBe(0);
    expect(at(15, false)).toBe(2);
  });

  it('ends a name that stops on a boundary in the previous text node, so the range does not spill over', () => {
    expect(at(14, true)).toBe(1);
    expect(at(8, true)).toBe(0);
    expect(at(0, true)).toBe(0);
  });

  it('finds the segment among thousands', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => i * 10);
    expect(segmentAt(many.length, (i) => many[i], 54_321, false)).toBe(5432);
  });
});

describe('outermost', () => {
  // A small tree: body > article > (p1 > b), p2; aside.
  const parent: Record<string, string | null> = { body: null, article: 'body', p1: 'article', b: 'p1', p2: 'article', aside: 'body' };
  const parentOf = (n: string) => parent[n] ?? null;

  it('drops the changed blocks that lie inside another changed block', () => {
    expect(outermost(['b', 'p1', 'p2', 'aside'], parentOf).sort()).toEqual(['aside', 'p1', 'p2']);
    expect(outermost(['b', 'article', 'p2'], parentOf)).toEqual(['article']);
  });

  it('keeps one of duplicates', () => {
    expect(outermost(['p2', 'p2'], parentOf)).toEqual(['p2']);
  });
});
