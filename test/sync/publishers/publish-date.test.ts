// OFAC's publication date from the head of SDN.XML (its <Publish_Date>), read without downloading the 29 MB file; the
// server's Last-Modified only when the head cannot be had, and then the options page says the date is the file's.
import { describe, expect, it } from 'vitest';
import { parseCurated } from '../../../lib/dataset/curated';
import type { MessageKey } from '../../../lib/i18n';
import { sourceWords } from '../../../lib/i18n/publisher-state';
import { createSyncEngine } from '../../../lib/sync/engine';
import { createPublisherEngine } from '../../../lib/sync/publishers/engine';
import { HEAD_RANGE, readPublishDate } from '../../../lib/sync/publishers/publish-date';
import { PUBLISHER_IDS, PUBLISHER_SOURCES } from '../../../lib/sync/publishers/sources';
import { DEFAULT_PUBLISHER_SETTINGS } from '../../../lib/sync/publishers/status';
import { sdnXmlHead } from '../../../scripts/publishers/publications';
import en from '../../../public/_locales/en/messages.json';
import { MemoryStorage } from '../memory-storage';
import { FakePublishers, PATHS, read } from './fake-publishers';

const file = PUBLISHER_SOURCES['ofac-sdn'].dateFile!;
const deps = (f: typeof fetch) => ({ fetch: f, timeoutMs: 2_000 });
const allow = () => true;

/** English words from the catalog, as the options page builds them. */
const t = (key: MessageKey, ...subs: (string | number)[]) => {
  const m = (en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>)[key];
  let text = m.message;
  for (const [name, p] of Object.entries(m.placeholders ?? {})) text = text.replace(`$${name.toUpperCase()}$`, String(subs[Number(p.content.slice(1)) - 1]));
  return text;
};

describe("OFAC's publication date", () => {
  it('reads Publish_Date from the head of SDN.XML, asking for its first bytes only', async () => {
    let range: string | null = null;
    const date = await readPublishDate(file, deps(async (_u, init) => {
      range = new Headers(init?.headers).get('range');
      return new Response(new TextDecoder().decode(sdnXmlHead('2024-07-02', 15443)), { status: 206 });
    }), allow);
    expect(date).toBe('2024-07-02');
    expect(range).toBe(HEAD_RANGE);
  });

  it('stops reading a server that ignores the range once the date is in', async () => {
    let pulled = 0;
    const head = sdnXmlHead('2021-05-22', 8878);
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(pulled === 1 ? head : new Uint8Array(1 << 16).fill(32));
        if (pulled > 500) c.close();
      },
    });
    expect(await readPublishDate(file, deps(async () => new Response(body)), allow)).toBe('2021-05-22');
    expect(pulled).toBeLessThan(5);
  });

  it('gives null, not a guess, for an error or a head without a readable date', async () => {
    expect(await readPublishDate(file, deps(async () => new Response('no', { status: 500 })), allow)).toBeNull();
    expect(await readPublishDate(file, deps(async () => new Response('<sdnList><publshInformation><Publish_Date>2024-07-02</Publish_Date>')), allow)).toBeNull();
    expect(await readPublishDate(file, deps(async () => new Response('<sdnList><sdnEntry><uid>36</uid>')), allow)).toBeNull();
  });

  async function firstCheck(withXml: boolean, id: 'ofac-sdn' | 'ofac-cons' = 'ofac-sdn') {
    const publishers = new FakePublishers();
    publishers.ofac(read('venezuela-2019/ofac_sdn_2019-01-04.csv'), read('venezuela-2019/ofac_alt_2019-01-04.csv'), read('venezuela-2019/ofac_add_2019-01-04.csv'), '2019-01-04T12:00:00Z');
    if (withXml) publishers.serve(PATHS.sdnXml, sdnXmlHead('2019-01-04', 7379), '2019-01-04T12:00:00Z');
    publishers.serve(PATHS.consPrim, read('ofac/cons_prim_2025-12-19.sample.csv'), '2025-12-22T15:00:00Z');
    publishers.serve(PATHS.consAlt, read('ofac/cons_alt_2025-12-19.sample.csv'), '2025-12-22T15:00:00Z');
    publishers.serve(PATHS.consAdd, read('ofac/cons_add_2025-12-19.sample.csv'), '2025-12-22T15:00:00Z');
    if (withXml) publishers.serve(PATHS.consXml, sdnXmlHead('2025-12-19', 443), '2025-12-22T15:00:00Z');
    const storage = new MemoryStorage();
    const engine = createPublisherEngine(storage, createSyncEngine(storage));
    const only = Object.fromEntries(PUBLISHER_IDS.map((x) => [x, x === id])) as typeof DEFAULT_PUBLISHER_SETTINGS.sources;
    await engine.setSettings({ ...DEFAULT_PUBLISHER_SETTINGS, on: true, sources: only });
    await engine.check({ fetch: publishers.fetch, timeoutMs: 5000, now: () => Date.parse('2026-12-06T06:00:00Z'), sleep: async () => undefined, allowed: async () => true, curatedRows: parseCurated('[]', 'c').records }, { manual: true });
    const state = (await engine.states()).find((s) => s.id === id)!;
    const manifest = (await storage.getMeta('active'))!.manifest;
    return { state, manifest, words: sourceWords({ ...state, enabled: true }, t, { now: Date.parse('2026-12-06T06:00:00Z'), timeZone: 'UTC' }).state };
  }

  it("dates the installed list by the publisher's own day, on the options page and in the manifest the card reads", async () => {
    const { state, manifest, words } = await firstCheck(true);
    expect(state).toMatchObject({ outcome: 'installed', publishedAt: '2019-01-04T00:00:00.000Z', dated: 'publisher' });
    expect(manifest.sources.find((s) => s.name === 'OFAC SDN list')?.snapshot).toBe('2019-01-04T00:00:00.000Z');
    expect(words).toMatch(/^list of 4 Jan 2019, checked today 06:00/);
  });

  it("dates OFAC's non-SDN list by the Publish_Date of its CONSOLIDATED.XML, else by the file's date, said so", async () => {
    const dated = await firstCheck(true, 'ofac-cons');
    expect(dated.state).toMatchObject({ outcome: 'installed', publishedAt: '2025-12-19T00:00:00.000Z', dated: 'publisher' });
    expect(dated.words).toMatch(/^list of 19 Dec 2025, checked today 06:00/);
    const undated = await firstCheck(false, 'ofac-cons');
    expect(undated.state).toMatchObject({ outcome: 'installed', publishedAt: '2025-12-22T15:00:00.000Z', dated: 'server' });
    expect(undated.words).toMatch(/^file of 22 Dec 2025 \(the publisher gives no date\), checked today 06:00/);
  });

  it("falls back to the server's date of the file, and says it is the file's", async () => {
    const { state, words } = await firstCheck(false);
    expect(state).toMatchObject({ outcome: 'installed', publishedAt: '2019-01-04T12:00:00.000Z', dated: 'server' });
    expect(words).toMatch(/^file of 4 Jan 2019 \(the publisher gives no date\), checked today 06:00/);
  });
});
