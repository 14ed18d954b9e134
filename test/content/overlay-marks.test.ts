import { describe, expect, it } from 'vitest';
import { bandAround, bandCovers, inBand, intersect, toLayer } from '../../entrypoints/content/overlay-marks';

describe('box marks: which boxes are drawn', () => {
  it('draw the viewport and a screen above and below it', () => {
    expect(bandAround(1000, 600)).toEqual({ top: 400, bottom: 2200 });
  });

  it('keep the drawn boxes while the page scrolls less than half a screen either way', () => {
    const band = bandAround(1000, 600);
    expect(bandCovers(band, 1000, 600)).toBe(true);
    expect(bandCovers(band, 1299, 600)).toBe(true);
    expect(bandCovers(band, 701, 600)).toBe(true);
    expect(bandCovers(band, 1301, 600)).toBe(false);
    expect(bandCovers(band, 699, 600)).toBe(false);
  });

  it('draw a name when any of its lines is in the band', () => {
    const band = { top: 400, bottom: 2200 };
    expect(inBand([{ top: 380, left: 0, width: 50, height: 20 }], band)).toBe(true);
    expect(inBand([{ top: 2200, left: 0, width: 50, height: 20 }], band)).toBe(true);
    expect(inBand([{ top: 100, left: 0, width: 50, height: 20 }, { top: 2300, left: 0, width: 50, height: 20 }], band)).toBe(false);
  });
});

describe('box marks: where a box goes', () => {
  it('is placed in the layer by the layer origin on screen and the frame offset', () => {
    const rects = [{ top: 50, left: 10, width: 80, height: 20 }];
    // The page scrolled 300 px: the layer's origin is 300 px above the viewport; a frame sits at (5, 100).
    expect(toLayer(rects, null, { x: 0, y: -300 }, { x: 5, y: 100 })).toEqual([{ top: 450, left: 15, width: 80, height: 20 }]);
  });

  it('shows only the part of a name inside its scrolling box, and nothing of a name scrolled out of it', () => {
    const clip = { top: 100, left: 0, width: 300, height: 120 };
    expect(intersect({ top: 210, left: 10, width: 80, height: 20 }, clip)).toEqual({ top: 210, left: 10, width: 80, height: 10 });
    expect(toLayer([{ top: 400, left: 10, width: 80, height: 20 }], clip, { x: 0, y: 0 }, { x: 0, y: 0 })).toEqual([]);
    expect(toLayer([{ top: 150, left: 10, width: 0, height: 0 }], null, { x: 0, y: 0 }, { x: 0, y: 0 })).toEqual([]);
  });
});
