// The built indexes (the page scanner's name index and the popup's search index), kept in IndexedDB beside the
// dataset so a woken worker reads each back in one record instead of reading every entity and building again
// (that costs seconds on a large dataset, and a stopped MV3 worker wakes often).
// A database of its own: it is a disposable cache, never the source of truth, and can be dropped at any time.
// The popup reads the search index from here too (utils/cached-search-index.ts): names and rows in utils/index-cache-rows.ts.
import Dexie, { type Table } from 'dexie';
import { isNameIndex, type NameIndex } from '@/lib/match/scan';
import { SEARCH_INDEX_FORMAT, type SearchIndex } from '@/lib/search/search-index';
import { cachedIndexKey, INDEX_CACHE_DATABASE, searchIndexOf, type CachedIndex, type IndexKind as Kind } from '@/utils/index-cache-rows';

class IndexCacheDatabase extends Dexie {
  indexes!: Table<CachedIndex, string>;

  constructor() {
    super(INDEX_CACHE_DATABASE);
    this.version(1).stores({ indexes: 'key, kind' });
  }
}

const cache = new IndexCacheDatabase();

async function read(kind: Kind, version: string): Promise<unknown> {
  return (await cache.indexes.get(cachedIndexKey(kind, version)))?.index;
}

/** Keeps this version's index of this kind as the only one cached. */
async function write(kind: Kind, version: string, format: number, index: unknown): Promise<void> {
  const key = cachedIndexKey(kind, version);
  await cache.transaction('rw', cache.indexes, async () => {
    await cache.indexes.where('kind').equals(kind).and((row) => row.key !== key).delete();
    await cache.indexes.put({ key, kind, format, index });
  });
}

/** The cached search index of this dataset version, or undefined when there is none of the current format. */
export async function readCachedSearchIndex(version: string): Promise<SearchIndex | undefined> {
  return searchIndexOf(await cache.indexes.get(cachedIndexKey('search', version)));
}

export async function writeCachedSearchIndex(version: string, index: SearchIndex): Promise<void> {
  await write('search', version, SEARCH_INDEX_FORMAT, index);
}

/** The cached name index of this dataset version, checked for its shape (isNameIndex) before use. */
export async function readCachedNameIndex(version: string): Promise<NameIndex | undefined> {
  const index = await read('names', version);
  return isNameIndex(index) ? index : undefined;
}

export async function writeCachedNameIndex(version: string, index: NameIndex): Promise<void> {
  await write('names', version, index.format, index);
}
