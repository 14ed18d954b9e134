// The popup's read of the search index the worker cached, started by main.tsx's first import: modules run in import
// order, so the read is under way before Preact, the components and the catalog are evaluated and the box is drawn.
import type { IndexRefresh } from '@/lib/search/local-answers';
import type { SearchIndex } from '@/lib/search/search-index';
import { readActiveDatasetKey, readCachedSearch } from '@/utils/cached-search-index';

// The dataset the index in use was read for: a sync while the popup stays open makes another one active.
let readFor: string | null = null;

function read(): Promise<SearchIndex | null> {
  return readCachedSearch().then(
    ({ datasetKey, index }) => {
      readFor = datasetKey;
      return index;
    },
    (e: unknown) => {
      console.warn('Sanctions Lens: the cached search index could not be read; the worker answers searches.', e);
      return null;
    },
  );
}

export const cachedSearchIndex: Promise<SearchIndex | null> = read();

export const indexRefresh: IndexRefresh = {
  changed: async () => (await readActiveDatasetKey()) !== readFor,
  reread: read,
};
