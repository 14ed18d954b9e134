import { describe, expect, it } from 'vitest';
import { overlaps, placeCard, type Box } from '../../entrypoints/content/card-placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const boxOf = (anchor: Box, p: ReturnType<typeof placeCard>): Box => ({ top: p.top, left: p.left, width: card.width, height: p.maxHeight ?? card.height });

describe('placeCard', () => {
  it('opens below a name with room under it', () => {
    const anchor = { top: 100, left: 200, width: 120, height: 20 };
    const p = placeCard(anchor, card, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBe(126);
  });

  it('flips above a name near the bottom of the window', () => {
    const anchor = { top: 700, left: 200, width: 120, height: 20 };
    const p = placeCard(anchor, card, viewport);
    expect(p.side).toBe('above');
    expect(overlaps(anchor, boxOf(anchor, p))).toBe(false);
  });

  it('goes beside the name in a short window, and keeps inside the window horizontally', () => {
    const anchor = { top: 150, left: 900, width: 90, height: 20 };
    const p = placeCard(anchor, card, { width: 1000, height: 320 });
    expect(p.side).toBe('left');
    expect(overlaps(anchor, boxOf(anchor, p))).toBe(false);
    const q = placeCard({ top: 100, left: 950, width: 40, height: 20 }, card, viewport);
    expect(q.left + card.width).toBeLessThanOrEqual(1000);
  });

  it('caps its height rather than covering the name when it fits nowhere', () => {
    const anchor = { top: 150, left: 10, width: 980, height: 20 };
    const p = placeCard(anchor, card, { width: 1000, height: 330 });
    // Below has 150 px (330 - 170 - gap 6 - margin 4), above 140: the taller side, capped to it.
    expect(p).toEqual({ top: 176, left: 10, side: 'below', maxHeight: 150 });
    expect(overlaps(anchor, boxOf(anchor, p))).toBe(false);
  });

  it('never covers the name, wherever it is', () => {
    for (let top = 0; top < 780; top += 37) {
      for (let left = 0; left < 900; left += 91) {
        const anchor = { top, left, width: 100, height: 20 };
        expect(overlaps(anchor, boxOf(anchor, placeCard(anchor, card, viewport)))).toBe(false);
      }
    }
  });

  it('keeps clear of the keyboard list on the right, and of its own name, wherever the name is', () => {
    // The list: fixed top right, 320 px wide, as in components/card.css.
    const list = { top: 12, left: 1000 - 12 - 320, width: 320, height: 560 };
    for (let top = 0; top < 780; top += 37) {
      for (let left = 0; left < 600; left += 47) {
        const anchor = { top, left, width: 100, height: 20 };
        const p = placeCard(anchor, card, viewport, 6, list);
        expect(overlaps(boxOf(anchor, p), list)).toBe(false);
        expect(overlaps(anchor, boxOf(anchor, p))).toBe(false);
      }
    }
  });

  it('without the list in the way, goes where it always went', () => {
    const anchor = { top: 100, left: 200, width: 120, height: 20 };
    expect(placeCard(anchor, card, viewport, 6, { top: 600, left: 900, width: 90, height: 90 })).toEqual(placeCard(anchor, card, viewport));
  });
});
