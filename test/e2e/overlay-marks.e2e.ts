// Marks: styles on dark pages, the per-site and everywhere switch (live), per-status styles, the toolbar badge,
// and the box fallback for browsers without the Highlight API.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, markedTexts, waitForMarks, type Harness } from './harness';
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
    const page = await h.context.newPage();
    await page.goto(`${h.origin}/pages/demo-article.html`);
    await page.waitForTimeout(500);
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

  it('fall back to boxes in our own layer, leaving the page text unwrapped', async () => {
    await saveSettings(ext, { boxes: true });
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.goto(`${h.origin}/pages/demo-article.html`);
    const article = await page.evaluate(() => document.querySelector('article')!.innerHTML);
    const boxes = page.locator('sanctions-lens-marks div[data-status]');
    await expect.poll(() => boxes.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    expect(await page.locator('sanctions-lens-marks div[data-status="sanctioned"]').count()).toBeGreaterThanOrEqual(3);
    expect(await registeredCounts(page)).toEqual({});
    expect(await page.evaluate(() => document.querySelector('article')!.innerHTML)).toBe(article);
    await page.screenshot({ path: h.screenshotPath('overlay-boxes') });
    await page.close();
  });
});
