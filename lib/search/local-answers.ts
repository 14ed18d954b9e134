// The popup's searches answered in its own page, from the search index the worker cached (utils/cached-search-index.ts),
// when there is one: after a worker has stopped, the first answer then waits for no worker to start. The same
// answerFind over the same index the worker would read, so the hits are the worker's; every other request, and
// every search when no cached index could be read (or not within LOCAL_WAIT_MS), goes to the worker as before.
import type { Client, Response, ToBackground } from '../protocol';
import { answerFind, type FindRequest } from './find-request';
import type { SearchIndex } from './search-index';

// How long a search waits for the popup's own read of the index before it asks the worker instead. The read takes tens
// of milliseconds; one held up (the database busy with an install, an upgrade waiting) must not hold up the answers.
export const LOCAL_WAIT_MS = 250;

export function answeringSearchesLocally(worker: Client<ToBackground>, cached: Promise<SearchIndex | null>): Client<ToBackground> {
  const index = cached.catch(() => null);
  const local = async (type: keyof ToBackground, payload: unknown): Promise<unknown> => {
    if (type !== 'find' && type !== 'searchFacets') return worker(type, payload as never);
    const found = await Promise.race([index, new Promise<null>((done) => setTimeout(() => done(null), LOCAL_WAIT_MS))]);
    if (!found) return worker(type, payload as never);
    if (type === 'searchFacets') return { facets: found.facets } satisfies Response<ToBackground, 'searchFacets'>;
    const started = performance.now();
    return { ...answerFind(found, payload as FindRequest), tookMs: performance.now() - started } satisfies Response<ToBackground, 'find'>;
  };
  return local as Client<ToBackground>;
}
