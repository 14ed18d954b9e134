// The sync engine's cases, over any storage: engine.test.ts runs them in memory, test/background/dexie-storage.test.ts
// over the worker's Dexie storage on fake-indexeddb. A real HTTP server on 127.0.0.1 is the dataset host.
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { compareIds, encodeEntityLine, sortById } from '../../lib/dataset/jsonl';
import { fullPath, MANIFEST_PATH } from '../../lib/dataset/publish';
import { english } from '../../lib/i18n/english';
import { syncWords } from '../../lib/i18n/sync-words';
import * as blocks from '../../lib/sync/blocks';
import { createSyncEngine, type EngineDeps, type SyncEngine } from '../../lib/sync/engine';
import { InstallStopped } from '../../lib/sync/install';
import type { SyncStorage } from '../../lib/sync/storage';
import { gzipLines, publish, type Publication } from '../../scripts/dataset/publication';
import { startDatasetServer, type DatasetServer } from '../../scripts/dataset/server';
import { entities, person, withFullFile, withoutDeltas } from './fixtures';

const gzipAsync = promisify(gzip);

export interface EngineHarness {
  /** For the test names: "memory", "Dexie on fake-indexeddb". */
  name: string;
  /** An empty storage for the next test. */
  fresh: () => Promise<SyncStorage>;
  /** The popup's search over the active dataset of `storage`: a dataset that answers finds its names. */
  searchNames: (storage: SyncStorage, query: string, limit: number) => Promise<Pick<Entity, 'id' | 'name'>[]>;
}

export function engineSuite(harness: EngineHarness): void {
  describe(`sync engine over ${harness.name}`, () => {
    // fake-indexeddb is slow; a few batches of records are enough to cross batch boundaries.
    vi.setConfig({ testTimeout: 30_000 });
    const N = 600;
    const v1Entities = entities(N);
    const v1 = { created: new Date('2024-07-02T08:24:00Z'), entities: v1Entities };
    // v2: one removed, one added, one program changed. v3: one more added.
    const v2Entities = [...v1Entities.filter((e) => e.id !== 'ofac-100005'), person('ofac-900001', 'NEWLY LISTED, Person', ['VENEZUELA'])].map((e) =>
      e.id === 'ofac-100007' ? { ...e, sanctions: [{ ...e.sanctions[0], program: 'VENEZUELA' }] } : e,
    );
    const v2 = { created: new Date('2024-07-09T08:00:00Z'), entities: v2Entities };
    const v3 = { created: new Date('2024-07-16T08:00:00Z'), entities: [...v2Entities, person('ofac-900002', 'SECOND NEWCOMER', ['SDGT'])] };

    const pub1 = publish([v1]);
    const pub123 = publish([v1, v2, v3]);
    const pub12 = publish([v1, v2]);

    let server: DatasetServer;
    let bytesRead = 0;
    const deps = (over: Partial<EngineDeps> = {}): EngineDeps => ({
      // Counts the bytes the engine actually reads, to show an oversized file is never read whole.
      fetch: async (input, init) => {
        const res = await fetch(input, init);
        if (!res.body) return res;
        const counted = res.body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ transform(c, ctl) { bytesRead += c.byteLength; ctl.enqueue(c); } }));
        const copy = new Response(res.status === 304 ? null : counted, { status: res.status, headers: res.headers });
        // The address the answer came from, after redirects, as the network's Response has it.
        Object.defineProperty(copy, 'url', { value: res.url });
        return copy;
      },
      timeoutMs: 1500,
      batchSize: 250,
      now: () => Date.now(),
      allowed: async () => true,
      ...over,
    });

    let storage: SyncStorage;
    let engine: SyncEngine;
    const syncNow = (url: string, d: EngineDeps) => engine.syncNow(url, d);
    const syncHistory = () => engine.syncHistory();
    const activeVersion = () => storage.getMeta('active');
    const pendingJob = () => storage.getJob();
    const storedVersions = () => storage.versions();
    const countEntities = (version: string) => blocks.countEntities(storage, version);
    const getEntity = (version: string, id: string) => blocks.getEntity(storage, version, id);
    const readAllEntities = (version: string) => blocks.readAllEntities(storage, version);
    const searchNames = (query: string, limit: number) => harness.searchNames(storage, query, limit);

    async function reset(): Promise<void> {
      storage = await harness.fresh();
      engine = createSyncEngine(storage);
      server.clearFaults();
      server.requests.clear();
      other?.requests.clear();
    }

    async function installV1(): Promise<string> {
      server.setFiles(pub1.files);
      const r = await syncNow(server.manifestUrl, deps());
      expect(r.outcome).toBe('installed');
      server.requests.clear();
      return r.version!;
    }

    /** The previous dataset answers: same active version, Maduro found, no rows of another version left behind. */
    async function previousIntact(version: string): Promise<boolean> {
      const active = await activeVersion();
      const hits = await searchNames('nicolas maduro', 5);
      const stray = (await storedVersions()).filter((v) => v !== version).length;
      const count = await countEntities(version);
      return active?.version === version && hits.some((h) => h.id === 'ofac-22790') && stray === 0 && count === N + 1 && !(await pendingJob());
    }

    /** A second origin serving the same files: nothing may ever be fetched from it. */
    let other: DatasetServer;
    beforeAll(async () => {
      server = await startDatasetServer(pub1.files);
      other = await startDatasetServer(pub12.files);
    });
    afterAll(async () => {
      await server.close();
      await other.close();
    });
    beforeEach(reset);

    describe('sync from a dataset host', () => {
      it('installs the first dataset', async () => {
        const r = await syncNow(server.manifestUrl, deps());
        expect(r).toMatchObject({ outcome: 'installed', version: pub1.manifest.version });
        expect(r.message).toContain('2024-07-02');
        expect(await countEntities(pub1.manifest.version)).toBe(N + 1);
        expect((await searchNames('maduro', 5))[0].name).toBe('MADURO MOROS, Nicolas');
        expect((await syncHistory())[0].outcome).toBe('installed');
      });

      it('finds nothing new: 304 Not Modified, then 200 with the same version', async () => {
        const v = await installV1();
        const r304 = await syncNow(server.manifestUrl, deps());
        expect(r304.outcome).toBe('up-to-date');
        // Same version under a different ETag (a CDN that ignores ETags): the version id decides.
        const respaced = new Map(pub1.files);
        respaced.set(MANIFEST_PATH, new TextEncoder().encode(JSON.stringify(pub1.manifest)));
        server.setFiles(respaced);
        const r200 = await syncNow(server.manifestUrl, deps());
        expect(r200).toMatchObject({ outcome: 'up-to-date', version: v });
        expect(server.requests.get(fullPath(v))).toBeUndefined();
        expect(await previousIntact(v)).toBe(true);
      });

      it('applies a chain of two deltas instead of the full file, with history events between versions', async () => {
        await installV1();
        server.setFiles(pub123.files);
        const r = await syncNow(server.manifestUrl, deps());
        expect(r).toMatchObject({ outcome: 'installed', version: pub123.manifest.version });
        expect(r.message).toContain('2 updates');
        expect(r.words).toMatchObject({ code: 'installed', updates: 2 });
        expect(server.requests.get(fullPath(pub123.manifest.version))).toBeUndefined();
        expect([...server.requests.keys()].filter((p) => p.startsWith('deltas/'))).toHaveLength(2);
        // Deltas change the active rows in place, in one transaction; the manifest names the new version.
        const active = (await activeVersion())!;
        expect(active.manifest.version).toBe(pub123.manifest.version);
        const v = active.version;
        expect(await storedVersions()).toEqual([v]);
        expect(await countEntities(v)).toBe(N + 3);
        const removed = await getEntity(v, 'ofac-100005');
        expect(removed?.sanctions[0].status).toBe('delisted');
        const rows = await readAllEntities(v);
        const byId = (id: string) => rows.find((e) => e.id === id)!.events.map((e) => `${e.type}: ${e.summary} (${e.after?.slice(0, 10)}..${e.date.slice(0, 10)})`);
        expect(byId('ofac-100005')).toEqual(['delisted: Removed from the OFAC SDN list (SDGT) (2024-07-02..2024-07-09)']);
        expect(byId('ofac-100007')).toEqual(['program-changed: Program changed on the OFAC SDN list: SDGT → VENEZUELA (2024-07-02..2024-07-09)']);
        expect(byId('ofac-900002')).toEqual(['designated: Added to the OFAC SDN list (SDGT) (2024-07-09..2024-07-16)']);
        expect((await searchNames('second newcomer', 5))[0].id).toBe('ofac-900002');
        expect((await searchNames('nicolas maduro', 5))[0].id).toBe('ofac-22790');
      });

      it('a delta that adds 2,100 records inside one block splits it; every record is found, in id order', async () => {
        await installV1();
        // Ids between ofac-100100 and ofac-100101 all land in the block that holds ofac-100100; one more goes before
        // every stored id, into the first block, which takes a new first id.
        const added = Array.from({ length: 2100 }, (_, i) => person(`ofac-100100-${String(i).padStart(4, '0')}`, `ADDED PERSON ${i}`, ['SDGT']));
        const front = person('ofac-0', 'FRONT PERSON', ['SDGT']);
        const grown = { created: new Date('2024-07-09T08:00:00Z'), entities: [...v1Entities.filter((e) => e.id !== 'ofac-100050'), ...added, front] };
        server.setFiles(publish([v1, grown]).files);
        const r = await syncNow(server.manifestUrl, deps());
        expect(r).toMatchObject({ outcome: 'installed' });
        expect(r.message).toContain('1 update');
        const v = (await activeVersion())!.version;
        const all = await readAllEntities(v);
        // ofac-100050 left the list with sanctions, so it stays as a delisted record.
        expect(all.length).toBe(N + 1 + 2101);
        expect((await activeVersion())!.entityCount).toBe(all.length);
        expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort(compareIds));
        const stored = await storage.blocks(v, null, 100_000);
        expect(Math.max(...stored.map((b) => b.ids.length))).toBeLessThanOrEqual(2000);
        expect(stored[0].firstId).toBe('ofac-0');
        expect((await getEntity(v, 'ofac-100100-2099'))?.name).toBe('ADDED PERSON 2099');
        expect((await getEntity(v, 'ofac-100050'))?.sanctions[0].status).toBe('delisted');
        expect((await searchNames('front person', 5))[0].id).toBe('ofac-0');
      });

      it('prepares the new version (the worker builds its indexes) before the switch, while the previous one is active', async () => {
        const v = await installV1();
        server.setFiles(withoutDeltas(pub12));
        const seen: { version: string; key: string; activeThen: string | undefined; rows: number; given: boolean }[] = [];
        const prepare = async (version: string, key: string, rows?: string[][]) => {
          // The rows the import wrote, handed over: the version as storage holds it, not read back.
          if (rows) expect(await blocks.parseBlockRows(rows)).toEqual(await readAllEntities(version));
          seen.push({ version, key, activeThen: (await activeVersion())?.version, rows: await countEntities(version), given: rows !== undefined });
        };
        const r = await syncNow(server.manifestUrl, deps({ prepare }));
        expect(r.outcome).toBe('installed');
        expect(seen).toEqual([{ version: pub12.manifest.version, key: `${pub12.manifest.version}|${pub12.manifest.version}`, activeThen: v, rows: N + 2, given: true }]);
      });

      it('replaces the whole dataset from the full file when no delta leads from the installed version', async () => {
        await installV1();
        server.setFiles(withoutDeltas(pub12));
        const r = await syncNow(server.manifestUrl, deps());
        expect(r).toMatchObject({ outcome: 'installed', version: pub12.manifest.version });
        expect(server.requests.get(fullPath(pub12.manifest.version))).toBe(1);
        const v = pub12.manifest.version;
        expect(await countEntities(v)).toBe(N + 2); // the removed one stays, delisted
        const events = (await getEntity(v, 'ofac-100005'))!.events;
        expect(events.map((e) => e.summary)).toEqual(['Removed from the OFAC SDN list (SDGT)']);
      });

      it('a full file over rows with history: each record keeps the events only its previous row carries, an unchanged one is stored as the file has it', async () => {
        await installV1();
        server.setFiles(pub12.files);
        expect((await syncNow(server.manifestUrl, deps())).outcome).toBe('installed');
        server.setFiles(withoutDeltas(pub123));
        expect((await syncNow(server.manifestUrl, deps())).outcome).toBe('installed');
        const v = (await activeVersion())!.version;
        const events = async (id: string) => (await getEntity(v, id))!.events.map((e) => `${e.type}: ${e.summary} (${e.after?.slice(0, 10)}..${e.date.slice(0, 10)})`);
        // Events the v3 file does not carry, kept from the rows the deltas wrote, and the change of this install.
        expect(await events('ofac-100007')).toEqual(['program-changed: Program changed on the OFAC SDN list: SDGT → VENEZUELA (2024-07-02..2024-07-09)']);
        expect(await events('ofac-100005')).toEqual(['delisted: Removed from the OFAC SDN list (SDGT) (2024-07-02..2024-07-09)']);
        expect(await events('ofac-900002')).toEqual(['designated: Added to the OFAC SDN list (SDGT) (2024-07-09..2024-07-16)']);
        expect(await getEntity(v, 'ofac-22790')).toEqual(v1Entities.find((e) => e.id === 'ofac-22790'));
        expect(await countEntities(v)).toBe(N + 3);
      });

      it('runs one sync for two "Sync now" clicks at once', async () => {
        await installV1();
        server.setFiles(withoutDeltas(pub12));
        const [a, b] = await Promise.all([syncNow(server.manifestUrl, deps()), syncNow(server.manifestUrl, deps())]);
        expect(a).toEqual(b);
        expect(a.outcome).toBe('installed');
        expect(server.requests.get(MANIFEST_PATH)).toBe(1);
        expect(server.requests.get(fullPath(pub12.manifest.version))).toBe(1);
      });

      it('goes on from its checkpoint after the install is stopped mid-import, the old dataset answering meanwhile', async () => {
        const v = await installV1();
        server.setFiles(withoutDeltas(pub12));
        let batches = 0;
        const stopping = deps({ shouldStop: () => ++batches === 2 });
        await expect(syncNow(server.manifestUrl, stopping)).rejects.toBeInstanceOf(InstallStopped);
        const job = await pendingJob();
        expect(job?.recordsDone).toBeGreaterThan(0);
        expect(job?.recordsDone).toBeLessThan(N);
        expect((await activeVersion())?.version).toBe(v);
        expect((await searchNames('nicolas maduro', 5))[0].id).toBe('ofac-22790');
        const r = await syncNow(server.manifestUrl, deps());
        expect(r.outcome).toBe('installed');
        // The download was kept: the file was fetched once.
        expect(server.requests.get(fullPath(pub12.manifest.version))).toBe(1);
        expect(await countEntities(pub12.manifest.version)).toBe(N + 2);
      });

      it('a chain of deltas stopped after its downloads goes on without downloading them again', async () => {
        await installV1();
        server.setFiles(pub123.files);
        let checks = 0;
        await expect(syncNow(server.manifestUrl, deps({ shouldStop: () => ++checks === 2 }))).rejects.toBeInstanceOf(InstallStopped);
        expect((await activeVersion())?.manifest.version).toBe(pub1.manifest.version);
        const r = await syncNow(server.manifestUrl, deps());
        expect(r).toMatchObject({ outcome: 'installed', version: pub123.manifest.version });
        for (const d of pub123.manifest.deltas) expect(server.requests.get(d.path)).toBe(1);
      });
    });

    interface FaultCase {
      name: string;
      expected: string;
      arrange: () => void | Promise<void>;
      message: RegExp;
    }

    const full2 = () => fullPath(pub12.manifest.version);
    const bytes2 = () => pub12.files.get(full2())!;
    const lines2 = () => sortById(v2Entities).map(encodeEntityLine);

    let bombBytes: Uint8Array | undefined;
    /**
     * About 1 MB of gzip that unpacks to 1 GiB of "x" without a newline: 16 copies of one 64 MiB member. Compressed
     * off the event loop: seconds of gzipSync here let the server drop a kept-alive socket just as the next request
     * reused it ("could not be reached", seen once on a loaded machine).
     */
    const bomb = async (): Promise<Uint8Array> => {
      if (!bombBytes) {
        const member = await gzipAsync(Buffer.alloc(64 << 20, 0x78), { level: 9 });
        bombBytes = Buffer.concat(Array.from({ length: 16 }, () => member));
      }
      return bombBytes;
    };

    const faults: FaultCase[] = [
      { name: '404 on the manifest', expected: 'not found', message: /not found at its address/, arrange: () => server.setFault(MANIFEST_PATH, { kind: 'status', status: 404 }) },
      { name: '500 on the full file', expected: 'server error', message: /server had an error \(HTTP 500\)/, arrange: () => server.setFault(full2(), { kind: 'status', status: 500 }) },
      { name: 'timeout (no answer)', expected: 'timeout', message: /did not answer in time/, arrange: () => server.setFault(full2(), { kind: 'hang' }) },
      { name: 'connection cut mid-body', expected: 'cut off', message: /download was cut off/, arrange: () => server.setFault(full2(), { kind: 'cut', afterBytes: Math.floor(bytes2().length / 3) }) },
      { name: 'truncated gzip', expected: 'damaged', message: /damaged/, arrange: () => server.setFiles(withFullFile(pub12, bytes2().subarray(0, Math.floor(bytes2().length / 2)))) },
      {
        name: 'wrong sha256', expected: 'checksum', message: /does not match its checksum/,
        arrange: () => {
          const bad = new Uint8Array(bytes2());
          bad[bad.length >> 1] ^= 0xff;
          server.setFault(full2(), { kind: 'body', bytes: bad });
        },
      },
      { name: 'invalid JSON', expected: 'not valid JSON', message: /not valid JSON \(line 300\)/, arrange: () => server.setFiles(withFullFile(pub12, gzipLines(lines2().map((l, i) => (i === 299 ? l.slice(0, 40) : l))))) },
      {
        name: 'record failing the schema', expected: 'invalid record', message: /not in the expected format \(line 400/,
        arrange: () => server.setFiles(withFullFile(pub12, gzipLines(lines2().map((l, i) => (i === 399 ? l.replace('"kind":"person"', '"kind":"spaceship"') : l))))),
      },
      {
        name: 'records out of id order', expected: 'invalid record', message: /not in the expected format \(line 301: id "ofac-\d+" comes after "ofac-\d+"; records must be in ascending id order/,
        arrange: () => {
          const lines = lines2();
          [lines[299], lines[300]] = [lines[300], lines[299]];
          server.setFiles(withFullFile(pub12, gzipLines(lines)));
        },
      },
      { name: 'older version', expected: 'refused', message: /older than the one installed/, arrange: () => server.setFiles(publish([{ ...v2, created: new Date('2024-06-01T00:00:00Z') }]).files) },
      {
        name: 'version id "\\uffff-pinned"', expected: 'bad manifest', message: /manifest is not in the expected format \(manifest: "version" must be a version id: YYYY-MM-DDTHH.MM.SSZ-<8 hex digits>\)/,
        arrange: () => server.setFiles(withManifest(pub12, { version: '\uffff-pinned', deltas: [] })),
      },
      {
        name: 'version dated 2099', expected: 'refused', message: /dated in the future, so it was not installed \(dated 2099-01-01; this computer's clock says \d{4}-\d\d-\d\d\)/,
        arrange: () => server.setFiles(publish([{ ...v2, created: new Date('2099-01-01T00:00:00Z') }]).files),
      },
      ...[
        ['leading space', (o: string, p: string) => ` ${o}/${p}`],
        ['tab before //host', (o: string, p: string) => `\t${o.replace('http:', '')}/${p}`],
        ['%2e%2e/', (_o: string, p: string) => `%2e%2e/${p}`],
      ].map(([label, path]) => ({
        name: `file path with ${label as string} (another origin)`, expected: 'bad manifest', message: /manifest is not in the expected format \(manifest files\[0\]: "path" must be a path inside the dataset folder\)/,
        arrange: () => server.setFiles(withManifest(pub12, { deltas: [], files: [{ ...pub12.manifest.files[0], path: (path as (o: string, p: string) => string)(other.origin, full2()) }] })),
      })),
      {
        name: 'redirect to another origin', expected: 'refused before it is asked', message: /sent the download on to another site, so it was not followed \(http:\/\/127\.0\.0\.1:\d+\)/,
        arrange: () => server.setFault(full2(), { kind: 'redirect', location: `${other.origin}/${full2()}` }),
      },
      {
        name: 'redirect of the manifest to another origin', expected: 'refused before it is asked', message: /sent the download on to another site, so it was not followed \(http:\/\/127\.0\.0\.1:\d+\)/,
        arrange: () => server.setFault(MANIFEST_PATH, { kind: 'redirect', location: `${other.origin}/${MANIFEST_PATH}` }),
      },
      {
        name: 'redirect loop on the same origin', expected: 'refused', message: /sent the download on to another site, so it was not followed \(more than 5 redirects\)/,
        arrange: () => server.setFault(full2(), { kind: 'redirect', location: `/${full2()}` }),
      },
      {
        name: 'manifest that is not UTF-8', expected: 'bad manifest', message: /manifest is not in the expected format \(not UTF-8 text\)/,
        arrange: () => {
          const files = withoutDeltas(pub12);
          const text = new TextEncoder().encode(JSON.stringify(pub12.manifest));
          files.set(MANIFEST_PATH, new Uint8Array([...text.subarray(0, 20), 0xc3, 0x28, ...text.subarray(20)]));
          server.setFiles(files);
        },
      },
      {
        name: 'manifest with files: []', expected: 'bad manifest', message: /manifest is not in the expected format \(manifest: "files" must name at least the entities file\)/,
        arrange: () => server.setFiles(withManifest(pub12, { deltas: [], files: [] })),
      },
      {
        name: 'file 10x larger than announced', expected: 'stopped', message: /larger than its manifest announces/,
        arrange: () => {
          const big = new Uint8Array(bytes2().length * 10);
          for (let i = 0; i < 10; i++) big.set(bytes2(), i * bytes2().length);
          server.setFault(full2(), { kind: 'body', bytes: big });
        },
      },
      {
        name: 'gzip bomb: 1 MB unpacking to 1 GiB, no newline', expected: 'stopped in seconds', message: /line far longer than any record, so it was stopped \(line 1, more than 1 MB\)/,
        arrange: async () => server.setFiles(withFullFile(pub12, await bomb())),
      },
      {
        name: 'gzip bomb of blank lines', expected: 'stopped in seconds', message: /unpacks to far more data .*decompression bomb.* \(more than 16.8 MB unpacked\)/,
        arrange: () => server.setFiles(withFullFile(pub12, gzipSync(Buffer.alloc(32 << 20, 0x0a), { level: 9 }))),
      },
      {
        name: 'a 10 MB name', expected: 'stopped', message: /line far longer than any record, so it was stopped \(line 2, more than 1 MB\)/,
        arrange: () => server.setFiles(withFullFile(pub12, gzipLines(lines2().map((l, i) => (i === 1 ? l.replace(/"name":"[^"]*"/, `"name":"${'A'.repeat(10_000_000)}"`) : l))))),
      },
      {
        name: 'a 100 KB one-word name', expected: 'invalid record', message: /not in the expected format \(line 3 \(ofac-\d+\) names\[0\]: "name" must be at most 2,000 characters\)/,
        arrange: () => server.setFiles(withFullFile(pub12, gzipLines(lines2().map((l, i) => (i === 2 ? l.replace(/"names":\[\{"name":"[^"]*"/, `"names":[{"name":"${'A'.repeat(100_000)}"`) : l))))),
      },
      {
        name: '5,000 names in one record', expected: 'invalid record', message: /not in the expected format \(line 4 \(ofac-\d+\): "names" must have at most 2,000 items\)/,
        arrange: () => {
          const many = JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ name: `ALIAS ${i}`, type: 'aka' })));
          server.setFiles(withFullFile(pub12, gzipLines(lines2().map((l, i) => (i === 3 ? l.replace(/"names":\[[^\]]*\]/, `"names":${many}`) : l)))));
        },
      },
      {
        name: 'text that is not UTF-8', expected: 'refused', message: /text that is not valid UTF-8/,
        arrange: () => {
          const text = Buffer.from(lines2().map((l) => `${l}\n`).join(''));
          const at = text.indexOf('MADURO');
          server.setFiles(withFullFile(pub12, gzipSync(Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at)]))));
        },
      },
    ];

    /** The publication with fields of its manifest replaced. */
    function withManifest(pub: Publication, fields: Record<string, unknown>): Map<string, Uint8Array> {
      const files = new Map(pub.files);
      files.set(MANIFEST_PATH, new TextEncoder().encode(JSON.stringify({ ...pub.manifest, ...fields })));
      return files;
    }

    const table: { case: string; expected: string; outcome: string; 'previous data intact': string }[] = [];

    describe('faults: the previous dataset keeps answering and the reader is told why', () => {
      afterAll(() => {
        console.log(`\nSync fault suite (${harness.name})`);
        console.table(table);
      });

      for (const f of faults) {
        it(f.name, async () => {
          const v = await installV1();
          server.setFiles(withoutDeltas(pub12));
          await f.arrange();
          bytesRead = 0;
          const started = performance.now();
          const r = await syncNow(server.manifestUrl, deps());
          const seconds = (performance.now() - started) / 1000;
          const intact = await previousIntact(v);
          table.push({ case: f.name, expected: f.expected, outcome: `${r.outcome} in ${seconds.toFixed(2)} s: ${r.message}`, 'previous data intact': intact ? 'yes' : 'no' });
          expect(r.outcome).toBe('failed');
          expect(r.message).toMatch(f.message);
          expect(r.message).toContain('the previous dataset (2024-07-02) is still in use');
          expect((await syncHistory())[0].message).toBe(r.message);
          // The structured result says the same, for the pages to word in the reader's language.
          expect(syncWords(r.words, english)).toBe(r.message.replace('(2024-07-02)', '(2 Jul 2024)'));
          expect(intact).toBe(true);
          // Nothing is ever asked of another origin, redirects included: their targets are checked before they are followed.
          expect(other.requests.size).toBe(0);
          if (f.name.startsWith('file 10x')) expect(bytesRead).toBeLessThan(bytes2().length + 256 * 1024);
        });
      }

      it('refuses a Dataset URL on plain http, other than this computer\'s own addresses', async () => {
        const v = await installV1();
        const r = await syncNow('http://example.invalid/manifest.json', deps());
        const intact = await previousIntact(v);
        table.push({ case: 'Dataset URL on plain http (not loopback)', expected: 'refused', outcome: `${r.outcome}: ${r.message}`, 'previous data intact': intact ? 'yes' : 'no' });
        expect(r.message).toMatch(/^The Dataset URL must start with https:\/\//);
        expect(intact).toBe(true);
      });

      it('a redirect within the same origin is followed', async () => {
        await installV1();
        server.setFiles(withoutDeltas(pub12));
        server.setFault(MANIFEST_PATH, { kind: 'redirect', location: '/moved/manifest.json' });
        const files = withoutDeltas(pub12);
        const moved = new Map(files);
        moved.set('moved/manifest.json', files.get(MANIFEST_PATH)!);
        server.setFiles(moved);
        const r = await syncNow(server.manifestUrl, deps());
        expect(r).toMatchObject({ outcome: 'installed', version: pub12.manifest.version });
      });

      for (const [when, method] of [['during the import', 'addBlock'], ['during the switch', 'putMeta']] as const) {
        it(`a full disk ${when} is named in words and recorded in the history`, async () => {
          const v = await installV1();
          server.setFiles(withoutDeltas(pub12));
          const original = storage[method].bind(storage) as (row: unknown) => Promise<void>;
          let full = true;
          // As IndexedDB does when the origin's quota is used up; only the switch's write of 'active' for the switch.
          Object.assign(storage, {
            [method]: (row: { key?: string }) => {
              if (full && (method === 'addBlock' || row.key === 'active')) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
              return original(row);
            },
          });
          const r = await syncNow(server.manifestUrl, deps());
          full = false;
          const intact = await previousIntact(v);
          table.push({ case: `storage full ${when}`, expected: 'refused, in words', outcome: `${r.outcome}: ${r.message}`, 'previous data intact': intact ? 'yes' : 'no' });
          expect(r).toMatchObject({ outcome: 'failed', message: "The browser's storage is full; the previous dataset (2024-07-02) is still in use." });
          expect((await syncHistory())[0].message).toBe(r.message);
          // The structured result says the same, for the pages to word in the reader's language.
          expect(syncWords(r.words, english)).toBe(r.message.replace('(2024-07-02)', '(2 Jul 2024)'));
          expect(intact).toBe(true);
        });
      }

      it('"Return to the shipped dataset" installs the bundled dataset as it is, over a newer synced one, and says so in the history', async () => {
        const shipped = await startDatasetServer(pub1.files);
        try {
          await installV1();
          server.setFiles(withoutDeltas(pub12));
          expect((await syncNow(server.manifestUrl, deps())).outcome).toBe('installed');
          expect((await searchNames('newly listed', 5))[0]?.id).toBe('ofac-900001');
          const r = await engine.returnToBundled(shipped.manifestUrl, deps());
          expect(r).toEqual({
            outcome: 'installed',
            version: pub1.manifest.version,
            message: `Returned to the dataset shipped with the extension, of 2024-07-02 (${(N + 1).toLocaleString('en')} entries).`,
            words: { code: 'returned-to-shipped', date: '2024-07-02', count: N + 1 },
          });
          const active = (await activeVersion())!;
          expect(active.manifest.version).toBe(pub1.manifest.version);
          // Exactly the shipped records: the synced newcomer is gone, nothing is kept as removed, no event was added.
          expect(await countEntities(active.version)).toBe(N + 1);
          expect(await searchNames('newly listed', 5)).toEqual([]);
          expect((await getEntity(active.version, 'ofac-100005'))?.events).toEqual(v1Entities.find((e) => e.id === 'ofac-100005')!.events);
          expect(await storedVersions()).toEqual([active.version]);
          expect((await syncHistory())[0].message).toBe(r.message);
          const again = await engine.returnToBundled(shipped.manifestUrl, deps());
          expect(again).toMatchObject({ outcome: 'up-to-date', message: 'The dataset shipped with the extension (2024-07-02) is already in use.' });
        } finally {
          await shipped.close();
        }
      });

      it('a full disk during the return to the shipped dataset is named, recorded, and the synced dataset stays', async () => {
        const shipped = await startDatasetServer(pub12.files);
        try {
          const v = await installV1();
          const original = storage.addBlock.bind(storage);
          let full = true;
          Object.assign(storage, { addBlock: (row: Parameters<SyncStorage['addBlock']>[0]) => (full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : original(row)) });
          const r = await engine.returnToBundled(shipped.manifestUrl, deps());
          full = false;
          const intact = await previousIntact(v);
          table.push({ case: 'storage full during the return to the shipped dataset', expected: 'refused, in words', outcome: `${r.outcome}: ${r.message}`, 'previous data intact': intact ? 'yes' : 'no' });
          expect(r).toMatchObject({ outcome: 'failed', message: "The shipped dataset could not be installed again. The browser's storage is full; the previous dataset (2024-07-02) is still in use." });
          expect((await syncHistory())[0].message).toBe(r.message);
          // The structured result says the same, for the pages to word in the reader's language.
          expect(syncWords(r.words, english)).toBe(r.message.replace('(2024-07-02)', '(2 Jul 2024)'));
          expect(intact).toBe(true);
        } finally {
          await shipped.close();
        }
      });

      it('a full disk while an update of the extension installs its newer shipped dataset is named and recorded in the history', async () => {
        const shipped = await startDatasetServer(withoutDeltas(pub12));
        try {
          const v = await installV1();
          const original = storage.addBlock.bind(storage);
          let full = true;
          Object.assign(storage, { addBlock: (row: Parameters<SyncStorage['addBlock']>[0]) => (full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : original(row)) });
          const r = await engine.installBundled(shipped.manifestUrl, deps());
          full = false;
          const intact = await previousIntact(v);
          table.push({ case: 'storage full while a newer shipped dataset installs', expected: 'refused, in words', outcome: `${r.outcome}: ${r.message}`, 'previous data intact': intact ? 'yes' : 'no' });
          expect(r).toMatchObject({ outcome: 'failed', message: "The dataset shipped with this version of the extension could not be installed. The browser's storage is full; the previous dataset (2024-07-02) is still in use." });
          expect((await syncHistory())[0].message).toBe(r.message);
          // The structured result says the same, for the pages to word in the reader's language.
          expect(syncWords(r.words, english)).toBe(r.message.replace('(2024-07-02)', '(2 Jul 2024)'));
          expect(intact).toBe(true);
        } finally {
          await shipped.close();
        }
      });

      it('a real version replaces an installed id that is not a version id (installed before ids were checked)', async () => {
        await installV1();
        const active = (await activeVersion())!;
        await storage.putMeta({ ...active, manifest: { ...active.manifest, version: '\uffff-pinned' } });
        server.setFiles(withoutDeltas(pub12));
        const r = await syncNow(server.manifestUrl, deps());
        table.push({ case: 'installed "\\uffff-pinned", then a real version', expected: 'installed', outcome: `${r.outcome}: ${r.message}`, 'previous data intact': 'replaced' });
        expect(r).toMatchObject({ outcome: 'installed', version: pub12.manifest.version });
        expect((await searchNames('newly listed', 5))[0].id).toBe('ofac-900001');
      });

      it('two "Sync now" at once during a fault: one attempt, one failure recorded', async () => {
        const v = await installV1();
        server.setFiles(withoutDeltas(pub12));
        server.setFault(full2(), { kind: 'cut', afterBytes: 1000 });
        const [a, b] = await Promise.all([syncNow(server.manifestUrl, deps()), syncNow(server.manifestUrl, deps())]);
        const intact = await previousIntact(v);
        table.push({ case: 'two Sync now at once', expected: 'one attempt', outcome: `${a.outcome}: ${a.message}`, 'previous data intact': intact ? 'yes' : 'no' });
        expect(a).toEqual(b);
        expect(server.requests.get(full2())).toBe(1);
        expect((await syncHistory()).filter((h) => h.outcome === 'failed')).toHaveLength(1);
        expect(intact).toBe(true);
      });
    });
  });
}
