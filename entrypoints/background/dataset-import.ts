// Installs a dataset version into IndexedDB beside the active one, then switches to it in one transaction.
// The same path serves the bundled dataset and a synced one, a full file or a chain of deltas:
//   download: each file streamed into IndexedDB chunks, its size and sha256 checked as it comes
//   import:   chunks -> gunzip -> lines -> validated records -> batches in the staging version (the new version id)
//   switch:   one transaction makes the staging version active; old rows are removed after
// Every batch commits together with its checkpoint (the job row), so a worker stopped at any point goes on from
// the last batch when it wakes, and until the switch the previous dataset keeps answering.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { toDeltaOp, type DeltaOp } from '@/lib/dataset/delta';
import { removedEntity, withHistory, type VersionSpan } from '@/lib/dataset/diff';
import type { Entity } from '@/lib/dataset/format';
import { compareIds } from '@/lib/dataset/jsonl';
import { readLines } from '@/lib/dataset/lines';
import { toEntity, ValidationError } from '@/lib/dataset/validate';
import { SyncError } from '@/lib/sync/errors';
import { activeVersion, datasetKey, db, pendingJob, type StoredBlock, type SyncJob } from './database';
import { BLOCK_RECORDS, blockFor, deleteVersion, findId, firstBlock, fromRow, makeBlock, storedVersions, toRow, VersionWalker } from './entity-store';
import type { SyncProgress } from '@/lib/sync/status';

/** Downloads are written to IndexedDB in pieces of about this size. */
const CHUNK_BYTES = 1 << 20;

export interface InstallDeps {
  fetch: typeof fetch;
  /** How long to wait for an answer, and for each next piece of a body, before giving up. */
  timeoutMs: number;
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
   */
  prepare?: (version: string, key: string) => Promise<void>;
}

/** Thrown when `shouldStop` asked the install to stop: the checkpoint stays, nothing is cleaned up. */
export class InstallStopped extends Error {
  constructor() {
    super('The install was stopped; it goes on from its checkpoint at the next start.');
    this.name = 'InstallStopped';
  }
}

interface FileRef {
  path: string;
  sha256: string;
  bytes: number;
  records: number;
}

function fileKey(job: SyncJob, ref: FileRef): string {
  return `${job.manifest.version}|${ref.path}`;
}

function currentFile(job: SyncJob): FileRef {
  return job.plan.kind === 'full' ? job.plan.file : job.plan.chain[job.fileIndex];
}

async function saveJob(job: SyncJob): Promise<void> {
  await db.jobs.put(job);
}

function checkStop(deps: InstallDeps): void {
  if (deps.shouldStop?.()) throw new InstallStopped();
}

/** fetch, with a time limit on the answer's headers; HTTP failures become SyncErrors. */
export async function fetchOrFail(url: string, init: RequestInit, deps: Pick<InstallDeps, 'fetch' | 'timeoutMs'>): Promise<{ response: Response; controller: AbortController }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new SyncError('timeout')), deps.timeoutMs);
  let response: Response;
  try {
    response = await deps.fetch(url, { ...init, signal: controller.signal, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
  } catch (e) {
    throw controller.signal.aborted ? new SyncError('timeout', url) : new SyncError('offline', `${url}: ${(e as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 404 || response.status === 410) throw new SyncError('not-found', url);
  if (!response.ok && response.status !== 304) throw new SyncError('server', `HTTP ${response.status}`);
  return { response, controller };
}

/**
 * Reads a body piece by piece, never more than `limit` bytes: a file larger than announced is stopped at the first
 * byte too many, so it is never read whole. A stall longer than the timeout, or a closed connection, fails.
 */
export async function readBody(
  response: Response,
  controller: AbortController,
  limit: number,
  onPiece: (piece: Uint8Array) => Promise<void> | void,
  deps: Pick<InstallDeps, 'timeoutMs'>,
): Promise<number> {
  if (!response.body) throw new SyncError('cut', 'no body');
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    controller.abort();
    throw new SyncError('too-large', `${declared} bytes announced by the server, ${limit} by the manifest`);
  }
  const reader = response.body.getReader();
  let total = 0;
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SyncError('timeout', `no data for ${deps.timeoutMs} ms`)), deps.timeoutMs);
    });
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await Promise.race([reader.read(), stalled]);
    } catch (e) {
      controller.abort();
      if (e instanceof SyncError) throw e;
      throw new SyncError('cut', `after ${total} bytes: ${(e as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
    if (next.done) break;
    total += next.value.byteLength;
    if (total > limit) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw new SyncError('too-large', `more than the ${limit} bytes announced`);
    }
    await onPiece(next.value);
  }
  return total;
}

/** Downloads the job's current file into chunks, checking its size and sha256. */
async function download(job: SyncJob, deps: InstallDeps): Promise<void> {
  const ref = currentFile(job);
  const key = fileKey(job, ref);
  await db.chunks.where('file').equals(key).delete();
  job.step = 'downloading';
  await saveJob(job);
  const progress = (bytesDone: number) => deps.onProgress({ step: job.step, version: job.manifest.version, bytesDone, bytesTotal: ref.bytes, recordsDone: 0, recordsTotal: ref.records });
  progress(0);
  const { response, controller } = await fetchOrFail(new URL(ref.path, job.manifestUrl).href, {}, deps);
  const hash = sha256.create();
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let seq = 0;
  let done = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const bytes = new Uint8Array(pendingBytes);
    let at = 0;
    for (const p of pending) {
      bytes.set(p, at);
      at += p.byteLength;
    }
    await db.chunks.put({ file: key, seq: seq++, bytes });
    pending = [];
    pendingBytes = 0;
  };
  const total = await readBody(response, controller, ref.bytes, async (piece) => {
    hash.update(piece);
    pending.push(piece);
    pendingBytes += piece.byteLength;
    done += piece.byteLength;
    if (pendingBytes >= CHUNK_BYTES) {
      await flush();
      progress(done);
    }
  }, deps);
  await flush();
  progress(total);
  if (total < ref.bytes) throw new SyncError('cut', `${total} of ${ref.bytes} bytes`);
  job.step = 'verifying';
  deps.onProgress({ step: 'verifying', version: job.manifest.version, bytesDone: total, bytesTotal: ref.bytes, recordsDone: 0, recordsTotal: ref.records });
  if (bytesToHex(hash.digest()) !== ref.sha256) throw new SyncError('checksum', ref.path);
  job.downloaded = true;
  job.recordsDone = 0;
  job.step = 'importing';
  await saveJob(job);
}

/** The downloaded chunks of a file, in order, as one byte stream read from IndexedDB a chunk at a time. */
function chunkStream(key: string): ReadableStream<Uint8Array> {
  let seq = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await db.chunks.get([key, seq++]);
      if (chunk) controller.enqueue(chunk.bytes);
      else controller.close();
    },
  });
}

/** Records of a downloaded file, each parsed and validated; failures become SyncErrors naming the line. */
async function* records<T>(key: string, parse: (value: unknown, where: string) => T): AsyncGenerator<T> {
  const text = chunkStream(key)
    .pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>)
    .pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>);
  const lines = readLines(text);
  for (;;) {
    let next: IteratorResult<{ line: string; number: number }>;
    try {
      next = await lines.next();
    } catch (e) {
      throw new SyncError('corrupt', (e as Error).message);
    }
    if (next.done) return;
    const { line, number } = next.value;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new SyncError('invalid-json', `line ${number}`);
    }
    try {
      yield parse(value, `line ${number}`);
    } catch (e) {
      if (e instanceof ValidationError) throw new SyncError('invalid-record', e.message);
      throw e;
    }
  }
}

/** Commits a block of the staging version with the job's checkpoint. */
async function commitBlock(checkpoint: SyncJob, entities: Entity[]): Promise<void> {
  await db.transaction('rw', [db.blocks, db.jobs], async () => {
    if (entities.length) await db.blocks.add(makeBlock(checkpoint.manifest.version, entities));
    await db.jobs.put(checkpoint);
  });
}

function fullSpan(job: SyncJob): VersionSpan | null {
  return job.fromCreated ? { after: job.fromCreated, date: job.manifest.created } : null;
}

/** Validates a record and that the file is in id order (FORMAT.md), which the block store and the walk rely on. */
function inIdOrder(): (value: unknown, where: string) => Entity {
  let last: string | null = null;
  return (value, where) => {
    const entity = toEntity(value, where);
    if (last !== null && !(entity.id > last)) {
      throw new ValidationError(`${where}: id "${entity.id}" comes after "${last}"; records must be in ascending id order, each id once`);
    }
    last = entity.id;
    return entity;
  };
}

/**
 * Imports the full file into the staging version, walking the previous version beside it in id order: a record
 * takes over the history of its previous row, and a previous entity the file skips over left the dataset, so it is
 * kept as a delisted record that says when (lib/dataset/diff.ts). One block commits while the next is read.
 */
async function importFull(job: SyncJob, deps: InstallDeps): Promise<void> {
  if (job.plan.kind !== 'full') return;
  const ref = job.plan.file;
  const target = job.manifest.version;
  const span = fullSpan(job);
  const walker = job.fromVersion ? new VersionWalker(job.fromVersion, job.lastId) : null;
  const size = deps.batchSize ?? BLOCK_RECORDS;
  let out: Entity[] = [];
  let consumed = job.recordsDone;
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
    const committing = commitBlock(checkpoint, out).then(() => Object.assign(job, { recordsDone: checkpoint.recordsDone, lastId: checkpoint.lastId, written: checkpoint.written }));
    inFlight = committing.then(() => undefined);
    // A failed commit is reported by settle(); until then it must not count as unhandled.
    inFlight.catch(() => undefined);
    out = [];
  };
  /** Previous entities before `id` (all that are left, for null): they left the dataset. */
  const passBefore = async (id: string | null) => {
    if (!walker) return;
    for (let old = await walker.peek(); old !== null && (id === null || old < id); old = await walker.peek()) {
      const gone = span ? removedEntity(await walker.take(), span) : (await walker.take(), null);
      if (gone) out.push(gone);
      if (out.length >= size) await flush();
    }
  };
  const skip = job.recordsDone;
  let seen = 0;
  try {
    for await (const entity of records(fileKey(job, ref), inIdOrder())) {
      // After a restart the records already committed are read again but not stored twice.
      if (seen++ < skip) continue;
      await passBefore(entity.id);
      const before = walker && (await walker.peek()) === entity.id ? await walker.take() : undefined;
      out.push(withHistory(before, entity, span));
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
}

/** One delta's changes to a block: the rows by id, new ones added, removed ones gone. */
function editBlock(block: StoredBlock, changes: Map<string, Entity | null>): { ids: string[]; rows: string[] } {
  const rows = new Map(block.ids.map((id, i) => [id, block.rows[i]]));
  for (const [id, entity] of changes) {
    if (entity) rows.set(id, toRow(entity));
    else rows.delete(id);
  }
  const ids = [...rows.keys()].sort(compareIds);
  return { ids, rows: ids.map((id) => rows.get(id)!) };
}

/**
 * Applies one delta's operations to the rows of `version`, in the caller's transaction; returns the change in the
 * number of entities. Each touched block is read and written once; one that grows past twice the usual size splits.
 */
async function applyDelta(version: string, ops: DeltaOp[], span: VersionSpan): Promise<number> {
  // One id may change twice in a file; the later change wins, as in order.
  const last = new Map<string, DeltaOp>();
  for (const op of ops) last.set(op.op === 'DEL' ? op.id : op.entity.id, op);
  // An empty version (never so in practice) starts its first block here.
  const first = (await firstBlock(version)) ?? { version, firstId: '', ids: [], rows: [] };
  const touched = new Map<string, { block: StoredBlock; changes: Map<string, Entity | null> }>();
  for (const id of last.keys()) {
    const block = (await blockFor(version, id)) ?? first;
    let entry = touched.get(block.firstId);
    if (!entry) touched.set(block.firstId, (entry = { block, changes: new Map() }));
    const i = findId(block.ids, id);
    const was = i >= 0 ? fromRow(block.rows[i]) : undefined;
    const op = last.get(id)!;
    entry.changes.set(id, op.op !== 'DEL' ? withHistory(was, op.entity, span) : was ? removedEntity(was, span) : null);
  }
  let change = 0;
  for (const { block, changes } of touched.values()) {
    const { ids, rows } = editBlock(block, changes);
    change += ids.length - block.ids.length;
    if (block.ids.length) await db.blocks.delete([version, block.firstId]);
    if (ids.length === 0) continue;
    const per = ids.length > BLOCK_RECORDS * 2 ? BLOCK_RECORDS : ids.length;
    for (let i = 0; i < ids.length; i += per) await db.blocks.add({ version, firstId: ids[i], ids: ids.slice(i, i + per), rows: rows.slice(i, i + per) });
  }
  return change;
}

/**
 * A chain of deltas: every file downloaded and checked first, then all changes applied to the active rows in one
 * transaction with the switch of the manifest. A stopped worker aborts the transaction whole; the downloads stay.
 * Deltas are chosen only when smaller than the full file (lib/sync/plan), so holding their changes in memory is fine.
 */
async function installDeltas(job: SyncJob, deps: InstallDeps): Promise<number> {
  if (job.plan.kind !== 'deltas') throw new Error('not a delta plan');
  const chain = job.plan.chain;
  while (job.fileIndex < chain.length) {
    if (!job.downloaded) await download(job, deps);
    job.fileIndex++;
    job.downloaded = false;
    await saveJob(job);
    checkStop(deps);
  }
  const changes: { span: VersionSpan; ops: DeltaOp[] }[] = [];
  for (const ref of chain) {
    const ops: DeltaOp[] = [];
    for await (const op of records(fileKey(job, ref), toDeltaOp)) ops.push(op);
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
  await db.transaction('rw', [db.blocks, db.meta, db.jobs], async () => {
    const active = await activeVersion();
    if (active?.version !== rows || active.manifest.version !== job.fromDataset) throw new SyncError('older', 'another version became active meanwhile');
    count = active.entityCount;
    for (const { span, ops } of changes) {
      count += await applyDelta(rows, ops, span);
      done += ops.length;
      deps.onProgress({ step: 'importing', version: job.manifest.version, bytesDone: 0, bytesTotal: 0, recordsDone: done, recordsTotal: total });
    }
    deps.onProgress({ step: 'switching', version: job.manifest.version, bytesDone: 0, bytesTotal: 0, recordsDone: done, recordsTotal: total });
    await db.meta.put({ key: 'active', version: rows, manifest, importedAt: new Date().toISOString(), entityCount: count });
    await db.jobs.delete('job');
  });
  await db.chunks.clear();
  return count;
}

/** Runs (or goes on with) a job up to the switch. Returns the number of entities in the new version. */
export async function install(job: SyncJob, deps: InstallDeps): Promise<number> {
  if (job.plan.kind === 'deltas') return installDeltas(job, deps);
  if (!job.downloaded) await download(job, deps);
  checkStop(deps);
  await importFull(job, deps);
  await db.chunks.clear();
  return switchTo(job, deps);
}

async function switchTo(job: SyncJob, deps: InstallDeps): Promise<number> {
  const target = job.manifest.version;
  const count = job.written;
  deps.onProgress({ step: 'switching', version: target, bytesDone: 0, bytesTotal: 0, recordsDone: count, recordsTotal: count });
  const { deltas: _d, ...manifest } = job.manifest;
  await deps.prepare?.(target, datasetKey(target, manifest.version));
  await db.transaction('rw', db.meta, db.jobs, async () => {
    const active = await db.meta.get('active');
    const current = active?.key === 'active' ? active : null;
    if ((current?.version ?? null) !== job.fromVersion || (current?.manifest.version ?? null) !== job.fromDataset) throw new SyncError('older', 'another version became active meanwhile');
    await db.meta.put({ key: 'active', version: target, manifest, importedAt: new Date().toISOString(), entityCount: count });
    await db.jobs.delete('job');
  });
  // Old rows go only after the switch; if the worker stops here, the next start removes them.
  await removeStaleVersions();
  return count;
}

/** Drops an unfinished job: its staging rows and downloads. */
export async function discardJob(): Promise<void> {
  const job = await pendingJob();
  await db.jobs.delete('job');
  await db.chunks.clear();
  if (job) await removeStaleVersions();
}

/** Removes the rows of every version that is neither active nor being installed. */
export async function removeStaleVersions(): Promise<void> {
  const active = await activeVersion();
  const job = await pendingJob();
  const keep = new Set([active?.version, job?.manifest.version].filter((v): v is string => typeof v === 'string'));
  for (const v of await storedVersions()) if (!keep.has(v)) await deleteVersion(v);
  if (!job) await db.chunks.clear();
}
