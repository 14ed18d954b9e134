// Probes into a page in Chromium, shared by the measuring scripts and the end-to-end tests.
import type { Page } from 'playwright-core';

/** JS heap in use by the page's renderer (the page's world and the content script's isolated world), after GC. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * Adds a paragraph naming `name` to #feed and returns how long the content script took to mark it.
 * No helper functions inside page.evaluate: tsx names them with a __name() call that does not exist in the page.
 */
export async function markLatency(page: Page, name: string, timeoutMs: number): Promise<number> {
  const id = `late-${Math.random().toString(36).slice(2)}`;
  const t0 = Date.now();
  await page.evaluate(({ id, name }) => {
    const p = document.createElement('p');
    p.id = id;
    p.textContent = `Late news: ${name} was named again.`;
    document.getElementById('feed')!.append(p);
  }, { id, name });
  await page.waitForFunction(
    (id) => [...CSS.highlights.values()].some((hl) => [...hl].some((r) => r instanceof Range && r.startContainer.parentElement?.id === id)),
    id,
    { timeout: timeoutMs, polling: 20 },
  );
  return Date.now() - t0;
}

/** A stretch of the page's main thread: when it started and how long it ran (ms, the page's clock). */
export interface Span {
  start: number;
  duration: number;
}

/**
 * An init script recording the page's long tasks and the rendering part of its long animation frames. The long-task
 * API reports script tasks only: a style recalculation or paint of a million nodes (hundreds of ms to seconds) is
 * not a long task, but it is the last part of a long animation frame, from its renderStart to its end.
 */
export const MAIN_THREAD_PROBE = `
  window.__longTasks = [];
  window.__renders = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.renderStart > 0) window.__renders.push({ start: e.renderStart, duration: e.startTime + e.duration - e.renderStart });
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
`;

/** What MAIN_THREAD_PROBE recorded so far. */
export async function mainThreadSpans(page: Page): Promise<{ longTasks: Span[]; renders: Span[] }> {
  return page.evaluate(() => {
    const w = window as Window & { __longTasks?: Span[]; __renders?: Span[] };
    return { longTasks: w.__longTasks ?? [], renders: w.__renders ?? [] };
  });
}

/** The longest of `spans` that overlaps [from, to]. */
export function longest(spans: readonly Span[], from = -Infinity, to = Infinity): number {
  return Math.max(0, ...spans.filter((t) => t.start + t.duration >= from && t.start <= to).map((t) => t.duration));
}
