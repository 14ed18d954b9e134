// What the worker's index cache (entrypoints/background/index-cache.ts) and the popup, which reads the cached search
// index straight from it (utils/cached-search-index.ts), agree on: the databases' names, a row's key and shape, and
// the check a cached search index passes before use.
import { SEARCH_INDEX_FORMAT, type SearchIndex } from '@/lib/search/search-index';

/** The extension's dataset (entrypoints/background/database.ts). */
export const LENS_DATABASE = 'sanctions-lens';
/** The disposable cache of built indexes, a database of its own. */
export const INDEX_CACHE_DATABASE = 'sanctions-lens-index-cache';

export type IndexKind = 'search' | 'names';

export interface CachedIndex {
  /** `${kind}|${dataset key}` */
  key: string;
  kind: IndexKind;
  format: number;
  index: unknown;
}

export function cachedIndexKey(kind: IndexKind, datasetKey: string): string {
  return `${kind}|${datasetKey}`;
}

/** The search index of a cache row, or undefined when there is none of the current format. */
export function searchIndexOf(row: Partial<CachedIndex> | undefined): SearchIndex | undefined {
  const index = row?.index as Partial<SearchIndex> | undefined;
  return row?.format === SEARCH_INDEX_FORMAT && typeof index?.entityCount === 'number' ? (index as SearchIndex) : undefined;
}
