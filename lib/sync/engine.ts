// The sync: check the published manifest, decide, install (install.ts), keep the history. Over a SyncStorage, so it
// runs in Node as in the worker; entrypoints/background/sync.ts wires it to alarms and permissions.
import { listDates, listsGoneBack } from '../dataset/list-dates';
import type { DatasetSource } from '../dataset/format';
import { parsePublishedManifest, type PublishedManifest } from '../dataset/publish';
import { ValidationError } from '../dataset/validate';
import { fetchOrFail, readBody } from './download';
import { readerMessage, storageFailure, SyncError } from './errors';
import { discardJob, install, InstallStopped, removeStaleVersions, type InstallDeps } from './install';
import { datasetUrlProblem } from './origin';
import { choosePlan } from './plan';
import { DEFAULT_INTERVAL_HOURS } from './schedule';
import { readerWords, type OlderList, type SyncHistoryEntry, type SyncProgress, type SyncResult, type SyncSettings, type SyncWords } from './status';
import type { ActiveVersion, SyncJob, SyncState, SyncStorage } from './storage';
import { isFutureVersion, judgeVersion } from './version';

const HISTORY = 20;
const MANIFEST_LIMIT = 1 << 20;

export interface EngineDeps extends Omit<InstallDeps, 'onProgress'> {
  /** Whether the extension may fetch from this address (its origin was granted). */
  allowed: (url: string) => Promise<boolean>;
  now: () => number;
}

export interface SyncEngine {
  /**
   * "Sync now", an alarm, or a start-up check. A call while a sync runs joins it instead of starting another.
   * `installOlder`: the version of a mirror's dataset held back for its older lists, which the reader chose to install.
   */
  syncNow(url: string, deps: EngineDeps, options?: { installOlder?: string }): Promise<SyncResult>;
  /** At start-up: an install a stopped worker left half done goes on from its checkpoint. */
  resumePending(deps: EngineDeps): Promise<SyncResult | null>;
  /** The dataset shipped with the extension, installed through the same path when it is newer than the active one. */
  installBundled(manifestUrl: string, deps: EngineDeps): Promise<SyncResult>;
  /**
   * "Return to the shipped dataset": installs the bundled dataset as it is, even when the active one is newer, and
   * records it in the history. The caller clears the Dataset URL first, or the next check installs it again.
   */
  returnToBundled(manifestUrl: string, deps: EngineDeps): Promise<SyncResult>;
  /** Runs `task` after every task started before it: one install at a time, bundled or synced. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** Removes rows a stopped worker left after a switch (call under exclusive(), so a sync keeps its staging rows). */
  removeStaleVersions(): Promise<void>;
  currentProgress(): SyncProgress | null;
  syncSettings(): Promise<SyncSettings>;
  syncState(): Promise<SyncState>;
  syncHistory(): Promise<SyncHistoryEntry[]>;
}

function day(iso: string | undefined): string | null {
  return iso ? iso.slice(0, 10) : null;
}

/** A manifest body, at most 1 MB, parsed and validated. */
async function readManifest(response: Response, controller: AbortController, deps: EngineDeps): Promise<PublishedManifest> {
  const pieces: Uint8Array[] = [];
  await readBody(response, controller, MANIFEST_LIMIT, (p) => void pieces.push(p), deps);
  let text: string;
  try {
    // Fatal: a manifest that is not UTF-8 is refused rather than read with U+FFFD in its strings.
    text = new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(pieces as BlobPart[]).arrayBuffer());
  } catch {
    throw new SyncError('bad-manifest', 'not UTF-8 text');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SyncError('bad-manifest', 'not JSON');
  }
  try {
    return parsePublishedManifest(value);
  } catch (e) {
    if (e instanceof ValidationError) throw new SyncError('bad-manifest', e.message);
    throw e;
  }
}

function newJob(source: SyncJob['source'], manifestUrl: string, manifest: PublishedManifest, active: ActiveVersion | undefined, validators: { etag: string | null; lastModified: string | null }): SyncJob {
  // A dataset holding a list older than the one in use (a mirror of 2019's OFAC list over the shipped one of 2024) is
  // installed as it is: records keep their history, but its differences make no events and no delisted records, as an
  // entry missing from an older list was never removed from it.
  const back = active ? listsGoneBack(active.manifest.sources, manifest.sources) : [];
  return {
    ...(back.length ? { history: 'in-file' as const } : {}),
    key: 'job', source, manifestUrl, manifest,
    fromVersion: active?.version ?? null,
    fromDataset: active?.manifest.version ?? null,
    fromCreated: active?.manifest.created ?? null,
    plan: choosePlan(manifest, active?.manifest.version ?? null),
    startedAt: new Date().toISOString(),
    step: 'downloading', fileIndex: 0, downloaded: false, recordsDone: 0,
    lastId: null, written: 0,
    ...validators,
  };
}

/** The lists whose data in `after` is older than in `before`, with both days. */
function olderLists(before: readonly DatasetSource[], after: readonly DatasetSource[]): OlderList[] {
  const was = new Map(listDates(before).map((d) => [d.list, d.asOf]));
  const back = new Set(listsGoneBack(before, after));
  return listDates(after).filter((d) => back.has(d.list)).map((d) => ({ list: d.list, asOf: d.asOf, inUse: was.get(d.list)! }));
}

/** The job started from the dataset that is still active. */
function sameStart(job: SyncJob, active: ActiveVersion | undefined): boolean {
  return job.fromVersion === (active?.version ?? null) && job.fromDataset === (active?.manifest.version ?? null);
}

/** The engine over `storage`; the worker makes one, each test its own. */
export function createSyncEngine(storage: SyncStorage): SyncEngine {
  let progress: SyncProgress | null = null;
  let running: Promise<SyncResult> | null = null;
  let lock: Promise<unknown> = Promise.resolve();

  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = lock.then(task, task);
    lock = run.catch(() => undefined);
    return run;
  }

  async function syncSettings(): Promise<SyncSettings> {
    const row = await storage.getMeta('settings');
    return row ? row.settings : { url: '', intervalHours: DEFAULT_INTERVAL_HOURS };
  }

  async function syncState(): Promise<SyncState> {
    return (await storage.getMeta('syncState')) ?? { key: 'syncState', lastCheckAt: null, failures: 0, etag: null, lastModified: null, url: '' };
  }

  async function syncHistory(): Promise<SyncHistoryEntry[]> {
    return (await storage.getMeta('history'))?.entries ?? [];
  }

  async function record(result: SyncResult, state: SyncState, at: number): Promise<void> {
    await storage.transaction(['meta'], async () => {
      const entries = [{ at: new Date(at).toISOString(), ...result }, ...(await syncHistory())].slice(0, HISTORY);
      await storage.putMeta({ key: 'history', entries });
      await storage.putMeta(state);
    });
  }

  /** The active dataset's date, for "the previous dataset (…) is still in use". */
  async function previousDate(): Promise<string | null> {
    return day((await storage.getMeta('active'))?.manifest.created);
  }

  async function fetchManifest(url: string, state: SyncState, deps: EngineDeps): Promise<{ manifest: PublishedManifest; etag: string | null; lastModified: string | null } | 'not-modified'> {
    const headers: Record<string, string> = {};
    // Conditional only for the address the validators came from.
    if (state.url === url && state.etag) headers['If-None-Match'] = state.etag;
    if (state.url === url && state.lastModified) headers['If-Modified-Since'] = state.lastModified;
    const { response, controller } = await fetchOrFail(url, { headers }, deps);
    if (response.status === 304) return 'not-modified';
    return { manifest: await readManifest(response, controller, deps), etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  }

  /** Installs a job, or goes on with it; turns the outcome into a history line and the next check's state. */
  async function runJob(job: SyncJob, deps: EngineDeps): Promise<SyncResult> {
    const onProgress = (p: SyncProgress) => {
      progress = p;
    };
    const count = await install(storage, job, { ...deps, onProgress });
    const what = job.plan.kind === 'full' ? 'the full dataset' : `${job.plan.chain.length} update${job.plan.chain.length > 1 ? 's' : ''}`;
    return {
      outcome: 'installed',
      version: job.manifest.version,
      message: `Installed the dataset of ${day(job.manifest.created)} (${count.toLocaleString('en')} entries) from ${what}.`,
      words: { code: 'installed', date: day(job.manifest.created), count, updates: job.plan.kind === 'full' ? 0 : job.plan.chain.length },
    };
  }

  async function check(url: string, deps: EngineDeps, installOlder?: string): Promise<SyncResult> {
    const state = await syncState();
    const started = deps.now();
    let next: SyncState = { ...state, lastCheckAt: started, url };
    let result: SyncResult;
    try {
      progress = { step: 'checking', version: '', bytesDone: 0, bytesTotal: 0, recordsDone: 0, recordsTotal: 0 };
      if (!url) throw new SyncError('no-url');
      if (datasetUrlProblem(url)) throw new SyncError('insecure', url);
      if (!(await deps.allowed(url))) throw new SyncError('permission', new URL(url).origin);
      const active = await storage.getMeta('active');
      const answer = await fetchManifest(url, state, deps);
      if (answer === 'not-modified') {
        result = { outcome: 'up-to-date', version: active?.manifest.version ?? null, message: 'The dataset is up to date (not modified since the last check).', words: { code: 'not-modified' } };
      } else {
        // Refused before it is compared: installed, it would make every real update after it look older.
        if (isFutureVersion(answer.manifest.version, deps.now())) throw new SyncError('future', `dated ${answer.manifest.version.slice(0, 10)}; this computer's clock says ${new Date(deps.now()).toISOString().slice(0, 10)}`);
        const verdict = judgeVersion(active?.manifest.version ?? null, answer.manifest.version);
        if (verdict === 'older') throw new SyncError('older', `${answer.manifest.version} < ${active?.manifest.version}`);
        const validators = { etag: answer.etag, lastModified: answer.lastModified };
        // A mirror must not take the reader back to an older list silently (the publishers' check refuses an older
        // publication): it is held, and the options page offers to install it anyway. Its validators are not kept,
        // so the next check reads its manifest again.
        const older = active && verdict === 'newer' ? olderLists(active.manifest.sources, answer.manifest.sources) : [];
        const resuming = (await storage.getJob())?.manifest.version === answer.manifest.version;
        if (older.length && installOlder !== answer.manifest.version && !resuming) {
          const lists = older.map((l) => `${l.list} of ${l.asOf} (in use: ${l.inUse})`).join(', ');
          result = { outcome: 'held', version: active?.manifest.version ?? null, message: `The mirror's dataset holds a list older than the one in use: ${lists}; not installed.`, words: { code: 'mirror-older', lists: older } };
          next = { ...next, heldOlder: { version: answer.manifest.version, lists: older } };
        } else if (verdict === 'same') {
          next = { ...next, ...validators, heldOlder: null };
          result = { outcome: 'up-to-date', version: answer.manifest.version, message: 'The dataset is up to date.', words: { code: 'up-to-date' } };
        } else {
          const pending = await storage.getJob();
          const resumable = pending && pending.manifest.version === answer.manifest.version && sameStart(pending, active) && pending.manifestUrl === url;
          if (pending && !resumable) await discardJob(storage);
          const job = resumable ? pending : newJob('remote', url, answer.manifest, active, validators);
          if (!resumable) await storage.putJob(job);
          result = await runJob(job, deps);
          next = { ...next, ...validators, heldOlder: null };
        }
      }
      next.failures = 0;
    } catch (e) {
      if (e instanceof InstallStopped) throw e;
      // Anything else ends the attempt: its staging rows go (which also frees the space a full disk needs for the
      // history line below), and the previous dataset stays.
      await discardJob(storage);
      const failure = e instanceof SyncError ? e : storageFailure(e);
      if (!failure) console.error('Sanctions Lens: the sync failed unexpectedly:', e);
      const previous = await previousDate();
      const message = failure
        ? readerMessage(failure.failure, previous, failure.detail)
        : `The sync failed (${(e as Error).message}); the previous dataset (${previous ?? 'none'}) is still in use.`;
      const words: SyncWords = failure ? readerWords(failure.failure, previous, failure.detail) : { code: 'error', error: (e as Error).message, previous };
      result = { outcome: 'failed', version: (await storage.getMeta('active'))?.manifest.version ?? null, message, words };
      next = { ...next, failures: state.failures + 1 };
    } finally {
      progress = null;
    }
    await record(result, next, started);
    return result;
  }

  async function installBundledJob(job: SyncJob, deps: EngineDeps): Promise<SyncResult> {
    const started = deps.now();
    try {
      const result = await runJob(job, deps);
      await storage.putMeta({ key: 'lastImport', at: new Date(started).toISOString(), version: job.manifest.version, ok: true, message: `${result.message} (${deps.now() - started} ms)` });
      return result;
    } catch (e) {
      if (e instanceof InstallStopped) throw e;
      await discardJob(storage);
      const failure = e instanceof SyncError ? e : storageFailure(e);
      const previous = await previousDate();
      const message = failure ? readerMessage(failure.failure, previous, failure.detail) : (e as Error).message;
      const reason: SyncWords = failure ? readerWords(failure.failure, previous, failure.detail) : { code: 'error', error: (e as Error).message, previous };
      await storage.putMeta({ key: 'lastImport', at: new Date(started).toISOString(), version: null, ok: false, message });
      // In the history too, where the reader looks for what happened to the dataset (a full disk after an update).
      const result: SyncResult = { outcome: 'failed', version: null, message: `The dataset shipped with this version of the extension could not be installed. ${message}`, words: { code: 'shipped-not-installed', reason } };
      await record(result, await syncState(), started);
      return result;
    } finally {
      progress = null;
    }
  }

  async function returnToBundledNow(manifestUrl: string, deps: EngineDeps): Promise<SyncResult> {
    const started = deps.now();
    let result: SyncResult;
    try {
      const { response, controller } = await fetchOrFail(manifestUrl, {}, deps);
      const manifest = await readManifest(response, controller, deps);
      const active = await storage.getMeta('active');
      if (active?.manifest.version === manifest.version) {
        result = { outcome: 'up-to-date', version: manifest.version, message: `The dataset shipped with the extension (${day(manifest.created)}) is already in use.`, words: { code: 'shipped-in-use', date: day(manifest.created) } };
      } else {
        await discardJob(storage);
        const job: SyncJob = { ...newJob('bundled', manifestUrl, manifest, active, { etag: null, lastModified: null }), history: 'fresh' };
        await storage.putJob(job);
        const installed = await runJob(job, deps);
        const count = (await storage.getMeta('active'))?.entityCount ?? 0;
        result = {
          ...installed,
          message: `Returned to the dataset shipped with the extension, of ${day(manifest.created)} (${count.toLocaleString('en')} entries).`,
          words: { code: 'returned-to-shipped', date: day(manifest.created), count },
        };
      }
    } catch (e) {
      if (e instanceof InstallStopped) throw e;
      await discardJob(storage);
      const failure = e instanceof SyncError ? e : storageFailure(e);
      if (!failure) console.error('Sanctions Lens: the return to the shipped dataset failed unexpectedly:', e);
      const previous = await previousDate();
      const why = failure ? readerMessage(failure.failure, previous, failure.detail) : `${(e as Error).message}; the previous dataset (${previous ?? 'none'}) is still in use.`;
      const reason: SyncWords = failure ? readerWords(failure.failure, previous, failure.detail) : { code: 'error', error: (e as Error).message, previous };
      result = { outcome: 'failed', version: (await storage.getMeta('active'))?.manifest.version ?? null, message: `The shipped dataset could not be installed again. ${why}`, words: { code: 'shipped-not-reinstalled', reason } };
    } finally {
      progress = null;
    }
    // The Dataset URL's validators no longer describe the active dataset: the next check asks for the whole manifest.
    await record(result, { ...(await syncState()), etag: null, lastModified: null }, started);
    return result;
  }

  return {
    exclusive,
    syncSettings,
    syncState,
    syncHistory,
    currentProgress: () => progress,
    removeStaleVersions: () => removeStaleVersions(storage),

    syncNow: function syncNow(url, deps, options = {}): Promise<SyncResult> {
      // The reader's "Install it anyway" does not join a check under way (that one holds the dataset): it runs next.
      if (options.installOlder && running) return running.catch(() => undefined).then(() => syncNow(url, deps, options));
      running ??= exclusive(() => check(url, deps, options.installOlder)).finally(() => {
        running = null;
      });
      return running;
    },

    resumePending(deps) {
      return exclusive(async () => {
        const job = await storage.getJob();
        if (!job) return null;
        const active = await storage.getMeta('active');
        if (!sameStart(job, active)) {
          await discardJob(storage);
          return null;
        }
        // A composed dataset is in its chunks already: it goes on like the bundled one.
        if (job.source === 'remote') {
          // The same check as a click on "Sync now": it finds the job and goes on with it.
          running ??= check(job.manifestUrl, deps).finally(() => {
            running = null;
          });
          return running;
        }
        return installBundledJob(job, deps);
      });
    },

    returnToBundled(manifestUrl, deps) {
      return exclusive(() => returnToBundledNow(manifestUrl, deps));
    },

    installBundled(manifestUrl, deps) {
      return exclusive(async () => {
        const active = await storage.getMeta('active');
        const pending = await storage.getJob();
        let manifest: PublishedManifest;
        try {
          const { response, controller } = await fetchOrFail(manifestUrl, {}, deps);
          manifest = await readManifest(response, controller, deps);
        } catch (e) {
          const message = `The bundled dataset could not be read: ${(e as Error).message}`;
          await storage.putMeta({ key: 'lastImport', at: new Date(deps.now()).toISOString(), version: null, ok: false, message });
          return { outcome: 'failed', version: null, message, words: { code: 'shipped-unreadable', error: (e as Error).message } };
        }
        const installed = active?.manifest.version ?? null;
        if (judgeVersion(installed, manifest.version) !== 'newer') return { outcome: 'up-to-date', version: installed, message: 'The installed dataset is as new as the bundled one.', words: { code: 'as-new-as-shipped' } };
        if (pending && pending.manifest.version === manifest.version && sameStart(pending, active)) return installBundledJob(pending, deps);
        // A synced install left half done is newer than the bundled one, or it would not have been started.
        if (pending) return { outcome: 'up-to-date', version: installed, message: 'A synced dataset is being installed.', words: { code: 'sync-pending' } };
        const job = newJob('bundled', manifestUrl, manifest, active, { etag: null, lastModified: null });
        await storage.putJob(job);
        return installBundledJob(job, deps);
      });
    },
  };
}
