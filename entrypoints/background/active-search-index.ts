// Popup search over every name and alias of the active dataset, from lib/search's in-memory index, held as
// entrypoints/background/active-index.ts holds it.
import { entityStatus, type Entity } from '@/lib/dataset/format';
import type { EntitySummary } from '@/lib/dataset/format';
import { searchIndexSteps, type SearchIndex } from '@/lib/search/search-index';
import type { SearchResult } from '@/lib/search/query';
import { answerFind, type FindRequest } from '@/lib/search/find-request';
import type { ActiveVersion } from '@/lib/sync/storage';
import { activeIndex } from './active-index';
import { readCachedSearchIndex, writeCachedSearchIndex } from './index-cache';

export function summarize(e: Entity): EntitySummary {
  return { id: e.id, name: e.name, kind: e.kind, status: entityStatus(e), countries: e.countries, role: e.positions[0] ?? e.description };
}

const searchIndex = activeIndex<SearchIndex>({ label: 'search index', build: searchIndexSteps, readCache: readCachedSearchIndex, writeCache: writeCachedSearchIndex });

export const currentSearchIndex = searchIndex.current;
export const prepareSearchIndex = searchIndex.prepare;

export async function findEntities(request: FindRequest, active?: ActiveVersion): Promise<SearchResult> {
  return answerFind(await currentSearchIndex(active), request);
}
