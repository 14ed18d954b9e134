// What the matcher has learnt about each open page (names named in full, countries, sanctions-story words), so
// a surname or a common name in a later batch of the same page is judged with the whole page in view.
// Kept in memory only: a stopped worker forgets it, and the next batch starts a fresh context.
import { createPageContext, type PageContext } from '@/lib/match/scan';

const MAX_PAGES = 64;
const contexts = new Map<string, { version: string; context: PageContext }>();

/** The context of one page load (`page` is the content script's id for it), for the active dataset `version`. */
export function pageContext(tabId: number | undefined, page: unknown, version: string): PageContext {
  if (tabId === undefined || typeof page !== 'string' || page.length === 0 || page.length > 64) return createPageContext();
  const key = `${tabId}/${page}`;
  const found = contexts.get(key);
  if (found && found.version === version) {
    // Re-insert: the Map's order is then least recently used first.
    contexts.delete(key);
    contexts.set(key, found);
    return found.context;
  }
  const entry = { version, context: createPageContext() };
  contexts.set(key, entry);
  while (contexts.size > MAX_PAGES) contexts.delete(contexts.keys().next().value as string);
  return entry.context;
}
