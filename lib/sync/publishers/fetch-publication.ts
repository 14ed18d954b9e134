// Fetches one publisher's current publication: a cheap check first (the EU feed, conditional requests), then each
// file streamed through its size limit, its sha256 and the publication reader. Server errors and timeouts are
// retried with a growing pause (the EU file is generated slowly and fails now and then).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { ofacEntitySteps } from '../../dataset/ofac';
import { needsEuFsfDownload, parseEuFsfRss } from '../../sources/eu-fsf-rss';
import { nextTurn, runInSlices } from '../../stepwise';
import { fetchOrFail, readBody, type HttpDeps } from '../download';
import { SLICE_MS } from '../breather';
import { SyncError } from '../errors';
import { publicationReader, type Publication } from './publication-reader';
import { fetchOfacChanges, type InstalledRows } from './ofac-changes';
import { readPublishDate } from './publish-date';
import { allowedHost, publisherUrl, type PublisherFile, type PublisherSource } from './sources';
import type { SourceState } from './status';

export interface PublisherDeps extends HttpDeps {
  now: () => number;
  /** Waits before a retry; tests pass one that does not wait. */
  sleep: (ms: number) => Promise<void>;
  /** Tests only: every publisher's path is fetched from this loopback origin (lib/sync/publishers/status.ts). */
  testOrigin?: string;
  /** Tests only: the loopback origin the test OFAC server redirects to, accepted like OFAC's storage host. */
  testRedirectOrigin?: string;
}

// 16 KB of XML is a few ms of parsing on a loaded machine (64 KB was up to 56 ms in a worker profile).
const PARSE_SLICE = 1 << 14;

/** Pauses before the 2nd and 3rd attempt of a request that met a server error or a timeout. */
export const RETRY_PAUSES_MS = [5_000, 30_000];

export type Validators = { etag: string | null; lastModified: string | null };

export type FetchOutcome =
  | {
      kind: 'unchanged';
      reason: string;
      feed?: SourceState['feed'];
    }
  | {
      kind: 'fetched';
      publication: Publication;
      validators: Record<string, Validators>;
      sha256: Record<string, string>;
      bytes: number;
      feed?: SourceState['feed'];
      /** The server's Last-Modified of the first file, as an ISO time: OFAC's CSV files carry no date of their own. */
      lastModified: string | null;
      /** The publisher's own date from the source's date file (OFAC's SDN.XML Publish_Date, an ISO day), or null. */
      publishDate: string | null;
      /** How the publication came: its change files applied to the list in use, or the full files (and why). */
      via: { kind: 'changes'; publications: number } | { kind: 'files'; why?: string };
    };

function retryable(e: unknown): boolean {
  return e instanceof SyncError && (e.failure === 'server' || e.failure === 'timeout' || e.failure === 'offline');
}

async function withRetries<T>(deps: PublisherDeps, attempt: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      if (!retryable(e) || i >= RETRY_PAUSES_MS.length) throw e;
      await deps.sleep(RETRY_PAUSES_MS[i]);
    }
  }
}

/** A date as the publishers write it (an HTTP date, an ISO time with an offset) as an ISO time in UTC; null if none. */
export function isoOrNull(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = Date.parse(text);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** The feed's entry for the file, or null when the feed cannot be read (the file's own check then decides). */
async function readFeed(source: PublisherSource, feed: PublisherFile, deps: PublisherDeps, allow: (u: string) => boolean): Promise<SourceState['feed'] | null> {
  try {
    const { response, controller } = await fetchOrFail(publisherUrl(feed.url, deps.testOrigin), {}, deps, allow);
    const pieces: Uint8Array[] = [];
    await readBody(response, controller, feed.maxBytes, (p) => void pieces.push(p), deps);
    const text = new TextDecoder().decode(await new Blob(pieces as BlobPart[]).arrayBuffer());
    const { entry } = parseEuFsfRss(text, feed.name);
    return entry ? { checksum: entry.checksum, length: entry.length, published: entry.published } : null;
  } catch (e) {
    if (e instanceof SyncError) return null;
    throw e;
  }
}

/**
 * The source's publication if it changed since `state`, else 'unchanged'. Throws SyncError (network, HTTP, limits)
 * or PublicationError (a broken file); either way nothing is installed and the list in use stays.
 */
export async function fetchPublication(source: PublisherSource, state: SourceState, deps: PublisherDeps, installedRows?: InstalledRows): Promise<FetchOutcome> {
  const testOrigins = [deps.testOrigin, deps.testRedirectOrigin].filter((o): o is string => !!o);
  const allow = (u: string) => allowedHost(source, u, testOrigins);
  const installed = Object.keys(state.sha256).length > 0;

  let why: string | undefined;
  if (source.changes) {
    const changes = await fetchOfacChanges(source, state, installedRows, deps, allow);
    if (changes.kind === 'unchanged') return { kind: 'unchanged', reason: changes.reason };
    if (changes.kind === 'fetched') {
      const built = await runInSlices(ofacEntitySteps(changes.rows), SLICE_MS);
      return {
        kind: 'fetched',
        publication: { entities: built.records, publishedAt: changes.day, problems: built.problems, rows: changes.rows },
        validators: {},
        sha256: { changes: changes.publications.map((p) => p.id).join(',') },
        bytes: changes.bytes,
        lastModified: null,
        publishDate: changes.day,
        via: { kind: 'changes', publications: changes.publications.length },
      };
    }
    why = changes.reason || undefined;
  }

  let feed: SourceState['feed'] | undefined;
  if (source.feed) {
    feed = (await readFeed(source, source.feed, deps, allow)) ?? undefined;
    if (feed && installed) {
      const verdict = needsEuFsfDownload({ title: '', url: '', ...feed }, state.feed);
      if (!verdict.download) return { kind: 'unchanged', reason: `the publisher's feed shows ${verdict.reason}`, feed };
    }
  }

  const reader = publicationReader(source.id);
  const validators: Record<string, Validators> = {};
  const hashes: Record<string, string> = {};
  let bytes = 0;
  let lastModified: string | null = null;
  for (const [i, file] of source.files.entries()) {
    // Only the first file is asked conditionally: a publisher changes its files together, and the others are needed
    // whole to read a changed publication.
    const known = i === 0 && installed ? state.validators[file.name] : undefined;
    const headers: Record<string, string> = {};
    if (known?.etag) headers['If-None-Match'] = known.etag;
    if (known?.lastModified) headers['If-Modified-Since'] = known.lastModified;
    const url = publisherUrl(file.url, deps.testOrigin);
    // Retried only until an answer comes: a body cut short has already been read in part, and fails the check.
    const { response, controller } = await withRetries(deps, () => fetchOrFail(url, { headers }, deps, allow));
    if (response.status === 304) {
      controller.abort();
      return { kind: 'unchanged', reason: 'not modified since the last check', feed };
    }
    validators[file.name] = { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
    if (i === 0) lastModified = isoOrNull(response.headers.get('last-modified'));
    const hash = sha256.create();
    const decoder = new TextDecoder(reader.encoding);
    bytes += await readBody(response, controller, file.maxBytes, async (piece) => {
      // A network piece can be a megabyte; hashed and parsed in slices of 16 KB with a turn of the event loop between
      // them, the worker goes on answering pages (one megabyte of XML is a quarter of a second; its sha256 at once was
      // a 90 ms stretch in a worker profile of a first check).
      for (let at = 0; at < piece.byteLength; at += PARSE_SLICE) {
        if (at > 0) await nextTurn();
        const slice = piece.subarray(at, at + PARSE_SLICE);
        hash.update(slice);
        reader.write(file.name, decoder.decode(slice, { stream: true }));
      }
    }, deps);
    reader.write(file.name, decoder.decode());
    hashes[file.name] = bytesToHex(hash.digest());
  }
  if (installed && source.files.every((f) => hashes[f.name] === state.sha256[f.name])) {
    return { kind: 'unchanged', reason: 'the same file as the last check', feed };
  }
  const publishDate = source.dateFile ? await readPublishDate(source.dateFile, deps, allow) : null;
  // Whether these are older than the list in use (OFAC's full files can lag behind its change files) is the engine's
  // to judge, by the publisher's dates, for every source alike (publication-age.ts).
  return { kind: 'fetched', publication: await runInSlices(reader.finish(), SLICE_MS), validators, sha256: hashes, bytes, feed, lastModified, publishDate, via: { kind: 'files', why } };
}
