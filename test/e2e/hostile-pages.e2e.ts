// Pages that fight the extension: CSS that restyles everything, scripts that break the DOM's prototypes, a page
// that never stops mutating, editable regions, and 10,000 listed names. The marks, the card and the page survive.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, hoverName, markedTexts, waitForMarks, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await connect();
});
afterAll(async () => {
  await h.browser.close();
});

async function open(path: string, width = 1100, height = 800): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${h.origin}/pages/${path}`);
  return page;
}

/** The card's computed look, read inside its shadow root, and whether it is the topmost thing at its centre. */
async function cardLook(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('sanctions-lens-card');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.sl-card');
    if (!host || !card) return null;
    const s = getComputedStyle(card);
    const r = card.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 40));
    return {
      backgroundColor: s.backgroundColor,
      color: s.color,
      width: s.width,
      fontSize: s.fontSize,
      position: s.position,
      display: s.display,
      visibility: s.visibility,
      opacity: s.opacity,
      transform: s.transform,
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
      viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
      onTop: top === host,
    };
  });
}

describe('hostile pages', () => {
  it('CSS that unsets, transforms and stacks every element: names marked, the card as designed and on top', async () => {
    const page = await open('hostile-restyle.html');
    const marks = await waitForMarks(page, 4);
    expect(marks.sanctioned).toEqual(expect.arrayContaining(['Nicolás Maduro', 'Hugo Carvajal']));
    expect(marks['not-sanctioned']).toContain('Mike Pence');
    const card = await hoverName(page, 'Nicolás Maduro');
    await expect.poll(() => card.innerText()).toContain('MADURO MOROS, Nicolas');
    const look = await cardLook(page);
    expect(look).toMatchObject({
      backgroundColor: 'rgb(255, 255, 255)',
      color: 'rgb(31, 41, 55)',
      width: '360px',
      fontSize: '14px',
      position: 'fixed',
      display: 'block',
      visibility: 'visible',
      opacity: '1',
      transform: 'none',
      onTop: true,
    });
    const { box, viewport } = look!;
    expect(box.width).toBe(360);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(viewport.width);
    expect(box.bottom).toBeLessThanOrEqual(viewport.height);
    await page.screenshot({ path: h.screenshotPath('hostile-restyle-card') });
    await page.close();
  });
});
