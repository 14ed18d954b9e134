import { describe, expect, it } from 'vitest';
import { blocksInBand } from '../../entrypoints/content/near-viewport';

/** Blocks 40 px tall, one under the other, the page scrolled by `scrolled` px. */
function column(count: number, scrolled: number) {
  return (i: number) => (i < count ? { top: i * 40 - scrolled, bottom: i * 40 + 40 - scrolled } : null);
}

describe('the blocks near the viewport', () => {
  it('are the ones reaching into the band, found among 50,000 with a few dozen position reads', () => {
    let reads = 0;
    const spans = column(50_000, 1_000_000);
    const { within: found, beyond } = blocksInBand(50_000, (i) => (reads++, spans(i)), -600, 1200);
    // 1,000,000 px down: from the block ending where the screen above begins to the one starting where the two below end.
    expect(found[0]).toBe(24_984);
    expect(found[found.length - 1]).toBe(25_030);
    expect(reads).toBeLessThan(found.length + 40);
    // The search stopped a few blocks past the band: from the first of them on, blocks are below it.
    expect(beyond).toBe(25_031);
  });

  it('pass over blocks without a box, and find none when the page is scrolled past them all', () => {
    const spans = column(100, 0);
    const hidden = new Set([0, 1, 2, 5]);
    expect(blocksInBand(100, (i) => (hidden.has(i) ? null : spans(i)), 0, 200)).toEqual({ within: [3, 4], beyond: 6 });
    expect(blocksInBand(100, column(100, 10_000), -600, 1200)).toEqual({ within: [], beyond: 100 });
    expect(blocksInBand(0, column(0, 0), -600, 1200)).toEqual({ within: [], beyond: 0 });
  });

  it('still find a block a little out of order (a float or a column that starts higher)', () => {
    const spans = column(20, 0);
    // Block 8 sits at the top of the page, beside blocks 0 to 2.
    const at = (i: number) => (i === 8 ? { top: 0, bottom: 40 } : spans(i));
    expect(blocksInBand(20, at, 0, 100).within).toEqual([0, 1, 2, 8]);
  });
});
