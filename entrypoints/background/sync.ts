// Wires the sync engine (lib/sync/engine.ts) to the browser: its IndexedDB storage, the check alarm, the origin
// permission, the settings, start-up.
import { browser } from 'wxt/browser';
import { parseBlockRows } from '@/lib/sync/blocks';
import { createSyncEngine, type EngineDeps } from '@/lib/sync/engine';
import { datasetUrlProblem, originPattern } from '@/lib/sync/origin';
import { withManagedSync } from '@/lib/sync/managed';
import { clampInterval, nextCheckAt } from '@/lib/sync/schedule';
import type { SyncProgress, SyncResult, SyncSettings, SyncStatus } from '@/lib/sync/status';
import { storage } from './dexie-storage';
import { readAllEntities } from './entity-store';
import { prepareNameIndex } from './active-name-index';
import { prepareSearchIndex } from './active-search-index';
import { readManaged } from './managed-storage';

const ALARM = 'dataset-sync';

/** The worker's one engine: one install at a time, bundled or synced. */
export const engine = createSyncEngine(storage);
const { currentProgress, resumePending, syncHistory, syncNow, syncState } = engine;

/** The Dataset URL and interval in force: the organisation's where its policy sets them, else the reader's. */
async function syncSettings(): Promise<SyncSettings> {
  const [reader, managed] = await Promise.all([engine.syncSettings(), readManaged()]);
  return withManagedSync(reader, managed);
}

export function workerDeps(): EngineDeps {
  // The only address the extension fetches from is the Dataset URL, and only once its origin is granted.
  return {
    fetch: (input, init) => fetch(input, init),
    timeoutMs: 30_000,
    now: () => Date.now(),
    // A mirror the organisation set needs no grant from the reader; it must then answer with CORS headers.
    allowed: async (url) => (await managedOrigin()) === new URL(url).origin || browser.permissions.contains({ origins: [originPattern(url)] }),
    prepare: async (version, key, rows) => {
      // The rows the import just wrote, when it has them: the version is not read back from IndexedDB.
      const entities = rows ? await parseBlockRows(rows) : await readAllEntities(version);
      await prepareNameIndex(version, key, entities);
      await prepareSearchIndex(version, key, entities);
    },
  };
}

async function managedOrigin(): Promise<string | null> {
  const { datasetUrl } = await readManaged();
  return datasetUrl ? new URL(datasetUrl).origin : null;
}

async function schedule(): Promise<string | null> {
  const settings = await syncSettings();
  if (!settings.url) {
    await browser.alarms.clear(ALARM);
    return null;
  }
  const state = await syncState();
  const now = Date.now();
  // A new address is checked at once.
  const when = state.url === settings.url ? nextCheckAt({ ...state, intervalHours: settings.intervalHours }, now) : now;
  await browser.alarms.create(ALARM, { when: Math.max(when, now + 1000) });
  return new Date(Math.max(when, now)).toISOString();
}

/** `installOlder`: the held mirror dataset's version the reader chose to install anyway ("Install it anyway"). */
export async function runSync(installOlder?: string): Promise<SyncResult> {
  const { url } = await syncSettings();
  try {
    return await syncNow(url, workerDeps(), { installOlder });
  } finally {
    await schedule();
  }
}

/** The schedule again, after the organisation's settings changed. */
export async function rescheduleSync(): Promise<void> {
  await schedule();
}

export async function setSyncSettings(input: SyncSettings): Promise<{ ok: true } | { ok: false; error: string }> {
  // A field the organisation sets is not the reader's to change: the reader's own value is kept under it.
  const [own, managed] = await Promise.all([engine.syncSettings(), readManaged()]);
  const url = managed.datasetUrl === undefined ? input.url.trim() : own.url;
  const intervalHours = managed.checkIntervalHours === undefined ? clampInterval(input.intervalHours) : own.intervalHours;
  const problem = url && managed.datasetUrl === undefined ? datasetUrlProblem(url) : null;
  if (problem) return { ok: false, error: problem };
  await storage.putMeta({ key: 'settings', settings: { url, intervalHours } });
  await schedule();
  return { ok: true };
}

/**
 * "Return to the shipped dataset": the Dataset URL is cleared first (or its next check would install the newer
 * dataset again), then the bundled dataset is installed as it is; the history says how it went.
 */
export async function returnToShippedDataset(): Promise<SyncResult> {
  const { intervalHours } = await syncSettings();
  await storage.putMeta({ key: 'settings', settings: { url: '', intervalHours } });
  await schedule();
  return engine.returnToBundled(browser.runtime.getURL('/dataset/manifest.json'), workerDeps());
}

/** A job a stopped worker left is shown as running: the start-up that wakes the worker goes on with it. */
async function pendingProgress(): Promise<SyncProgress | null> {
  const job = await storage.getJob();
  if (!job) return null;
  const records = job.plan.kind === 'full' ? job.plan.file.records : job.plan.chain.reduce((n, d) => n + d.records, 0);
  return { step: job.step, version: job.manifest.version, bytesDone: 0, bytesTotal: 0, recordsDone: job.recordsDone, recordsTotal: records };
}

export async function syncStatus(): Promise<SyncStatus> {
  const [settings, history, state] = await Promise.all([syncSettings(), syncHistory(), syncState()]);
  const next = settings.url ? new Date(state.url === settings.url ? nextCheckAt({ ...state, intervalHours: settings.intervalHours }, Date.now()) : Date.now()).toISOString() : null;
  const heldOlder = state.url === settings.url ? (state.heldOlder ?? null) : null;
  return { settings, progress: currentProgress() ?? (await pendingProgress()), history, nextCheckAt: next, heldOlder };
}

/** At each worker start: go on with a half-done install, then check when a check is overdue. */
export function startSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void runSync();
  });
  void (async () => {
    const resumed = await resumePending(workerDeps());
    if (resumed) return schedule();
    const settings = await syncSettings();
    const state = await syncState();
    if (settings.url && (state.url !== settings.url || nextCheckAt({ ...state, intervalHours: settings.intervalHours }, Date.now()) <= Date.now())) return void (await runSync());
    return schedule();
  })().catch((e: unknown) => console.error('Sanctions Lens: the sync could not start:', e));
}
