// Marks: styles on dark pages, the per-site and everywhere switch (live), per-status styles, the toolbar badge,
// and the box fallback for browsers without the Highlight API.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, hoverName, markedTexts, waitForMarks, type Harness } from './harness';
import { badgeText, clearSettings, extensionPage, openTab, registeredCounts, saveSettings, sendToTab } from './overlay-helpers';

let h: Harness;
let ext: Page;
beforeAll(async () => {
  h = await connect();
  ext = await extensionPage(h);
});
afterEach(async () => {
  await clearSettings(ext);
});
afterAll(async () => {
  await h.browser.close();
});

/**
 * Compares the box layer with the names on screen. Every occurrence of `names` in the page's text, clipped to the
 * viewport and to its scrolling box, should be covered by exactly one box, and no box should cover anything else.
 * Returns what is on screen, the boxes that match no name and the names without a box.
 * A string, not a function: the page runs it as written, with no helpers added by the test's compiler.
 */
const BOXES_ON_SCREEN = `(() => {
  const names = ['Nicolás Maduro', 'Hugo Carvajal'];
  const host = document.querySelector('sanctions-lens-marks');
  const vw = document.documentElement.clientWidth, vh = innerHeight;
  const onScreen = (r) => r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw && r.width > 0 && r.height > 0;
  const boxes = [...(host?.shadowRoot?.querySelectorAll('div[data-status]') ?? [])].map((b) => b.getBoundingClientRect()).filter(onScreen);
  const expected = [];
  const walker = document.createTreeWalker(document.getElementById('story'), NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    for (const name of names) {
      const at = t.data.indexOf(name);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(t, at);
      range.setEnd(t, at + name.length);
      const scroller = t.parentElement.closest('#scroller');
      const clip = scroller ? scroller.getBoundingClientRect() : null;
      for (const r of range.getClientRects()) {
        const top = clip ? Math.max(r.top, clip.top + scroller.clientTop) : r.top;
        const bottom = clip ? Math.min(r.bottom, clip.top + scroller.clientTop + scroller.clientHeight) : r.bottom;
        const box = new DOMRect(r.left, top, r.width, bottom - top);
        if (bottom > top && onScreen(box)) expected.push({ name, left: box.left, top: box.top, width: box.width, height: box.height });
      }
    }
  }
  const near = (a, b) => Math.abs(a.left - b.left) < 1 && Math.abs(a.top - b.top) < 1 && Math.abs(a.width - b.width) < 1 && Math.abs(a.height - b.height) < 1;
  return {
    onScreen: expected.map((e) => e.name),
    strayBoxes: boxes.filter((b) => !expected.some((e) => near(e, b))).length,
    unmarked: expected.filter((e) => !boxes.some((b) => near(e, b))).map((e) => e.name + ' at ' + Math.round(e.top)),
  };
})()`;

interface BoxesOnScreen {
  onScreen: string[];
  strayBoxes: number;
  unmarked: string[];
}

/** The ::highlight() rules the content script adopted into the page. */
async function highlightRules(page: Page): Promise<string> {
  return page.evaluate(() =>
    document.adoptedStyleSheets
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .filter((t) => t.includes('::highlight(sanctions-lens-'))
      .join('\n'),
  );
}

describe('marks', () => {
  it('use light lines on a dark page', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 900, height: 500 });
    await page.goto(`${h.origin}/pages/overlay-dark.html`);
    await waitForMarks(page, 4);
    const rules = await highlightRules(page);
    expect(rules).toMatch(/sanctions-lens-sanctioned\)[^}]*rgb\(252, 165, 165\)/);
    await page.screenshot({ path: h.screenshotPath('overlay-dark-page') });
    await page.close();
  });

  it('hide and show live with the per-site and everywhere switches, and the badge follows', async () => {
    const url = `${h.origin}/pages/demo-article.html`;
    const { page, tabId } = await openTab(h, ext, url);
    const marks = await waitForMarks(page, 4);
    const sanctioned = String(marks.sanctioned.length);
    await expect.poll(() => badgeText(ext, tabId)).toBe(sanctioned);

    await saveSettings(ext, { disabledSites: ['127.0.0.1'] });
    await expect.poll(() => registeredCounts(page)).toEqual({});
    await expect.poll(() => badgeText(ext, tabId)).toBe('');

    // The shortcut's path: the background asks the tab to flip its site.
    expect(await sendToTab(ext, tabId, 'toggleSite')).toEqual({ on: true });
    await expect.poll(async () => (await markedTexts(page)).sanctioned.length).toBe(marks.sanctioned.length);
    await expect.poll(() => badgeText(ext, tabId)).toBe(sanctioned);

    await saveSettings(ext, { enabled: false });
    await expect.poll(() => registeredCounts(page)).toEqual({});
    await page.close();
  });

  it('a site switched off before load is not read at all', async () => {
    await saveSettings(ext, { disabledSites: ['127.0.0.1'] });
    const { page, tabId } = await openTab(h, ext, `${h.origin}/pages/demo-article.html`);
    // First a sign that the content script is up and has settled whether to read: it answers the popup (the answer
    // and the reading start in the same task). Only then does the absence of reading and marks mean something.
    await expect.poll(() => sendToTab(ext, tabId, 'pageMentions').catch(() => 'not started')).toEqual({ mentions: [] });
    expect(await page.evaluate(() => performance.getEntriesByName('sanctions-lens:reading').length)).toBe(0);
    expect(await registeredCounts(page)).toEqual({});
    await clearSettings(ext);
    await waitForMarks(page, 4);
    await page.close();
  });

  it('follow the per-status style: underline, background, hidden', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/demo-article.html`);
    await waitForMarks(page, 4);
    expect(await highlightRules(page)).toMatch(/sanctions-lens-sanctioned\)[^}]*background-color/);
    await saveSettings(ext, { styles: { sanctioned: 'underline', delisted: 'hidden', 'not-sanctioned': 'background', possible: 'underline' } });
    await expect.poll(() => highlightRules(page)).not.toContain('sanctions-lens-delisted');
    const rules = await highlightRules(page);
    expect(rules).not.toMatch(/sanctions-lens-sanctioned\)[^}]*background-color/);
    expect(rules).toMatch(/sanctions-lens-not-sanctioned\)[^}]*background-color/);
    await page.close();
  });

  it('are set in the options page, per status and for the cards, and an open page follows at once', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/demo-article.html`);
    await waitForMarks(page, 4);
    expect(await highlightRules(page)).toContain('sanctions-lens-delisted');
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Delisted').selectOption('hidden');
    await options.getByRole('status').filter({ hasText: 'Saved: Delisted: not marked' }).waitFor();
    await expect.poll(() => highlightRules(page)).not.toContain('sanctions-lens-delisted');
    await options.getByLabel('Not sanctioned (officials, agencies)').selectOption('background');
    await expect.poll(() => highlightRules(page)).toMatch(/sanctions-lens-not-sanctioned\)[^}]*background-color/);
    await options.getByLabel(/Open a card after/).fill('800');
    await options.getByLabel(/Open a card after/).press('Tab');
    const stored = () =>
      options.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
        return (await api.storage.local.get('settings')).settings as { dwellMs?: number; styles?: Record<string, string> } | undefined;
      });
    await expect.poll(async () => (await stored())?.dwellMs).toBe(800);
    expect((await stored())?.styles).toMatchObject({ delisted: 'hidden', 'not-sanctioned': 'background', sanctioned: 'background' });
    // The page read again shows the choices too.
    await options.reload();
    expect(await options.getByLabel('Delisted').inputValue()).toBe('hidden');
    expect(await options.getByLabel(/Open a card after/).inputValue()).toBe('800');
    await options.screenshot({ path: h.screenshotPath('options-marks'), fullPage: true });
    await options.close();
    await page.close();
  });

  it('on a huge page (122,000 elements): tints without a text decoration, registered near the viewport only, and cards', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${h.origin}/pages/overlay-huge.html`);
    const registered = () =>
      page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, hl]) => [name, [...hl].map((r) => (r instanceof Range ? r.toString() : ''))])));
    await expect.poll(async () => (await registered())['sanctions-lens-sanctioned-tint'] ?? [], { timeout: 15_000 }).toContain('Nicolás Maduro');
    const top = await registered();
    expect(Object.keys(top).sort()).toEqual(['delisted', 'not-sanctioned', 'possible', 'sanctioned'].map((s) => `sanctions-lens-${s}-tint`));
    expect(top['sanctions-lens-not-sanctioned-tint']).toContain('Mike Pence');
    // The middle and the last paragraphs are far below the viewport: not registered.
    expect(Object.values(top).flat()).not.toContain('Hugo Carvajal');
    expect(Object.values(top).flat()).not.toContain('Diosdado Cabello');
    // The tint rules draw a background only: no text decoration, which would cost a relayout of the page's overflow.
    const tintRules = await page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).filter((t) => t.includes('-tint)')));
    expect(tintRules.length).toBeGreaterThanOrEqual(3);
    for (const rule of tintRules) {
      expect(rule).toContain('background-color');
      expect(rule).not.toContain('text-decoration');
    }
    await page.evaluate(() => document.getElementById('p1999')!.scrollIntoView({ block: 'center' }));
    await expect.poll(async () => Object.values(await registered()).flat(), { timeout: 10_000 }).toContain('Diosdado Cabello');
    expect(Object.values(await registered()).flat()).not.toContain('Nicolás Maduro');
    const card = await hoverName(page, 'Diosdado Cabello');
    await expect.poll(() => card.innerText()).toContain('CABELLO');
    await page.screenshot({ path: h.screenshotPath('overlay-huge-tints') });
    await page.close();
  });

  it('fall back to boxes in our own layer, leaving the page text unwrapped', async () => {
    await saveSettings(ext, { boxes: true });
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.goto(`${h.origin}/pages/demo-article.html`);
    const article = await page.evaluate(() => document.querySelector('article')!.innerHTML);
    const boxes = page.locator('sanctions-lens-marks div[data-status]');
    await expect.poll(() => boxes.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    // Boxes are drawn a slice of marks per frame: on a busy machine the rest come a frame or two later.
    await expect.poll(() => page.locator('sanctions-lens-marks div[data-status="sanctioned"]').count(), { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
    expect(await registeredCounts(page)).toEqual({});
    expect(await page.evaluate(() => document.querySelector('article')!.innerHTML)).toBe(article);
    await page.screenshot({ path: h.screenshotPath('overlay-boxes') });
    await page.close();
  });

  it('boxes scroll with the page without being redrawn, and follow inner scrolling and layout changes', async () => {
    await saveSettings(ext, { boxes: true });
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(`${h.origin}/pages/overlay-boxes.html`);
    const onScreen = () => page.evaluate(BOXES_ON_SCREEN) as Promise<BoxesOnScreen>;
    const aligned = async (what: string) => {
      await expect.poll(async () => {
        const s = await onScreen();
        return { stray: s.strayBoxes, unmarked: s.unmarked };
      }, { timeout: 5_000, message: what }).toEqual({ stray: 0, unmarked: [] });
      return onScreen();
    };
    await page.locator('sanctions-lens-marks div[data-status]').first().waitFor({ state: 'attached', timeout: 10_000 });
    expect((await aligned('at the top')).onScreen).toContain('Nicolás Maduro');
    // Until the page has been read and measured, boxes are still being added above and below the viewport.
    await page.waitForTimeout(1000);

    // Any change to the layer while the page scrolls by less than half a screen is a redraw.
    await page.evaluate(() => {
      const w = window as Window & { layerChanges?: number };
      w.layerChanges = 0;
      new MutationObserver((records) => {
        w.layerChanges! += records.length;
      }).observe(document.querySelector('sanctions-lens-marks')!.shadowRoot!, { subtree: true, childList: true, attributes: true });
    });
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, 60);
      await page.waitForTimeout(50);
    }
    // Past the check for fixed and sticky parts that runs when scrolling stops.
    await page.waitForTimeout(400);
    await aligned('after scrolling 240 px');
    expect(await page.evaluate(() => (window as Window & { layerChanges?: number }).layerChanges)).toBe(0);

    // Far down: the boxes near the new viewport are drawn.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect((await aligned('at the foot of the page')).onScreen).toContain('Nicolás Maduro');

    // A box that scrolls on its own: the name below its fold has no box until it is scrolled into view.
    await page.evaluate(() => document.getElementById('scroller')!.scrollIntoView({ block: 'center' }));
    expect((await aligned('beside the inner box')).onScreen).not.toContain('Hugo Carvajal');
    await page.evaluate(() => {
      const scroller = document.getElementById('scroller')!;
      scroller.scrollTop = 210;
    });
    expect((await aligned('with the inner box scrolled')).onScreen).toContain('Hugo Carvajal');

    // The page moves its text down: the boxes follow.
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '137px';
      document.getElementById('story')!.prepend(spacer);
    });
    await aligned('after the text moved down');
    await page.screenshot({ path: h.screenshotPath('overlay-boxes-scrolled') });
    await page.close();
  });
});
