// Long builds written as generators that yield between pieces of work, so one body serves both a caller that wants
// the result at once (Node, tests, benchmarks) and the service worker, which must go on answering pages meanwhile.

/** A build that yields now and then and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

let channel: { port: MessagePort; waiting: (() => void)[] } | undefined;

/** A turn of the event loop through a message to ourselves, which queues behind the messages already waiting. */
export function channelTurn(): Promise<void> {
  if (!channel) {
    const { port1, port2 } = new MessageChannel();
    const waiting: (() => void)[] = [];
    port1.onmessage = () => waiting.shift()?.();
    channel = { port: port2, waiting };
  }
  const { port, waiting } = channel;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/**
 * A turn of the event loop (a macrotask: messages waiting for the worker are answered first). Not setTimeout(0): in a
 * chain, after five nested timers the browser clamps each to 4 ms (3.7-4.5 ms a turn measured in the worker, against
 * 0.02 ms for a channel's message), so a check's 8 ms slices left the worker idle a third of the time. Node (tests,
 * scripts) has setImmediate; a channel's port there would keep the process alive.
 */
export function nextTurn(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (run: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return new Promise((resolve) => immediate(resolve));
  if (typeof MessageChannel === 'function') return channelTurn();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs the steps in slices of about `sliceMs`, giving the event loop a turn between slices (a macrotask, so messages
 * waiting for the worker are answered in between).
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = 15): Promise<T> {
  for (;;) {
    const until = performance.now() + sliceMs;
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() >= until) break;
    }
    await nextTurn();
  }
}
