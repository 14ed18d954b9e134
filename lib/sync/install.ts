// Installs a dataset version into storage beside the active one, then switches to it in one transaction.
// The same path serves the bundled dataset and a synced one, a full file or a chain of deltas:
//   download: each file streamed into stored chunks, its size and sha256 checked as it comes (download.ts)
//   import:   chunks -> gunzip -> lines -> validated records (record-stream.ts) -> blocks of the staging version
//   switch:   one transaction makes the staging version active; old rows are removed after
// Every block commits together with its checkpoint (the job), so a worker stopped at any point goes on from the last
// block when it wakes, and until the switch the previous dataset keeps answering.
import { toDeltaOp, type DeltaOp } from '../dataset/delta';
import { removedEntity, withHistory, type VersionSpan } from '../dataset/diff';
import type { DatasetFile, Entity } from '../dataset/format';
import { applyDelta, BLOCK_RECORDS, fromRow, makeBlock, toRow, VersionWalker } from './blocks';
import { breather } from './breather';
import { downloadFile, type HttpDeps } from './download';
import { SyncError } from './errors';
import { fileUrl } from './origin';
import { entitiesInIdOrder, inflateLimit, readRecords } from './record-stream';
import type { SyncProgress } from './status';
import { datasetKey, type SyncJob, type SyncStorage } from './storage';

export interface InstallDeps extends HttpDeps {
  onProgress: (p: SyncProgress) => void;
  /**
   * Asked between batches; when true the install stops where it is, leaving its checkpoint as a stopped worker
   * would. Lets tests in Node stop an install the way Chromium stops a worker.
   */
  shouldStop?: () => boolean;
  /** Records a block (BLOCK_RECORDS unless given): tests cross block boundaries with few records. */
  batchSize?: number;
  /**
   * Builds what lookups need of a full version before it becomes active (the worker's name and search indexes), so
   * no page or search waits for it after the switch; meanwhile the previous version answers. `key` is datasetKey().
   * `rows`: the version's rows by block, when the import that wrote them ran whole in this worker (parseBlockRows
   * reads them), so they need not be read back from storage; absent after a resumed import or a chain of deltas.
   */
  prepare?: (version: string, key: string, rows?: string[][]) => Promise<void>;
}

/** Thrown when `shouldStop` asked the install to stop: the checkpoint stays, nothing is cleaned up. */
export class InstallStopped extends Error {
  constructor() {
    super('The install was stopped; it goes on from its checkpoint at the next start.');
    this.name = 'InstallStopped';
  }
}

export function fileKey(job: Pick<SyncJob, 'manifest'>, ref: Pick<DatasetFile, 'path'>): string {
  return `${job.manifest.version}|${ref.path}`;
}

function currentFile(job: SyncJob): DatasetFile {
  return job.plan.kind === 'full' ? job.plan.file : job.plan.chain[job.fileIndex];
}

function checkStop(deps: InstallDeps): void {
  if (deps.shouldStop?.()) throw new InstallStopped();
}

/** Downloads the job's current file into stored chunks, checking its size and sha256. */
async function download(storage: SyncStorage, job: SyncJob, deps: InstallDeps): Promise<void> {
  const ref = currentFile(job);
  const key = fileKey(job, ref);
  await storage.deleteChunks(key);
  job.step = 'downloading';
  await storage.putJob(job);
  let seq = 0;
  await downloadFile(fileUrl(job.manifestUrl, ref.path), ref, {
    fetch: deps.fetch,
    timeoutMs: deps.timeoutMs,
    store: (bytes) => storage.putChunk({ file: key, seq: seq++, bytes }),
    onProgress: (step, bytesDone) => {
      job.step = step;
      deps.onProgress({ step, version: job.manifest.version, bytesDone, bytesTotal: ref.bytes, recordsDone: 0, recordsTotal: ref.records });
    },
  });
  job.downloaded = true;
  job.recordsDone = 0;
  job.step = 'importing';
  await storage.putJob(job);
}

/** The downloaded chunks of a file, in order, as one byte stream read from storage a chunk at a time. */
function chunkStream(storage: SyncStorage, key: string): ReadableStream<Uint8Array> {
  let seq = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await storage.getChunk(key, seq++);
      if (chunk) controller.enqueue(chunk.bytes);
      else controller.close();
    },
  });
}

/** Commits a block of the staging version with the job's checkpoint; `rows` are the entities' toRow() texts. */
async function commitBlock(storage: SyncStorage, checkpoint: SyncJob, entities: Entity[], rows: string[]): Promise<void> {
  await storage.transaction(['blocks', 'jobs'], async () => {
    if (entities.length) await storage.addBlock(makeBlock(checkpoint.manifest.version, entities, rows));
    await storage.putJob(checkpoint);
  });
}

function fullSpan(job: SyncJob): VersionSpan | null {
  return job.fromCreated && job.history === undefined ? { after: job.fromCreated, date: job.manifest.created } : null;
}

/**
 * Imports the full file into the staging version, walking the previous version beside it in id order: a record
 * takes over the history of its previous row, and a previous entity the file skips over left the dataset, so it is
 * kept as a delisted record that says when (lib/dataset/diff.ts). One block commits while the next is read.
 */
async function importFull(storage: SyncStorage, job: SyncJob, deps: InstallDeps): Promise<string[][] | undefined> {
  if (job.plan.kind !== 'full') return undefined;
  const ref = job.plan.file;
  const target = job.manifest.version;
  const span = fullSpan(job);
  const walker = job.fromVersion && job.history !== 'fresh' ? new VersionWalker(storage, job.fromVersion, job.lastId) : null;
  const size = deps.batchSize ?? BLOCK_RECORDS;
  let out: Entity[] = [];
  let rows: string[] = [];
  const store = (entity: Entity, row = toRow(entity)) => {
    out.push(entity);
    rows.push(row);
  };
  let consumed = job.recordsDone;
  // The rows of every block, for prepare(): kept only when this import writes the whole version.
  const written: string[][] | undefined = deps.prepare && job.recordsDone === 0 ? [] : undefined;
  let inFlight: Promise<void> | null = null;
  const settle = async () => {
    const committing = inFlight;
    if (!committing) return;
    inFlight = null;
    await committing;
    deps.onProgress({ step: 'importing', version: target, bytesDone: ref.bytes, bytesTotal: ref.bytes, recordsDone: job.recordsDone, recordsTotal: ref.records });
    checkStop(deps);
  };
  const flush = async () => {
    await settle();
    // The checkpoint is a copy: the job goes on changing while this block commits.
    const checkpoint: SyncJob = { ...job, recordsDone: consumed, lastId: out.length ? out[out.length - 1].id : job.lastId, written: job.written + out.length };
    const committing = commitBlock(storage, checkpoint, out, rows).then(() => Object.assign(job, { recordsDone: checkpoint.recordsDone, lastId: checkpoint.lastId, written: checkpoint.written }));
    inFlight = committing.then(() => undefined);
    // A failed commit is reported by settle(); until then it must not count as unhandled.
    inFlight.catch(() => undefined);
    if (out.length) written?.push(rows);
    out = [];
    rows = [];
  };
  /** Previous entities before `id` (all that are left, for null): they left the dataset. */
  const passBefore = async (id: string | null) => {
    if (!walker) return;
    for (let old = await walker.peek(); old !== null && (id === null || old < id); old = await walker.peek()) {
      const gone = span ? removedEntity(await walker.take(), span) : (await walker.takeRow(), null);
      if (gone) store(gone);
      if (out.length >= size) await flush();
    }
  };
  const skip = job.recordsDone;
  let seen = 0;
  const breathe = breather();
  try {
    for await (const entity of readRecords(chunkStream(storage, fileKey(job, ref)), entitiesInIdOrder(), { maxInflatedBytes: inflateLimit(ref.bytes) })) {
      await breathe();
      // After a restart the records already committed are read again but not stored twice.
      if (seen++ < skip) continue;
      await passBefore(entity.id);
      const before = walker && (await walker.peek()) === entity.id ? await walker.takeRow() : undefined;
      const row = toRow(entity);
      // Most records are stored as they were (all but one on a day with one change): the same text carries every
      // event of the previous row and no change, so withHistory would return the record itself. Parsing the previous
      // row only when the text differs spares a parse and a copy of its events for each of them.
      if (before === row) store(entity, row);
      else {
        const kept = withHistory(before === undefined ? undefined : fromRow(before), entity, span);
        store(kept, kept === entity ? row : undefined);
      }
      consumed = seen;
      if (out.length >= size) await flush();
    }
    if (seen !== ref.records) throw new SyncError('bad-manifest', `${seen} records in the file, ${ref.records} announced`);
    await passBefore(null);
    if (out.length) await flush();
  } catch (e) {
    // The block in flight ends either way; the error to report is the one that stopped the reading.
    await (inFlight as Promise<void> | null)?.catch(() => undefined);
    throw e;
  }
  await settle();
  return written;
}

/**
 * A chain of deltas: every file downloaded and checked first, then all changes applied to the active rows in one
 * transaction with the switch of the manifest. A stopped worker aborts the transaction whole; the downloads stay.
 * Deltas are chosen only when smaller than the full file (lib/sync/plan), so holding their changes in memory is fine.
 */
async function installDeltas(storage: SyncStorage, job: SyncJob, deps: InstallDeps): Promise<number> {
  if (job.plan.kind !== 'deltas') throw new Error('not a delta plan');
  const chain = job.plan.chain;
  while (job.fileIndex < chain.length) {
    if (!job.downloaded) await download(storage, job, deps);
    job.fileIndex++;
    job.downloaded = false;
    await storage.putJob(job);
    checkStop(deps);
  }
  const changes: { span: VersionSpan; ops: DeltaOp[] }[] = [];
  for (const ref of chain) {
    const ops: DeltaOp[] = [];
    for await (const op of readRecords(chunkStream(storage, fileKey(job, ref)), toDeltaOp, { maxInflatedBytes: inflateLimit(ref.bytes) })) ops.push(op);
    if (ops.length !== ref.records) throw new SyncError('bad-manifest', `${ops.length} changes in ${ref.path}, ${ref.records} announced`);
    changes.push({ span: { after: ref.fromCreated, date: ref.toCreated }, ops });
  }
  const total = changes.reduce((n, c) => n + c.ops.length, 0);
  const rows = job.fromVersion;
  if (!rows) throw new SyncError('bad-manifest', 'a delta needs an installed version');
  let done = 0;
  job.step = 'importing';
  deps.onProgress({ step: 'importing', version: job.manifest.version, bytesDone: 0, bytesTotal: 0, recordsDone: 0, recordsTotal: total });
  const { deltas: _d, ...manifest } = job.manifest;
  let count = 0;
  await storage.transaction(['blocks', 'meta', 'jobs'], async () => {
    const active = await storage.getMeta('active');
    if (active?.version !== rows || active.manifest.version !== job.fromDataset) throw new SyncError('older', 'another version became active meanwhile');
    count = active.entityCount;
    for (const { span, ops } of changes) {
      count += await applyDelta(storage, rows, ops, span);
      done += ops.length;
      deps.onProgress({ step: 'importing', version: job.manifest.version, bytesDone: 0, bytesTotal: 0, recordsDone: done, recordsTotal: total });
    }
    deps.onProgress({ step: 'switching', version: job.manifest.version, bytesDone: 0, bytesTotal: 0, recordsDone: done, recordsTotal: total });
    await storage.putMeta({ key: 'active', version: rows, manifest, importedAt: new Date().toISOString(), entityCount: count });
    await storage.deleteJob();
  });
  await storage.clearChunks();
  return count;
}

/** Runs (or goes on with) a job up to the switch. Returns the number of entities in the new version. */
export async function install(storage: SyncStorage, job: SyncJob, deps: InstallDeps): Promise<number> {
  if (job.plan.kind === 'deltas') return installDeltas(storage, job, deps);
  if (!job.downloaded) await download(storage, job, deps);
  checkStop(deps);
  const rows = await importFull(storage, job, deps);
  await storage.clearChunks();
  return switchTo(storage, job, deps, rows);
}

async function switchTo(storage: SyncStorage, job: SyncJob, deps: InstallDeps, rows?: string[][]): Promise<number> {
  const target = job.manifest.version;
  const count = job.written;
  deps.onProgress({ step: 'switching', version: target, bytesDone: 0, bytesTotal: 0, recordsDone: count, recordsTotal: count });
  const { deltas: _d, ...manifest } = job.manifest;
  await deps.prepare?.(target, datasetKey(target, manifest.version), rows);
  await storage.transaction(['meta', 'jobs'], async () => {
    const current = (await storage.getMeta('active')) ?? null;
    if ((current?.version ?? null) !== job.fromVersion || (current?.manifest.version ?? null) !== job.fromDataset) throw new SyncError('older', 'another version became active meanwhile');
    await storage.putMeta({ key: 'active', version: target, manifest, importedAt: new Date().toISOString(), entityCount: count });
    await storage.deleteJob();
  });
  // Old rows go only after the switch; if the worker stops here, the next start removes them.
  await removeStaleVersions(storage);
  return count;
}

/** Drops an unfinished job: its staging rows and downloads. */
export async function discardJob(storage: SyncStorage): Promise<void> {
  const job = await storage.getJob();
  await storage.deleteJob();
  await storage.clearChunks();
  if (job) await removeStaleVersions(storage);
}

/** Removes the rows of every version that is neither active nor being installed. */
export async function removeStaleVersions(storage: SyncStorage): Promise<void> {
  const active = await storage.getMeta('active');
  const job = await storage.getJob();
  const keep = new Set([active?.version, job?.manifest.version].filter((v): v is string => typeof v === 'string'));
  for (const v of await storage.versions()) if (!keep.has(v)) await storage.deleteVersion(v);
  if (!job) await storage.clearChunks();
}
