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
