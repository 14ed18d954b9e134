// The popup reads the search index the worker cached (entrypoints/background/index-cache.ts) itself: extension pages
// share the worker's origin, so a search need not wait for a stopped worker to start and read the same record.
import type { SearchIndex } from '@/lib/search/search-index';
import { datasetKey } from '@/lib/sync/storage';
import { cachedIndexKey, INDEX_CACHE_DATABASE, LENS_DATABASE, searchIndexOf, type CachedIndex } from './index-cache-rows';
import { openExisting, readRow, readRowByIndex } from './read-idb';

/** The active dataset's key (lib/sync/storage.ts datasetKey), from its `active` row, checked for its shape. */
function activeDatasetKey(row: unknown): string | null {
  const active = row as { version?: unknown; manifest?: { version?: unknown } } | undefined;
  return typeof active?.version === 'string' && typeof active.manifest?.version === 'string' ? datasetKey(active.version, active.manifest.version) : null;
}

/** Opened side by side; a database that failed to open leaves none of the others open. */
async function openBoth(): Promise<[IDBDatabase | null, IDBDatabase | null]> {
  const [lens, cache] = await Promise.allSettled([openExisting(LENS_DATABASE), openExisting(INDEX_CACHE_DATABASE)]);
  if (lens.status === 'fulfilled' && cache.status === 'fulfilled') return [lens.value, cache.value];
  for (const opened of [lens, cache]) if (opened.status === 'fulfilled') opened.value?.close();
  throw (lens.status === 'rejected' ? lens : (cache as PromiseRejectedResult)).reason;
}

/** The active dataset's key as it stands now (null: none), read alone: a popup left open compares it with its index's. */
export async function readActiveDatasetKey(): Promise<string | null> {
  const lens = await openExisting(LENS_DATABASE);
  if (!lens) return null;
  try {
    return activeDatasetKey(await readRow(lens, 'meta', 'active'));
  } finally {
    lens.close();
  }
}

export interface CachedSearch {
  /** The active dataset's key when it was read (null: none active). */
  datasetKey: string | null;
  /** Its cached search index; null when the worker has not cached it (it then answers). */
  index: SearchIndex | null;
}

/**
 * The cached search index of the active dataset, with that dataset's key.
 * Both databases are opened and read at once, not one after the other: the worker keeps one search index cached
 * (entrypoints/background/index-cache.ts), so the row of kind 'search' is read beside the `active` row and used only
 * when its key is the active dataset's. Half the round trips, when a waking worker opens the same databases.
 */
export async function readCachedSearch(): Promise<CachedSearch> {
  const started = performance.now();
  const [lens, cache] = await openBoth();
  try {
    if (!lens) return { datasetKey: null, index: null };
    const [active, row] = await Promise.all([readRow(lens, 'meta', 'active'), cache ? readRowByIndex(cache, 'indexes', 'kind', 'search') : undefined]);
    const key = activeDatasetKey(active);
    const cached = row as CachedIndex | undefined;
    if (!key || cached?.key !== cachedIndexKey('search', key)) return { datasetKey: key, index: null };
    const index = searchIndexOf(cached) ?? null;
    // scripts/measure-popup-wake.ts reads this line.
    if (index) console.info(`Sanctions Lens: the popup read the cached search index in ${Math.round(performance.now() - started)} ms.`);
    return { datasetKey: key, index };
  } finally {
    lens?.close();
    cache?.close();
  }
}

/** The cached search index of the active dataset, or null when the worker has not cached it (it then answers). */
export async function readCachedSearchIndex(): Promise<SearchIndex | null> {
  return (await readCachedSearch()).index;
}
