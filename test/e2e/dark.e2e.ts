// A dark screen: with the reader's system in dark mode (prefers-color-scheme), the card on a page, the popup and the
// options page are drawn light on dark, and still read: text against its own background keeps a contrast ratio of
// at least 4.5 (WCAG AA). Screenshots in test-output/dark-*.png.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, hoverName, waitForMarks, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await connect();
});
afterAll(async () => {
  await h.browser.close();
});

/** The background and text colours an element shows (its own, or the nearest ancestor's background), and their contrast. */
async function colours(target: Locator): Promise<{ background: number; text: number; contrast: number }> {
  return target.evaluate((el) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    let bgEl: Element | null = el;
    let bg = getComputedStyle(el).backgroundColor;
    while (bgEl && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent')) {
      bgEl = bgEl.parentElement ?? ((bgEl.getRootNode() as ShadowRoot).host ?? null);
      bg = bgEl ? getComputedStyle(bgEl).backgroundColor : 'rgb(255, 255, 255)';
    }
    const background = luminance(rgb(bg));
    const text = luminance(rgb(getComputedStyle(el).color));
    const [hi, lo] = background > text ? [background, text] : [text, background];
    return { background, text, contrast: (hi + 0.05) / (lo + 0.05) };
  });
}

async function dark(page: Page): Promise<Page> {
  await page.emulateMedia({ colorScheme: 'dark' });
  return page;
}

describe('a dark screen', () => {
  it('draws the card on a page light on dark, every line readable', async () => {
    const page = await dark(await h.context.newPage());
    await page.goto(`${h.origin}/pages/demo-article.html`);
    await waitForMarks(page, 3);
    const card = await hoverName(page, 'Nicolás Maduro');
    await expect.poll(() => card.innerText()).toContain('MADURO MOROS');
    const body = await colours(card);
    expect(body.background).toBeLessThan(0.1);
    for (const part of [card, card.locator('.sl-badge').first(), card.locator('h2').first(), card.locator('a').first(), card.locator('.sl-muted').first()]) {
      expect((await colours(part)).contrast).toBeGreaterThanOrEqual(4.5);
    }
    await page.screenshot({ path: h.screenshotPath('dark-card') });
    await page.close();
  });

  it('draws the popup and the options page light on dark', async () => {
    const popup = await dark(await h.context.newPage());
    await popup.setViewportSize({ width: 404, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.getByRole('searchbox', { name: 'Search' }).fill('maduro');
    const first = popup.getByRole('list', { name: 'Search results' }).getByRole('button').first();
    await first.waitFor();
    expect((await colours(popup.locator('body'))).background).toBeLessThan(0.1);
    expect((await colours(first)).contrast).toBeGreaterThanOrEqual(4.5);
    await popup.screenshot({ path: h.screenshotPath('dark-popup') });
    await first.click();
    await popup.locator('.sl-card-inline').waitFor();
    expect((await colours(popup.locator('.sl-card-inline h2').first())).contrast).toBeGreaterThanOrEqual(4.5);
    await popup.screenshot({ path: h.screenshotPath('dark-popup-card') });
    await popup.close();

    const options = await dark(await h.context.newPage());
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Sanctions Lens settings' }).waitFor();
    expect((await colours(options.locator('body'))).background).toBeLessThan(0.1);
    expect((await colours(options.locator('h1'))).contrast).toBeGreaterThanOrEqual(4.5);
    await options.screenshot({ path: h.screenshotPath('dark-options'), fullPage: true });
    await options.close();
  });
});
