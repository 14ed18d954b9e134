// "Look up in Sanctions Lens" on selected text: the menu's handler opens the popup's search on the selection, with the
// same results and cards, and nothing leaves the browser; the shortcut's handler does the same with the selection of
// its tab. Playwright can neither click a native context menu nor press an extension's shortcut, so an extension page
// asks the background to run those handlers (lib/protocol `lookUpSelection`). The toolbar popup
// opens even in headless Chromium, but Playwright does not attach to extension popups: puppeteer-core, already used
// for Firefox, reads it over the same DevTools connection.
import type { Page } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allowSiteAccess, withdrawSiteAccess } from '../../scripts/extension-pages';
import { connect, waitForMarks, type Harness } from './harness';
import { extensionPage, openTab } from './overlay-helpers';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean>; request(p: { origins: string[] }): Promise<boolean> };
};

let h: Harness;
let ext: Page;
let cdp: PuppeteerBrowser;
beforeAll(async () => {
  h = await connect();
  ext = await extensionPage(h);
  cdp = await puppeteer.connect({ browserURL: inject('cdpUrl'), defaultViewport: null });
});
afterAll(async () => {
  await cdp.disconnect();
  await h.browser.close();
});

/** The popup page the look-up opens (toolbar popup or window), once `action` has run. */
async function nextPopup(action: () => Promise<unknown>): Promise<{ popup: PuppeteerPage; outcome: unknown }> {
  const target = cdp.waitForTarget((t) => t.url().includes('/popup.html?q='), { timeout: 20_000 });
  const outcome = await action();
  // An extension popup is no ordinary tab: asPage() reads any page-like target.
  const popup = await (await target).asPage();
  if (!popup) throw new Error('the look-up opened no page');
  return { popup, outcome };
}

const SEARCH = '#sl-search';
const RESULT_NAMES = '#sl-results li .sl-result-head button';

/** The names of the results once the popup has answered the query in its search box. */
async function resultNames(popup: PuppeteerPage): Promise<string[]> {
  await popup.waitForSelector('main[aria-busy="false"] #sl-results li', { timeout: 20_000 });
  return popup.$$eval(RESULT_NAMES, (buttons) => buttons.map((b) => (b as HTMLElement).innerText));
}

describe('look up a selection', () => {
  it('opens the popup’s search on the selected text, with its results and cards, fetching nothing', async () => {
    const { popup, outcome } = await nextPopup(() =>
      ext.evaluate((text) => chrome.runtime.sendMessage({ type: 'lookUpSelection', payload: { text } }), '  Nicolás\n  Maduro '),
    );
    expect(['popup', 'window']).toContain((outcome as { opened: string }).opened);
    const requests: string[] = [];
    popup.on('request', (r) => requests.push(r.url()));
    expect(await popup.$eval(SEARCH, (i) => (i as HTMLInputElement).value)).toBe('Nicolás Maduro');
    expect((await resultNames(popup))[0]).toBe('MADURO MOROS, Nicolas');
    // The same card as the popup's own search.
    await popup.$$eval(RESULT_NAMES, (buttons) => (buttons[0] as HTMLElement).click());
    const card = await popup.waitForSelector('[role="dialog"]', { timeout: 10_000 });
    expect(await card!.evaluate((c) => (c as HTMLElement).innerText)).toContain('Sanctioned');
    await popup.screenshot({ path: h.screenshotPath('lookup-selection-popup') });
    // Back to the search and another query: only the extension's own files are ever asked for.
    await popup.keyboard.press('Escape');
    await popup.waitForSelector(SEARCH);
    await popup.type(SEARCH, ' Moros');
    expect((await resultNames(popup))[0]).toBe('MADURO MOROS, Nicolas');
    expect(requests.filter((u) => !u.startsWith(`chrome-extension://${h.extensionId}/`))).toEqual([]);
    await popup.close();
  });

  it('opens nothing for a selection with no letter or digit in it', async () => {
    const before = (await cdp.targets()).length;
    expect(await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'lookUpSelection', payload: { text: ' … — ' } }))).toEqual({ opened: 'nothing' });
    expect((await cdp.targets()).length).toBe(before);
  });

  it('looks up the selection of the tab the shortcut is pressed in', async () => {
    // The shortcut's one-time access to its tab (activeTab) cannot be given over the DevTools protocol; the same
    // access to the test pages' host, granted as a reader would in chrome://extensions, stands in for it.
    const host = 'http://127.0.0.1/*';
    const hadHost = await ext.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), host);
    if (!hadHost) {
      // Allowed in chrome://extensions, then asked for as a page of ours asks (Playwright's evaluate is a user gesture).
      await allowSiteAccess(h.context, h.extensionId, [host]);
      expect(await ext.evaluate((origin) => chrome.permissions.request({ origins: [origin] }), host)).toBe(true);
    }
    try {
      const { page, tabId } = await openTab(h, ext, `${h.origin}/pages/demo-article.html`);
      await waitForMarks(page, 3);
      await page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes('Hugo Carvajal'))!;
        const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('Hugo Carvajal'))!;
        const at = text.textContent!.indexOf('Hugo Carvajal');
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 'Hugo Carvajal'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      const { popup } = await nextPopup(() => ext.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'lookUpSelection', payload: { tabId } }), tabId));
      expect(await popup.$eval(SEARCH, (i) => (i as HTMLInputElement).value)).toBe('Hugo Carvajal');
      expect((await resultNames(popup))[0]).toMatch(/^CARVAJAL BARRIOS, Hugo/);
      await popup.close();
      await page.close();
    } finally {
      if (!hadHost) await withdrawSiteAccess(h.context, h.extensionId, [host]);
    }
    expect(await ext.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), host)).toBe(hadHost);
  });
});
