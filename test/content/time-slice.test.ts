import { describe, expect, it } from 'vitest';
import { createSlicer } from '../../entrypoints/content/time-slice';

describe('createSlicer', () => {
  it('asks for a pause once a slice has used its budget, and starts a fresh slice after it', async () => {
    let clock = 0;
    let yields = 0;
    const slicer = createSlicer(8, () => clock, async () => {
      yields++;
      clock += 1;
    });
    clock = 7;
    expect(slicer.due()).toBe(false);
    clock = 8;
    expect(slicer.due()).toBe(true);
    await slicer.pause();
    expect(yields).toBe(1);
    expect(slicer.due()).toBe(false);
  });

  it('cuts a long loop into slices no longer than the budget', async () => {
    let clock = 0;
    const slices: number[] = [];
    let sliceStart = 0;
    const slicer = createSlicer(8, () => clock, async () => {
      slices.push(clock - sliceStart);
      sliceStart = clock;
    });
    for (let i = 0; i < 1000; i++) {
      clock += 0.5;
      if (slicer.due()) await slicer.pause();
    }
    expect(slices.length).toBeGreaterThan(50);
    expect(Math.max(...slices)).toBeLessThanOrEqual(8);
  });
});
