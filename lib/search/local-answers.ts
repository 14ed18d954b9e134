// The popup's searches answered in its own page, from the search index the worker cached (utils/cached-search-index.ts),
// when there is one: after a worker has stopped, the first answer then waits for no worker to start. The same
// answerFind over the same index the worker would read, so the hits are the worker's; every other request, and
// every search when no cached index could be read, goes to the worker as before.
import type { Client, Response, ToBackground } from '../protocol';
import { answerFind, type FindRequest } from './find-request';
import type { SearchIndex } from './search-index';

// How long the facets wait for the popup's own read of the index before they are asked of the worker. The read takes
// tens of milliseconds; one held up (the database busy with an install, an upgrade waiting) must not hold them up.
export const LOCAL_WAIT_MS = 250;

// A popup left open (a lookup window) across a sync would search the dataset it read at opening: it asks whether the
// active dataset changed at most this often, when it answers a search itself, and reads the new one's index if so.
export const DATASET_CHECK_MS = 30_000;

export interface IndexRefresh {
  /** True when the active dataset is no longer the one the index in use was read for. */
  changed(): Promise<boolean>;
  /** The active dataset's cached index, read anew (null: none cached; the worker answers). */
  reread(): Promise<SearchIndex | null>;
}

export function answeringSearchesLocally(worker: Client<ToBackground>, cached: Promise<SearchIndex | null>, refresh?: IndexRefresh): Client<ToBackground> {
  // Settled: the index, or null when there is none to use; undefined while a read is under way.
  let read: SearchIndex | null | undefined;
  let reads = 0;
  const settle = (pending: Promise<SearchIndex | null>): Promise<SearchIndex | null> => {
    const mine = ++reads;
    return pending.catch(() => null).then((found) => {
      if (mine === reads) read = found; // an older read ending late does not replace a newer one
      return found;
    });
  };
  let index = settle(cached);
  let checkedAt = performance.now();
  // After the search at hand, answered from the index in use: the next ones wait for (or race) the new read.
  const checkDataset = () => {
    if (!refresh || performance.now() - checkedAt < DATASET_CHECK_MS) return;
    checkedAt = performance.now();
    refresh.changed().then(
      (changed) => {
        if (!changed) return;
        read = undefined;
        index = settle(refresh.reread());
      },
      () => undefined, // the check is tried again after DATASET_CHECK_MS; the index in use stays
    );
  };
  const findHere = (found: SearchIndex, payload: FindRequest): Response<ToBackground, 'find'> => {
    const started = performance.now();
    return { ...answerFind(found, payload), tookMs: performance.now() - started };
  };
  const local = async (type: keyof ToBackground, payload: unknown): Promise<unknown> => {
    if (type === 'searchFacets') {
      const found = read !== undefined ? read : await Promise.race([index, new Promise<null>((done) => setTimeout(() => done(null), LOCAL_WAIT_MS))]);
      return found ? ({ facets: found.facets } satisfies Response<ToBackground, 'searchFacets'>) : worker(type, {});
    }
    if (type !== 'find') return worker(type, payload as never);
    if (read !== undefined) {
      if (!read) return worker('find', payload as FindRequest);
      checkDataset();
      return findHere(read, payload as FindRequest);
    }
    // A search typed while the read is still under way goes to the worker as well, and the first answer is shown (both
    // give the same hits): a running worker answers in a few milliseconds, a read held up by a busy machine takes more.
    return firstOf(
      worker('find', payload as FindRequest),
      index.then((found) => (found ? findHere(found, payload as FindRequest) : null)),
    );
  };
  return local as Client<ToBackground>;
}

/** The worker's answer or the local one (null: none), whichever comes first; the worker's error only if there is no local answer. */
function firstOf<T>(fromWorker: Promise<T>, here: Promise<T | null>): Promise<T> {
  return new Promise((resolve, reject) => {
    let workerFailed: { error: unknown } | undefined;
    let noneHere = false;
    fromWorker.then(resolve, (error: unknown) => {
      workerFailed = { error };
      if (noneHere) reject(error);
    });
    here.then((answer) => {
      if (answer) return resolve(answer);
      noneHere = true;
      if (workerFailed) reject(workerFailed.error);
    }, () => {
      noneHere = true;
      if (workerFailed) reject(workerFailed.error);
    });
  });
}
