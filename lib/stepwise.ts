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

type PostTask = (run: () => void, options: { priority: 'background' }) => Promise<void>;

/**
 * A turn of the event loop between slices of long work (a macrotask: messages waiting for the worker are answered
 * first). Where the browser has scheduler.postTask the next slice is a background-priority task, so every task a
 * page's lookup needs (its message, its IndexedDB reads) runs before it, and a worker with nothing else to do goes
 * on at once. Not setTimeout(0) there: in a chain, after five nested timers each is clamped to 4 ms (3.7-4.5 ms a
 * turn measured in the worker, against 0.01 ms for postTask), which left the worker idle a third of a check's 8 ms
 * slices. A message to ourselves (MessageChannel) is as quick but queues a lookup's later steps behind whole slices:
 * lookups waited longer (measure:publishers). Node (tests, scripts) has setImmediate.
 */
export function nextTurn(): Promise<void> {
  const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  // Resolved from inside the task, so the next slice runs within it (and a trace counts it as the task's).
  if (typeof postTask === 'function') return new Promise((resolve) => void postTask.call((globalThis as unknown as { scheduler: unknown }).scheduler, resolve, { priority: 'background' }));
  const immediate = (globalThis as { setImmediate?: (run: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return new Promise((resolve) => immediate(resolve));
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
