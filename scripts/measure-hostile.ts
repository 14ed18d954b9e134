// Measures the overlay on the hostile test pages in real Chromium with the built extension, and prints a table:
//   the mutation storm page (1,000 changes a second for 60 s): JS heap after GC before and after, and how soon a name
//   added during and after the storm is marked; the 10,000-names page: reading time and the longest task.
// Run: npm run build && npx tsx scripts/measure-hostile.ts [--seconds=60]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startChromium } from './chromium';
import { heapAfterGc, markLatency, mb } from './page-probes';
import { servePages } from './test-pages';

const EXTENSION = resolve(import.meta.dirname, '../.output/chrome-mv3');

async function main() {
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const seconds = Number(process.argv.find((a) => a.startsWith('--seconds='))?.slice(10) ?? 60);
  const pages = await servePages();
  const browser = await startChromium({ extensionDir: EXTENSION, headless: true });
  const pw = await chromium.connectOverCDP(browser.cdpUrl);
  const context = pw.contexts()[0];
  const rows: [string, string][] = [];
  const row = (k: string, v: string) => {
    rows.push([k, v]);
    console.log(`${k}: ${v}`);
  };
  try {
    // Warm up: the first start imports the shipped dataset.
    const warm = await context.newPage();
    await warm.goto(`${pages.origin}/pages/demo-article.html`);
    await warm.waitForFunction(() => performance.getEntriesByName('sanctions-lens:page-read').length > 0, undefined, { timeout: 120_000 });
    await warm.close();

    const storm = await context.newPage();
    await storm.goto(`${pages.origin}/pages/hostile-mutations.html`);
    await storm.waitForFunction(() => performance.getEntriesByName('sanctions-lens:page-read').length > 0, undefined, { timeout: 60_000 });
    await storm.waitForTimeout(500);
    const before = await heapAfterGc(storm);
    await storm.evaluate((ms) => (window as unknown as { storm: { start(ms: number): void } }).storm.start(ms), seconds * 1000);
    await storm.waitForTimeout((seconds * 1000) / 2);
    const during = await markLatency(storm, 'Manuel Ricardo Cristopher Figuera', 60_000);
    const mid = await heapAfterGc(storm);
    await storm.waitForFunction(() => document.body.dataset.done === 'true', undefined, { timeout: seconds * 1000 + 60_000 });
    const count = await storm.evaluate(() => (window as unknown as { storm: { count: number } }).storm.count);
    const after = await markLatency(storm, 'Nicolás Maduro', 60_000);
    await storm.waitForTimeout(500);
    const end = await heapAfterGc(storm);
    row(`mutation storm: mutations in ${seconds} s`, String(count));
    row('mutation storm: JS heap after GC, before / halfway / after', `${mb(before)} / ${mb(mid)} / ${mb(end)} (${mb(end - before)} growth)`);
    row('mutation storm: a name added halfway / after the storm marked in', `${during} ms / ${after} ms`);
    await storm.close();

    const names = await context.newPage();
    await names.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await names.goto(`${pages.origin}/pages/hostile-10k-names.html`);
    await names.waitForFunction(() => performance.getEntriesByName('sanctions-lens:page-read').length > 0, undefined, { timeout: 120_000 });
    await names.waitForTimeout(300);
    const t = await names.evaluate(() => {
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
      const reading = performance.getEntriesByName('sanctions-lens:reading')[0]?.startTime ?? NaN;
      const read = performance.getEntriesByName('sanctions-lens:page-read')[0]?.startTime ?? NaN;
      return {
        readMs: read - reading,
        whileReading: Math.max(0, ...tasks.filter((x) => x.start + x.duration >= reading && x.start <= read).map((x) => x.duration)),
        overall: Math.max(0, ...tasks.map((x) => x.duration)),
      };
    });
    row('10,000 names: reading took (start → all marked)', `${t.readMs.toFixed(0)} ms`);
    row("10,000 names: longest task while reading / overall (page's own parsing included)", `${t.whileReading.toFixed(0)} ms / ${t.overall.toFixed(0)} ms`);
    await names.close();
  } finally {
    await pw.close();
    await browser.stop();
    await pages.close();
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\nSanctions Lens hostile-page measurements (${new Date().toISOString().slice(0, 10)}, headless Chromium)\n`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
