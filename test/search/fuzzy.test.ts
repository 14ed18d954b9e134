import { describe, expect, it } from 'vitest';
import { boundedDistance, maxEdits, skeleton } from '../../lib/search/fuzzy';

describe('skeleton', () => {
  it('gives romanisations of one name the same key', () => {
    expect(skeleton('kirienko')).toBe(skeleton('kiriyenko'));
    expect(skeleton('lukashenko')).toBe(skeleton('lukashenka'));
    expect(skeleton('kiumars')).toBe(skeleton('kiyumars'));
    expect(skeleton('kioumars')).toBe(skeleton('kiyumars'));
    expect(skeleton('heydari')).toBe(skeleton('heidari'));
    expect(skeleton('alexander')).toBe(skeleton('aleksandr'));
  });

  it('keeps different names apart', () => {
    expect(skeleton('maduro')).not.toBe(skeleton('medina'));
    expect(skeleton('putin')).not.toBe(skeleton('petrov'));
  });
});

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
