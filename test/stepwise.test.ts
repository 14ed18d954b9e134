import { describe, expect, it, vi } from 'vitest';
import { nextTurn, runInSlices, runToEnd, type Steps } from '../lib/stepwise';
import { buildNameIndex, nameIndexSteps } from '../lib/match/scan';
import { entities } from './sync/fixtures';

function* busy(steps: number, msEach: number): Steps<number> {
  let n = 0;
  for (let i = 0; i < steps; i++) {
    const until = performance.now() + msEach;
    while (performance.now() < until) n++;
    yield;
  }
  return steps;
}

describe('stepwise builds', () => {
  it('runToEnd returns what the steps return', () => {
    expect(runToEnd(busy(5, 0))).toBe(5);
  });

  it('runInSlices lets a waiting timer run before a 200 ms build ends', async () => {
    let timerRanAt = -1;
    let steps = 0;
    const counted = (function* () {
      const inner = busy(100, 2);
      for (;;) {
        const next = inner.next();
        if (next.done) return next.value;
        steps++;
        yield;
      }
    })();
    setTimeout(() => (timerRanAt = steps), 0);
    expect(await runInSlices(counted, 10)).toBe(100);
    expect(timerRanAt).toBeGreaterThan(0);
    expect(timerRanAt).toBeLessThan(100);
  });

  it("where the browser has scheduler.postTask, a turn is a background-priority task: a page's lookup goes first", async () => {
    const asked: unknown[] = [];
    const scheduler = { postTask: (run: () => void, options: unknown) => (asked.push(options), Promise.resolve().then(run)) };
    vi.stubGlobal('scheduler', scheduler);
    try {
      await nextTurn();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(asked).toEqual([{ priority: 'background' }]);
  });

  it('in Node a turn lets an immediate already queued run first, and takes no 4 ms as a chain of timers does', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('lookup'));
    await nextTurn();
    order.push('next slice');
    expect(order).toEqual(['lookup', 'next slice']);
    // No timer at all: a chain of setTimeout(0) is clamped to 1-4 ms a turn.
    const timers = vi.spyOn(globalThis, 'setTimeout');
    try {
      for (let i = 0; i < 50; i++) await nextTurn();
      expect(timers).not.toHaveBeenCalled();
    } finally {
      timers.mockRestore();
    }
  });

  it('the name index built in slices is the one built at once', async () => {
    const list = entities(700);
    expect(await runInSlices(nameIndexSteps(list))).toEqual(buildNameIndex(list));
  });
});
