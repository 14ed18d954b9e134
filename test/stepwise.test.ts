import { describe, expect, it } from 'vitest';
import { channelTurn, nextTurn, runInSlices, runToEnd, type Steps } from '../lib/stepwise';
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

  it("a turn through the worker's channel comes after a message already waiting, as a page's lookup is", async () => {
    const order: string[] = [];
    const { port1, port2 } = new MessageChannel();
    const lookup = new Promise<void>((resolve) => {
      port1.onmessage = () => {
        order.push('lookup');
        resolve();
      };
    });
    port2.postMessage('scan');
    await channelTurn();
    order.push('next slice');
    await lookup;
    port1.close();
    expect(order).toEqual(['lookup', 'next slice']);
  });

  it('turns in a row take no 4 ms each, as a chain of timers does', async () => {
    const started = performance.now();
    for (let i = 0; i < 50; i++) await channelTurn();
    for (let i = 0; i < 50; i++) await nextTurn();
    expect((performance.now() - started) / 100).toBeLessThan(1);
  });

  it('the name index built in slices is the one built at once', async () => {
    const list = entities(700);
    expect(await runInSlices(nameIndexSteps(list))).toEqual(buildNameIndex(list));
  });
});
