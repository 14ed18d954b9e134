// The Dataset URL in real Chromium, driven from the options page. Redirects: the extension's service worker cannot
// see where a redirect leads (fetch with `redirect: 'manual'` answers "opaqueredirect", with no Location), so the
// engine follows none for the Dataset URL: nothing is ever asked of another address, and the reader is told to set
// the final address. And "Return to the shipped dataset" after a synced one was installed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetManifest, Entity } from '../../lib/dataset/format';
import { MANIFEST_PATH } from '../../lib/dataset/publish';
import { publish } from '../../scripts/dataset/publication';
import type { SyncResult } from '../../lib/sync/status';
import { startDatasetServer, type DatasetServer } from '../../scripts/dataset/server';
import { allowSiteAccess } from '../../scripts/extension-pages';
import { connect, type Harness } from './harness';

let h: Harness;
let site: DatasetServer;
/** Another origin (another port): never to be asked anything. */
let elsewhere: DatasetServer;
let options: Page;

interface Runtime {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}
declare const chrome: Runtime;

function send<T>(type: string, payload: unknown): Promise<T> {
  return options.evaluate(({ type, payload }) => chrome.runtime.sendMessage({ type, payload }) as Promise<T>, { type, payload });
}

beforeAll(async () => {
  h = await connect();
  site = await startDatasetServer(new Map());
  elsewhere = await startDatasetServer(new Map());
  // Site access for 127.0.0.1, as a reader grants it in chrome://extensions (see sync.e2e.ts).
  await allowSiteAccess(h.context, h.extensionId, ['http://127.0.0.1/*']);
  options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
});

afterAll(async () => {
  await send('setSyncSettings', { url: '', intervalHours: 12 });
  // Whatever happened above, later files find the shipped dataset.
  await send('returnToShipped', {});
  await options.close();
  await site.close();
  await elsewhere.close();
  await h.browser.close();
});

/** Sets the Dataset URL on the options page, as a reader does (which grants its origin and syncs), and waits for the result. */
async function syncFrom(url: string): Promise<SyncResult> {
  const history = () => send<{ history: { at: string }[] }>('syncStatus', {}).then((s) => s.history);
  const before = (await history())[0]?.at ?? '';
  await options.getByLabel('Dataset URL').fill(url);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await history())[0]?.at ?? '', { timeout: 30_000 }).not.toBe(before);
  return (await send<{ history: SyncResult[] }>('syncStatus', {})).history[0];
}

describe('Dataset URL redirects in Chromium', () => {
  it("the extension's worker gets an opaque redirect for `redirect: 'manual'`: no status, no Location", async () => {
    site.setFault(MANIFEST_PATH, { kind: 'redirect', location: `${elsewhere.origin}/${MANIFEST_PATH}` });
    // The worker may be asleep: a message wakes it.
    await send('syncStatus', {});
    const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`)) ?? (await h.context.waitForEvent('serviceworker'));
    const seen = await worker.evaluate(async (url) => {
      const r = await fetch(url, { redirect: 'manual', cache: 'no-store', credentials: 'omit' });
      return { type: r.type, status: r.status, location: r.headers.get('location') };
    }, site.manifestUrl);
    expect(seen).toEqual({ type: 'opaqueredirect', status: 0, location: null });
    expect(elsewhere.requests.size).toBe(0);
  });

  it('a redirect to another origin is refused before it is asked, and recorded in the history', async () => {
    site.setFault(MANIFEST_PATH, { kind: 'redirect', location: `${elsewhere.origin}/${MANIFEST_PATH}` });
    elsewhere.requests.clear();
    const before = await send<{ manifest?: { version: string } }>('datasetInfo', {});
    const r = await syncFrom(site.manifestUrl);
    expect(r.outcome).toBe('failed');
    expect(r.message).toMatch(/^The dataset server sends the download on to another address, which the browser does not let the extension see before going there, so it was not followed; set the Dataset URL to the final address; the previous dataset \(\d{4}-\d\d-\d\d\) is still in use\.$/);
    expect(elsewhere.requests.size).toBe(0);
    expect(site.requests.get(MANIFEST_PATH)).toBeGreaterThanOrEqual(1);
    expect((await send<{ history: { message: string }[] }>('syncStatus', {})).history[0].message).toBe(r.message);
    expect((await send<{ manifest?: { version: string } }>('datasetInfo', {})).manifest?.version).toBe(before.manifest?.version);
  });

  it('a redirect within the origin is not followed either: the browser hides where it leads', async () => {
    site.setFault(MANIFEST_PATH, { kind: 'redirect', location: '/moved/manifest.json' });
    site.requests.clear();
    const r = await syncFrom(site.manifestUrl);
    expect(r.message).toMatch(/does not let the extension see before going there/);
    expect(site.requests.get('moved/manifest.json') ?? site.requests.get('/moved/manifest.json') ?? 0).toBe(0);
  });
});

const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/dataset/manifest.json'), 'utf8')) as DatasetManifest;

interface Info {
  manifest: { version: string } | null;
  entityCount: number;
}

describe('Return to the shipped dataset', () => {
  it('after a synced dataset, the button on the options page installs the shipped one again, and the history says so', async () => {
    const newcomer: Entity = {
      id: 'test-return-1', kind: 'person', name: 'Ulrike Returntest', names: [{ name: 'Ulrike Returntest', type: 'primary' }],
      birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [], identifiers: [], sources: [{ list: 'us-ofac-sdn', ref: 'test-return-1' }],
      sanctions: [{ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'SDGT', status: 'active' }], events: [],
    };
    // A tiny dataset a minute newer than the active one (an earlier file may have synced one newer than the shipped
    // one): what a Dataset URL might serve.
    const active = await send<{ manifest: { created: string } | null }>('datasetInfo', {});
    const created = Math.max(Date.parse(shipped.created), Date.parse(active.manifest?.created ?? shipped.created)) + 60_000;
    const synced = publish([{ created: new Date(created), entities: [newcomer], sources: shipped.sources }]);
    site.clearFaults();
    site.setFiles(synced.files);
    const installed = await syncFrom(site.manifestUrl);
    expect(installed).toMatchObject({ outcome: 'installed', version: synced.manifest.version });
    expect((await send<Info>('datasetInfo', {})).manifest?.version).toBe(synced.manifest.version);
    const found = async () => (await send<{ hits: { id: string }[] }>('find', { query: 'Ulrike Returntest' })).hits.map((h) => h.id);
    expect(await found()).toContain('test-return-1');

    await options.reload();
    await options.getByRole('button', { name: 'Return to the shipped dataset' }).click();
    await expect.poll(() => options.getByText(/^Returned to the dataset shipped with the extension/).count(), { timeout: 200_000 }).toBeGreaterThan(0);
    const info = await send<Info>('datasetInfo', {});
    expect(info.manifest?.version).toBe(shipped.version);
    expect(info.entityCount).toBe(shipped.files[0].records);
    // As shipped: the synced newcomer is gone.
    expect(await found()).not.toContain('test-return-1');
    const status = await send<{ settings: { url: string }; history: SyncResult[] }>('syncStatus', {});
    expect(status.settings.url).toBe('');
    expect(status.history[0]).toMatchObject({ outcome: 'installed', version: shipped.version });
    expect(status.history[0].message).toMatch(/^Returned to the dataset shipped with the extension, of \d{4}-\d\d-\d\d \([\d,]+ entries\)\.$/);
    // The options page shows it, and the Dataset URL field is empty.
    await expect.poll(() => options.getByLabel('Dataset URL').inputValue()).toBe('');
    await options.getByRole('button', { name: 'Return to the shipped dataset' }).scrollIntoViewIfNeeded();
    await options.screenshot({ path: h.screenshotPath('return-to-shipped') });
  });
});
