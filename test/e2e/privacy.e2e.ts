// Records every request the browser makes while a reader reads articles, opens cards and searches the popup:
// none may leave for anywhere but the page's own server and the extension's own files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realArticles } from '../../scripts/test-pages';
import { connect, hoverName, waitForMarks, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await connect();
});
afterAll(async () => {
  await h.browser.close();
});

describe('privacy', () => {
  it('reading pages, opening cards and searching send nothing anywhere', async () => {
    const requests: string[] = [];
    const record = (url: string) => requests.push(url);
    // The context's request event also reports the extension service worker's requests (request.serviceWorker()).
    h.context.on('request', (r) => record(r.url()));

    const pages = ['/pages/demo-article.html', ...realArticles().map((f) => `/articles/${f.replace(/\.txt$/, '.html')}`)];
    for (const path of pages) {
      const page = await h.context.newPage();
      await page.goto(`${h.origin}${path}`);
      const marks = await waitForMarks(page, 1);
      const first = marks.sanctioned[0] ?? marks.delisted[0] ?? marks['not-sanctioned'][0];
      if (first) await hoverName(page, first);
      await page.close();
    }
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.getByRole('searchbox', { name: 'Search' }).fill('carvajal');
    await popup.getByRole('button', { name: /CARVAJAL BARRIOS/ }).first().waitFor();
    await popup.close();

    // chrome-extension:// addresses (the extension's own files, also under Chrome's per-session dynamic host) never leave the browser.
    const allowed = (url: string) => url.startsWith(`${h.origin}/`) || url.startsWith('chrome-extension://') || url.startsWith('data:');
    expect(requests.length).toBeGreaterThan(pages.length); // the recorder saw the pages themselves
    expect(requests.filter((u) => !allowed(u))).toEqual([]);
  });
});
