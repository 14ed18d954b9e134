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
  /** `${kind}|${dataset key}|${index code id}` */
  key: string;
  kind: IndexKind;
  format: number;
  index: unknown;
}

/** Set at build time; 'unbuilt' where the code runs outside a build (unit tests). */
export const INDEX_CODE_ID: string = (import.meta.env.SL_INDEX_CODE as string | undefined) ?? 'unbuilt';

/**
 * A cached index is this dataset's as built by this code: the build's id of the matcher's and the search's source
 * (scripts/index-code-id.ts, put in by wxt.config.ts), so an update that reads names differently builds anew.
 */
export function cachedIndexKey(kind: IndexKind, datasetKey: string, codeId: string = INDEX_CODE_ID): string {
  return `${kind}|${datasetKey}|${codeId}`;
}

/** The search index of a cache row, or undefined when there is none of the current format. */
export function searchIndexOf(row: Partial<CachedIndex> | undefined): SearchIndex | undefined {
  const index = row?.index as Partial<SearchIndex> | undefined;
  return row?.format === SEARCH_INDEX_FORMAT && typeof index?.entityCount === 'number' ? (index as SearchIndex) : undefined;
}
