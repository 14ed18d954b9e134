// The loopback publishers' server the sync engine's tests fetch the lists from: every declared address answers in the
// publisher's real format, OFAC through its 302 to a storage host, with 304s and the faults a test switches on.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeLatin1 } from '../../lib/dataset/csv';
import { parseAddCsv, parseAltCsv, parseSdnCsv } from '../../lib/dataset/ofac';
import { parseEuFsfRss } from '../../lib/sources/eu-fsf-rss';
import { parseEuFsfXml } from '../../lib/sources/eu-fsf-xml';
import { readUkSanctionsList } from '../../lib/sources/uk-sanctions-list-xml';
import { UnXmlReader, type UnRecord } from '../../lib/sources/un-xml';
import { PUBLISHER_SOURCES, publisherUrl } from '../../lib/sync/publishers/sources';
import {
  DEFAULT_DATA_DIR, EU_RSS_PATH, EU_XML_PATH, OFAC_PATHS, SharedDataMissingError, UK_PATH, UN_PATH, allPublications, euPublication,
  ofacPublication, sdnWithTenthOfRows, sharedDataPresent, ukPublication,
} from '../../scripts/publishers/publications';
import { startPublisherServer, type PublisherServer } from '../../scripts/publishers/server';

const fixtures = { fixturesOnly: true } as const;

function readUn(text: string): { records: UnRecord[]; dateGenerated?: string } {
  const reader = new UnXmlReader();
  const records = [...reader.write(text), ...reader.close()];
  return { records, dateGenerated: reader.dateGenerated };
}

async function bytesOf(res: Response): Promise<Uint8Array> {
  return new Uint8Array(await res.arrayBuffer());
}

/** A file as served, in the same type as a fetched body, for toEqual. */
function served(files: Map<string, Uint8Array>, path: string): Uint8Array {
  return new Uint8Array(files.get(path) ?? []);
}

describe('the publishers played on loopback, from the committed fixtures', () => {
  let server: PublisherServer;
  const get = (path: string, init?: RequestInit) => fetch(`${server.origin}${path}`, init);

  beforeAll(async () => {
    server = await startPublisherServer({ files: allPublications({ ofac: '2024-07-02', eu: 1, uk: 1, ...fixtures }) });
  });
  afterAll(() => server.close());

  it('answers every address the sources declare, on the test origin', async () => {
    const urls = Object.values(PUBLISHER_SOURCES).flatMap((s) => [...(s.feed ? [s.feed.url] : []), ...s.files.map((f) => f.url)]);
    expect(urls).toHaveLength(10);
    for (const url of urls) {
      const res = await fetch(publisherUrl(url, server.origin));
      expect(res.status, url).toBe(200);
      expect((await bytesOf(res)).length, url).toBeGreaterThan(1000);
    }
  });

  it("sends OFAC's files with a 302 to a signed address on another origin, which serves the CSV", async () => {
    const hop = await get(OFAC_PATHS.sdn, { redirect: 'manual' });
    expect(hop.status).toBe(302);
    const location = hop.headers.get('location') ?? '';
    expect(new URL(location).origin).toBe(server.redirectOrigin);
    expect(server.redirectOrigin).not.toBe(server.origin);
    expect(location).toMatch(/\/Published\/SDN\.CSV\?.*X-Amz-Signature=[0-9a-f]{64}$/);

    const res = await get(OFAC_PATHS.sdn);
    expect(res.url.startsWith(`${server.redirectOrigin}/Published/SDN.CSV?`)).toBe(true);
    const sdn = parseSdnCsv(decodeLatin1(await bytesOf(res)), 'SDN.CSV');
    expect(sdn.problems).toEqual([]);
    expect(sdn.records).toHaveLength(74);
    expect(sdn.records.filter((r) => r.programs.some((p) => p.startsWith('VENEZUELA'))).length).toBeGreaterThan(60);
    const alt = parseAltCsv(decodeLatin1(await bytesOf(await get(OFAC_PATHS.alt))), 'ALT.CSV');
    const add = parseAddCsv(decodeLatin1(await bytesOf(await get(OFAC_PATHS.add))), 'ADD.CSV');
    expect([alt.records.length, alt.problems, add.records.length, add.problems]).toEqual([25, [], 96, []]);
    const entNums = new Set(sdn.records.map((r) => r.entNum));
    expect(add.records.every((r) => entNums.has(r.entNum))).toBe(true);
  });

  it('serves the OFAC publication the test makes current, bytes unchanged (CRLF and the final 0x1A kept)', async () => {
    server.setPublication(ofacPublication('2019-01-04', fixtures));
    const old = await bytesOf(await get(OFAC_PATHS.sdn));
    expect(parseSdnCsv(decodeLatin1(old), 'SDN.CSV').records).toHaveLength(42);
    server.setPublication(ofacPublication('2021-05-22', fixtures));
    expect(parseSdnCsv(decodeLatin1(await bytesOf(await get(OFAC_PATHS.sdn))), 'SDN.CSV').records).toHaveLength(77);
    server.setPublication(ofacPublication('2024-07-02', fixtures));
    const current = await bytesOf(await get(OFAC_PATHS.sdn));
    expect(current).toEqual(served(ofacPublication('2024-07-02', fixtures), OFAC_PATHS.sdn));
    expect([...current.subarray(-3)]).toEqual([0x0d, 0x0a, 0x1a]);
  });

  it('serves the UN consolidated list', async () => {
    const { records, dateGenerated } = readUn(await (await get(UN_PATH)).text());
    expect(dateGenerated).toBe('2026-02-27T00:00:09.554Z');
    expect(records.map((r) => r.referenceNumber)).toEqual(['CDi.002', 'IRi.003', 'IRi.041', 'CDi.030', 'CDe.001', 'IQe.197']);
  });

  it("serves the EU feed announcing the XML file's real address, length and SHA-1, and the file itself", async () => {
    const read = async () => {
      const feed = parseEuFsfRss(await (await get(EU_RSS_PATH)).text(), 'rss');
      const xml = await bytesOf(await get(EU_XML_PATH));
      return { feed, xml, list: parseEuFsfXml([new TextDecoder().decode(xml)], 'xml') };
    };
    const v1 = await read();
    expect(v1.feed.problems).toEqual([]);
    expect(v1.feed.entry).toEqual({
      title: 'XML (Based on XSD) - v1.1',
      url: PUBLISHER_SOURCES.eu.files[0].url,
      published: '2026-08-05T14:47:04Z',
      length: v1.xml.length,
      checksum: createHash('sha1').update(v1.xml).digest('hex').toUpperCase(),
    });
    expect(v1.list.problems).toEqual([]);
    // The excerpt's entities, then the Venezuela regime's 69 (made from the annex the extension ships).
    const ids = (r: Awaited<ReturnType<typeof read>>) => r.list.records.map((x) => x.logicalId);
    expect(ids(v1).slice(0, 3)).toEqual(['13', '191', '980']);
    expect(v1.list.records.slice(3).filter((x) => x.regulations.some((g) => g.programme === 'VEN'))).toHaveLength(69);

    server.setPublication(euPublication(2));
    const v2 = await read();
    expect(ids(v2).slice(0, 4)).toEqual(['13', '191', '980', '330']);
    expect(ids(v2)).toHaveLength(73);
    expect(v2.feed.entry?.published).toBe('2026-08-06T14:47:04Z');
    expect(v2.feed.entry?.checksum).not.toBe(v1.feed.entry?.checksum);
    expect(v2.feed.entry?.length).toBe(v2.xml.length);
    // Cut short before the Venezuela entries, well-formed still.
    server.setPublication(euPublication(1, { withoutVenezuela: true }));
    const cut = await read();
    expect(cut.list.problems).toEqual([]);
    expect(ids(cut)).toEqual(['13', '191', '980']);
    server.setPublication(euPublication(1));
  });

  it('serves the UK Sanctions List, whose second version adds a designation', async () => {
    const read = async () => readUkSanctionsList([await (await get(UK_PATH)).text()], 'uk');
    const v1 = await read();
    expect([v1.complete, v1.problems, v1.dateGenerated]).toEqual([true, [], '2026-08-14T23:00:04.744Z']);
    expect(v1.records.map((r) => r.uniqueId)).toEqual(['AFG0011', 'AQD0128', 'AQD0377']);
    server.setPublication(ukPublication(2));
    const v2 = await read();
    expect(v2.records.map((r) => r.uniqueId)).toEqual(['AFG0011', 'AQD0128', 'AQD0377', 'DPR0075']);
    expect([v2.dateGenerated, v2.dayGenerated]).toEqual(['2026-08-15T23:00:04.744Z', '2026-08-15']);
    server.setPublication(ukPublication(1));
  });

  it('answers a conditional request for an unchanged file with 304 and no body, through the 302 too', async () => {
    for (const path of [UN_PATH, EU_RSS_PATH, OFAC_PATHS.sdn]) {
      const first = await get(path);
      await first.arrayBuffer();
      const etag = first.headers.get('etag') ?? '';
      const lastModified = first.headers.get('last-modified') ?? '';
      expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
      expect(Date.parse(lastModified)).not.toBeNaN();
      expect((await get(path, { headers: { 'If-None-Match': etag } })).status, path).toBe(304);
      expect((await get(path, { headers: { 'If-Modified-Since': lastModified } })).status, path).toBe(304);
      expect((await get(path, { headers: { 'If-None-Match': '"other"', 'If-Modified-Since': lastModified } })).status, path).toBe(200);
    }
  });

  it('answers 200 with new validators once the publication changed', async () => {
    const before = await get(UK_PATH);
    await before.arrayBuffer();
    server.setPublication(ukPublication(2));
    const conditional = { 'If-None-Match': before.headers.get('etag') ?? '', 'If-Modified-Since': before.headers.get('last-modified') ?? '' };
    const after = await get(UK_PATH, { headers: conditional });
    expect(after.status).toBe(200);
    expect(Date.parse(after.headers.get('last-modified') ?? '')).toBeGreaterThan(Date.parse(conditional['If-Modified-Since']));
    expect((await get(UK_PATH, { headers: { 'If-Modified-Since': conditional['If-Modified-Since'] } })).status).toBe(200);
    await after.arrayBuffer();
    server.setPublication(ukPublication(1));
  });

  it('counts requests and body bytes by path: a day with no change costs only the conditional requests', async () => {
    const validators = new Map<string, string>();
    for (const path of [...Object.values(OFAC_PATHS), UN_PATH, EU_RSS_PATH, UK_PATH]) {
      const res = await get(path);
      await res.arrayBuffer();
      validators.set(path, res.headers.get('etag') ?? '');
    }
    server.requests.clear();
    server.sent.clear();
    for (const [path, etag] of validators) expect((await get(path, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect(server.totalSent()).toBe(0);
    expect(server.requests.get(OFAC_PATHS.sdn)).toBe(1);
    expect(server.requests.get('/Published/SDN.CSV')).toBe(1);
    expect(server.requests.get(EU_XML_PATH)).toBeUndefined();

    const full = await bytesOf(await get(EU_XML_PATH));
    expect(server.sent.get(EU_XML_PATH)).toBe(full.length);
    expect(server.totalSent()).toBe(full.length);
  });

  describe('faults, switched per path', () => {
    it('an error status, at the first hop of a redirected path too', async () => {
      server.setFault(UN_PATH, { kind: 'status', status: 500 });
      server.setFault(OFAC_PATHS.alt, { kind: 'status', status: 503 });
      expect((await get(UN_PATH)).status).toBe(500);
      expect((await get(OFAC_PATHS.alt, { redirect: 'manual' })).status).toBe(503);
      server.setFault(UN_PATH, null);
      expect((await get(UN_PATH)).status).toBe(200);
      server.clearFaults();
      expect((await get(OFAC_PATHS.alt)).status).toBe(200);
    });

    it('a slow answer: headers late, then the body trickles', async () => {
      server.setFault(UK_PATH, { kind: 'slow', headersAfterMs: 300, bytesPerSecond: 20_000 });
      const t0 = performance.now();
      const res = await get(UK_PATH);
      const headersAt = performance.now() - t0;
      const body = await bytesOf(res);
      const bodyTook = performance.now() - t0 - headersAt;
      server.setFault(UK_PATH, null);
      expect(headersAt).toBeGreaterThanOrEqual(290);
      // 11.8 KB at 20 KB/s: five pieces of 2 KB, 100 ms apart.
      expect(bodyTook).toBeGreaterThanOrEqual(400);
      expect(body).toEqual(served(ukPublication(1), UK_PATH));
    });

    it('a stall a client must give up on', async () => {
      server.setFault(UN_PATH, { kind: 'hang' });
      await expect(get(UN_PATH, { signal: AbortSignal.timeout(200) })).rejects.toThrow(/abort|timeout/i);
      server.setFault(UN_PATH, null);
    });

    it('a connection cut mid-body, on the storage host for OFAC', async () => {
      server.setFault(OFAC_PATHS.sdn, { kind: 'cut', afterBytes: 5000 });
      const res = await get(OFAC_PATHS.sdn);
      expect(res.status).toBe(200);
      await expect(res.arrayBuffer()).rejects.toThrow();
      expect(server.sent.get('/Published/SDN.CSV')).toBeGreaterThanOrEqual(5000);
      server.setFault(OFAC_PATHS.sdn, null);
    });

    it('a body replaced by a well-formed SDN file with a tenth of the rows', async () => {
      const whole = ofacPublication('2024-07-02', fixtures).get(OFAC_PATHS.sdn) as Uint8Array;
      server.setFault(OFAC_PATHS.sdn, { kind: 'body', bytes: sdnWithTenthOfRows(whole) });
      const thin = parseSdnCsv(decodeLatin1(await bytesOf(await get(OFAC_PATHS.sdn))), 'SDN.CSV');
      server.setFault(OFAC_PATHS.sdn, null);
      expect(thin.problems).toEqual([]);
      expect(thin.records).toHaveLength(8);
    });

    it('a redirect to an origin no source declares, which serves the same file', async () => {
      server.setFault(UK_PATH, { kind: 'redirect', location: `${server.strayOrigin}${UK_PATH}` });
      const hop = await get(UK_PATH, { redirect: 'manual' });
      expect(hop.status).toBe(302);
      const stray = new URL(hop.headers.get('location') ?? '');
      expect([server.origin, server.redirectOrigin]).not.toContain(stray.origin);
      expect(new URL(server.origin).hostname).not.toBe(stray.hostname);
      const followed = await get(UK_PATH);
      expect(followed.url.startsWith(server.strayOrigin)).toBe(true);
      expect(await bytesOf(followed)).toEqual(served(ukPublication(1), UK_PATH));
      expect(server.requests.get(`stray:${UK_PATH}`)).toBe(1);
      server.setFault(UK_PATH, null);
    });
  });
});

describe('the publishers server closing', () => {
  it('closes its origins, even with an answer held open', async () => {
    const server = await startPublisherServer({ files: allPublications({ ofac: '2019-01-04', eu: 1, uk: 1, ...fixtures }) });
    server.setFault(UN_PATH, { kind: 'hang' });
    const held = fetch(`${server.origin}${UN_PATH}`).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    await server.close();
    expect(await held).toBeInstanceOf(Error);
    for (const origin of [server.origin, server.redirectOrigin, server.strayOrigin]) await expect(fetch(`${origin}${UN_PATH}`)).rejects.toThrow();
  });
});

describe('the real files', () => {
  it('are refused in words when ../shared/data is not there', () => {
    expect(() => ofacPublication('2019-01-04', { dataDir: '/nonexistent/shared/data' })).toThrow(SharedDataMissingError);
    expect(() => ofacPublication('2019-01-04', { dataDir: '/nonexistent/shared/data' })).toThrow(/\/nonexistent\/shared\/data, which is not there; pass \{ fixturesOnly: true \}/);
  });
});

const present = sharedDataPresent();
if (!present) console.warn(`publishers' real-file tests skipped: ${DEFAULT_DATA_DIR} not found (the fixture tests ran)`);

describe.skipIf(!present)('the publishers played on loopback, from the real files in ../shared/data', () => {
  let server: PublisherServer;
  beforeAll(async () => {
    server = await startPublisherServer({ files: allPublications({ ofac: '2019-01-04', eu: 1, uk: 1 }) });
  });
  afterAll(() => server?.close());

  it('serves each OFAC publication whole: 7,379, 8,878 and 15,443 SDN records', async () => {
    for (const [date, count] of [['2019-01-04', 7379], ['2021-05-22', 8878], ['2024-07-02', 15443]] as const) {
      server.setPublication(ofacPublication(date));
      const sdn = parseSdnCsv(decodeLatin1(await bytesOf(await fetch(`${server.origin}${OFAC_PATHS.sdn}`))), 'SDN.CSV');
      expect(sdn.problems, date).toEqual([]);
      expect(sdn.records, date).toHaveLength(count);
      const alt = parseAltCsv(decodeLatin1(await bytesOf(await fetch(`${server.origin}${OFAC_PATHS.alt}`))), 'ALT.CSV');
      expect(alt.records.length, date).toBeGreaterThan(9000);
    }
    // Each publication's change files are derived from the real files of it and the ones before: seconds when loaded.
  }, 60_000);

  it('serves a tenth of the 2024 SDN file when asked to', () => {
    const sdn = ofacPublication('2024-07-02').get(OFAC_PATHS.sdn) as Uint8Array;
    expect(parseSdnCsv(decodeLatin1(sdnWithTenthOfRows(sdn)), 'SDN.CSV').records).toHaveLength(1545);
  });

  it('serves the full UN consolidated list', async () => {
    const { records, dateGenerated } = readUn(await (await fetch(`${server.origin}${UN_PATH}`)).text());
    expect(dateGenerated).toBe('2026-02-27T00:00:09.554Z');
    expect(records.length).toBeGreaterThan(900);
    expect(records.some((r) => r.type === 'ENTITY')).toBe(true);
  });
});
