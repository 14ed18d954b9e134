// The built search index, kept in IndexedDB beside the dataset so a woken worker reads it back in one record
// instead of reading every entity and building again (that costs seconds on a large dataset).
// A database of its own: it is a disposable cache, never the source of truth, and can be dropped at any time.
import Dexie, { type Table } from 'dexie';
import { SEARCH_INDEX_FORMAT, type SearchIndex } from '@/lib/search/index';

interface CachedIndex {
  version: string;
  format: number;
  index: SearchIndex;
}

class SearchCacheDatabase extends Dexie {
  indexes!: Table<CachedIndex, string>;

  constructor() {
    super('sanctions-lens-search-cache');
    this.version(1).stores({ indexes: 'version' });
  }
}

const cache = new SearchCacheDatabase();

/** The cached index of this dataset version, or undefined when there is none of the current format. */
export async function readCachedIndex(version: string): Promise<SearchIndex | undefined> {
  const row = await cache.indexes.get(version);
  return row?.format === SEARCH_INDEX_FORMAT && typeof row.index?.entityCount === 'number' ? row.index : undefined;
}

/** Keeps this version's index as the only one cached. */
export async function writeCachedIndex(version: string, index: SearchIndex): Promise<void> {
  await cache.transaction('rw', cache.indexes, async () => {
    await cache.indexes.where('version').notEqual(version).delete();
    await cache.indexes.put({ version, format: SEARCH_INDEX_FORMAT, index });
  });
}
