// Answers GET requests for files held in memory the way a real host does (ETag, Last-Modified, 304 on a conditional
// request, the body in pieces), with faults a test can switch on per path. Shared by the dataset server and the
// publishers' server, which differ only in how they name a request and where they listen.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Fault =
  /** Answers with this status and a short text body. */
  | { kind: 'status'; status: number }
  /** Never answers; the connection stays open until the client gives up or the server closes. */
  | { kind: 'hang' }
  /** Sends the headers and this many bytes of the body, then drops the connection. */
  | { kind: 'cut'; afterBytes: number }
  /** Serves these bytes instead of the file (with their own ETag). */
  | { kind: 'body'; bytes: Uint8Array }
  /** Answers 302 to this address. */
  | { kind: 'redirect'; location: string }
  /** Waits before the headers, then sends the body at about this many bytes a second. */
  | { kind: 'slow'; headersAfterMs: number; bytesPerSecond: number };

/** One file as served: its bytes and the validators a client may send back. */
export interface StaticFile {
  bytes: Uint8Array;
  etag: string;
  /** An HTTP date. */
  lastModified: string;
}

function etagOf(bytes: Uint8Array): string {
  return `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"`;
}

/**
 * Files by key. A file whose bytes change gets a new ETag and a Last-Modified at least a second after its previous
 * one (HTTP dates have whole seconds), so If-Modified-Since never hides a change made within the same second.
 */
export class FileStore {
  private readonly files = new Map<string, StaticFile>();

  constructor(files: Map<string, Uint8Array> = new Map()) {
    this.replace(files);
  }

  get(key: string): StaticFile | undefined {
    return this.files.get(key);
  }

  keys(): string[] {
    return [...this.files.keys()];
  }

  /** Sets these files, keeping the validators of those whose bytes did not change. */
  set(files: Map<string, Uint8Array>): void {
    for (const [key, bytes] of files) {
      const etag = etagOf(bytes);
      const before = this.files.get(key);
      if (before?.etag === etag) continue;
      const now = Math.floor(Date.now() / 1000) * 1000;
      const after = before ? Date.parse(before.lastModified) + 1000 : 0;
      this.files.set(key, { bytes, etag, lastModified: new Date(Math.max(now, after)).toUTCString() });
    }
  }

  /** Serves exactly these files: the others are gone (404). */
  replace(files: Map<string, Uint8Array>): void {
    for (const key of this.files.keys()) if (!files.has(key)) this.files.delete(key);
    this.set(files);
  }
}

/** Whether a conditional request's validators match the file (If-None-Match first, as RFC 9110 says). */
export function notModified(req: IncomingMessage, file: Pick<StaticFile, 'etag' | 'lastModified'>): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return ifNoneMatch.split(',').some((t) => t.trim() === file.etag || t.trim() === '*');
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Date.parse(file.lastModified) <= since;
}

export interface FileResponderOptions {
  /** The key of a request, for the files, the faults and the counters. */
  keyOf: (url: URL) => string;
  /** The file a key serves, if any (usually a FileStore's `get`). */
  fileOf: (key: string) => StaticFile | undefined;
  /** The fault switched on for a key, if any. */
  faultOf: (key: string) => Fault | undefined;
  contentType: (key: string) => string;
  /** Requests seen, by key; written to, so several responders can share one. */
  requests: Map<string, number>;
  /** Body bytes sent, by key. */
  sent: Map<string, number>;
}

export interface FileResponder {
  /** Counts the request and answers it. */
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  /** Ends the answers held open by 'hang' and 'slow', so the server can close. */
  endHeld: () => void;
}

export function fileResponder(options: FileResponderOptions): FileResponder {
  const { requests, sent } = options;
  const held = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  const hold = (res: ServerResponse) => {
    held.add(res);
    res.on('close', () => held.delete(res));
  };
  const later = (ms: number, f: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      f();
    }, ms);
    timers.add(t);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const key = options.keyOf(new URL(req.url ?? '/', 'http://x'));
    requests.set(key, (requests.get(key) ?? 0) + 1);
    const count = (n: number) => sent.set(key, (sent.get(key) ?? 0) + n);
    const fault = options.faultOf(key);
    if (fault?.kind === 'status') return void res.writeHead(fault.status, { 'content-type': 'text/plain' }).end(`HTTP ${fault.status}`);
    if (fault?.kind === 'redirect') return void res.writeHead(302, { location: fault.location }).end();
    if (fault?.kind === 'hang') return hold(res);
    const stored = options.fileOf(key);
    const file = fault?.kind === 'body' ? { bytes: fault.bytes, etag: etagOf(fault.bytes), lastModified: stored?.lastModified ?? new Date().toUTCString() } : stored;
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    const headers = { etag: file.etag, 'last-modified': file.lastModified, 'cache-control': 'no-cache', 'content-type': options.contentType(key) };
    if (notModified(req, file)) return void res.writeHead(304, headers).end();
    const body = file.bytes;
    const start = () => {
      res.writeHead(200, { ...headers, 'content-length': String(body.length) });
      if (fault?.kind === 'cut') {
        // Part of the body, then the connection drops: the client sees fewer bytes than Content-Length.
        res.write(body.subarray(0, fault.afterBytes), () => later(50, () => res.destroy()));
        count(Math.min(fault.afterBytes, body.length));
        return;
      }
      if (fault?.kind === 'slow') return trickle(res, body, fault.bytesPerSecond, count);
      pump(res, body, count);
    };
    if (fault?.kind === 'slow') {
      hold(res);
      return later(fault.headersAfterMs, () => {
        if (!res.destroyed) start();
      });
    }
    start();
  };

  // A tenth of the rate every 100 ms, until the body is sent or the client goes away.
  const trickle = (res: ServerResponse, body: Uint8Array, bytesPerSecond: number, count: (n: number) => void) => {
    const piece = Math.max(1, Math.floor(bytesPerSecond / 10));
    let at = 0;
    const next = () => {
      if (res.destroyed) return;
      if (at >= body.length) return void res.end();
      const part = body.subarray(at, at + piece);
      at += part.length;
      count(part.length);
      res.write(part);
      later(100, next);
    };
    next();
  };

  return {
    handle,
    endHeld: () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const res of held) res.destroy();
    },
  };
}

/** The body in pieces, so a client that stops reading stops the transfer. */
function pump(res: ServerResponse, body: Uint8Array, count: (n: number) => void): void {
  let at = 0;
  const next = () => {
    while (at < body.length) {
      const piece = body.subarray(at, at + 64 * 1024);
      at += piece.length;
      count(piece.length);
      if (!res.write(piece)) return void res.once('drain', next);
    }
    res.end();
  };
  next();
}
