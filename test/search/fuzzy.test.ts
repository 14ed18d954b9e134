import { describe, expect, it } from 'vitest';
import { boundedDistance, maxEdits } from '../../lib/search/fuzzy';

describe('boundedDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(boundedDistance('kirienko', 'kiriyenko', 2)).toBe(1);
    expect(boundedDistance('maduro', 'madruo', 2)).toBe(1);
    expect(boundedDistance('maduro', 'maduro', 2)).toBe(0);
    expect(boundedDistance('nicolas', 'nikolai', 2)).toBe(2);
  });

  it('stops past the limit', () => {
    expect(boundedDistance('maduro', 'guaido', 1)).toBe(2);
    expect(boundedDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('allows no edit on short words', () => {
    expect(maxEdits(3)).toBe(0);
    expect(maxEdits(5)).toBe(1);
    expect(maxEdits(8)).toBe(2);
  });
});
