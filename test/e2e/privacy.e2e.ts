// Records every request the browser makes while a reader reads articles, opens cards and searches the popup:
// none may leave for anywhere but the page's own server and the extension's own files. And in private mode, the
// page's own scripts cannot learn which names were marked, while the reader (and assistive technology, through the
// accessibility tree as DevTools reads it) still sees the marks and the card.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realArticles } from '../../scripts/test-pages';
import { connect, hoverName, waitForMarks, type Harness } from './harness';
import { clearSettings, extensionPage, openTab, sendToTab } from './overlay-helpers';

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

interface AXNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
}

/** The page's accessibility tree as a screen reader gets it (closed shadow roots included): role and name of each node. */
async function accessibleNodes(cdp: CDPSession): Promise<{ role: string; name: string }[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '' }));
}

async function dialogs(cdp: CDPSession): Promise<string[]> {
  return (await accessibleNodes(cdp)).filter((n) => n.role === 'dialog').map((n) => n.name);
}

/** How many mark boxes are drawn, counted through DevTools' DOM, which enters closed shadow roots (pierce). */
async function boxCount(cdp: CDPSession): Promise<number> {
  interface DomNode { attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[]; contentDocument?: DomNode }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  let n = 0;
  const walk = (node: DomNode) => {
    if (node.attributes?.includes('data-status')) n++;
    for (const c of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(c);
  };
  walk(root);
  return n;
}

interface Snoop {
  highlights: string[];
  highlightRules: string[];
  shadowHtml: string[];
  ourHosts: string[];
  pageText: string;
  hookedRoots: number;
}

/** Everything the page's script can read that would name what was marked (see test/pages/private-reader.html). */
function snoop(page: Page): Promise<Snoop> {
  return page.evaluate(() => (window as unknown as { __snoop: () => Snoop }).__snoop());
}

/** The centre of the first occurrence of `text` in the page's light DOM, found by the test, not by the extension. */
function textCentre(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      const r = range.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    throw new Error(`no "${wanted}" on the page`);
  }, text);
}

describe('private mode', () => {
  it("the page's scripts read no marked name, no status and no card; the reader sees the marks and uses the card", async () => {
    const ext = await extensionPage(h);
    // Turned on as a reader does, on the options page.
    await ext.getByRole('checkbox', { name: /Hide from the page which names are marked/ }).check();
    await ext.getByText('Saved. Pages loaded from now on follow.').waitFor();
    try {
      const { page, tabId } = await openTab(h, ext, `${h.origin}/pages/private-reader.html`);
      await page.setViewportSize({ width: 1100, height: 800 });
      await page.bringToFront();
      const cdp = await h.context.newCDPSession(page);
      // What was found, asked the way the popup asks: through the extension's own channel, not the page.
      const found = async () => ((await sendToTab(ext, tabId, 'pageMentions')) as { mentions: { text: string; status: string }[] }).mentions;
      await expect.poll(async () => (await found()).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
      expect((await found()).filter((m) => m.status === 'sanctioned').map((m) => m.text)).toEqual(expect.arrayContaining(['Nicolás Maduro', 'Hugo Carvajal']));
      // Marks are drawn (one box per line of each mark), in a root the page cannot open.
      await expect.poll(() => boxCount(cdp)).toBeGreaterThanOrEqual(4);
      await page.screenshot({ path: h.screenshotPath('private-mode-marks') });

      const { x, y } = await textCentre(page, 'Hugo Carvajal');
      await page.mouse.move(x - 30, y - 30);
      await page.mouse.move(x, y, { steps: 3 });
      await expect.poll(() => dialogs(cdp), { timeout: 10_000 }).toEqual([expect.stringMatching(/CARVAJAL BARRIOS/i)]);
      // The card's content reaches assistive technology: its status and its close button.
      const card = await accessibleNodes(cdp);
      expect(card.some((n) => n.role === 'button' && /close|cerrar/i.test(n.name))).toBe(true);
      await page.screenshot({ path: h.screenshotPath('private-mode-card') });

      // With the card open, the page's view: no highlight, no rule naming one, none of our roots open, nothing of the
      // dataset in any root or in the document, and its attachShadow hook saw only its own root.
      const seen = await snoop(page);
      expect(seen.highlights).toEqual([]);
      expect(seen.highlightRules).toEqual([]);
      expect(seen.ourHosts.length).toBeGreaterThanOrEqual(2);
      expect(seen.ourHosts.every((host) => host.endsWith(': closed'))).toBe(true);
      expect(seen.hookedRoots).toBe(1);
      for (const html of [...seen.shadowHtml, seen.pageText]) {
        expect(html).not.toMatch(/CARVAJAL BARRIOS|MADURO MOROS|data-status|sanctioned/i);
      }
      // Playwright's own locators, which pierce open roots only, find no card either.
      expect(await page.getByRole('dialog').count()).toBe(0);

      // The card still works from the keyboard: Escape closes it.
      await page.keyboard.press('Escape');
      await expect.poll(() => dialogs(cdp), { timeout: 5_000 }).toEqual([]);
      // The keyboard list opens in a closed root too, and lists the names.
      expect(await sendToTab(ext, tabId, 'showNameList')).toEqual({ count: 3 });
      await expect.poll(() => dialogs(cdp)).toEqual(['Names on this page']);
      expect((await snoop(page)).shadowHtml.join('')).not.toContain('Names on this page');
      await page.close();
    } finally {
      await clearSettings(ext);
      await ext.close();
    }
  });
});
