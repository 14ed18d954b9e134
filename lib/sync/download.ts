// HTTP for the sync: a time limit on every answer and on every piece of a body, a size limit that stops a body at the
// first byte too many, and a file's sha256 computed as it streams, so it never has to sit in memory whole.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { DatasetFile } from '../dataset/format';
import { SyncError } from './errors';

/** Downloads are handed on (written to storage) in pieces of about this size. */
export const CHUNK_BYTES = 1 << 20;

export interface HttpDeps {
  fetch: typeof fetch;
  /** How long to wait for an answer, and for each next piece of a body, before giving up. */
  timeoutMs: number;
}

/**
 * fetch, with a time limit on the answer's headers; HTTP failures become SyncErrors. An answer that came, after
 * redirects, from another origin is refused unless `allowFinal` accepts its address (a publisher's storage host).
 */
export async function fetchOrFail(
  url: string,
  init: RequestInit,
  deps: HttpDeps,
  allowFinal: (finalUrl: string) => boolean = () => false,
): Promise<{ response: Response; controller: AbortController }> {
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
  // fetch follows redirects itself (a worker cannot follow them by hand); an answer from another origin is not used.
  // Response.url is empty only for a Response made in code (tests), never for one from the network.
  if (response.url && new URL(response.url).origin !== new URL(url).origin && !allowFinal(response.url)) {
    controller.abort();
    throw new SyncError('redirected', new URL(response.url).origin);
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
  deps: Pick<HttpDeps, 'timeoutMs'>,
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

/**
 * Gathers pieces into chunks of about CHUNK_BYTES, handing each to `store` in order: `add` says whether it stored one,
 * `flush` stores what is left.
 */
export function chunkBuffer(store: (bytes: Uint8Array) => Promise<void>): { add: (piece: Uint8Array) => Promise<boolean>; flush: () => Promise<void> } {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const bytes = new Uint8Array(pendingBytes);
    let at = 0;
    for (const p of pending) {
      bytes.set(p, at);
      at += p.byteLength;
    }
    pending = [];
    pendingBytes = 0;
    await store(bytes);
  };
  return {
    async add(piece) {
      pending.push(piece);
      pendingBytes += piece.byteLength;
      if (pendingBytes < CHUNK_BYTES) return false;
      await flush();
      return true;
    },
    flush,
  };
}

export interface DownloadDeps extends HttpDeps {
  /** Keeps the next piece of the file (about CHUNK_BYTES, the last one shorter), in order. */
  store: (bytes: Uint8Array) => Promise<void>;
  /** Bytes received so far, after each stored piece; `verifying` once the whole file is in. */
  onProgress: (step: 'downloading' | 'verifying', bytesDone: number) => void;
}

/** Downloads `url`, the file `ref` announces: no more than its size, and fails unless its size and sha256 match. */
export async function downloadFile(url: string, ref: DatasetFile, deps: DownloadDeps): Promise<void> {
  deps.onProgress('downloading', 0);
  const { response, controller } = await fetchOrFail(url, {}, deps);
  const hash = sha256.create();
  const chunks = chunkBuffer(deps.store);
  let done = 0;
  const total = await readBody(response, controller, ref.bytes, async (piece) => {
    hash.update(piece);
    done += piece.byteLength;
    if (await chunks.add(piece)) deps.onProgress('downloading', done);
  }, deps);
  await chunks.flush();
  deps.onProgress('downloading', total);
  if (total < ref.bytes) throw new SyncError('cut', `${total} of ${ref.bytes} bytes`);
  deps.onProgress('verifying', total);
  if (bytesToHex(hash.digest()) !== ref.sha256) throw new SyncError('checksum', ref.path);
}
