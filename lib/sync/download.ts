// HTTP for the sync: a time limit on every answer and on every piece of a body, a size limit that stops a body at the
// first byte too many, and a file's sha256 computed as it streams, so it never has to sit in memory whole.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { DatasetFile } from '../dataset/format';
import { nextTurn } from '../stepwise';
import { SyncError } from './errors';
import { isLoopback } from './origin';

/** Downloads are handed on (written to storage) in pieces of about this size. */
export const CHUNK_BYTES = 1 << 20;

export interface HttpDeps {
  fetch: typeof fetch;
  /** How long to wait for an answer, and for each next piece of a body, before giving up. */
  timeoutMs: number;
}

/** Redirects followed by hand, at most: more is a loop or a server gone wrong. */
const MAX_REDIRECTS = 5;

async function fetchOnce(url: string, init: RequestInit, deps: HttpDeps, redirect: RequestRedirect): Promise<{ response: Response; controller: AbortController }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new SyncError('timeout')), deps.timeoutMs);
  try {
    return { response: await deps.fetch(url, { ...init, signal: controller.signal, cache: 'no-store', credentials: 'omit', redirect }), controller };
  } catch (e) {
    throw controller.signal.aborted ? new SyncError('timeout', url) : new SyncError('offline', `${url}: ${(e as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Why a redirect of a request first made to `first` may not go on to `to`: another origin that is not declared, or
 * plain http off this computer. Null when it may.
 */
function refusedHop(first: URL, to: URL, allowHost: ((url: string) => boolean) | undefined): SyncError | null {
  if (to.origin !== first.origin && !allowHost?.(to.href)) return new SyncError('redirected', to.origin);
  if (to.protocol !== 'https:' && !(to.protocol === 'http:' && isLoopback(to))) return new SyncError('redirected', `plain http: ${to.origin}`);
  return null;
}

/**
 * fetch, with a time limit on each answer's headers; HTTP failures become SyncErrors. Redirects are followed by hand,
 * each target checked before it is asked: the same origin as `url`, or an address `allowHost` accepts (a publisher's
 * storage host), and https unless on this computer. Nothing else is ever requested.
 *
 * A browser does not show script where a redirect leads: with `redirect: 'manual'` a page's and an extension's
 * worker's fetch alike get an "opaqueredirect" answer, status 0 and no Location (the Fetch standard's filtered
 * response). With no declared hosts (the Dataset URL) such a redirect is refused without being followed: the reader
 * can set the Dataset URL to the final address. With declared hosts (OFAC sends its files on to its storage host)
 * the request is made again with fetch following the redirects, and the final address is checked on arrival.
 */
export async function fetchOrFail(
  url: string,
  init: RequestInit,
  deps: HttpDeps,
  allowHost?: (url: string) => boolean,
): Promise<{ response: Response; controller: AbortController }> {
  const first = new URL(url);
  let current = first;
  for (let hops = 0; ; hops++) {
    let { response, controller } = await fetchOnce(current.href, init, deps, 'manual');
    if (response.type === 'opaqueredirect') {
      if (!allowHost) throw new SyncError('redirect-unseen', `from ${current.href}`);
      ({ response, controller } = await fetchOnce(current.href, init, deps, 'follow'));
      // Response.url is empty only for a Response made in code (tests), never for one from the network.
      const final = response.url ? new URL(response.url) : current;
      const refused = final.href === current.href ? null : refusedHop(first, final, allowHost);
      if (refused) {
        controller.abort();
        throw refused;
      }
    } else if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      controller.abort();
      const location = response.headers.get('location');
      if (!location) throw new SyncError('server', `HTTP ${response.status} without a Location`);
      if (hops >= MAX_REDIRECTS) throw new SyncError('redirected', `more than ${MAX_REDIRECTS} redirects`);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new SyncError('server', `HTTP ${response.status} to ${JSON.stringify(location.slice(0, 100))}, which is not an address`);
      }
      const refused = refusedHop(first, next, allowHost);
      if (refused) throw refused;
      current = next;
      continue;
    }
    if (response.status === 404 || response.status === 410) throw new SyncError('not-found', current.href);
    if (!response.ok && response.status !== 304) throw new SyncError('server', `HTTP ${response.status}`);
    return { response, controller };
  }
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

const HASH_SLICE = 1 << 16;

/** Downloads `url`, the file `ref` announces: no more than its size, and fails unless its size and sha256 match. */
export async function downloadFile(url: string, ref: DatasetFile, deps: DownloadDeps): Promise<void> {
  deps.onProgress('downloading', 0);
  const { response, controller } = await fetchOrFail(url, {}, deps);
  const hash = sha256.create();
  const chunks = chunkBuffer(deps.store);
  let done = 0;
  const total = await readBody(response, controller, ref.bytes, async (piece) => {
    // Hashed in slices with a turn of the event loop between them: a piece can be a megabyte, a long stretch of sha256.
    for (let at = 0; at < piece.byteLength; at += HASH_SLICE) {
      if (at > 0) await nextTurn();
      hash.update(piece.subarray(at, at + HASH_SLICE));
    }
    done += piece.byteLength;
    if (await chunks.add(piece)) deps.onProgress('downloading', done);
  }, deps);
  await chunks.flush();
  deps.onProgress('downloading', total);
  if (total < ref.bytes) throw new SyncError('cut', `${total} of ${ref.bytes} bytes`);
  deps.onProgress('verifying', total);
  if (bytesToHex(hash.digest()) !== ref.sha256) throw new SyncError('checksum', ref.path);
}
