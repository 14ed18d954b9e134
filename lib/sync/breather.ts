// A long loop of awaited work in the worker runs on microtasks (a record stream, reads the storage answers from
// memory), so a page's lookup message, a macrotask, waits until the loop ends. `breather()` gives the event loop a
// turn every few milliseconds of such a loop: measured with `npm run measure:publishers -- --profile`.

/** An await to put in a loop: it yields a macrotask once `everyMs` have passed since the last one. */
export function breather(everyMs = 8): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < everyMs) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    last = performance.now();
  };
}
