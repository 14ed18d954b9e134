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
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
