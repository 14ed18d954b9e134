// Keeping the lists current from their publishers: check each enabled source (fetch-publication.ts), compose a new
// dataset from the installed one and what changed (compose.ts), and install it through the same checkpointed path
// as every dataset (lib/sync/install.ts). One source failing never blocks another or touches the installed data.
// Over a SyncStorage, so it runs in Node as in the worker; entrypoints/background/publisher-sync.ts wires it.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { CuratedRow } from '../../dataset/curated';
import type { DatasetManifest, DatasetSource, Entity } from '../../dataset/format';
import type { OfacSet } from '../../dataset/ofac';
import { OfacDeltaError } from '../../dataset/ofac-delta';
import { compareIds, encodeEntityLine } from '../../dataset/jsonl';
import { makeManifest } from '../../dataset/manifest';
import { formatDate } from '../../i18n/format-date';
import { breather, SLICE_MS } from '../breather';
import { readAllEntities } from '../blocks';
import { chunkBuffer } from '../download';
import { readerMessage, storageFailure, SyncError } from '../errors';
import { discardJob, fileKey, install, InstallStopped, type InstallDeps } from '../install';
import type { SyncHistoryEntry, SyncWords } from '../status';
import type { SyncEngine } from '../engine';
import type { SyncJob, SyncStorage } from '../storage';
import { judgeVersion } from '../version';
import { composeSteps, type FreshList, type ListChanges } from './compose';
import { runInSlices } from '../../stepwise';
import { fetchPublication, isoOrNull, type FetchOutcome, type PublisherDeps } from './fetch-publication';
import { decodeOfacRows, encodeOfacRows, type StoredOfacRows } from './ofac-rows';
import { publicationAge } from './publication-age';
import { PublicationError } from './publication-reader';
import { snapshotDate } from './snapshot-date';
import { PUBLISHER_IDS, PUBLISHER_SOURCES, type PublisherId, type PublisherSource } from './sources';
import { DEFAULT_PUBLISHER_SETTINGS, initialSourceState, type PublisherCheckResult, type PublisherSettings, type SourceState } from './status';

export interface PublisherEngineDeps extends PublisherDeps, Omit<InstallDeps, 'onProgress' | 'fetch' | 'timeoutMs'> {
  /** Whether the extension holds the host permissions for these hosts. */
  allowed: (hosts: string[]) => Promise<boolean>;
  /** The curated file (lib/dataset/curated.json), applied to new records as the builder applies it. */
  curatedRows: CuratedRow[];
  /** The version of the dataset shipped with the extension, to tell it from a mirror's; absent: the active one is. */
  bundledVersion?: () => Promise<string | null>;
}

export interface CheckOptions {
  /** A scheduled check skips a source still in its back-off after failures; "Check now" does not. */
  manual?: boolean;
  /** The reader installs the publication held back for this source. */
  confirm?: PublisherId;
}

/** What a fetched publication leaves in its source's state once installed. */
interface FreshMeta {
  validators: SourceState['validators'];
  sha256: SourceState['sha256'];
  feed?: SourceState['feed'];
  publishedAt: string;
  dated: NonNullable<SourceState['dated']>;
  /** OFAC SDN: the publication's rows, kept for the next publication's change files. */
  rows?: OfacSet;
  via: FetchVia;
}

type FetchVia = Extract<FetchOutcome, { kind: 'fetched' }>['via'];

const HOUR = 3_600_000;
const HISTORY = 20;

/** After n failures in a row the source waits 1, 2, 4 … hours, at most a day. */
export function backoffMs(failures: number): number {
  return Math.min(24 * HOUR, HOUR * 2 ** Math.max(0, failures - 1));
}

/** Loopback publishers (tests only): the same retries, with pauses a hundred times shorter (50 and 300 ms, not 5 and 30 s). */
export const TEST_PAUSE_DIVISOR = 100;

function pauses(deps: PublisherEngineDeps, settings: PublisherSettings): PublisherEngineDeps['sleep'] {
  return settings.testOrigin ? (ms) => deps.sleep(ms / TEST_PAUSE_DIVISOR) : deps.sleep;
}

/** The `changes` entry of a state's hashes (the change files' publication ids), which is not a full file's hash. */
function changeIds(hashes: Record<string, string>): Record<string, string> {
  return 'changes' in hashes ? { changes: hashes.changes } : {};
}

function fullFileHashes(hashes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(hashes).filter(([name]) => name !== 'changes'));
}

/** The date of each list in the shipped dataset, from its manifest's sources; null for a list it holds only in part or undated. */
function shippedDate(id: PublisherId, manifest: DatasetManifest | undefined): string | null {
  const source = PUBLISHER_SOURCES[id];
  const shipped = manifest?.sources.find((s) => source.shippedName.test(s.name));
  return shipped ? snapshotDate(shipped.snapshot) : null;
}

function day(iso: string | null): string {
  return iso ? formatDate(iso.slice(0, 10)) : 'the shipped data';
}

/** The list in use, in English: the publisher's own of an earlier check, or the installed dataset's (shipped or a mirror's). */
function inUseWords(state: SourceState): string {
  if (state.publishedAt) return `the list of ${day(state.publishedAt)} is in use`;
  if (state.inUse?.from === 'installed') return state.inUse.publishedAt ? `the list of ${day(state.inUse.publishedAt)} is in use` : 'the list already installed is in use';
  return 'the list shipped with the extension is in use';
}

function failureWords(e: unknown, state: SourceState, source: PublisherSource, nextTry: number): string {
  let what: string;
  if (e instanceof PublicationError) what = `${e.message}, so it was not installed`;
  else if (e instanceof SyncError && e.failure === 'permission') what = `The extension may not reach ${source.hosts.join(' and ')}; turn updates on again in the options page to allow it`;
  else if (e instanceof SyncError) what = readerMessage(e.failure, null, e.detail).replace(/; no dataset is installed yet\.$/, '');
  else what = `The check failed (${(e as Error).message})`;
  return `${source.label}: ${what.replace(/dataset server/g, 'server').replace(/The dataset/g, 'The list')}; ${inUseWords(state)}; next try ${new Date(nextTry).toISOString().slice(0, 16).replace('T', ' ')} UTC.`;
}

/**
 * The composed entities as a gzip'd JSON-lines file, its pieces kept in memory (about 1.5 MB for 20,000 entities), with
 * its size and sha256: the version id needs the sha256 before the pieces can be stored under it.
 */
async function gzipEntities(entities: Entity[]): Promise<{ pieces: Uint8Array[]; bytes: number; sha256: string }> {
  const hash = sha256.create();
  const pieces: Uint8Array[] = [];
  let bytes = 0;
  const gzip = new CompressionStream('gzip');
  const writer = gzip.writable.getWriter();
  const encoder = new TextEncoder();
  const writing = (async () => {
    // A hundred lines a write, and a turn of the event loop every few ms: the worker answers pages meanwhile.
    const breathe = breather();
    for (let i = 0; i < entities.length; i += 100) {
      await writer.write(encoder.encode(entities.slice(i, i + 100).map((e) => `${encodeEntityLine(e)}\n`).join('')));
      await breathe();
    }
    await writer.close();
  })();
  const reader = gzip.readable.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    hash.update(value);
    bytes += value.byteLength;
    pieces.push(value);
  }
  await writing;
  return { pieces, bytes, sha256: bytesToHex(hash.digest()) };
}

/** Stores the file's pieces as the chunks of `key`, as a download would have. */
async function storeChunks(storage: SyncStorage, key: string, pieces: Uint8Array[]): Promise<void> {
  await storage.deleteChunks(key);
  let seq = 0;
  const chunks = chunkBuffer((bytes) => storage.putChunk({ file: key, seq: seq++, bytes }));
  for (const piece of pieces) await chunks.add(piece);
  await chunks.flush();
}

async function readActive(storage: SyncStorage): Promise<{ entities: Entity[]; manifest: DatasetManifest | undefined; version: string | null }> {
  const active = await storage.getMeta('active');
  if (!active) return { entities: [], manifest: undefined, version: null };
  const entities = await readAllEntities(storage, active.version);
  return { entities, manifest: active.manifest, version: active.version };
}

/** The manifest's sources after the update: each updated list's line says its publication's date. */
function updatedSources(before: DatasetSource[], applied: FreshList[]): DatasetSource[] {
  const out = before.filter((s) => !applied.some((f) => f.source.shippedName.test(s.name) || s.name === f.source.label || f.source.supersededNames.some((n) => n.test(s.name))));
  for (const f of applied) {
    out.push({ name: f.source.label, publisher: f.source.publisher, snapshot: f.publishedAt, licence: f.source.licence, url: f.source.homepage });
  }
  return out;
}

export interface PublisherEngine {
  settings(): Promise<PublisherSettings>;
  states(): Promise<SourceState[]>;
  setSettings(settings: PublisherSettings): Promise<void>;
  /** Checks every enabled source and installs what changed. One check at a time; a second call joins the first. */
  check(deps: PublisherEngineDeps, options?: CheckOptions): Promise<PublisherCheckResult>;
  running(): boolean;
  /** When the next scheduled check is due (the earliest source), or null when updates are off. */
  nextCheckAt(intervalHours: number): Promise<number | null>;
}

export function createPublisherEngine(storage: SyncStorage, sync: SyncEngine): PublisherEngine {
  let current: Promise<PublisherCheckResult> | null = null;

  async function row() {
    const r = await storage.getMeta('publishers');
    const sources = PUBLISHER_IDS.map((id) => r?.sources.find((s) => s.id === id) ?? initialSourceState(id));
    return { key: 'publishers' as const, settings: r?.settings ?? structuredClone(DEFAULT_PUBLISHER_SETTINGS), sources };
  }

  /** States of a composed version a stopped worker installed later: they count once that version is active. */
  async function reconcile(): Promise<void> {
    const pending = await storage.getMeta('publisherPending');
    if (!pending) return;
    if (await storage.getJob()) return;
    const active = await storage.getMeta('active');
    await storage.transaction(['meta'], async () => {
      if (active?.manifest.version === pending.version) {
        const r = await row();
        await storage.putMeta({ ...r, sources: r.sources.map((s) => pending.sources.find((p) => p.id === s.id) ?? s) });
      }
      await storage.putMeta({ key: 'publisherPending', version: '', sources: [] });
    });
  }

  async function installedOfacRows(publishedAt: string) {
    const stored = await storage.getMeta('ofacRows');
    if (stored?.publishedAt !== publishedAt) throw new OfacDeltaError(`the rows of the publication in use (${publishedAt.slice(0, 10)}) are not kept`);
    return decodeOfacRows(stored.rows);
  }

  async function addHistory(entry: SyncHistoryEntry): Promise<void> {
    const entries = [entry, ...((await storage.getMeta('history'))?.entries ?? [])].slice(0, HISTORY);
    await storage.putMeta({ key: 'history', entries });
  }

  async function run(deps: PublisherEngineDeps, options: CheckOptions): Promise<PublisherCheckResult> {
    await reconcile();
    const r = await row();
    if (r.settings.on !== true) return { installed: false, sources: r.sources, message: 'Updates from the publishers are off.' };
    const now = deps.now();
    const at = new Date(now).toISOString();
    const active = await storage.getMeta('active');
    const states = new Map(r.sources.map((s) => [s.id, { ...s }]));
    // What is in use of each list no check has installed: the shipped dataset's, or a mirror's (the options page says which).
    const bundled = deps.bundledVersion ? await deps.bundledVersion() : null;
    const from = bundled !== null && active && active.manifest.version !== bundled ? 'installed' : 'shipped';
    for (const s of states.values()) {
      if (s.publishedAt === null) s.inUse = { from, publishedAt: shippedDate(s.id, active?.manifest) };
      else delete s.inUse;
    }
    const fresh: FreshList[] = [];
    const meta = new Map<PublisherId, FreshMeta>();

    // Sources one after another: their files are large, and the worker's memory is the limit, not the network.
    for (const id of PUBLISHER_IDS) {
      const state = states.get(id)!;
      if (!r.settings.sources[id]) continue;
      if (!options.manual && state.nextTryAt && Date.parse(state.nextTryAt) > now) continue;
      const source = PUBLISHER_SOURCES[id];
      state.lastCheckAt = at;
      try {
        if (!(await deps.allowed(source.hosts))) throw new SyncError('permission', source.hosts.join(', '));
        // Read from storage only when there are change files to apply (some 10 MB of text for OFAC's list).
        const installedRows = source.changes && state.publishedAt ? { publishedAt: state.publishedAt, load: () => installedOfacRows(state.publishedAt!) } : undefined;
        const outcome = await fetchPublication(source, state, { ...deps, sleep: pauses(deps, r.settings), testOrigin: r.settings.testOrigin, testRedirectOrigin: r.settings.testRedirectOrigin }, installedRows);
        if (outcome.kind === 'unchanged') {
          // Held back, or older than the list in use, and still the same files: the line goes on saying so.
          if (state.outcome !== 'held' && state.outcome !== 'older') {
            state.outcome = 'unchanged';
            state.message = `${source.label}: unchanged (${outcome.reason}); ${inUseWords(state)}.`;
          }
          if (outcome.feed) state.feed = state.feed ?? outcome.feed;
          state.failures = 0;
          state.nextTryAt = null;
          continue;
        }
        const own = isoOrNull(outcome.publication.publishedAt) ?? isoOrNull(outcome.publishDate);
        const publishedAt = own ?? outcome.lastModified ?? at;
        const installedAt = state.publishedAt ?? (source.supersedes.length ? null : shippedDate(id, active?.manifest));
        // A list never goes back. Compared by the publisher's own dates only: a publication dated by the server's
        // Last-Modified, or a list in use without a date, cannot be compared, and is installed as before.
        const inUse = state.publishedAt ? (state.dated === 'server' ? null : state.publishedAt) : installedAt;
        const age = publicationAge(own, inUse);
        if (age === 'older' || age === 'same') {
          // The files read are kept as the ones last seen, so the next check asks for them conditionally.
          Object.assign(state, { validators: outcome.validators, sha256: { ...outcome.sha256, ...changeIds(state.sha256) } });
          if (outcome.feed) state.feed = outcome.feed;
          delete state.held;
          if (age === 'older') {
            state.outcome = 'older';
            state.older = { publishedAt: own!, inUse: inUse! };
            state.message = `${source.label}: the publisher served the list of ${day(own)}, older than the list of ${day(inUse)} in use, so it was not installed.`;
          } else {
            state.outcome = 'unchanged';
            delete state.older;
            state.message = `${source.label}: unchanged (the publisher's list of ${day(own)} is the one in use).`;
          }
          state.failures = 0;
          state.nextTryAt = null;
          continue;
        }
        // A held publication is installed by a later check that still finds it (or a newer one) short, or by the reader.
        const confirmed = options.confirm === id || state.outcome === 'held';
        const supersededAt = source.supersedes.length && state.publishedAt === null ? shippedDate(id, active?.manifest) : null;
        fresh.push({ source, entities: outcome.publication.entities, publishedAt, installedAt, supersededAt, confirmed, namesComparable: state.publishedAt !== null });
        meta.set(id, { validators: outcome.validators, sha256: outcome.sha256, feed: outcome.feed, publishedAt, dated: own ? 'publisher' : 'server', rows: outcome.publication.rows, via: outcome.via });
        state.failures = 0;
        state.nextTryAt = null;
      } catch (e) {
        if (e instanceof InstallStopped) throw e;
        state.failures++;
        const next = now + backoffMs(state.failures);
        state.nextTryAt = new Date(next).toISOString();
        state.outcome = 'failed';
        state.message = failureWords(e, state, source, next);
      }
    }

    let installed = false;
    let changes: ListChanges[] = [];
    if (fresh.length) {
      try {
        ({ installed, changes } = await sync.exclusive(() => installFresh(fresh, states, meta, deps, at)));
      } catch (e) {
        if (e instanceof InstallStopped) throw e;
        await discardJob(storage);
        const failure = storageFailure(e);
        const words = failure ? readerMessage(failure.failure, null, failure.detail) : `The new lists could not be installed (${(e as Error).message})`;
        for (const f of fresh) {
          const s = states.get(f.source.id)!;
          s.outcome = 'failed';
          s.failures++;
          s.nextTryAt = new Date(now + backoffMs(s.failures)).toISOString();
          s.message = `${f.source.label}: ${words.replace(/; no dataset is installed yet\.$/, '')}; the list in use stays.`;
        }
      }
    }
    const sources = [...states.values()];
    // States of an installed version were written with it; the others (unchanged, failed, held) are written here.
    if (!installed) await storage.putMeta({ ...r, sources });
    const message = summary(sources.filter((s) => r.settings.sources[s.id]), changes, installed);
    const on = sources.filter((s) => r.settings.sources[s.id]);
    const words: SyncWords = { code: 'publishers', installed, held: !installed && changes.some((c) => c.held), failed: on.filter((s) => s.outcome === 'failed').map((s) => s.id) };
    // A check failed as a whole only when every enabled source failed; one failed source among several is worded in
    // the history line beside the outcome ("Up to date; UK Sanctions List failed").
    const allFailed = on.length > 0 && words.failed.length === on.length;
    await addHistory({ at, outcome: installed ? 'installed' : allFailed ? 'failed' : 'up-to-date', version: (await storage.getMeta('active'))?.manifest.version ?? null, message, words });
    return { installed, sources, message };
  }

  async function installFresh(
    fresh: FreshList[],
    states: Map<PublisherId, SourceState>,
    meta: Map<PublisherId, FreshMeta>,
    deps: PublisherEngineDeps,
    at: string,
  ): Promise<{ installed: boolean; changes: ListChanges[] }> {
    const composed = await composeFile(fresh, states, meta, deps, at);
    if (!composed.job) return { installed: false, changes: composed.lists };
    // The entities read, fetched and composed are stored as the new version's file now: none is needed again, so the
    // install and the index builds after it run on a heap without them (some 17,000 entities held twice, and OFAC's
    // rows), and its garbage collections, which a page's lookup waits for, have that much less to mark.
    for (const f of fresh) f.entities = [];
    for (const m of meta.values()) delete m.rows;
    const { job, ofac } = composed;
    const r = await row();
    const sources = r.sources.map((s) => states.get(s.id) ?? s);
    await storage.putMeta({ key: 'publisherPending', version: job.manifest.version, sources });
    await storage.putJob(job);
    await install(storage, job, { ...deps, onProgress: () => undefined });
    // The rows of an OFAC publication installed now, for its successor's change files; with the state that names it.
    await storage.transaction(['meta'], async () => {
      await storage.putMeta({ ...r, sources });
      await storage.putMeta({ key: 'publisherPending', version: '', sources: [] });
      if (ofac) await storage.putMeta({ key: 'ofacRows', publishedAt: ofac.publishedAt, rows: ofac.rows });
    });
    return { installed: true, changes: composed.lists };
  }

  /**
   * The dataset composed from the installed one and the publications, stored as the chunks of its file, with the
   * job that installs it (none when every publication was held back) and the OFAC rows to keep, encoded; the sources'
   * states say what each publication did.
   */
  async function composeFile(
    fresh: FreshList[],
    states: Map<PublisherId, SourceState>,
    meta: Map<PublisherId, FreshMeta>,
    deps: PublisherEngineDeps,
    at: string,
  ): Promise<{ lists: ListChanges[]; job?: SyncJob; ofac?: { publishedAt: string; rows: StoredOfacRows } }> {
    const base = await readActive(storage);
    // The shipped dataset may have been installed while the publications downloaded (a reader who turns updates on
    // just after install): a list's "installed" date is the one of the dataset composed over, or its guard is lost.
    for (const f of fresh) {
      if (f.installedAt === null && states.get(f.source.id)!.publishedAt === null && !f.source.supersedes.length) f.installedAt = shippedDate(f.source.id, base.manifest);
    }
    const { entities, lists } = await runInSlices(composeSteps(base.entities, fresh, deps.curatedRows), SLICE_MS);
    for (const c of lists) {
      const s = states.get(c.id)!;
      const m = meta.get(c.id)!;
      if (c.held) {
        // Validators are not kept: the next check downloads the file again and confirms it or not.
        s.outcome = 'held';
        s.held = { installed: c.before, removed: c.removed, publishedAt: m.publishedAt, sha256: Object.values(m.sha256).join(',') };
        s.message = `${PUBLISHER_SOURCES[c.id].label}: the publication of ${day(m.publishedAt)} would remove ${c.removed.toLocaleString('en')} of ${c.before.toLocaleString('en')} entries at once, so it is held back until the next check confirms it; ${inUseWords(s)}.`;
        continue;
      }
      s.outcome = 'installed';
      delete s.held;
      delete s.older;
      s.publishedAt = m.publishedAt;
      delete s.inUse;
      s.dated = m.dated;
      s.fetchedAt = at;
      if (m.via.kind === 'changes') {
        // The full files' validators and hashes are kept: they describe an older publication, so a later check that
        // cannot use the change files still asks conditionally, and a 304 is true (nothing newer than the list in use).
        s.sha256 = { ...fullFileHashes(s.sha256), ...m.sha256 };
        s.installedVia = 'changes';
      } else {
        s.validators = m.validators;
        s.sha256 = m.sha256;
        s.installedVia = 'files';
      }
      if (m.feed) s.feed = m.feed;
      s.entries = c.after;
      const parts = [`${c.added.toLocaleString('en')} added`, `${c.removed.toLocaleString('en')} removed`, `${c.changed.toLocaleString('en')} changed`];
      if (c.mergedAway) parts.push(`${c.mergedAway} merged into other entries`);
      const how = m.via.kind === 'changes' ? ` from the publisher's change files (${m.via.publications} publication${m.via.publications === 1 ? '' : 's'})` : m.via.why && PUBLISHER_SOURCES[c.id].changes ? ` from the full files (${m.via.why})` : '';
      s.message = `${PUBLISHER_SOURCES[c.id].label}: list of ${day(m.publishedAt)} installed${how} (${c.after.toLocaleString('en')} entries; ${parts.join(', ')}).`;
    }
    const applied = fresh.filter((f) => !lists.find((c) => c.id === f.source.id)?.held);
    if (applied.length === 0) return { lists };

    entities.sort((a, b) => compareIds(a.id, b.id));
    const created = new Date(deps.now());
    const path = 'entities.jsonl.gz';
    const written = await gzipEntities(entities);
    const manifest = makeManifest({
      created,
      entities: entities.length,
      names: entities.reduce((n, e) => n + e.names.length, 0),
      sources: updatedSources(base.manifest?.sources ?? [], applied),
      files: [{ path, sha256: written.sha256, bytes: written.bytes, records: entities.length }],
    });
    if (judgeVersion(base.manifest?.version ?? null, manifest.version) !== 'newer') throw new SyncError('older', `${manifest.version} is not after ${base.manifest?.version}`);
    await storeChunks(storage, fileKey({ manifest: { ...manifest, deltas: [] } }, { path }), written.pieces);

    const active = await storage.getMeta('active');
    const job: SyncJob = {
      key: 'job', source: 'publishers', manifestUrl: 'https://publishers.invalid/', manifest: { ...manifest, deltas: [] },
      fromVersion: active?.version ?? null, fromDataset: active?.manifest.version ?? null, fromCreated: active?.manifest.created ?? null,
      plan: { kind: 'full', file: manifest.files[0] }, startedAt: at, step: 'importing', fileIndex: 0, downloaded: true,
      recordsDone: 0, lastId: null, written: 0, etag: null, lastModified: null, history: 'in-file',
    };
    const ofac = applied.map((f) => meta.get(f.source.id)!).find((m) => m.rows);
    return { lists, job, ofac: ofac?.rows && { publishedAt: ofac.publishedAt, rows: await encodeOfacRows(ofac.rows) } };
  }

  function summary(sources: SourceState[], changes: ListChanges[], installed: boolean): string {
    if (sources.length === 0) return 'No source is switched on.';
    const lines = sources.map((s) => s.message);
    return `${installed ? 'Installed new lists. ' : changes.some((c) => c.held) ? 'Nothing installed. ' : ''}${lines.join(' ')}`;
  }

  return {
    async settings() {
      return (await row()).settings;
    },
    async states() {
      await reconcile();
      return (await row()).sources;
    },
    async setSettings(settings) {
      const r = await row();
      await storage.putMeta({ ...r, settings });
    },
    check(deps, options = {}) {
      current ??= run(deps, options).finally(() => {
        current = null;
      });
      return current;
    },
    running: () => current !== null,
    async nextCheckAt(intervalHours) {
      const r = await row();
      if (r.settings.on !== true) return null;
      const due = PUBLISHER_IDS.filter((id) => r.settings.sources[id]).map((id) => {
        const s = r.sources.find((x) => x.id === id)!;
        if (s.nextTryAt) return Date.parse(s.nextTryAt);
        return s.lastCheckAt ? Date.parse(s.lastCheckAt) + intervalHours * HOUR : Date.now();
      });
      return due.length ? Math.min(...due) : null;
    },
  };
}
