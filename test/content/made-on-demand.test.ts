import { describe, expect, it } from 'vitest';
import { madeOnDemand } from '../../entrypoints/content/made-on-demand';

describe('a UI made on demand', () => {
  it('is not built until asked for, then built once however often it is asked', async () => {
    let builds = 0;
    const ui = madeOnDemand(async () => ({ id: ++builds }));
    expect(ui.now()).toBeUndefined();
    expect(builds).toBe(0);
    const [a, b] = await Promise.all([ui.get(), ui.get()]);
    expect(a).toBe(b);
    expect(await ui.get()).toBe(a);
    expect(ui.now()).toBe(a);
    expect(builds).toBe(1);
  });

  it('is built again on the next call after a failed build', async () => {
    let builds = 0;
    const ui = madeOnDemand(async () => {
      if (++builds === 1) throw new Error('the page took our element name');
      return 'card';
    });
    await expect(ui.get()).rejects.toThrow('the page took our element name');
    expect(ui.now()).toBeUndefined();
    expect(await ui.get()).toBe('card');
    expect(builds).toBe(2);
  });
});
