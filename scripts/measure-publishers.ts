// npm run measure:publishers -- [--samples-ms 100] [--extension DIR] [--profile] [--allocations]
// Measures, in headless Chromium with the built extension and the publishers played on loopback with the real files
// of ../shared/data (scripts/publishers/): the first check of every source over a mirror holding OFAC's list of 2019
// (the bundled dataset with OFAC's rows of 2019-01-04, installed first through the Dataset URL and its "Install it
// anyway", since the publishers' check never installs a list older than the one in use: OFAC's 2021-05-22 files are
// then newer), a daily check with one OFAC change
// (an entry removed, through OFAC's change file) and one with none; for each: time, bytes downloaded, the
// worker's peak JS heap, and the latency of lookups while it runs (a steady stream of page-text scans and popup
// searches, scripts/lookup-stream.ts; the no-change check is repeated until 50 were answered), the machine's load
// beside it, and the worker's longest tasks meanwhile (a trace: what a lookup waits behind). Goals (issue 17): first
// check ≤ 60 s and ≤ 300 MB heap; a day with no change ≤ 1 s and ≤ 50 KB; lookups p95 ≤ 100 ms.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { PublisherCheckResult, PublisherStatus } from '../lib/sync/publishers/status';
import { startChromium } from './chromium';
import { allowSiteAccess, extensionId, latencyStats, optionsPage, sendFrom } from './extension-pages';
import { machineLoad, streamLookups } from './lookup-stream';
import { PUBLISHER_SOURCES } from '../lib/sync/publishers/sources';
import { deltaXml, historyPath } from './publishers/ofac-changes';
import { allPublications, entNumOf, OFAC_PATHS, OFAC_XML_PATH, ofacBytes, ofacLines, ofacPublication, sdnXmlHead, sharedDataPresent } from './publishers/publications';
import { startDatasetServer } from './dataset/server';
import { olderOfacMirror } from './publishers/older-mirror';
import { startPublisherServer } from './publishers/server';
import { servePages } from './test-pages';
import { attachToWorker, longestBusyStretches, longestTasks, profileWorker, sampleAllocations, topFunctions, traceWorker } from './worker-profile';

const { values: args } = parseArgs({ options: { 'samples-ms': { type: 'string', default: '100' }, extension: { type: 'string' }, profile: { type: 'boolean', default: false }, allocations: { type: 'boolean', default: false } } });
const SAMPLE_MS = Number(args['samples-ms']);
const TRACE_SETTLE_MS = 1000;
if (!sharedDataPresent()) throw new Error('The real files in ../shared/data are needed for this measurement.');

const server = await startPublisherServer({ files: allPublications({ ofac: '2021-05-22', eu: 1, uk: 1 }) });
const mirrorFiles = olderOfacMirror();
const mirror = await startDatasetServer(mirrorFiles.files);
/**
 * A day with one OFAC change: the next publication (2021-05-23, id 7002) is 2021-05-22's with one entry fewer, in
 * the history with its change file, as OFAC publishes one (scripts/publishers/ofac-changes.ts).
 */
function oneChange() {
  const files = ofacPublication('2021-05-22');
  const { lines, trailer } = ofacLines(files.get(OFAC_PATHS.sdn)!);
  const gone = entNumOf(lines[100])!;
  files.set(OFAC_PATHS.sdn, ofacBytes([...lines.slice(0, 100), ...lines.slice(101)], trailer));
  files.set(OFAC_XML_PATH, sdnXmlHead('2021-05-23', lines.length - 1));
  const history = JSON.parse(new TextDecoder().decode(files.get(historyPath(2021)))) as unknown[];
  files.set(historyPath(2021), Buffer.from(JSON.stringify([...history, { publicationID: 7002, datePublished: '2021-05-23T10:30:00.000' }])));
  const removed = { id: gone, action: 'remove' as const, entityType: '', title: '', remarks: '', lists: [], programs: [], primaryName: '', aliases: [], addresses: [], features: [] };
  files.set(new URL(PUBLISHER_SOURCES['ofac-sdn'].changes!.file.replace('{id}', '7002')).pathname, deltaXml('2021-05-23', [removed]));
  return files;
}
const pages = await servePages();
const browser = await startChromium({ extensionDir: resolve(args.extension ?? resolve(import.meta.dirname, '../.output/chrome-mv3')), headless: true });
try {
  const pw = await chromium.connectOverCDP(browser.cdpUrl);
  const ctx = pw.contexts()[0];
  const id = await extensionId(browser.cdpUrl);
  const options = await optionsPage(ctx, id);
  while (!(await sendFrom<{ manifest: unknown }>(options, 'datasetInfo', {})).manifest) await new Promise((r) => setTimeout(r, 100));
  console.log('Bundled dataset installed.');

  // Site access for the loopback publishers, as a reader's "Allow" would give it for the real hosts.
  await allowSiteAccess(ctx, id, ['http://127.0.0.1/*', 'http://localhost/*']);
  // The reader's click: a permission request needs a user gesture; the site access above makes it settle, granted.
  await options.evaluate(() => {
    const b = document.createElement('button');
    b.id = 'grant-loopback';
    b.textContent = 'grant';
    b.onclick = () => void (globalThis as unknown as { chrome: { permissions: { request: (p: unknown) => Promise<boolean> } } }).chrome.permissions.request({ origins: ['http://127.0.0.1/*', 'http://localhost/*'] });
    document.body.append(b);
  });
  await options.click('#grant-loopback');
  await options.waitForFunction(() => (globalThis as unknown as { chrome: { permissions: { contains: (p: unknown) => Promise<boolean> } } }).chrome.permissions.contains({ origins: ['http://127.0.0.1/*', 'http://localhost/*'] }));

  const page = await ctx.newPage();
  await page.goto(`${pages.origin}/pages/demo-article.html`);
  const text = await page.locator('article').innerText();
  const worker = await attachToWorker(pw, browser.cdpUrl);
  console.log('Attached to the worker.');
  const heap = async () => ((await worker.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  // What a turn of the event loop costs in this worker: a chain of setTimeout(0) is clamped to 4 ms after five nested
  // timers, which leaves the worker idle between a check's slices; a channel's message is not.
  const turns = (await worker.send('Runtime.evaluate', { awaitPromise: true, returnByValue: true, expression: `(async () => {
    const time = async (turn) => { const t = performance.now(); for (let i = 0; i < 50; i++) await turn(); return ((performance.now() - t) / 50).toFixed(2); };
    const c = new MessageChannel();
    const viaChannel = () => new Promise((r) => { c.port1.onmessage = r; c.port2.postMessage(0); });
    const p = globalThis.scheduler && globalThis.scheduler.postTask;
    return [await time(() => new Promise((r) => setTimeout(r, 0))), await time(viaChannel), p ? await time(() => scheduler.postTask(() => undefined)) : 'absent'];
  })()` })) as { result: { value: string[] } };
  console.log(`A turn of the worker's event loop: setTimeout(0) ${turns.result.value[0]} ms, MessageChannel ${turns.result.value[1]} ms, scheduler.postTask ${turns.result.value[2]} ms (mean of 50 in a row)`);

  /**
   * One scenario: `start` runs a check. A check shorter than the lookups' beat (a day with no change takes a fraction
   * of a second) is run again and again until `minLookups` lookups were answered meanwhile, so its p95 rests on as
   * many lookups as the others'; time and bytes are then each check's.
   */
  async function measure(label: string, start: () => Promise<PublisherCheckResult>, minLookups = 0) {
    await worker.send('HeapProfiler.collectGarbage');
    const heapBefore = await heap();
    let peak = heapBefore;
    const bytesBefore = server.totalSent();
    // Tracing's start is itself a long task of the worker: it passes before the lookups begin, and is not counted.
    const tracer = await traceWorker(pw);
    await new Promise((r) => setTimeout(r, TRACE_SETTLE_MS));
    const lookups = streamLookups(options, text, SAMPLE_MS, async () => {
      peak = Math.max(peak, await heap());
    });
    const profiler = args.profile ? await profileWorker(pw, browser.cdpUrl) : null;
    const sampler = args.allocations ? await sampleAllocations(worker.send) : null;
    const times: number[] = [];
    let result: PublisherCheckResult;
    do {
      const t0 = performance.now();
      result = await start();
      times.push((performance.now() - t0) / 1000);
    } while (lookups.scan.length + lookups.search.length < minLookups);
    await lookups.stop();
    const status = await sendFrom<PublisherStatus>(options, 'publisherStatus', {});
    const checks = times.length;
    const each = checks > 1 ? `${checks} checks in a row (until ${minLookups} lookups were answered), each ${[...times].sort((a, b) => a - b)[checks >> 1].toFixed(2)} s median, ${Math.max(...times).toFixed(2)} s at most` : `${times[0].toFixed(2)} s`;
    console.log(`\n${label}: ${each}, ${((server.totalSent() - bytesBefore) / 1024 / checks).toFixed(1)} KB downloaded${checks > 1 ? ' a check' : ''}, worker heap ${(heapBefore / 2 ** 20).toFixed(0)} MB before, peak ${(peak / 2 ** 20).toFixed(0)} MB`);
    console.log(`  installed: ${result.installed}; ${result.message.slice(0, 300)}`);
    for (const s of status.sources) console.log(`  ${s.message}`);
    console.log(`  lookups meanwhile, one every ${SAMPLE_MS} ms alternating; machine ${machineLoad()}`);
    console.log(`  page-text scan meanwhile: ${latencyStats(lookups.scan)}`);
    console.log(`  popup search meanwhile:   ${latencyStats(lookups.search)}`);
    console.log(`  all lookups meanwhile:    ${latencyStats([...lookups.scan, ...lookups.search])}`);
    const profile = profiler ? await profiler.stop() : undefined;
    const allocated = sampler ? await sampler.stop(args.allocations ? 30 : 15) : undefined;
    const { tasks, gc } = await tracer.stop(TRACE_SETTLE_MS);
    const sum = (by: 'ms' | 'cpuMs' | 'gcMs') => tasks.reduce((n, t) => n + t[by], 0).toFixed(0);
    const wall = times.reduce((n, t) => n + t, 0) * 1000;
    // Tasks include the lookups' own; wall time no task covers is the worker idle (waiting for IndexedDB, or a timer).
    console.log(`  worker meanwhile: ${wall.toFixed(0)} ms of checks; ${tasks.length} tasks, ${sum('ms')} ms of wall time, ${sum('cpuMs')} ms of CPU, ${sum('gcMs')} ms of GC inside`);
    console.log(`  GC in the worker's thread: ${gc.pauses} pauses, ${gc.wallMs.toFixed(0)} ms in all (CPU ${gc.cpuMs.toFixed(0)} ms), longest ${gc.longestMs.toFixed(1)} ms (CPU ${gc.longestCpuMs.toFixed(1)} ms); peak heap at a collection ${(gc.peakHeap / 2 ** 20).toFixed(0)} MB`);
    console.log(`  longest worker tasks (what a lookup waits behind), of ${tasks.length}:\n${longestTasks(tasks, 'ms', profile, args.profile ? 8 : 3).map((l) => `    ${l}`).join('\n')}`);
    console.log(`  longest by the worker's CPU time (the rest of a task is the machine's load):\n${longestTasks(tasks, 'cpuMs', profile, args.profile ? 8 : 3).map((l) => `    ${l}`).join('\n')}`);
    if (allocated) {
      console.log(`  allocated in the worker meanwhile (sampled): ${(allocated.totalBytes / 2 ** 20).toFixed(0)} MB; by function:\n${allocated.top.map((l) => `    ${l}`).join('\n')}`);
      console.log(`  allocated within (inclusive):\n${allocated.within.map((l) => `    ${l}`).join('\n')}`);
    }
    if (profile) {
      console.log(`  worker CPU by function (self time):\n${topFunctions(profile).join('\n')}`);
      console.log(`  longest busy stretches:\n${longestBusyStretches(profile, 12).map((l) => `    ${l}`).join('\n')}`);
    }
  }

  // The mirror with OFAC's list of 2019, through the Dataset URL; then the URL is cleared.
  await sendFrom(options, 'setSyncSettings', { url: mirror.manifestUrl, intervalHours: 24 });
  // Held back (its OFAC list is older than the one in use) until the reader's "Install it anyway".
  await sendFrom(options, 'syncNow', {});
  await sendFrom(options, 'installOlderMirror', { version: mirrorFiles.manifest.version });
  while ((await sendFrom<{ manifest?: { version: string } }>(options, 'datasetInfo', {})).manifest?.version !== mirrorFiles.manifest.version) await new Promise((r) => setTimeout(r, 250));
  await sendFrom(options, 'setSyncSettings', { url: '', intervalHours: 24 });
  console.log('Mirror with OFAC 2019-01-04 installed.');

  await sendFrom(options, 'setPublisherSettings', { on: false, sources: { 'ofac-sdn': true, 'ofac-cons': true, un: true, eu: true, uk: true }, testOrigin: server.origin, testRedirectOrigin: server.redirectOrigin });
  await measure('First check of every source over the mirror (OFAC 2021-05-22 files over 2019-01-04, UN 2026-02-27 unchanged, EU and UK built from real excerpts)', async () => {
    await sendFrom(options, 'setPublisherSettings', { on: true, sources: { 'ofac-sdn': true, 'ofac-cons': true, un: true, eu: true, uk: true }, testOrigin: server.origin, testRedirectOrigin: server.redirectOrigin });
    return sendFrom<PublisherCheckResult>(options, 'checkPublishers', {});
  });
  await measure('A day with no change', () => sendFrom<PublisherCheckResult>(options, 'checkPublishers', {}), 50);
  server.setPublication(oneChange());
  await measure('A day with one OFAC change (an entry removed, through its change file)', () => sendFrom<PublisherCheckResult>(options, 'checkPublishers', {}));
  await worker.detach();
  await pw.close();
} finally {
  await browser.stop();
  await server.close();
  await mirror.close();
  await pages.close();
}
