// The content script's life-cycle: it ends with the extension (a reload, an update, disabling it) and leaves nothing of
// itself on a page that stays open, and it ends only then: a page that forges WXT's "content script started" event,
// or a service worker that stops when idle, leaves it working.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, hoverName, markedTexts, stopServiceWorkers, waitForMarks, type Harness } from './harness';
import { clearSettings, extensionPage, openTab, registeredCounts, saveSettings, sendToTab } from './overlay-helpers';

let h: Harness;
beforeAll(async () => {
  h = await connect();
});
afterAll(async () => {
  await h.browser.close();
});

const ARTICLE = () => `${h.origin}/pages/demo-article.html`;

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

/**
 * The event listeners our content script has on the top document, its root element and the window, by type. Read
 * over the DevTools protocol in the script's own isolated world, where they were added: the page cannot see them.
 */
async function contentScriptListeners(page: Page): Promise<string[]> {
  const cdp = await h.context.newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const ours = contexts.filter((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && (c.origin.includes(h.extensionId) || c.name === 'Sanctions Lens'));
    const types: string[] = [];
    for (const context of ours) {
      for (const expression of ['document', 'document.documentElement', 'window']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: context.id });
        if (!result.objectId) continue;
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        types.push(...listeners.map((l) => `${expression}:${l.type}`));
      }
    }
    return types.sort();
  } finally {
    await cdp.detach();
  }
}

/** Appends a paragraph naming `name` to the page's article. */
async function addParagraph(page: Page, name: string): Promise<void> {
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.querySelector('article')?.append(p);
  }, `Later, ${name} was mentioned again.`);
}

/** Elements of ours in the page's light DOM: the card's and the list's hosts, the box layer. */
async function ownElements(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()).filter((t) => t.startsWith('sanctions-lens-')));
}

/**
 * Turns the extension on from chrome://extensions, whose page has the management API. An extension loaded from the
 * command line stays off after runtime.reload() in this Chromium; the store's update or a reader's reload turns it
 * back on the same way.
 */
async function enableExtension(): Promise<void> {
  const page = await h.context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(
      (id) => (globalThis as unknown as { chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } } }).chrome.management.setEnabled(id, true),
      h.extensionId,
    );
  } finally {
    await page.close();
  }
}

/** The options page once the reloaded extension is back: until then its pages do not load, and new tabs get no script. */
async function reloadedExtensionPage(): Promise<Page> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const ext = await extensionPage(h);
      if (await ext.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id === 'string')) return ext;
      await ext.close();
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    if (Date.now() > deadline) throw new Error('The extension did not come back after its reload');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the content script', () => {
  it('keeps working when the page forges WXT\'s "content script started" event', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(ARTICLE());
    const before = await waitForMarks(page, 4);
    // The shape WXT 0.21's ContentScriptContext listens for (a CustomEvent on the document) and posts (a window
    // message), with an id that is not the running script's: WXT's own context takes it as a newer script starting.
    await page.evaluate((extensionId) => {
      const type = `${extensionId}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'forged-by-the-page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }, h.extensionId);

    // A name added after the forgery is read and marked: the page is still watched.
    await addParagraph(page, 'Hugo Carvajal');
    await expect.poll(async () => (await markedTexts(page)).sanctioned.filter((t) => t === 'Hugo Carvajal').length).toBe(2);
    expect((await markedTexts(page)).delisted).toEqual(before.delisted);
    // Cards still open on hover.
    const card = await hoverName(page, 'Nicolás Maduro');
    await expect.poll(() => card.innerText()).toContain('MADURO MOROS, Nicolas');
    await page.close();
  });

  it('keeps working when the idle service worker is stopped', async () => {
    const page = await h.context.newPage();
    await page.goto(ARTICLE());
    await waitForMarks(page, 4);
    await stopServiceWorkers(h, page);
    // A full name: the new worker has forgotten what the page said before (countries, earlier names), so a name
    // that needs that context would be judged differently.
    await addParagraph(page, 'Manuel Ricardo Cristopher Figuera');
    await expect.poll(async () => (await markedTexts(page)).delisted.filter((t) => t === 'Manuel Ricardo Cristopher Figuera').length).toBe(2);
    expect(await contentScriptListeners(page)).toContain('document:pointermove');
    await page.close();
  });

  it('leaves no mark, card, list or listener on an open page when the extension is reloaded; the page reloaded is marked again', async () => {
    let ext = await extensionPage(h);
    // One page with highlights, its card and its list open; one with the box layer.
    const { page, tabId } = await openTab(h, ext, ARTICLE());
    await page.setViewportSize({ width: 1100, height: 800 });
    await waitForMarks(page, 4);
    await hoverName(page, 'Nicolás Maduro');
    expect(await sendToTab(ext, tabId, 'showNameList')).toEqual({ count: expect.any(Number) });
    await saveSettings(ext, { boxes: true });
    const boxed = await h.context.newPage();
    await boxed.goto(ARTICLE());
    await expect.poll(() => boxed.locator('sanctions-lens-marks div[data-status]').count()).toBeGreaterThanOrEqual(4);
    await clearSettings(ext);
    expect(await ownElements(page)).toEqual(expect.arrayContaining(['sanctions-lens-card', 'sanctions-lens-list']));
    const listening = await contentScriptListeners(page);
    expect(listening).toEqual(expect.arrayContaining(['document:keydown', 'document:pointermove', 'document:pointerup', 'document.documentElement:pointerleave']));
    expect(await contentScriptListeners(boxed)).toEqual(expect.arrayContaining(['window:resize', 'window:scroll']));

    // As an update does: the extension's old scripts are orphaned, and only new pages get the new one. (The page
    // closes as the extension goes, so the call does not return.)
    await ext.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    try {
      for (const p of [page, boxed]) {
        await expect.poll(() => registeredCounts(p)).toEqual({});
        await expect.poll(() => ownElements(p)).toEqual([]);
        await expect.poll(() => contentScriptListeners(p)).toEqual([]);
        expect(await p.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
      }
    } finally {
      await enableExtension();
    }

    // The old script reacts to nothing: a name added to the old page stays unmarked while a page with the new
    // script, given the same name at the same moment, marks it.
    ext = await reloadedExtensionPage();
    const fresh = await h.context.newPage();
    await fresh.goto(ARTICLE());
    await waitForMarks(fresh, 4);
    await Promise.all([addParagraph(page, 'Hugo Carvajal'), addParagraph(fresh, 'Hugo Carvajal')]);
    await expect.poll(async () => (await markedTexts(fresh)).sanctioned.filter((t) => t === 'Hugo Carvajal').length).toBe(2);
    expect(await registeredCounts(page)).toEqual({});
    expect(await ownElements(page)).toEqual([]);

    // The reloaded page gets the new script: marks and cards as before.
    await page.reload();
    await waitForMarks(page, 4);
    await hoverName(page, 'Hugo Carvajal');
    await clearSettings(ext);
    for (const p of [page, boxed, fresh, ext]) await p.close();
  });
});
