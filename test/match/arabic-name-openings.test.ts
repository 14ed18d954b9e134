import { describe, expect, it } from 'vitest';
import { buildNameIndex } from '../../lib/match/scan';
import { mayBegin, mayOpen, nameOpenings } from '../../lib/match/arabic-name-openings';
import { fixtureEntities } from './fixtures';

const index = buildNameIndex(fixtureEntities);

describe("the bits of the first two words of the index's names", () => {
  const bits = nameOpenings(index);
  const pairs: [number, number][] = [];
  for (let sk = 0; sk < index.rootChild.length; sk++) {
    const state = index.rootChild[sk];
    if (state >= 0) for (let c = index.firstChild[state]; c < index.firstChild[state + 1]; c++) pairs.push([state, index.edgeSkel[c]]);
  }

  it('say of each skeleton whether some name begins with it', () => {
    for (let sk = 0; sk < index.rootChild.length; sk++) expect(mayBegin(bits, sk)).toBe(index.rootChild[sk] >= 0);
  });

  it('never turn away a pair that begins some name', () => {
    expect(pairs.length).toBeGreaterThan(100);
    for (const [state, skel] of pairs) expect(mayOpen(bits, state, skel)).toBe(true);
  });

  it('turn away nearly every pair that begins none', () => {
    const real = new Set(pairs.map(([a, b]) => `${a} ${b}`));
    let tried = 0;
    let passed = 0;
    for (const [state] of pairs) {
      for (let skel = 0; skel < index.skelFlags.length; skel += 7) {
        if (real.has(`${state} ${skel}`)) continue;
        tried++;
        if (mayOpen(bits, state, skel)) passed++;
      }
    }
    expect(tried).toBeGreaterThan(1000);
    expect(passed / tried).toBeLessThan(0.05);
  });
});
