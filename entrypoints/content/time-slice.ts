// Long work on the page's main thread runs in slices: each slice stops after a small time budget and yields to
// the event loop, so input and rendering never wait on us for a long task (over 50 ms).

export interface Slicer {
  /** True once the current slice has used its budget: the caller should `pause()`. */
  due(): boolean;
  /** Yields to the event loop and starts a new slice. */
  pause(): Promise<void>;
}

/** Budget of one slice. Well under the 50 ms long-task line, leaving room for the page's own work. */
export const SLICE_MS = 8;

export function createSlicer(budgetMs: number, now: () => number, yieldNow: () => Promise<void>): Slicer {
  let start = now();
  return {
    due: () => now() - start >= budgetMs,
    async pause() {
      await yieldNow();
      start = now();
    },
  };
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** scheduler.yield (Chrome 129+) resumes ahead of other queued tasks; elsewhere a zero timeout. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function pageSlicer(): Slicer {
  return createSlicer(SLICE_MS, () => performance.now(), yieldToMain);
}
