// Addresses from outside (a dataset record's link, a tab's URL) are only used when they are http(s).

/** The address when it is http(s); anything else (javascript:, data:, a browser page) gives undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host name of a web page's address; null for browser pages, files and anything not http(s). */
export function siteOf(url: string | undefined): string | null {
  const web = safeHref(url);
  return web ? new URL(web).hostname : null;
}
