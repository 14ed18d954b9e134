// npm run measure:sync -- [--entities 1000000] [--samples-ms 100] [--profile] [--extension DIR]
// Measures, in headless Chromium with the built extension: the bundled dataset's first import; a sync of the default
// dataset (full file, replacing the bundled version); a sync of a generated dataset of --entities entities; and the
// latency of lookups (a page-text scan and a popup search, as the content script and popup send them) while each
// sync imports. Prints the figures. --profile prints the worker's busiest functions during the generated sync
// (build with SL_READABLE_BUILD=1 for readable names).
import { createGzip } from 'node:zlib';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { compareIds, encodeEntityLine, sortById } from '../lib/dataset/jsonl';
import { datasetVersion } from '../lib/dataset/manifest';
import { fullPath, MANIFEST_PATH, type PublishedManifest } from '../lib/dataset/publish';
import type { SyncStatus } from '../lib/sync/status';
import { startChromium } from './chromium';
import { loadDataset } from './dataset-files';
import { allowSiteAccess, extensionId, latencyStats, optionsPage, sendFrom } from './extension-pages';
import { machineLoad, streamLookups } from './lookup-stream';
import { profileWorker, topFunctions } from './worker-profile';
import { publish, sha256 } from './dataset/publication';
import { startDatasetServer } from './dataset/server';
import { servePages } from './test-pages';

const { values: args } = parseArgs({ options: { entities: { type: 'string', default: '1000000' }, 'samples-ms': { type: 'string', default: '100' }, profile: { type: 'boolean', default: false }, extension: { type: 'string' } } });
const GENERATED = Number(args.entities);
const SAMPLE_MS = Number(args['samples-ms']);

const DATASET = resolve(import.meta.dirname, '../public/dataset');
const { manifest: bundledManifest, entities: bundled } = loadDataset(DATASET);
// Hours, not days, after the bundled version: a version more than a day ahead of the clock is refused.
const after = (hours: number) => new Date(Date.parse(bundledManifest.created) + hours * 3_600_000);

const FIRST = ['ALI', 'MARIA', 'JOSE', 'IVAN', 'CHEN', 'FATIMA', 'OMAR', 'ELENA', 'PEDRO', 'YUKI', 'HASSAN', 'OLGA'];
const LAST = ['PETROV', 'GARCIA', 'KHAN', 'WANG', 'SILVA', 'MORALES', 'NOVAK', 'HADDAD', 'KIM', 'RAHMAN', 'ORTEGA', 'BAKER'];

/** The default dataset plus generated listed people up to `total`, as a full published file (streamed gzip). */
async function generated(total: number, created: Date): Promise<Map<string, Uint8Array>> {
  const gzip = createGzip({ level: 6 });
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => gzip.on('end', r));
  const write = (line: string) => new Promise<void>((r) => (gzip.write(`${line}\n`) ? r() : gzip.once('drain', () => r())));
  // In id order (FORMAT.md): the default dataset's ids before "gen-", the generated ones (zero-padded), the rest.
  const sorted = sortById(bundled);
  const before = sorted.filter((e) => compareIds(e.id, 'gen-') < 0);
  for (const e of before) await write(encodeEntityLine(e));
  for (let i = bundled.length; i < total; i++) {
    const name = `${LAST[i % 12]} ${LAST[Math.floor(i / 12) % 12]}, ${FIRST[Math.floor(i / 144) % 12]} ${i.toString(36).toUpperCase()}`;
    await write(encodeEntityLine({
      id: `gen-${String(i).padStart(8, '0')}`, kind: 'person', name, names: [{ name, type: 'primary' }, { name: `${FIRST[i % 12]} ${i.toString(36).toUpperCase()}`, type: 'aka' }],
      birthDates: [], birthPlaces: [], nationalities: [], countries: ['Testland'], positions: [], identifiers: [],
      sources: [{ list: 'us-ofac-sdn', ref: String(i) }],
      sanctions: [{ authority: 'US OFAC', list: 'us-ofac-sdn', program: i % 2 ? 'SDGT' : 'IRAN', status: 'active' }], events: [],
    }));
  }
  for (const e of sorted.slice(before.length)) await write(encodeEntityLine(e));
  gzip.end();
  await done;
  const bytes = Buffer.concat(chunks);
  const version = datasetVersion(created, sha256(bytes));
  const manifest: PublishedManifest = {
    format: 1, version, created: created.toISOString(), entities: total, names: 0, sources: bundledManifest.sources,
    files: [{ path: fullPath(version), sha256: sha256(bytes), bytes: bytes.length, records: total }], deltas: [],
  };
  return new Map([[MANIFEST_PATH, new TextEncoder().encode(JSON.stringify(manifest))], [fullPath(version), bytes]]);
}

const pages = await servePages();
const server = await startDatasetServer(new Map());
// --extension: another build (a baseline kept aside) instead of .output/chrome-mv3.
const browser = await startChromium({ extensionDir: resolve(args.extension ?? resolve(import.meta.dirname, '../.output/chrome-mv3')), headless: true });
try {
  const started = Date.now();
  const pw = await chromium.connectOverCDP(browser.cdpUrl);
  const ctx = pw.contexts()[0];
  const id = await extensionId(browser.cdpUrl);
  // The options page opens on install: going to it meanwhile would be interrupted.
  const options = await optionsPage(ctx, id);
  while (!(await sendFrom<{ manifest: unknown }>(options, 'datasetInfo', {})).manifest) await new Promise((r) => setTimeout(r, 100));
  console.log(`Bundled dataset (${bundled.length} entities) imported on first start: ${((Date.now() - started) / 1000).toFixed(1)} s from browser start`);

  // The reader's way in: site access for loopback, then the Dataset URL saved in the options page.
  await allowSiteAccess(ctx, id, ['http://127.0.0.1/*']);

  const page = await ctx.newPage();
  await page.goto(`${pages.origin}/pages/demo-article.html`);
  const text = await page.locator('article').innerText();

  const idleScan: number[] = [];
  const idleSearch: number[] = [];
  for (let i = 0; i < 10; i++) {
    let t = performance.now();
    await sendFrom(options, 'scan', { texts: [text] });
    idleScan.push(performance.now() - t);
    t = performance.now();
    await sendFrom(options, 'find', { query: 'maduro', filters: {}, limit: 50 });
    idleSearch.push(performance.now() - t);
  }
  console.log(`Lookups with no sync running: page-text scan ${latencyStats(idleScan)}; popup search ${latencyStats(idleSearch)}`);

  /** Runs one sync and samples lookup latency until it ends. */
  async function measure(label: string, files: Map<string, Uint8Array>, start: () => Promise<void>) {
    server.setFiles(files);
    const t0 = Date.now();
    await start();
    const lookups = streamLookups(options, text, SAMPLE_MS);
    let status: SyncStatus;
    let lastReport = Date.now();
    for (;;) {
      status = await sendFrom<SyncStatus>(options, 'syncStatus', {});
      if (Date.now() - lastReport > 30_000 && status.progress) {
        lastReport = Date.now();
        const p = status.progress;
        console.log(`  … ${((Date.now() - t0) / 1000).toFixed(0)} s: ${p.step}, ${p.recordsDone}/${p.recordsTotal} records, ${p.bytesDone}/${p.bytesTotal} bytes`);
      }
      if (status.history[0] && Date.parse(status.history[0].at) >= t0 - 1000 && !status.progress) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await lookups.stop();
    const seconds = (Date.now() - t0) / 1000;
    console.log(`\n${label}: ${status.history[0].outcome} in ${seconds.toFixed(1)} s — ${status.history[0].message}`);
    console.log(`  lookups during the sync, one every ${SAMPLE_MS} ms alternating; machine ${machineLoad()}`);
    console.log(`  page-text scan during the sync:  ${latencyStats(lookups.scan)}`);
    console.log(`  popup search during the sync:    ${latencyStats(lookups.search)}`);
    console.log(`  all lookups during the sync:     ${latencyStats([...lookups.scan, ...lookups.search])}`);
    return seconds;
  }

  const def = publish([{ created: after(1), entities: bundled, sources: bundledManifest.sources }]);
  const defBytes = def.manifest.files[0].bytes;
  await measure(`Sync of the default dataset (${bundled.length} entities, ${(defBytes / 1e6).toFixed(2)} MB gz, full file over the bundled version)`, def.files, async () => {
    await options.getByLabel('Dataset URL').fill(server.manifestUrl);
    await options.getByRole('button', { name: 'Save' }).click();
  });

  const t = Date.now();
  const big = await generated(GENERATED, after(2));
  const bigBytes = [...big.values()][1].length;
  console.log(`\nGenerated ${GENERATED} entities (${(bigBytes / 1e6).toFixed(1)} MB gz) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const profiler = args.profile ? await profileWorker(pw, browser.cdpUrl) : null;
  const seconds = await measure(`Sync of the generated dataset (${GENERATED} entities)`, big, async () => {
    void sendFrom(options, 'syncNow', {}).catch(() => undefined);
  });
  if (profiler) console.log(`  worker CPU by function (self time):\n${topFunctions(await profiler.stop()).join('\n')}`);
  console.log(`  ${Math.round(GENERATED / seconds)} entities/s`);
  // Time to marks on a page once the sync is done (the name index of the new version is built on first use).
  const t1 = Date.now();
  await page.reload();
  await page.waitForFunction(() => (CSS.highlights.get('sanctions-lens-sanctioned')?.size ?? 0) > 0, undefined, { timeout: 600_000 });
  console.log(`  first page marked after the switch (index of ${GENERATED} entities built): ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  await pw.close();
} finally {
  await browser.stop();
  await server.close();
  await pages.close();
}
