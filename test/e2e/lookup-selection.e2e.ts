// "Look up in Sanctions Lens" on selected text: the menu's handler opens the popup's search on the selection, with the
// same results and cards, and nothing leaves the browser. Playwright cannot click a native context menu, so an
// extension page asks the background to run the menu's handler (lib/protocol `lookUpSelection`). The toolbar popup
// opens even in headless Chromium, but Playwright does not attach to extension popups: puppeteer-core, already used
// for Firefox, reads it over the same DevTools connection.
import type { Page } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, type Harness } from './harness';
import { extensionPage } from './overlay-helpers';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

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
});
