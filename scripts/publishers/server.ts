// One loopback server that plays every list's publisher at its own paths (lib/sync/publishers/sources.ts, reached
// through `publisherUrl(url, origin)`), for tests of the sync engine. OFAC's Sanctions List Service answers each file
// with a 302 to a signed address on its storage host; here a second server on another origin plays that host, and a
// third, on an address no source declares, is where a test can redirect to see whether the engine follows.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FileStore, fileResponder, type Fault } from '../http/static-files';
import { changesPath } from './ofac-changes';
import { OFAC_CONS_PATHS, OFAC_CONS_XML_PATH, OFAC_DATES, OFAC_NEXT_DAY, OFAC_PATHS, OFAC_XML_PATH, type OfacDay, type Publication } from './publications';

export type { Fault };

export interface PublisherServerOptions {
  /** What to serve, by path with query (see publications.ts: `allPublications`, `ofacPublication`, …). */
  files: Publication;
  /** Paths answered with a 302 to the storage host, which serves their bytes; OFAC's files by default. */
  redirected?: readonly string[];
}

export interface PublisherServer {
  /** `http://127.0.0.1:<port>`: the test origin that answers every publisher's paths. */
  origin: string;
  /** `http://localhost:<port>`: the signed storage host the redirected paths send the client to. */
  redirectOrigin: string;
  /** `http://127.0.0.2:<port>` (or `http://[::1]:<port>`): an origin no source declares, serving the same files without redirects. */
  strayOrigin: string;
  /** Replaces what the given paths serve (other paths keep theirs): the next publication of one or more publishers. */
  setPublication: (files: Publication) => void;
  /**
   * Switches a fault on (or off, with null) for a path. On a redirected path, 'status', 'hang' and 'redirect' answer
   * instead of the 302; 'body', 'cut' and 'slow' act on the storage host's answer, which carries the bytes.
   */
  setFault: (path: string, fault: Fault | null) => void;
  clearFaults: () => void;
  /** Requests by path on all three origins (storage paths are `/Published/<FILE>`, the stray one's `stray:<path>`). */
  requests: Map<string, number>;
  /** Body bytes sent, by the same keys. */
  sent: Map<string, number>;
  /** Body bytes sent in all, every origin together. */
  totalSent: () => number;
  /** Closes the three servers, ending answers still held open. */
  close: () => Promise<void>;
}

const STORAGE_PREFIX = '/Published/';
/** Every OFAC publication the loopback serves, whose change file is sent on to the storage host too. */
const OFAC_DAYS: OfacDay[] = [...OFAC_DATES, OFAC_NEXT_DAY];
/** Hop faults: the first server answers them itself instead of redirecting. */
const AT_FIRST_HOP = new Set<Fault['kind']>(['status', 'hang', 'redirect']);

function contentType(path: string): string {
  if (path.includes('/rss')) return 'application/rss+xml; charset=utf-8';
  if (/\.csv/i.test(path)) return 'text/csv';
  return 'application/xml; charset=utf-8';
}

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server, endHeld: () => void): Promise<void> {
  return new Promise((resolve) => {
    endHeld();
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\?.*$/, '');
}

/** A storage address for a path, signed as the real service does: a new signature every time. */
let signatures = 0;
function signedPath(path: string): string {
  signatures++;
  return `${STORAGE_PREFIX}${fileName(path)}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=300&X-Amz-Signature=${signatures.toString(16).padStart(64, '0')}`;
}

export async function startPublisherServer(options: PublisherServerOptions): Promise<PublisherServer> {
  const store = new FileStore(options.files);
  const redirected = new Set(options.redirected ?? [...Object.values(OFAC_PATHS), OFAC_XML_PATH, ...Object.values(OFAC_CONS_PATHS), OFAC_CONS_XML_PATH, ...OFAC_DAYS.map((d) => changesPath(d))]);
  // The storage host's path of each redirected file, and back.
  const storagePathOf = (path: string) => `${STORAGE_PREFIX}${fileName(path)}`;
  const publisherPathOf = new Map([...redirected].map((p) => [storagePathOf(p), p]));
  const faults = new Map<string, Fault>();
  const requests = new Map<string, number>();
  const sent = new Map<string, number>();
  const common = { contentType, requests, sent };

  const first = fileResponder({ ...common, fileOf: (key) => store.get(key), keyOf: (u) => `${u.pathname}${u.search}`, faultOf: (key) => faults.get(key) });
  const storage = fileResponder({
    ...common,
    fileOf: (key) => store.get(publisherPathOf.get(key) ?? ''),
    keyOf: (u) => u.pathname,
    faultOf: (key) => {
      const fault = faults.get(publisherPathOf.get(key) ?? '');
      return fault && !AT_FIRST_HOP.has(fault.kind) ? fault : undefined;
    },
  });
  const stray = fileResponder({ ...common, fileOf: (key) => store.get(key.slice('stray:'.length)), keyOf: (u) => `stray:${u.pathname}${u.search}`, faultOf: () => undefined });

  let redirectOrigin = '';
  const firstServer = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x');
    const key = `${path.pathname}${path.search}`;
    const fault = faults.get(key);
    if (redirected.has(key) && !(fault && AT_FIRST_HOP.has(fault.kind))) {
      requests.set(key, (requests.get(key) ?? 0) + 1);
      res.writeHead(302, { location: `${redirectOrigin}${signedPath(key)}` }).end();
      return;
    }
    first.handle(req, res);
  });
  const storageServer = createServer(storage.handle);
  const strayServer = createServer(stray.handle);

  const port = await listen(firstServer, '127.0.0.1');
  const storagePort = await listen(storageServer, '127.0.0.1');
  redirectOrigin = `http://localhost:${storagePort}`;
  let strayOrigin: string;
  try {
    strayOrigin = `http://127.0.0.2:${await listen(strayServer, '127.0.0.2')}`;
  } catch {
    // Not every system routes all of 127/8 to loopback (macOS does not); IPv6's loopback is another host name too.
    strayOrigin = `http://[::1]:${await listen(strayServer, '::1')}`;
  }

  return {
    origin: `http://127.0.0.1:${port}`,
    redirectOrigin,
    strayOrigin,
    setPublication: (files) => store.set(files),
    setFault: (path, fault) => {
      if (fault) faults.set(path, fault);
      else faults.delete(path);
    },
    clearFaults: () => faults.clear(),
    requests,
    sent,
    totalSent: () => [...sent.values()].reduce((a, b) => a + b, 0),
    close: async () => {
      await Promise.all([closeServer(firstServer, first.endHeld), closeServer(storageServer, storage.endHeld), closeServer(strayServer, stray.endHeld)]);
    },
  };
}
