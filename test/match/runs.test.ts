import { describe, expect, it } from 'vitest';
import { runsFromStarts, runStart } from '../../lib/match/runs';

describe('runs', () => {
  it('gives back every start offset, across checkpoints', () => {
    const starts = [0];
    for (let i = 0; i < 100; i++) starts.push(starts[i] + (i % 7));
    const r = runsFromStarts(starts, false);
    for (let i = 0; i <= 100; i++) expect(runStart(r, i)).toBe(starts[i]);
  });

  it('gives back every start offset whether read from the total before or after, at every count of runs', () => {
    for (const n of [1, 15, 16, 17, 31, 32, 33, 48, 63, 64, 65, 96, 130]) {
      const starts = [0];
      for (let i = 0; i < n; i++) starts.push(starts[i] + ((i * 13) % 11));
      const r = runsFromStarts(starts, true);
      for (let i = 0; i <= n; i++) expect(runStart(r, i)).toBe(starts[i]);
    }
  });

  it('refuses a run too long for its width', () => {
    expect(() => runsFromStarts([0, 300], false)).toThrow(/longer than 255/);
    expect(runStart(runsFromStarts([0, 300, 301], true), 1)).toBe(300);
  });
});
