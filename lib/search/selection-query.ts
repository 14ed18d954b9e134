// The popup's query made from text the reader selected on a page ("Look up in Sanctions Lens"): one line, the
// spaces the page's layout put in collapsed, cut to the length the search reads (lib/protocol's `find`).
export const MAX_QUERY_CHARS = 200;

/** The selection as a search query, or null when nothing worth a search is selected. */
export function selectionQuery(text: string | null | undefined): string | null {
  const query = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS).trim();
  return /[\p{L}\p{N}]/u.test(query) ? query : null;
}

/** The popup page's address for a query, relative to the extension's root: `popup.html?q=…`. */
export function popupPathFor(query: string): `popup.html?${string}` {
  return `popup.html?${new URLSearchParams({ q: query })}`;
}

/** The query a popup page was opened with (`?q=`), or null. */
export function queryFromSearch(search: string): string | null {
  return selectionQuery(new URLSearchParams(search).get('q'));
}
