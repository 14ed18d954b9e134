// The popup answers searches from the search index the worker cached (utils/cached-search-index.ts,
// lib/search/local-answers.ts): the same hits as the worker's, the worker asked only when nothing usable is cached or
// the read is still under way, and no database created by a popup opened before the worker ever ran.
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../entrypoints/background/database';
import { storage } from '../../entrypoints/background/dexie-storage';
import { writeCachedSearchIndex } from '../../entrypoints/background/index-cache';
import type { DatasetManifest } from '../../lib/dataset/format';
import type { Client, ToBackground } from '../../lib/protocol';
import type { Entity } from '../../lib/dataset/format';
import { answeringSearchesLocally, DATASET_CHECK_MS, LOCAL_WAIT_MS } from '../../lib/search/local-answers';
import { search } from '../../lib/search/query';
import { buildSearchIndex, type SearchIndex } from '../../lib/search/search-index';
import { datasetKey } from '../../lib/sync/storage';
import { DEFAULT_DATASET, loadDataset } from '../../scripts/dataset-files';
import { readActiveDatasetKey, readCachedSearch, readCachedSearchIndex } from '../../utils/cached-search-index';

let index: SearchIndex;
let records: Entity[];
let manifest: DatasetManifest;
beforeAll(() => {
  ({ manifest, entities: records } = loadDataset(DEFAULT_DATASET));
  index = buildSearchIndex(records);
});

async function databases(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

async function activate(version: string) {
  await storage.putMeta({ key: 'active', version, manifest, importedAt: '2026-12-06T00:00:00Z', entityCount: index.entityCount });
}

/** Until the popup's read has settled: a search sent before it goes to the worker as well. */
const settled = () => new Promise((done) => setTimeout(done, 0));

/** A worker that answers nothing itself: it records what was asked of it. */
function worker() {
  const asked: string[] = [];
  const client = (async (type: string) => {
    asked.push(type);
    return type === 'find' ? { hits: [], total: 0, tookMs: 0 } : { facets: null };
  }) as Client<ToBackground>;
  return { client, asked };
}

describe("the popup's own search over the worker's cached index", () => {
  beforeEach(async () => {
    db.close();
    for (const name of await databases()) {
      await new Promise((done, fail) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = done;
        request.onerror = () => fail(request.error);
      });
    }
  });

  it('finds nothing cached before the worker ever ran, and leaves no database behind', async () => {
    expect(await readCachedSearchIndex()).toBeNull();
    expect(await databases()).toEqual([]);
  });

  it("reads the active dataset's index and answers as the worker would, without asking it", async () => {
    await db.open();
    await activate('v1');
    await writeCachedSearchIndex(datasetKey('v1', manifest.version), index);
    const { client, asked } = worker();
    const read = readCachedSearchIndex();
    const popup = answeringSearchesLocally(client, read);
    await read;
    await settled();
    const reply = await popup('find', { query: 'lukashenko', limit: 50 });
    expect(reply.hits.map((h) => h.name)).toContain('LUKASHENKA, Alyaksandr Ryhorovich');
    expect(reply.hits).toEqual(search(index, 'lukashenko', {}, 50).hits);
    expect((await popup('searchFacets', {})).facets).toEqual(index.facets);
    expect(asked).toEqual([]);
  });

  it("asks the worker when the cached index is another dataset's, or of no use", async () => {
    await db.open();
    await writeCachedSearchIndex(datasetKey('v1', manifest.version), index);
    await activate('v2');
    const { client, asked } = worker();
    const popup = answeringSearchesLocally(client, readCachedSearchIndex());
    await popup('find', { query: 'lukashenko' });
    await popup('searchFacets', {});
    const failing = answeringSearchesLocally(client, Promise.reject(new Error('IndexedDB unavailable')));
    await failing('find', { query: 'maduro' });
    expect(asked).toEqual(['find', 'searchFacets', 'find']);
  });

  it('sends a search typed while the read is under way to the worker too, and answers itself once it has the index', async () => {
    const { client, asked } = worker();
    let loaded: (i: SearchIndex) => void = () => {};
    const popup = answeringSearchesLocally(client, new Promise((done) => (loaded = done)));
    const started = Date.now();
    // The worker answers first here (it finds nothing): its answer is the one returned, at once.
    expect(await popup('find', { query: 'maduro' })).toEqual({ hits: [], total: 0, tookMs: 0 });
    expect(asked).toEqual(['find']);
    expect(Date.now() - started).toBeLessThan(LOCAL_WAIT_MS);
    // The facets wait for the read a while before the worker is asked.
    await popup('searchFacets', {});
    expect(asked).toEqual(['find', 'searchFacets']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(LOCAL_WAIT_MS - 5);
    loaded(index);
    await settled();
    expect((await popup('find', { query: 'maduro' })).hits[0].name).toBe('MADURO MOROS, Nicolas');
    expect(asked).toEqual(['find', 'searchFacets']);
  });

  it("shows the local answer when the read ends before a slow worker answers, and the worker's error only when there is none", async () => {
    let loaded: (i: SearchIndex | null) => void = () => {};
    const slow = (() => new Promise(() => {})) as unknown as Client<ToBackground>;
    const popup = answeringSearchesLocally(slow, new Promise((done) => (loaded = done)));
    const pending = popup('find', { query: 'lukashenko', limit: 50 });
    loaded(index);
    expect((await pending).hits).toEqual(search(index, 'lukashenko', {}, 50).hits);

    const failing = (async () => {
      throw new Error('the worker is gone');
    }) as unknown as Client<ToBackground>;
    let none: (i: SearchIndex | null) => void = () => {};
    const nothingCached = answeringSearchesLocally(failing, new Promise((done) => (none = done)));
    const refused = nothingCached('find', { query: 'maduro' });
    none(null);
    await expect(refused).rejects.toThrow('the worker is gone');
    let late: (i: SearchIndex | null) => void = () => {};
    const cachedLate = answeringSearchesLocally(failing, new Promise((done) => (late = done)));
    const answered = cachedLate('find', { query: 'maduro' });
    await new Promise((r) => setTimeout(r, 10));
    late(index);
    expect((await answered).hits[0].name).toBe('MADURO MOROS, Nicolas');
  });

  it("reads the new dataset's index when a sync made another one active while the popup stayed open", async () => {
    await db.open();
    await activate('v1');
    await writeCachedSearchIndex(datasetKey('v1', manifest.version), index);
    const opening = await readCachedSearch();
    expect(opening.datasetKey).toBe(datasetKey('v1', manifest.version));
    let readFor = opening.datasetKey;
    let checks = 0;
    const refresh = {
      changed: async () => (checks++, (await readActiveDatasetKey()) !== readFor),
      reread: async () => {
        const again = await readCachedSearch();
        readFor = again.datasetKey;
        return again.index;
      },
    };
    const { client, asked } = worker();
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      const popup = answeringSearchesLocally(client, Promise.resolve(opening.index), refresh);
      await settled();
      expect((await popup('find', { query: 'maduro' })).hits[0].name).toBe('MADURO MOROS, Nicolas');
      // A sync installs v2, without Maduro; its index cached by the worker.
      const v2 = buildSearchIndex(records.slice(0, 3000).filter((r) => !r.names.some((n) => /maduro/i.test(n.name))));
      await activate('v2');
      await writeCachedSearchIndex(datasetKey('v2', manifest.version), v2);
      now += DATASET_CHECK_MS - 1;
      expect((await popup('find', { query: 'maduro' })).hits[0].name).toBe('MADURO MOROS, Nicolas');
      expect(checks).toBe(0);
      now += 2;
      // This search is answered from the index in use; the check it starts reads v2's for the next ones.
      expect((await popup('find', { query: 'maduro' })).hits[0].name).toBe('MADURO MOROS, Nicolas');
      expect(checks).toBe(1);
      await vi.waitFor(async () => {
        await settled();
        expect((await popup('find', { query: 'maduro' })).hits).toEqual(search(v2, 'maduro', {}, 50).hits);
      });
      expect(readFor).toBe(datasetKey('v2', manifest.version));
      expect(asked.every((type) => type === 'find')).toBe(true);
    } finally {
      vi.restoreAllMocks();
    }
  }, 20_000);

  it('sends every other request to the worker', async () => {
    const { client } = worker();
    const spy = vi.fn(client);
    const popup = answeringSearchesLocally(spy as Client<ToBackground>, Promise.resolve(index));
    await popup('datasetInfo', {});
    expect(spy).toHaveBeenCalledWith('datasetInfo', {});
  });

  it("keeps the worker's bounds on a request: 200 characters of query, at most 200 results", async () => {
    const popup = answeringSearchesLocally(worker().client, Promise.resolve(index));
    await settled();
    const long = 'a'.repeat(150) + ' maduro'.repeat(20);
    expect((await popup('find', { query: long, limit: 10_000 })).hits).toEqual(search(index, long.slice(0, 200), {}, 200).hits);
  });
});
