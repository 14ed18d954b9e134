// npm run measure:popup-wake -- [--runs 15] [--query lukashenko] [--expect "LUKASHENKA, Alyaksandr Ryhorovich"]
// The popup's first answer after the extension's service worker wakes, in headless Chromium with the built extension:
// each run stops the worker over the DevTools protocol (ServiceWorker.stopAllWorkers, then waits until its target is
// gone), opens popup.html, types a query as soon as the search box is there and times the answer's first result.
// The baseline does the same with the worker running. Runs alternate between the two; prints median and p95 of each,
// and where a woken worker's time goes: a search sent straight after a stop, its round trip beside the time the
// worker spent in it (reading the search index back from its cache included); the rest is the worker starting.
// The popup answers searches itself from the index the worker cached (lib/search/local-answers.ts): the time its own
// read of that index took, from opening, is printed too.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';
import { startChromium } from './chromium';
import { extensionId, latencyStats, optionsPage, sendFrom } from './extension-pages';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    query: { type: 'string', default: 'lukashenko' },
    expect: { type: 'string', default: 'LUKASHENKA, Alyaksandr Ryhorovich' },
    extension: { type: 'string' },
  },
});
const RUNS = Number(args.runs);

async function workerRunning(cdpUrl: string): Promise<boolean> {
  const targets = (await (await fetch(`${cdpUrl}/json/list`)).json()) as { type: string; url: string }[];
  return targets.some((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
}

async function stopWorker(ctx: BrowserContext, cdpUrl: string): Promise<void> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
  const deadline = Date.now() + 10_000;
  while (await workerRunning(cdpUrl)) {
    if (Date.now() > deadline) throw new Error('The service worker was still running 10 s after stopAllWorkers');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Opens the popup, types the query, and returns [ms from the typing, ms from the opening] to the first result. */
async function firstAnswer(ctx: BrowserContext, id: string, popupReads?: number[]): Promise<[number, number]> {
  const page = await ctx.newPage();
  page.on('console', (m) => {
    const read = /the popup read the cached search index in (\d+) ms/.exec(m.text());
    if (read) popupReads?.push(Number(read[1]));
  });
  const opened = performance.now();
  await page.goto(`chrome-extension://${id}/popup.html`);
  const search = page.getByRole('searchbox');
  await search.waitFor();
  const typed = performance.now();
  await search.fill(args.query);
  await page.locator('.sl-results').getByRole('button', { name: args.expect, exact: true }).waitFor({ timeout: 30_000 });
  const answered = performance.now();
  await page.close();
  return [answered - typed, answered - opened];
}

const chrome = await startChromium({ extensionDir: args.extension ?? resolve(import.meta.dirname, '../.output/chrome-mv3'), headless: true });
try {
  const browser = await chromium.connectOverCDP(chrome.cdpUrl);
  const ctx = browser.contexts()[0];
  const id = await extensionId(chrome.cdpUrl);
  const options = await optionsPage(ctx, id);
  // The first start installs the bundled dataset and caches both indexes; one answered search means it is done.
  await firstAnswer(ctx, id);
  // The options page asks the worker for its status every few seconds, which would wake it between a stop and the
  // popup: messages go from a quiet page of the extension instead (its dataset manifest, shown as text).
  await options.close();
  const quiet = await ctx.newPage();
  await quiet.goto(`chrome-extension://${id}/dataset/manifest.json`);
  await new Promise((r) => setTimeout(r, 3000)); // the index caches are written after the first answers
  const cold = { typed: [] as number[], opened: [] as number[] };
  const warm = { typed: [] as number[], opened: [] as number[] };
  const direct = { trip: [] as number[], inWorker: [] as number[] };
  const popupReads: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await stopWorker(ctx, chrome.cdpUrl);
    const [c1, c2] = await firstAnswer(ctx, id, popupReads);
    cold.typed.push(c1);
    cold.opened.push(c2);
    // Warm: the worker answered a moment ago, as while a reader types.
    await sendFrom(quiet, 'datasetInfo', {});
    const [w1, w2] = await firstAnswer(ctx, id);
    warm.typed.push(w1);
    warm.opened.push(w2);
    await stopWorker(ctx, chrome.cdpUrl);
    const sent = performance.now();
    const reply = await sendFrom<{ tookMs: number }>(quiet, 'find', { query: args.query, limit: 50 });
    direct.trip.push(performance.now() - sent);
    direct.inWorker.push(reply.tookMs);
  }
  // The read alone, from a quiet page of the extension (no rendering beside it): the cached search index's record,
  // as the popup reads it, RUNS times.
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  const reads = await quiet.evaluate<number[]>(`(async () => {
    const request = (r) => new Promise((done, fail) => { r.onsuccess = () => done(r.result); r.onerror = () => fail(r.error); });
    const db = await request(indexedDB.open('sanctions-lens-index-cache'));
    const key = await request(db.transaction('indexes').objectStore('indexes').index('kind').getKey('search'));
    const out = [];
    for (let i = 0; i < ${RUNS}; i++) {
      const started = performance.now();
      await request(db.transaction('indexes').objectStore('indexes').get(key));
      out.push(performance.now() - started);
    }
    db.close();
    return out;
  })()`);
  console.log(`popup first answer for "${args.query}", ${RUNS} runs each:`);
  console.log(`  after the worker wakes      typed → answer: ${latencyStats(cold.typed)}; opened → answer: ${latencyStats(cold.opened)}`);
  console.log(`  baseline, worker running    typed → answer: ${latencyStats(warm.typed)}; opened → answer: ${latencyStats(warm.opened)}`);
  console.log(`  the popup's own read of the cached search index (after a wake): ${popupReads.length ? latencyStats(popupReads) : 'none (the worker answered)'}`);
  console.log(`  the cached search index's record read alone, from a quiet extension page: ${latencyStats(reads)}`);
  console.log(`  a search sent to a stopped worker: round trip ${latencyStats(direct.trip)}; in the worker ${latencyStats(direct.inWorker)}`);
  await browser.close();
} finally {
  await chrome.stop();
}
