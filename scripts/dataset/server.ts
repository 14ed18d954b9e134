// A static server for a published dataset on 127.0.0.1, with ETag / Last-Modified and 304s like a real host, and
// faults a test can switch on per path (an error status, a stall, a connection cut mid-body, a different body).
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { kind: 'status'; status: number }
  | { kind: 'hang' }
  | { kind: 'cut'; afterBytes: number }
  | { kind: 'body'; bytes: Uint8Array }
  | { kind: 'redirect'; location: string };

export interface DatasetServer {
  origin: string;
  /** `${origin}/manifest.json` */
  manifestUrl: string;
  /** Requests seen, by path (without the leading /). */
  requests: Map<string, number>;
  /** Bytes sent, by path. */
  sent: Map<string, number>;
  setFiles: (files: Map<string, Uint8Array>) => void;
  setFault: (path: string, fault: Fault | null) => void;
  clearFaults: () => void;
  close: () => Promise<void>;
}

function contentType(path: string): string {
  if (path.endsWith('.json')) return 'application/json';
  if (path.endsWith('.html')) return 'text/html; charset=utf-8';
  return 'application/gzip';
}

export async function startDatasetServer(files: Map<string, Uint8Array>, port = 0): Promise<DatasetServer> {
  let current = files;
  const faults = new Map<string, Fault>();
  const requests = new Map<string, number>();
  const sent = new Map<string, number>();
  const lastModified = new Date(Math.floor(Date.now() / 1000) * 1000).toUTCString();
  const hanging = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\//, '');
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const count = (n: number) => sent.set(path, (sent.get(path) ?? 0) + n);
    const fault = faults.get(path);
    if (fault?.kind === 'status') return res.writeHead(fault.status, { 'content-type': 'text/plain' }).end(`HTTP ${fault.status}`);
    if (fault?.kind === 'redirect') return res.writeHead(302, { location: fault.location }).end();
    if (fault?.kind === 'hang') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    const body = fault?.kind === 'body' ? fault.bytes : current.get(path);
    if (!body) return res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    const headers = { etag, 'last-modified': lastModified, 'cache-control': 'no-cache', 'content-type': contentType(path) };
    if (req.headers['if-none-match'] === etag) return res.writeHead(304, headers).end();
    res.writeHead(200, { ...headers, 'content-length': String(body.length) });
    if (fault?.kind === 'cut') {
      // Sends part of the body, then drops the connection: the client sees fewer bytes than Content-Length.
      res.write(body.subarray(0, fault.afterBytes), () => setTimeout(() => res.destroy(), 50));
      count(fault.afterBytes);
      return;
    }
    // In pieces, so a client that stops reading stops the transfer.
    let at = 0;
    const pump = () => {
      while (at < body.length) {
        const piece = body.subarray(at, at + 64 * 1024);
        at += piece.length;
        count(piece.length);
        if (!res.write(piece)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    manifestUrl: `${origin}/manifest.json`,
    requests,
    sent,
    setFiles: (f) => {
      current = f;
    },
    setFault: (path, fault) => {
      if (fault) faults.set(path, fault);
      else faults.delete(path);
    },
    clearFaults: () => faults.clear(),
    close: () =>
      new Promise((r) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
