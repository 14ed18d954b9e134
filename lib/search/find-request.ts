// A `find` request (lib/protocol.ts) as the worker and the popup both answer it, so the two give the same result.
import type { ToBackground } from '../protocol';
import { search, type SearchResult } from './query';
import type { SearchIndex } from './search-index';

export type FindRequest = ToBackground['find'][0];

/** The search a request asks for, with its bounds: 200 characters of query, 1 to 200 results, 50 by default. */
export function answerFind(index: SearchIndex | null, { query, filters, limit }: FindRequest): SearchResult {
  if (!index) return { hits: [], total: 0 };
  return search(index, query.slice(0, 200), filters ?? {}, Math.max(1, Math.min(limit ?? 50, 200)));
}
