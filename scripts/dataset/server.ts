// A static server for a published dataset on 127.0.0.1, with ETag / Last-Modified and 304s like a real host, and
// faults a test can switch on per path (an error status, a stall, a connection cut mid-body, a different body).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FileStore, fileResponder, type Fault } from '../http/static-files';

export type { Fault };

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
  const store = new FileStore(files);
  const faults = new Map<string, Fault>();
  const requests = new Map<string, number>();
  const sent = new Map<string, number>();
  const responder = fileResponder({
    fileOf: (path) => store.get(path),
    keyOf: (url) => decodeURIComponent(url.pathname).replace(/^\//, ''),
    faultOf: (path) => faults.get(path),
    contentType,
    requests,
    sent,
  });
  const server: Server = createServer(responder.handle);
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    manifestUrl: `${origin}/manifest.json`,
    requests,
    sent,
    setFiles: (f) => store.replace(f),
    setFault: (path, fault) => {
      if (fault) faults.set(path, fault);
      else faults.delete(path);
    },
    clearFaults: () => faults.clear(),
    close: () =>
      new Promise((r) => {
        responder.endHeld();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
