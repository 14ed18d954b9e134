// Wires the sync engine (lib/sync/engine.ts) to the browser: its IndexedDB storage, the check alarm, the origin
// permission, the settings, start-up.
import { browser } from 'wxt/browser';
import { createSyncEngine, type EngineDeps } from '@/lib/sync/engine';
import { datasetUrlProblem, originPattern } from '@/lib/sync/origin';
import { clampInterval, nextCheckAt } from '@/lib/sync/schedule';
import type { SyncProgress, SyncResult, SyncSettings, SyncStatus } from '@/lib/sync/status';
import { storage } from './dexie-storage';
import { readAllEntities } from './entity-store';
import { prepareNameIndex } from './active-name-index';
import { prepareSearchIndex } from './active-search-index';

const ALARM = 'dataset-sync';

/** The worker's one engine: one install at a time, bundled or synced. */
export const engine = createSyncEngine(storage);
const { currentProgress, resumePending, syncHistory, syncNow, syncSettings, syncState } = engine;

export function workerDeps(): EngineDeps {
  // The only address the extension fetches from is the Dataset URL, and only once its origin is granted.
  return {
    fetch: (input, init) => fetch(input, init),
    timeoutMs: 30_000,
    now: () => Date.now(),
    allowed: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
    prepare: async (version, key) => {
      const entities = await readAllEntities(version);
      await prepareNameIndex(version, key, entities);
      await prepareSearchIndex(version, key, entities);
    },
  };
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

export async function runSync(): Promise<SyncResult> {
  const { url } = await syncSettings();
  try {
    return await syncNow(url, workerDeps());
  } finally {
    await schedule();
  }
}

export async function setSyncSettings(input: SyncSettings): Promise<{ ok: true } | { ok: false; error: string }> {
  const url = input.url.trim();
  const problem = url ? datasetUrlProblem(url) : null;
  if (problem) return { ok: false, error: problem };
  await storage.putMeta({ key: 'settings', settings: { url, intervalHours: clampInterval(input.intervalHours) } });
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
  return { settings, progress: currentProgress() ?? (await pendingProgress()), history, nextCheckAt: next };
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
