// Whether a fetched publication is older than, the same as, or newer than the list in use, by the publisher's own
// dates (a day-only date is compared by its day: lib/dataset/event-window.ts). A list never goes back: an older
// publication is refused (no install, no events), the same one is a day with no change.
import { compareMoments } from '../../dataset/event-window';

export type PublicationAge = 'older' | 'same' | 'newer' | 'undated';

/**
 * `fetched` against `inUse`; 'undated' when either has no date the publisher gave (a server's Last-Modified, a
 * shipped list without a readable day): the caller then installs as before, since there is nothing to compare.
 */
export function publicationAge(fetched: string | null, inUse: string | null): PublicationAge {
  if (!fetched || !inUse) return 'undated';
  const c = compareMoments(fetched, inUse);
  return c === null ? 'undated' : c < 0 ? 'older' : c === 0 ? 'same' : 'newer';
}
