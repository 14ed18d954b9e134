import { describe, expect, it } from 'vitest';
import { runsFromStarts, runStart } from '../../lib/match/runs';

describe('runs', () => {
  it('gives back every start offset, across checkpoints', () => {
    const starts = [0];
    for (let i = 0; i < 100; i++) starts.push(starts[i] + (i % 7));
    const r = runsFromStarts(starts, false);
    for (let i = 0; i <= 100; i++) expect(runStart(r, i)).toBe(starts[i]);
  });

  it('refuses a run too long for its width', () => {
    expect(() => runsFromStarts([0, 300], false)).toThrow(/longer than 255/);
    expect(runStart(runsFromStarts([0, 300, 301], true), 1)).toBe(300);
  });
});
