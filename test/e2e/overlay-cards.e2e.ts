// Hover cards: content, placement, persistence (WCAG 1.4.13), Escape, touch, shadow roots, and the keyboard list.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, hoverName, waitForMarks, type Harness } from './harness';
import { extensionPage, openTab, sendToTab } from './overlay-helpers';

let h: Harness;
let ext: Page;
beforeAll(async () => {
  h = await connect();
  ext = await extensionPage(h);
});
afterAll(async () => {
  await h.browser.close();
});

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The on-screen box of the first mark reading `text`. */
async function nameRect(page: Page, text: string): Promise<Rect> {
  const r = await page.evaluate((wanted) => {
    for (const [, hl] of CSS.highlights) for (const range of hl) if (range instanceof Range && range.toString() === wanted) return range.getClientRects()[0].toJSON() as Rect;
    return null;
  }, text);
  if (!r) throw new Error(`"${text}" is not marked`);
  return r;
}

function overlap(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** How long the card took from the dwell's end to the screen, as the content script measured it. */
async function openMs(page: Page): Promise<number> {
  await page.waitForFunction(() => document.querySelector('sanctions-lens-card')?.getAttribute('data-open-ms') !== null);
  return Number(await page.locator('sanctions-lens-card').getAttribute('data-open-ms'));
}

async function article(width = 1100, height = 800): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${h.origin}/pages/demo-article.html`);
  await waitForMarks(page, 5);
  return page;
}

async function cardBox(card: Locator): Promise<Rect> {
  const box = await card.boundingBox();
  if (!box) throw new Error('The card has no box');
  return { left: box.x, top: box.y, width: box.width, height: box.height };
}

describe('hover cards', () => {
  it("Nicolás Maduro's card: OFAC, VENEZUELA, sanctioned, a dialog named after him, beside the name", async () => {
    const page = await article();
    const card = await hoverName(page, 'Nicolás Maduro');
    await expect.poll(() => card.innerText()).toContain('MADURO MOROS, Nicolas');
    const text = await card.innerText();
    expect(text).toContain('OFAC');
    expect(text).toContain('VENEZUELA');
    expect(text).toContain('Sanctioned');
    // How current the list is, not when the dataset was built.
    expect(text).toContain('OFAC SDN list as of 2 Jul 2024');
    expect(await page.getByRole('dialog', { name: 'Nicolás Maduro Moros' }).count()).toBe(1);
    expect(overlap(await cardBox(card), await nameRect(page, 'Nicolás Maduro'))).toBe(false);
    // Every link in a card is http(s).
    const hrefs = await card.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) expect(href).toMatch(/^https?:/);
    console.log(`card on screen ${await openMs(page)} ms after the dwell ended (Nicolás Maduro, warm)`);
    await page.screenshot({ path: h.screenshotPath('overlay-card-maduro') });
    await page.close();
  });

  it("Manuel Ricardo Cristopher Figuera's card: delisted, with the listing and the delisting date", async () => {
    const page = await article();
    const card = await hoverName(page, 'Manuel Ricardo Cristopher Figuera');
    await expect.poll(() => card.innerText()).toContain('Delisted');
    const text = await card.innerText();
    expect(text).toMatch(/listed 15 Feb 2019/);
    expect(text).toMatch(/delisted 7 May 2019/);
    await page.screenshot({ path: h.screenshotPath('overlay-card-figuera') });
    await page.close();
  });

  it("Mike Pence's card: not sanctioned, with his role", async () => {
    const page = await article();
    const card = await hoverName(page, 'Mike Pence');
    await expect.poll(() => card.innerText()).toContain('Not sanctioned');
    expect(await card.innerText()).toContain('Vice President of the United States');
    await page.screenshot({ path: h.screenshotPath('overlay-card-pence') });
    await page.close();
  });

  it('stays while the pointer is on it, closes after the grace delay when it leaves, and on Escape', async () => {
    const page = await article();
    const card = await hoverName(page, 'Hugo Carvajal');
    const box = await cardBox(card);
    await page.mouse.move(box.left + 40, box.top + 20, { steps: 4 });
    await page.waitForTimeout(800);
    expect(await card.isVisible()).toBe(true);
    await page.mouse.move(5, 5, { steps: 2 });
    await card.waitFor({ state: 'hidden', timeout: 2_000 });

    await hoverName(page, 'Hugo Carvajal');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden', timeout: 1_000 });
    await page.close();
  });

  it('opens above a name at the bottom of the window, never over it', async () => {
    // Tall enough for the card (with its "why this match") to fit above the name; in a shorter window it goes beside it.
    const page = await article(1100, 700);
    // Put the Pence paragraph on the last lines of the window.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('Mike Pence'))!;
      // Room above and below the article, so that the paragraph can be brought to the window's last lines.
      document.body.insertAdjacentHTML('afterbegin', '<div style="height: 1500px"></div>');
      document.body.insertAdjacentHTML('beforeend', '<div style="height: 1500px"></div>');
      window.scrollBy(0, p.getBoundingClientRect().top - window.innerHeight + 60);
    });
    const rect = await nameRect(page, 'Mike Pence');
    await page.mouse.move(rect.left + rect.width / 2, rect.top + rect.height / 2, { steps: 2 });
    const card = page.locator('sanctions-lens-card [role="dialog"]');
    await card.waitFor({ state: 'visible' });
    const box = await cardBox(card);
    expect(box.top + box.height).toBeLessThanOrEqual(rect.top);
    expect(overlap(box, rect)).toBe(false);
    await page.screenshot({ path: h.screenshotPath('overlay-card-flipped') });
    await page.close();
  });

  it('opens on a tap on a touch screen', async () => {
    const page = await article();
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const rect = await nameRect(page, 'Hugo Carvajal');
    const point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const card = page.locator('sanctions-lens-card [role="dialog"]');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await card.innerText()).toContain('CARVAJAL');
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 5, y: 5 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await card.waitFor({ state: 'hidden', timeout: 2_000 });
    await cdp.detach();
    await page.close();
  });

  it('opens for a name inside an open shadow root', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${h.origin}/pages/overlay-nested.html`);
    await waitForMarks(page, 2);
    const card = await hoverName(page, 'Manuel Ricardo Cristopher Figuera');
    await expect.poll(() => card.innerText()).toContain('Delisted');
    await page.close();
  });
});

describe('the keyboard list of names', () => {
  it('opens by the shortcut, Enter opens the same card with focus in it, Escape closes card then list and gives focus back', async () => {
    const url = `${h.origin}/pages/demo-article.html`;
    const { page, tabId } = await openTab(h, ext, url);
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.bringToFront();
    await waitForMarks(page, 5);
    await page.locator('h1').click();
    // What the background does when the shortcut is pressed.
    // Six rows: one per entity and wording ("Cristopher Figuera" alone links back to the full name above).
    expect(await sendToTab(ext, tabId, 'showNameList')).toEqual({ count: 6 });
    const list = page.getByRole('dialog', { name: 'Names on this page' });
    await list.waitFor();
    const names = await list.getByRole('button').allInnerTexts();
    // The close button, then the names: sanctioned first.
    expect(names[1]).toMatch(/^Nicolás Maduro\s*×2/);
    expect(names[2]).toMatch(/^Hugo Carvajal/);
    await page.screenshot({ path: h.screenshotPath('overlay-name-list') });

    // Focus starts on the first name; ArrowDown moves to the second; Enter opens its card.
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.querySelector('sanctions-lens-list')?.shadowRoot?.activeElement?.textContent ?? '');
    await page.keyboard.press('Enter');
    const card = page.locator('sanctions-lens-card [role="dialog"]');
    await card.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.querySelector('sanctions-lens-card')?.shadowRoot?.activeElement?.getAttribute('role'))).toBe('dialog');
    expect(focused).toContain('Hugo Carvajal');
    await expect.poll(() => card.innerText()).toContain('CARVAJAL');
    console.log(`card on screen ${await openMs(page)} ms after Enter (keyboard list)`);
    await page.screenshot({ path: h.screenshotPath('overlay-list-card') });

    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.querySelector('sanctions-lens-list')?.shadowRoot?.activeElement?.textContent ?? '')).toContain('Hugo Carvajal');
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
    await page.close();
  });
});
