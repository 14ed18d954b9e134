// The card's "Why this match?" and its menu (Not this person, Turn off on this site, Settings), the page notices,
// the popup's undo, and a card that follows its name on scroll (#20 items 1, 2, 4), in real Chromium.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allowSiteAccess, withdrawSiteAccess } from '../../scripts/extension-pages';
import { connect, hoverName, markedTexts, waitForMarks, type Harness } from './harness';
import { clearSettings, extensionPage, openTab, registeredCounts, saveSettings, sendToTab } from './overlay-helpers';

let h: Harness;
let ext: Page;
type Permissions = { chrome: { permissions: { request: (p: object) => Promise<boolean> } } };

/**
 * The popup knows the tab's site from activeTab when the reader clicks the toolbar button; opened here as a tab of
 * its own (popup.html?tab=), it knows it only with the site access a reader can grant in chrome://extensions.
 */
async function siteAccess(grant: boolean): Promise<void> {
  const origins = ['http://127.0.0.1/*'];
  if (!grant) return withdrawSiteAccess(h.context, h.extensionId, origins);
  await allowSiteAccess(h.context, h.extensionId, origins);
  // Granted beforehand, the extension's own request settles at once, as after the reader's "Allow".
  await ext.evaluate((origins) => (globalThis as unknown as Permissions).chrome.permissions.request({ origins }), origins);
}

beforeAll(async () => {
  h = await connect();
  ext = await extensionPage(h);
  await siteAccess(true);
});
afterEach(async () => {
  // Every test page is on 127.0.0.1: what a test turned off there must not reach the next test or file.
  await clearSettings(ext);
});
afterAll(async () => {
  await siteAccess(false);
  await h.browser.close();
});

const CARD = 'sanctions-lens-card [role="dialog"]';

async function sportsTab(): Promise<{ page: Page; tabId: number }> {
  const opened = await openTab(h, ext, `${h.origin}/pages/card-sports.html`);
  await opened.page.setViewportSize({ width: 1100, height: 800 });
  await opened.page.bringToFront();
  await waitForMarks(opened.page, 2);
  return opened;
}

/** What the page's own scripts can do to our card: it is an open shadow root. Clicks from script are untrusted. */
async function pageClicks(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector('sanctions-lens-card')?.shadowRoot?.querySelector<HTMLElement>(sel);
    if (!el) return false;
    el.click();
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return true;
  }, selector);
}

async function storedSettings(): Promise<{ disabledSites?: string[]; notThisPerson?: unknown[] } | undefined> {
  return ext.evaluate(async () => ((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings')) as { settings?: { disabledSites?: string[]; notThisPerson?: unknown[] } }).settings);
}

describe('why this match', () => {
  it('a possible card names the alias that matched, why it is only possible and what would confirm it, and the namesakes', async () => {
    const { page } = await sportsTab();
    const card = await hoverName(page, 'Jose Gonzalez');
    await expect.poll(() => card.innerText()).toMatch(/why this match\?/i);
    const text = await card.innerText();
    expect(text).toContain('“Jose Gonzalez” on this page matches GONZALEZ QUIRARTE, Jose, another name the list gives this entry.');
    expect(text).toContain('this page reads like a sports report');
    expect(text).toContain('What would confirm it:');
    expect(text).toContain('What tells them apart:');
    expect(text).toMatch(/GONZALEZ PENUELAS, Ignacio: b\. \d{4}/);
    await page.screenshot({ path: h.screenshotPath('card-why-possible') });
    await page.close();
  });

  it('a confirmed card names the listed name and says the name is distinctive', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${h.origin}/pages/demo-article.html`);
    await waitForMarks(page, 5);
    const card = await hoverName(page, 'Nicolás Maduro');
    await expect.poll(() => card.innerText()).toMatch(/why this match\?/i);
    const text = await card.innerText();
    expect(text).toContain('“Nicolás Maduro” on this page matches the listed name MADURO MOROS, Nicolas.');
    expect(text).toContain('The name is not a common one');
    // His son MADURO GUERRA, Nicolas Ernesto carries the words too: the card never says they point to one entry alone.
    expect(text).toContain('other entries carry these words too');
    expect(text).not.toContain('on its own');
    expect(text).not.toContain('Only possible');
    await page.screenshot({ path: h.screenshotPath('card-why-confirmed') });
    await page.close();
  });
});

describe('why this match: what on the page supports it', () => {
  it("a title beside the name that fits the role (the list's for Padrino López, our curated one for President Guaido), and the headline's surname", async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${h.origin}/pages/title-surname.html`);
    await waitForMarks(page, 5);
    const why = async (name: string) => {
      const card = await hoverName(page, name);
      await expect.poll(() => card.innerText()).toMatch(/why this match\?/i);
      const text = await card.locator('.sl-why').innerText();
      await page.mouse.move(5, 5);
      await card.waitFor({ state: 'hidden' });
      return text;
    };
    const guaido = await why('Guaido');
    // He is on no list: the name is our curated records', not "the listed name".
    expect(guaido).toContain('“Guaido” on this page matches Juan Guaidó, the name our curated records give.');
    expect(guaido).toContain('A title beside the name fits the role our curated records give: President of the National Assembly of Venezuela (Jan 2019–Jan 2023).');
    const padrino = await why('Padrino López');
    expect(padrino).toContain('“Padrino López” on this page matches the listed name PADRINO LOPEZ, Vladimir.');
    expect(padrino).toContain("A high office's title stands beside the name; the list gives no position to compare it with.");
    // The headline's surname comes before the full name: not "earlier".
    expect(await why('Maduro')).toContain('“Maduro” stands for MADURO MOROS, Nicolas, named in full elsewhere on this page.');
    await page.close();
  });
});

describe("the card's menu", () => {
  it("ignores a page script's clicks on the menu and its items", async () => {
    const { page } = await sportsTab();
    await hoverName(page, 'Jose Gonzalez');
    const menu = page.locator('sanctions-lens-card .sl-menu-button');
    expect(await pageClicks(page, '.sl-menu-button')).toBe(true);
    await page.waitForTimeout(300);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    // The reader opens it; the page then "presses" each item.
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    for (const action of ['not-this-person', 'site-off']) expect(await pageClicks(page, `[data-action="${action}"]`)).toBe(true);
    await page.waitForTimeout(500);
    expect(await page.locator(CARD).isVisible()).toBe(true);
    expect((await markedTexts(page)).possible).toContain('Jose Gonzalez');
    expect(await storedSettings()).toBeUndefined();
    await page.close();
  });

  it('Not this person, from the keyboard: the mark goes at once, a notice says so, it stays gone after a reload, and the popup undoes it', async () => {
    const { page, tabId } = await sportsTab();
    await page.locator('h1').click();
    expect(await sendToTab(ext, tabId, 'showNameList')).toEqual({ count: 2 });
    await page.getByRole('dialog', { name: 'Names on this page' }).waitFor();
    // Sanctioned first: Maduro, then the possible Jose Gonzalez.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const card = page.locator(CARD);
    await expect.poll(() => card.innerText()).toContain('GONZALEZ QUIRARTE');
    // Focus is on the card; Tab reaches the menu button first, Enter opens it, Tab reaches its first item.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('sanctions-lens-card')?.shadowRoot?.activeElement?.textContent)).toBe('Not this person');
    await page.keyboard.press('Enter');
    await card.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await markedTexts(page)).possible).toEqual([]);
    expect((await markedTexts(page)).sanctioned).toContain('Nicolás Maduro');
    const notice = page.locator('sanctions-lens-notice [role="status"]');
    await expect.poll(() => notice.innerText()).toContain('GONZALEZ QUIRARTE, Eduardo is no longer marked on 127.0.0.1.');
    // The keyboard list no longer offers the name, and focus stays in it.
    await expect.poll(() => page.getByRole('dialog', { name: 'Names on this page' }).getByRole('button').allInnerTexts()).toHaveLength(2);
    expect(await page.evaluate(() => document.querySelector('sanctions-lens-list')?.shadowRoot?.activeElement?.textContent)).toMatch(/Nicolás Maduro/);
    await page.screenshot({ path: h.screenshotPath('card-not-this-person-notice') });

    await page.reload();
    await waitForMarks(page, 1);
    await page.waitForTimeout(500);
    expect(await markedTexts(page)).toEqual({ sanctioned: ['Nicolás Maduro'], delisted: [], 'not-sanctioned': [], possible: [] });

    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 420, height: 800 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    const onPage = popup.getByRole('list', { name: 'On this page' });
    await expect.poll(() => onPage.innerText()).toContain('Nicolás Maduro');
    expect(await onPage.innerText()).not.toContain('Jose Gonzalez');
    const hidden = popup.getByRole('list', { name: 'Not marked on this site' });
    await expect.poll(() => hidden.innerText()).toContain('GONZALEZ QUIRARTE, Eduardo');
    await popup.screenshot({ path: h.screenshotPath('popup-not-this-person') });
    await popup.getByRole('button', { name: 'Mark GONZALEZ QUIRARTE, Eduardo again on this site' }).click();
    await expect.poll(async () => (await markedTexts(page)).possible).toEqual(['Jose Gonzalez']);
    await expect.poll(() => onPage.innerText()).toContain('Jose Gonzalez');
    expect(await hidden.count()).toBe(0);
    // The popup's card, opened from "On this page", says why the name matched too.
    await onPage.getByRole('button', { name: 'Jose Gonzalez' }).click();
    await expect.poll(() => popup.getByRole('dialog').innerText()).toContain('“Jose Gonzalez” on this page matches GONZALEZ QUIRARTE, Jose');
    expect(await popup.getByRole('dialog').innerText()).toContain('this page reads like a sports report');
    await popup.screenshot({ path: h.screenshotPath('popup-card-why') });
    await popup.close();
    await page.close();
  });

  it("Not this person on an alternative's card sets that alternative aside; the mark and its own card stay", async () => {
    const { page } = await sportsTab();
    const card = await hoverName(page, 'Jose Gonzalez');
    const title = page.locator('sanctions-lens-card #sl-card-title');
    await expect.poll(() => card.innerText()).toContain('GONZALEZ QUIRARTE');
    const own = await title.innerText();
    const others = page.locator('sanctions-lens-card section[aria-label="Other entries that share this name"] li button');
    const before = await others.allInnerTexts();
    expect(before.length).toBeGreaterThan(0);
    // Quiet: the name that matched and the other entry's status in words, no red badge beside the player's mark.
    const group = page.locator('sanctions-lens-card section.sl-alternatives');
    expect(await group.innerText()).toContain('name that matched: “GONZALEZ PENUELAS, Jose Ignacio” · that other entry is sanctioned');
    expect(await group.locator('.sl-badge').count()).toBe(0);
    const other = before[0];
    await others.first().click();
    await expect.poll(() => title.innerText()).toBe(other);
    // The alternative's card says why it is only possible: the words were linked to the mark's entry, not to it.
    expect(await page.locator('sanctions-lens-card #sl-card-status').innerText()).toContain('Possible match, shared name');
    expect(await card.innerText()).toContain('Only possible: the scan linked these words to another entry, GONZALEZ QUIRARTE, Eduardo');
    await page.locator('sanctions-lens-card .sl-menu-button').click();
    await page.locator('sanctions-lens-card [data-action="not-this-person"]').click();
    // Back on the mark's own card, without the alternative; the mark stays.
    await expect.poll(() => title.innerText()).toBe(own);
    await expect.poll(() => others.allInnerTexts()).toEqual(before.filter((n) => n !== other));
    expect(await page.locator('sanctions-lens-card .sl-menu-items').count()).toBe(0);
    expect((await markedTexts(page)).possible).toEqual(['Jose Gonzalez']);
    const notice = page.locator('sanctions-lens-notice [role="status"]');
    await expect.poll(() => notice.innerText()).toMatch(/ is no longer suggested on 127\.0\.0\.1\./);
    const stored = (await storedSettings())?.notThisPerson as { id: string; name: string }[];
    expect(stored).toHaveLength(1);
    expect(stored[0].name).not.toMatch(/QUIRARTE/);
    await notice.hover();
    await page.screenshot({ path: h.screenshotPath('card-not-this-alternative') });

    // Another page of the site: the alternative is not offered there either.
    const again = (await sportsTab()).page;
    await hoverName(again, 'Jose Gonzalez');
    const offered = again.locator('sanctions-lens-card section[aria-label="Other entries that share this name"] li button');
    await expect.poll(() => offered.allInnerTexts()).toEqual(before.filter((n) => n !== other));
    await again.close();
    // The notice's undo offers it again.
    await notice.getByRole('button', { name: 'Mark again' }).click();
    await expect.poll(async () => (await storedSettings())?.notThisPerson ?? []).toEqual([]);
    await page.close();
  });

  it('Turn off on this site: the marks go, a notice says so in words, the popup lists none; the notice turns them back on', async () => {
    const { page, tabId } = await sportsTab();
    await hoverName(page, 'Nicolás Maduro');
    await page.locator('sanctions-lens-card .sl-menu-button').click();
    await page.locator('sanctions-lens-card [data-action="site-off"]').click();
    await expect.poll(() => registeredCounts(page)).toEqual({});
    const notice = page.locator('sanctions-lens-notice [role="status"]');
    await expect.poll(() => notice.innerText()).toContain('Sanctions Lens marks are off on 127.0.0.1.');
    // The pointer on the notice keeps it past the 10 s after which it goes by itself.
    await notice.hover();
    await page.waitForTimeout(10_500);
    expect(await notice.isVisible()).toBe(true);
    await page.screenshot({ path: h.screenshotPath('card-site-off-notice') });
    expect(await sendToTab(ext, tabId, 'pageMentions')).toEqual({ mentions: [] });

    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText('The marks are off on this site.').waitFor();
    expect(await popup.getByRole('list', { name: 'On this page' }).count()).toBe(0);
    await popup.close();

    await notice.getByRole('button', { name: 'Turn back on' }).click();
    await expect.poll(async () => (await markedTexts(page)).sanctioned).toEqual(['Nicolás Maduro']);
    expect((await storedSettings())?.disabledSites).toEqual([]);
    await page.close();
  });

  it('Settings opens the options page', async () => {
    const { page } = await sportsTab();
    await hoverName(page, 'Nicolás Maduro');
    await page.locator('sanctions-lens-card .sl-menu-button').click();
    // An options page already open (this file's own) would only be brought to the front.
    for (const p of h.context.pages()) if (p.url().startsWith(`chrome-extension://${h.extensionId}/options.html`)) await p.close();
    const [options] = await Promise.all([
      h.context.waitForEvent('page', (p) => p.url().startsWith(`chrome-extension://${h.extensionId}/options.html`)),
      page.locator('sanctions-lens-card [data-action="settings"]').click(),
    ]);
    await options.close();
    await page.close();
    ext = await extensionPage(h);
  });
});

describe('card and scroll', () => {
  async function longArticle(): Promise<Page> {
    const page = await h.context.newPage();
    // Tall enough for the card to open below the name (beside it, it would be clamped to the window's bottom).
    await page.setViewportSize({ width: 1100, height: 1000 });
    await page.goto(`${h.origin}/pages/demo-article.html`);
    await waitForMarks(page, 5);
    // Room to scroll whatever the article's length.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div style="height:3000px"></div>'));
    return page;
  }

  it('after a small wheel scroll the card follows its name; once the name has left the window it closes', async () => {
    await saveSettings(ext, { graceMs: 3000 });
    const page = await longArticle();
    const card = await hoverName(page, 'Hugo Carvajal');
    const nameTop = () => page.evaluate(() => {
      for (const [, hl] of CSS.highlights) for (const r of hl) if (r instanceof Range && r.toString() === 'Hugo Carvajal') return r.getClientRects()[0].top;
      return null;
    });
    const before = { card: (await card.boundingBox())!.y, name: (await nameTop())! };
    await page.mouse.wheel(0, 60);
    await expect.poll(async () => (await nameTop())! - before.name).toBeLessThan(-30);
    const moved = (await nameTop())! - before.name;
    await expect.poll(async () => Math.round((await card.boundingBox())!.y - before.card)).toBe(Math.round(moved));
    await page.screenshot({ path: h.screenshotPath('card-after-scroll') });
    // The pointer now rests on the card, whose own text the wheel would scroll: it goes to the page's margin, and the
    // wheel scrolls the page on. The grace delay is long here, so only the scroll can close the card so soon.
    await page.mouse.move(10, 10);
    await page.mouse.wheel(0, 1500);
    await card.waitFor({ state: 'hidden', timeout: 1_500 });
    await page.close();
  });

  it("the keyboard list's card does not cover the list or its own close button", async () => {
    const url = `${h.origin}/pages/demo-article.html`;
    const { page, tabId } = await openTab(h, ext, url);
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.bringToFront();
    await waitForMarks(page, 5);
    await page.locator('h1').click();
    await sendToTab(ext, tabId, 'showNameList');
    const list = page.getByRole('dialog', { name: 'Names on this page' });
    await list.waitFor();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Enter');
      const card = page.locator(CARD);
      await card.waitFor({ state: 'visible' });
      await page.waitForTimeout(200);
      const [a, b] = [(await card.boundingBox())!, (await list.boundingBox())!];
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `card ${i} over the list`).toBe(false);
      if (i === 0) await page.screenshot({ path: h.screenshotPath('card-beside-name-list') });
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'hidden' });
      await page.keyboard.press('ArrowDown');
    }
    await page.close();
  });
});
