// The publishers played in memory for the engine's Node tests: each publisher's path answers with the committed real
// fixtures in their own formats, with ETag / Last-Modified and 304s, and faults a test can switch on. (The loopback
// HTTP server in scripts/publishers/ plays them over the network, redirects included, for the browser.)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PUBLISHER_SOURCES } from '../../../lib/sync/publishers/sources';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
export const read = (rel: string) => readFileSync(resolve(FIXTURES, rel));

export const ORIGIN = 'http://127.0.0.1:9';
const path = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};
export const PATHS = {
  sdn: path(PUBLISHER_SOURCES['ofac-sdn'].files[0].url),
  alt: path(PUBLISHER_SOURCES['ofac-sdn'].files[1].url),
  add: path(PUBLISHER_SOURCES['ofac-sdn'].files[2].url),
  sdnXml: path(PUBLISHER_SOURCES['ofac-sdn'].dateFile!.url),
  consPrim: path(PUBLISHER_SOURCES['ofac-cons'].files[0].url),
  consAlt: path(PUBLISHER_SOURCES['ofac-cons'].files[1].url),
  consAdd: path(PUBLISHER_SOURCES['ofac-cons'].files[2].url),
  consXml: path(PUBLISHER_SOURCES['ofac-cons'].dateFile!.url),
  un: path(PUBLISHER_SOURCES.un.files[0].url),
  euRss: path(PUBLISHER_SOURCES.eu.feed!.url),
  eu: path(PUBLISHER_SOURCES.eu.files[0].url),
  uk: path(PUBLISHER_SOURCES.uk.files[0].url),
};

export interface Served {
  body: Uint8Array;
  lastModified: string;
}

/** The EU feed announcing `xml` (its sha1 as the checksum, as the Commission's feed appears to use). */
export function euFeed(xml: Uint8Array, published: string): Uint8Array {
  const url = PUBLISHER_SOURCES.eu.files[0].url.replace(/&/g, '&amp;');
  const sum = createHash('sha1').update(xml).digest('hex').toUpperCase();
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sanctions List</title><link>https://webgate.ec.europa.eu/fsd/fsf/public/rss</link><description>x</description>
<item><title>XML (Based on XSD) - v1.1</title><link>${url}</link><description>x</description>
<enclosure url="${url}" length="${xml.byteLength}" type="text/xml" /><pubDate>${new Date(published).toUTCString()}</pubDate>
<guid>${url}&amp;checksum=${sum}</guid></item></channel></rss>`);
}

export type Fault = { status: number } | { body: Uint8Array };

export class FakePublishers {
  readonly files = new Map<string, Served>();
  readonly faults = new Map<string, Fault>();
  readonly requests: string[] = [];
  bytesSent = 0;

  serve(p: string, body: Uint8Array | string, lastModified: string): void {
    this.files.set(p, { body: typeof body === 'string' ? new TextEncoder().encode(body) : body, lastModified: new Date(lastModified).toUTCString() });
  }

  /** An OFAC publication: sdn, alt and add CSV files of one date. */
  ofac(sdn: string | Uint8Array, alt: string | Uint8Array, add: string | Uint8Array, date: string): void {
    this.serve(PATHS.sdn, sdn, date);
    this.serve(PATHS.alt, alt, date);
    this.serve(PATHS.add, add, date);
  }

  eu(xml: Uint8Array, date: string): void {
    this.serve(PATHS.eu, xml, date);
    this.serve(PATHS.euRss, euFeed(xml, date), date);
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const p = path(String(input));
    this.requests.push(p);
    const fault = this.faults.get(p);
    if (fault && 'status' in fault) return new Response('error', { status: fault.status });
    const file = this.files.get(p);
    if (!file) return new Response('not found', { status: 404 });
    const body = fault && 'body' in fault ? fault.body : file.body;
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    const headers = new Headers(init?.headers);
    if (headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: { etag } });
    this.bytesSent += body.byteLength;
    return new Response(body as BodyInit, { status: 200, headers: { etag, 'last-modified': file.lastModified, 'content-length': String(body.byteLength) } });
  };
}
