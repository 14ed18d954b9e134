// A long loop of awaited work in the worker runs on microtasks (a record stream, reads the storage answers from
// memory), so a page's lookup message, a macrotask, waits until the loop ends. `breather()` gives the event loop a
// turn every few milliseconds of such a loop: measured with `npm run measure:publishers -- --profile`.
import { nextTurn } from '../stepwise';

/**
 * The longest piece of a check's work between two turns of the event loop, for breather() and for the check's
 * runInSlices (lib/stepwise.ts, 15 ms unless told): a lookup that arrives waits for the piece under way, and on a
 * loaded machine 15 ms of the worker's CPU was 60-90 ms of a lookup's wait. A turn costs little beside it.
 */
export const SLICE_MS = 8;

/** An await to put in a loop: it yields a macrotask once `everyMs` have passed since the last one. */
export function breather(everyMs = SLICE_MS): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < everyMs) return;
    await nextTurn();
    last = performance.now();
  };
}
