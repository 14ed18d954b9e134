// The popup reads the search index the worker cached (entrypoints/background/index-cache.ts) itself: extension pages
// share the worker's origin, so a search need not wait for a stopped worker to start and read the same record.
import type { SearchIndex } from '@/lib/search/search-index';
import { datasetKey } from '@/lib/sync/storage';
import { cachedIndexKey, INDEX_CACHE_DATABASE, LENS_DATABASE, searchIndexOf, type CachedIndex } from './index-cache-rows';
import { openExisting, readRow } from './read-idb';

/** The active dataset's key (lib/sync/storage.ts datasetKey), from its `active` row, checked for its shape. */
async function activeDatasetKey(): Promise<string | null> {
  const db = await openExisting(LENS_DATABASE);
  if (!db) return null;
  try {
    const row = (await readRow(db, 'meta', 'active')) as { version?: unknown; manifest?: { version?: unknown } } | undefined;
    return typeof row?.version === 'string' && typeof row.manifest?.version === 'string' ? datasetKey(row.version, row.manifest.version) : null;
  } finally {
    db.close();
  }
}

/** The cached search index of the active dataset, or null when the worker has not cached it (it then answers). */
export async function readCachedSearchIndex(): Promise<SearchIndex | null> {
  const started = performance.now();
  const key = await activeDatasetKey();
  if (!key) return null;
  const db = await openExisting(INDEX_CACHE_DATABASE);
  if (!db) return null;
  try {
    const index = searchIndexOf((await readRow(db, 'indexes', cachedIndexKey('search', key))) as CachedIndex | undefined) ?? null;
    // scripts/measure-popup-wake.ts reads this line.
    if (index) console.info(`Sanctions Lens: the popup read the cached search index in ${Math.round(performance.now() - started)} ms.`);
    return index;
  } finally {
    db.close();
  }
}
