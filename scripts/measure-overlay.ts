// Measures the in-page overlay in real Chromium with the built extension, and prints a table:
//   time from DOMContentLoaded to the first marks on the articles in ../shared/pages (service worker cold and warm),
//   the content script's added heap, the longest main-thread task while a 5 MB page and a 1,000,000-text-node page
//   are read, and the time from the dwell's end to a card on screen.
// Run: npm run build && npx tsx scripts/measure-overlay.ts
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveGenerated } from './big-pages';
import { startChromium } from './chromium';
import { heapAfterGc, longest, mainThreadSpans, MAIN_THREAD_PROBE, mb, type Span } from './page-probes';
import { realArticles, servePages } from './test-pages';

// `--extension=DIR` measures another build (an older commit's, to compare in the same run of the machine).
const EXTENSION = resolve(process.argv.find((a) => a.startsWith('--extension='))?.slice(12) ?? resolve(import.meta.dirname, '../.output/chrome-mv3'));

interface Timings {
  dcl: number;
  reading: number;
  firstMarks: number;
  pageRead: number;
  longTasks: Span[];
  /** The rendering updates of long animation frames: style, layout and paint, which are not long tasks. */
  renders: Span[];
}

async function timings(page: Page): Promise<Timings> {
  // No helper functions inside: tsx names them with a __name() call that does not exist in the page.
  const marks = await page.evaluate(() => {
    const [reading, firstMarks, pageRead] = ['sanctions-lens:reading', 'sanctions-lens:first-marks', 'sanctions-lens:page-read'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN);
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { dcl: nav.domContentLoadedEventStart, reading, firstMarks, pageRead };
  });
  return { ...marks, ...(await mainThreadSpans(page)) };
}

/**
 * When the page's own first rendering after `from` ended: reading starts at DOMContentLoaded, before the page's
 * first style and layout of everything, which is the page's cost, not ours.
 */
function firstFrameEnd(renders: Span[], from: number): number {
  const first = renders.find((r) => r.start + r.duration >= from);
  return first ? first.start + first.duration : from;
}

async function load(context: BrowserContext, url: string, timeout = 120_000): Promise<{ page: Page; t: Timings }> {
  const page = await context.newPage();
  await page.addInitScript(MAIN_THREAD_PROBE);
  await page.goto(url, { timeout });
  await page.waitForFunction(() => performance.getEntriesByName('sanctions-lens:page-read').length > 0, undefined, { timeout, polling: 100 });
  await page.waitForTimeout(300);
  return { page, t: await timings(page) };
}

async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : 'n/a');

async function main() {
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const pages = await servePages();
  const generated = await serveGenerated();
  const browser = await startChromium({ extensionDir: EXTENSION, headless: true });
  const pw = await chromium.connectOverCDP(browser.cdpUrl);
  const context = pw.contexts()[0];
  const rows: [string, string][] = [];
  // Printed as they come, and as a table at the end. `--only=big` measures only the big pages.
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const row = (k: string, v: string) => {
    rows.push([k, v]);
    console.log(`${k}: ${v}`);
  };
  try {
    if (only !== 'big') {
    // First start: the worker imports the shipped dataset; wait for it on the demo article.
    const first = await load(context, `${pages.origin}/pages/demo-article.html`);
    row('first start (dataset import), demo article: DOMContentLoaded → first marks', ms(first.t.firstMarks - first.t.dcl));
    await first.page.close();

    const articles = realArticles();
    if (articles.length === 0) row('real articles', 'absent (../shared/pages): skipped');
    for (const file of articles) {
      const url = `${pages.origin}/articles/${file.replace(/\.txt$/, '.html')}`;
      const blank = await context.newPage();
      await stopServiceWorker(blank);
      await blank.close();
      const cold = await load(context, url);
      await cold.page.close();
      const warm = await load(context, url);
      await warm.page.close();
      row(`${file}: DOMContentLoaded → first marks, worker cold / warm`, `${ms(cold.t.firstMarks - cold.t.dcl)} / ${ms(warm.t.firstMarks - warm.t.dcl)}`);
    }

    // Added heap: the same article with and without the content script (about:blank is not matched).
    const heapUrl = articles.length ? `${pages.origin}/articles/${articles[articles.length - 2 >= 0 ? articles.length - 2 : 0].replace(/\.txt$/, '.html')}` : `${pages.origin}/pages/demo-article.html`;
    const html = await (await fetch(heapUrl)).text();
    const bare = await context.newPage();
    await bare.setContent(html);
    const bareHeap = await heapAfterGc(bare);
    await bare.close();
    const withScript = await load(context, heapUrl);
    // Open one card so the card UI is counted too.
    const point = await withScript.page.evaluate(() => {
      for (const [, hl] of CSS.highlights) for (const r of hl) if (r instanceof Range) return r.getClientRects()[0].toJSON() as { x: number; y: number; width: number; height: number };
      return null;
    });
    if (point) {
      await withScript.page.mouse.move(point.x + point.width / 2, point.y + point.height / 2, { steps: 2 });
      await withScript.page.locator('sanctions-lens-card [role="dialog"]').waitFor({ timeout: 5_000 });
    }
    const scriptHeap = await heapAfterGc(withScript.page);
    row(`content script's added JS heap (${heapUrl.split('/').pop()}, after GC, one card opened)`, `${mb(scriptHeap - bareHeap)} (${mb(bareHeap)} → ${mb(scriptHeap)})`);
    await withScript.page.close();

    // Card open time: hover several names, read the content script's measures.
    const demo = await load(context, `${pages.origin}/pages/demo-article.html`);
    await demo.page.setViewportSize({ width: 1100, height: 800 });
    const targets = await demo.page.evaluate(() => {
      const out: { x: number; y: number }[] = [];
      for (const [, hl] of CSS.highlights) for (const r of hl) if (r instanceof Range) {
        const b = r.getClientRects()[0];
        out.push({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
      }
      return out;
    });
    for (const t of targets) {
      await demo.page.mouse.move(5, 5);
      await demo.page.keyboard.press('Escape');
      await demo.page.mouse.move(t.x, t.y, { steps: 2 });
      await demo.page.waitForTimeout(700);
    }
    const cardTimes = await demo.page.evaluate(() => performance.getEntriesByName('sanctions-lens:card-open').map((e) => e.duration));
    row(`dwell end → card on screen, ${cardTimes.length} cards (median / max)`, `${cardTimes.length ? [...cardTimes].sort((a, b) => a - b)[Math.floor(cardTimes.length / 2)].toFixed(1) : 'n/a'} ms / ${Math.max(...cardTimes).toFixed(1)} ms`);
    await demo.page.close();

    }
    // Big pages: the longest main-thread task while the content script reads them. `--boxes` draws the marks as
    // boxes instead of highlights; `--page=million` or `--page=5mb` measures one of them.
    const boxes = process.argv.includes('--boxes');
    const which = process.argv.find((a) => a.startsWith('--page='))?.slice(7);
    const extId = new URL(((await (await fetch(`${browser.cdpUrl}/json/list`)).json()) as { type: string; url: string }[]).find((t) => t.type === 'service_worker')!.url).host;
    const settingsPage = await context.newPage();
    await settingsPage.goto(`chrome-extension://${extId}/options.html`);
    const saveSettings = (settings: object | null) =>
      settingsPage.evaluate((s) => {
        const storage = (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void>; remove(k: string): Promise<void> } } } }).chrome.storage.local;
        return s ? storage.set({ settings: s }) : storage.remove('settings');
      }, settings);
    for (const [label, path] of ([['5 MB page', '/big-5mb.html'], ['1,000,000 text nodes', '/million-nodes.html']] as const).filter(([, p]) => !which || p.includes(which))) {
      await saveSettings(boxes ? { boxes: true } : null);
      const big = await load(context, `${generated.origin}${path}`, 300_000);
      const marks = await big.page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
      const heap = await heapAfterGc(big.page);
      row(
        `${label}${boxes ? ' (boxes)' : ''}: longest task while reading / overall (page's own parsing and layout included)`,
        `${ms(longest(big.t.longTasks, big.t.reading, big.t.pageRead))} / ${ms(longest(big.t.longTasks))}`,
      );
      row(
        `${label}${boxes ? ' (boxes)' : ''}: longest rendering update while reading (after the page's first frame) / overall`,
        `${ms(longest(big.t.renders.filter((r) => r.start > firstFrameEnd(big.t.renders, big.t.reading)), big.t.reading, big.t.pageRead))} / ${ms(longest(big.t.renders))}`,
      );
      row(`${label}: DOMContentLoaded → first marks`, ms(big.t.firstMarks - big.t.dcl));
      row(`${label}: reading took (start → all marked), marks, heap after GC`, `${ms(big.t.pageRead - big.t.reading)}, ${marks} marks, ${mb(heap)}`);
      await big.page.close();
      // The same page with the marks switched off: the page's own long tasks, for comparison.
      await saveSettings({ disabledSites: ['127.0.0.1'] });
      const off = await context.newPage();
      await off.addInitScript(MAIN_THREAD_PROBE);
      await off.goto(`${generated.origin}${path}`, { timeout: 120_000 });
      await off.waitForTimeout(Math.max(1000, big.t.pageRead - big.t.dcl + 500));
      const offT = await timings(off);
      const [offFrom, offTo] = [offT.dcl + (big.t.reading - big.t.dcl), offT.dcl + (big.t.pageRead - big.t.dcl)];
      row(`${label}, marks switched off: longest task in the same span after DOMContentLoaded / overall`, `${ms(longest(offT.longTasks, offFrom, offTo))} / ${ms(longest(offT.longTasks))}`);
      row(
        `${label}, marks switched off: longest rendering update in the same span (after the page's first frame) / overall`,
        `${ms(longest(offT.renders.filter((r) => r.start > firstFrameEnd(offT.renders, offFrom)), offFrom, offTo))} / ${ms(longest(offT.renders))}`,
      );
      await off.close();
      await saveSettings(null);
    }
    await settingsPage.close();
  } finally {
    await pw.close();
    await browser.stop();
    await pages.close();
    await generated.close();
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\nSanctions Lens overlay measurements (${new Date().toISOString().slice(0, 10)}, headless Chromium)\n`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
