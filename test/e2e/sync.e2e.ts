// The sync in real Chromium, driven through the options page as a reader would: a loopback dataset host, the first
// sync, one delta, faults, and the service worker stopped mid-import through the DevTools protocol.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatasetManifest, Entity } from '../../lib/dataset/format';
import { fullPath, MANIFEST_PATH } from '../../lib/dataset/publish';
import { publish, type Publication } from '../../scripts/dataset/publication';
import { startDatasetServer, type DatasetServer } from '../../scripts/dataset/server';
import { allowSiteAccess } from '../../scripts/extension-pages';
import { withoutDeltas } from '../sync/fixtures';
import { connect, hoverName, waitForMarks, type Harness } from './harness';

// A full import of the default dataset takes seconds, or a minute on a loaded 2-core machine.
vi.setConfig({ testTimeout: 240_000 });

const DATASET = resolve(import.meta.dirname, '../../public/dataset');
const bundledManifest = JSON.parse(readFileSync(resolve(DATASET, 'manifest.json'), 'utf8')) as DatasetManifest;
const bundled = gunzipSync(readFileSync(resolve(DATASET, 'entities.jsonl.gz')))
  .toString('utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Entity);

// Versions half an hour apart after the bundled one: at most 17.5 hours after it, so never more than the day ahead of
// the clock that the engine allows (a version from the future is refused).
const STEP = 1_800_000;
const at = (steps: number) => new Date(Date.parse(bundledManifest.created) + steps * STEP);

function listed(id: string, name: string, program: string): Entity {
  return {
    id, kind: 'person', name, names: [{ name, type: 'primary' }], birthDates: [], birthPlaces: [], nationalities: [], countries: [],
    positions: [], identifiers: [], sources: [{ list: 'us-ofac-sdn', ref: id }],
    sanctions: [{ authority: 'US OFAC', list: 'us-ofac-sdn', program, status: 'active' }], events: [],
  };
}

// v1: the bundled records plus one newcomer; v2 (a delta): a second newcomer; v3: the next version, for the faults;
// v4: a newcomer whose record carries markup and script, reached through deltas; v5, for the stopped worker, carries
// 150,000 made-up records more, so its import lasts long enough (seconds) for the test to stop the worker in the middle
// of it. It comes last: every later version would carry the 150,000 too, and a full import of them takes tens of
// seconds on a 2-core machine.
const v1 = { created: at(7), entities: [...bundled, listed('test-1', 'Zoltan Firstsync', 'VENEZUELA-EO13850')], sources: bundledManifest.sources };
const v2 = { ...v1, created: at(14), entities: [...v1.entities, listed('test-2', 'Quentin Deltaman', 'VENEZUELA-EO13850')] };
const v3 = { ...v1, created: at(21), entities: [...v2.entities, listed('test-3', 'Faulty Newcomer', 'SDGT')] };
const filler = Array.from({ length: 150_000 }, (_, i) => listed(`test-filler-${String(i).padStart(6, '0')}`, `QXFILLER ZZ${i.toString(36).toUpperCase()}`, 'SDGT'));
const hostile = hostileRecord();
const v4 = { ...v1, created: at(28), entities: [...v3.entities, hostile] };
const v5 = { ...v1, created: at(35), entities: [...v4.entities, listed('test-4', 'Resumed Newcomer', 'SDGT'), ...filler] };

/** A listed person whose name, position and event carry markup and script, as a hostile or broken list might. */
function hostileRecord(): Entity {
  const e = listed('test-5', 'Xavierine Scriptwald', 'SDGT');
  e.countries = ['Venezuela'];
  e.names.push({ name: '<img src=x onerror="window.__slPwned=1">', type: 'aka' });
  e.positions = ['<script>window.__slPwned=2</script> Minister of <b>Bold</b>'];
  e.events = [
    {
      date: '2024-07-09', precision: 'day', type: 'designated', authority: 'US OFAC',
      summary: '<img src=x onerror="window.__slPwned=3"> designated',
      sourceUrl: 'https://example.org/"><script>window.__slPwned=4</script>',
    },
  ];
  return e;
}

const NEWS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body><article>
<p>Nicolás Maduro met Zoltan Firstsync and Quentin Deltaman in Caracas on Tuesday.</p></article></body></html>`;

function withNews(files: Map<string, Uint8Array>): Map<string, Uint8Array> {
  return new Map([...files, ['news.html', new TextEncoder().encode(NEWS)]]);
}

let h: Harness;
let server: DatasetServer;
let options: Page;
let pub1: Publication;
let pub12: Publication;
let pub123: Publication;
let pub1234: Publication;

beforeAll(async () => {
  h = await connect();
  pub1 = publish([v1]);
  pub12 = publish([v1, v2]);
  pub123 = publish([v1, v2, v3]);
  pub1234 = publish([v1, v2, v3, v4]);
  server = await startDatasetServer(withNews(pub1.files));
  await allowLoopbackSiteAccess();
  options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
});

afterAll(async () => {
  // Back to the bundled dataset only, so no later check reaches for a server that is gone, and later files (one
  // browser serves them all, in an order vitest chooses) find the shipped dataset installed, not this file's last.
  await options.evaluate(async () => {
    const ext = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome;
    await ext.runtime.sendMessage({ type: 'setSyncSettings', payload: { url: '', intervalHours: 12 } });
    return ext.runtime.sendMessage({ type: 'returnToShipped', payload: {} });
  });
  await options.close();
  await server.close();
  await h.browser.close();
});

/**
 * Headless Chromium shows the permission prompt of permissions.request where no test can click it, and the request
 * never settles. A reader can grant the same access beforehand in chrome://extensions (Details, Site access); doing
 * that here makes the options page's request settle at once, granted, as it does after a reader's "Allow".
 */
async function allowLoopbackSiteAccess(): Promise<void> {
  await allowSiteAccess(h.context, h.extensionId, ['http://127.0.0.1/*']);
}

const status = () => options.locator('section[aria-labelledby="sl-dataset-heading"] [role="status"]');
/** The result of the sync the reader ran, said once under "Sync now". */
const syncResult = () => options.locator('.sl-result');
const lastSync = () => options.locator('.sl-history li').first();

async function syncNow(): Promise<string> {
  const before = await options.locator('.sl-history li').count();
  await options.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => options.locator('.sl-history li').count(), { timeout: 200_000 }).toBeGreaterThan(before);
  // The history's line gives the outcome and version; the reason is said once, under the button.
  return `${await lastSync().innerText()}\n${await syncResult().innerText()}`;
}

/** The popup's search finds `name`. */
async function popupFinds(name: string, query: string): Promise<boolean> {
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
  await popup.getByRole('searchbox', { name: 'Search' }).fill(query);
  const hit = popup.getByRole('button', { name });
  await hit.or(popup.getByText('No one in the dataset matches')).first().waitFor({ timeout: 20_000 });
  const found = await hit.isVisible();
  await popup.close();
  return found;
}

async function pageMarks(): Promise<string[]> {
  const page = await h.context.newPage();
  await page.goto(`${server.origin}/news.html`);
  const marks = await waitForMarks(page, 1);
  await page.close();
  // Any status: what matters here is which dataset answers. (A made-up two-word name with a common given name is
  // only a "possible" match for the matcher, which is right; tests of the statuses are elsewhere.)
  return [...marks.sanctioned, ...marks.possible];
}

describe('sync through the options page', () => {
  it('sets the Dataset URL (granting its origin) and installs the first sync', async () => {
    await options.getByLabel('Dataset URL').fill(server.manifestUrl);
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => lastSync().innerText().catch(() => ''), { timeout: 200_000 }).toMatch(/Installed/);
    expect(await lastSync().innerText()).toContain(pub1.manifest.version);
    await expect.poll(() => status().innerText()).toContain(pub1.manifest.version);
    expect(await status().innerText()).toMatch(new RegExp(`Entries\\s+${v1.entities.length.toLocaleString('en')}`));
    expect(await pageMarks()).toEqual(expect.arrayContaining(['Nicolás Maduro', 'Zoltan Firstsync']));
  });

  it('applies one delta', async () => {
    server.setFiles(withNews(pub12.files));
    const text = await syncNow();
    expect(text).toMatch(/Installed/);
    expect(text).toContain('from 1 update');
    expect(server.requests.get(fullPath(pub12.manifest.version))).toBeUndefined();
    expect(await pageMarks()).toEqual(expect.arrayContaining(['Nicolás Maduro', 'Zoltan Firstsync', 'Quentin Deltaman']));
    await options.screenshot({ path: h.screenshotPath('options-sync'), fullPage: true });
  });
});

// The options page words the engine's result through the catalog, its date through Intl ("2 Jul 2024").
describe('faults, driven through the options page', () => {
  const v3File = () => fullPath(pub123.manifest.version);
  const cases = [
    {
      name: 'the connection cut mid-body',
      arrange: () => server.setFault(v3File(), { kind: 'cut', afterBytes: 100_000 }),
      reason: /The download was cut off; the previous dataset \(\d{1,2} [A-Z][a-z]{2} \d{4}\) is still in use\./,
    },
    {
      name: 'a wrong sha256',
      arrange: () => {
        const bad = new Uint8Array(pub123.files.get(v3File())!);
        bad[5000] ^= 0xff;
        server.setFault(v3File(), { kind: 'body', bytes: bad });
      },
      reason: /The downloaded file does not match its checksum; the previous dataset \(\d{1,2} [A-Z][a-z]{2} \d{4}\) is still in use\./,
    },
    {
      name: 'a 404 for the manifest',
      arrange: () => server.setFault(MANIFEST_PATH, { kind: 'status', status: 404 }),
      reason: /The dataset was not found at its address \(HTTP 404\); the previous dataset \(\d{1,2} [A-Z][a-z]{2} \d{4}\) is still in use\./,
    },
  ];

  for (const c of cases) {
    it(`${c.name}: the options page says why, and the previous dataset answers on a page and in the popup`, async () => {
      server.clearFaults();
      server.setFiles(withNews(withoutDeltas(pub123)));
      c.arrange();
      const text = await syncNow();
      expect(text).toMatch(/Failed/);
      expect(text).toMatch(c.reason);
      await expect.poll(() => syncResult().innerText()).toMatch(c.reason);
      // Said once: the dataset's "Last check" and the history's line for this sync give the outcome only.
      expect((await options.locator('body').innerText()).match(new RegExp(c.reason.source, 'g'))).toHaveLength(1);
      expect(await options.locator('.sl-last-check').innerText()).toMatch(/: Failed$/);
      expect(await status().innerText()).toContain(pub12.manifest.version);
      expect(await popupFinds('Quentin Deltaman', 'quentin deltaman')).toBe(true);
      expect(await popupFinds('Faulty Newcomer', 'faulty newcomer')).toBe(false);
      expect(await pageMarks()).toEqual(expect.arrayContaining(['Nicolás Maduro', 'Quentin Deltaman']));
    });
  }
});

describe('a synced dataset whose records carry markup and script', () => {
  it('is installed, and its card shows them as text: nothing runs, no markup, no link but http(s)', async () => {
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body><article>
<p>The Treasury sanctioned Xavierine Scriptwald of Venezuela on Tuesday.</p></article></body></html>`;
    server.clearFaults();
    // After the faults v2 is installed: v3 and v4 come as deltas.
    server.setFiles(new Map([...pub1234.files, ['hostile.html', new TextEncoder().encode(page)]]));
    expect(await syncNow()).toMatch(/Installed/);

    const news = await h.context.newPage();
    await news.setViewportSize({ width: 1100, height: 800 });
    await news.goto(`${server.origin}/hostile.html`);
    await waitForMarks(news, 1);
    const card = await hoverName(news, 'Xavierine Scriptwald');
    await expect.poll(() => card.innerText()).toContain('<script>window.__slPwned=2</script> Minister of <b>Bold</b>');
    const text = await card.innerText();
    expect(text).toContain('<img src=x onerror="window.__slPwned=1">');
    expect(text).toContain('<img src=x onerror="window.__slPwned=3"> designated');
    const inCard = await news.evaluate(() => {
      const root = document.querySelector('sanctions-lens-card')?.shadowRoot;
      return {
        elements: root?.querySelectorAll('img, script, b, iframe, object').length ?? -1,
        links: [...(root?.querySelectorAll('a[href]') ?? [])].map((a) => (a as HTMLAnchorElement).protocol),
        pwned: (window as unknown as { __slPwned?: number }).__slPwned ?? null,
      };
    });
    expect(inCard.elements).toBe(0);
    expect(inCard.links.length).toBeGreaterThan(0);
    expect(inCard.links.every((p) => p === 'https:' || p === 'http:')).toBe(true);
    expect(inCard.pwned).toBeNull();
    await news.screenshot({ path: h.screenshotPath('sync-hostile-card') });
    await news.close();
  });
});

describe('a sync interrupted', () => {
  it('the service worker stopped mid-import: the old dataset answers, and the import goes on when it wakes', async () => {
    // Its full file alone: the 150,000 records' import is what the worker is stopped in.
    const pub5 = publish([v5]);
    server.clearFaults();
    server.setFiles(withNews(pub5.files));
    const v5File = fullPath(pub5.manifest.version);
    server.requests.clear();
    await options.getByRole('button', { name: 'Sync now' }).click();
    await options.locator('.sl-progress').getByText('Importing').waitFor({ timeout: 120_000 });
    await expect.poll(() => options.locator('progress').getAttribute('value').then(Number), { timeout: 120_000 }).toBeGreaterThan(0);

    const cdp = await h.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The page's pending "Sync now" learns that the worker went away.
    await options.getByText(/The sync was interrupted/).waitFor();
    await cdp.detach();

    // Meanwhile, and on waking the worker, the previous version answers.
    expect(await popupFinds('Quentin Deltaman', 'quentin deltaman')).toBe(true);
    await expect.poll(() => lastSync().innerText(), { timeout: 200_000 }).toContain(pub5.manifest.version);
    expect(await lastSync().innerText()).toMatch(/Installed/);
    // It went on from the checkpoint: the file was downloaded once.
    expect(server.requests.get(v5File)).toBe(1);
    expect(await popupFinds('Resumed Newcomer', 'resumed newcomer')).toBe(true);
    await options.screenshot({ path: h.screenshotPath('options-sync-history'), fullPage: true });
  });
});
