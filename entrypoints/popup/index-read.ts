// The popup's read of the search index the worker cached, started by main.tsx's first import: modules run in import
// order, so the read is under way before Preact, the components and the catalog are evaluated and the box is drawn.
import type { SearchIndex } from '@/lib/search/search-index';
import { readCachedSearchIndex } from '@/utils/cached-search-index';

export const cachedSearchIndex: Promise<SearchIndex | null> = readCachedSearchIndex().catch((e: unknown) => {
  console.warn('Sanctions Lens: the cached search index could not be read; the worker answers searches.', e);
  return null;
});
