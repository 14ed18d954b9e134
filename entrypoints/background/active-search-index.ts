// Popup search over every name and alias of the active dataset, from lib/search's in-memory index, held as
// entrypoints/background/active-index.ts holds it.
import { entityStatus, type Entity } from '@/lib/dataset/format';
import type { EntitySummary } from '@/lib/dataset/format';
import { searchIndexSteps, type SearchIndex } from '@/lib/search/search-index';
import { search, type SearchFilters, type SearchResult } from '@/lib/search/query';
import { activeIndex } from './active-index';
import { readCachedSearchIndex, writeCachedSearchIndex } from './index-cache';

export function summarize(e: Entity): EntitySummary {
  return { id: e.id, name: e.name, kind: e.kind, status: entityStatus(e), countries: e.countries, role: e.positions[0] ?? e.description };
}

const searchIndex = activeIndex<SearchIndex>({ label: 'search index', build: searchIndexSteps, readCache: readCachedSearchIndex, writeCache: writeCachedSearchIndex });

export const currentSearchIndex = searchIndex.current;
export const prepareSearchIndex = searchIndex.prepare;

export async function findEntities(query: string, filters: SearchFilters, limit: number): Promise<SearchResult> {
  const index = await currentSearchIndex();
  if (!index) return { hits: [], total: 0 };
  return search(index, query, filters, limit);
}
