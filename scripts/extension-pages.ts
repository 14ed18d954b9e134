// What the measurement scripts do with the built extension in Chromium over the DevTools protocol: find its id, open
// its options page, send it messages as its own pages do, give it site access as a reader would, and sum up latencies.
import type { BrowserContext, Page } from 'playwright-core';

/** The extension's id, once its service worker is running. */
export async function extensionId(cdpUrl: string): Promise<string> {
  for (;;) {
    const targets = (await (await fetch(`${cdpUrl}/json/list`)).json()) as { type: string; url: string }[];
    const worker = targets.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (worker) return new URL(worker.url).host;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The options page: the one the extension opens on install (for up to 5 s), or a new one. */
export async function optionsPage(ctx: BrowserContext, id: string): Promise<Page> {
  const url = `chrome-extension://${id}/options.html`;
  let opened = ctx.pages().find((p) => p.url() === url);
  for (let i = 0; !opened && i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    opened = ctx.pages().find((p) => p.url() === url);
  }
  const page = opened ?? (await ctx.newPage());
  if (!opened) await page.goto(url);
  await page.waitForLoadState();
  return page;
}

/** A request of lib/protocol sent from one of the extension's pages, as the popup and options page send them. */
export function sendFrom<T>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    ([type, payload]) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage({ type, payload }),
    [type, payload] as const,
  ) as Promise<T>;
}

/** Site access for `hosts`, as a reader gives it in chrome://extensions (a permission request then settles, granted). */
export async function allowSiteAccess(ctx: BrowserContext, id: string, hosts: string[]): Promise<void> {
  const page = await ctx.newPage();
  await page.goto('chrome://extensions');
  for (const host of hosts) {
    await page.evaluate(
      ([id, host]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission: (i: string, h: string) => Promise<void> } } }).chrome.developerPrivate.addHostPermission(id, host),
      [id, host] as const,
    );
  }
  await page.close();
}

/**
 * Site access for `hosts` withdrawn, as a reader withdraws it in chrome://extensions (permissions.remove refuses: the
 * content script's matches make a granted host a required one).
 */
export async function withdrawSiteAccess(ctx: BrowserContext, id: string, hosts: string[]): Promise<void> {
  const page = await ctx.newPage();
  await page.goto('chrome://extensions');
  for (const host of hosts) {
    await page.evaluate(
      ([id, host]) => (globalThis as unknown as { chrome: { developerPrivate: { removeHostPermission: (i: string, h: string) => Promise<void> } } }).chrome.developerPrivate.removeHostPermission(id, host),
      [id, host] as const,
    );
  }
  await page.close();
}

/** "n=14 median 19 ms, p95 111 ms, max 111 ms". */
export function latencyStats(ms: number[]): string {
  if (ms.length === 0) return 'no samples';
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(0);
  return `n=${s.length} median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${s[s.length - 1].toFixed(0)} ms`;
}
