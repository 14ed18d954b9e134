// Status not by colour alone (WCAG 1.4.1): each status has its own line style in both renderers and its own icon and
// word in the card, and screenshots under simulated protanopia, deuteranopia and tritanopia (Chromium's
// Emulation.setEmulatedVisionDeficiency) show them, one sheet per vision in test-output/colour-vision-*.png.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MentionStatus } from '../../lib/match/mention';
import { connect, hoverName, waitForMarks, type Harness } from './harness';
import { clearSettings, extensionPage, saveSettings } from './overlay-helpers';

const VISIONS = ['none', 'protanopia', 'deuteranopia', 'tritanopia'] as const;
/** One name of each status on test/pages/status-cues.html, as the matcher marks it. */
const NAMES: Record<MentionStatus, string> = {
  sanctioned: 'Nicolás Maduro Moros',
  delisted: 'Manuel Ricardo Cristopher Figuera',
  'not-sanctioned': 'Mike Pence',
  possible: 'Maduro',
};
const STATUSES = Object.keys(NAMES) as MentionStatus[];

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

async function openCues(): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(`${h.origin}/pages/status-cues.html`);
  return page;
}


/** Lays screenshots out on one sheet (in a page of its own, not emulated) and saves it. */
async function saveSheet(name: string, title: string, shots: { label: string; png: Buffer }[]): Promise<void> {
  const sheet = await h.context.newPage();
  await sheet.setViewportSize({ width: 1300, height: 900 });
  const items = shots.map((s) => `<figure><img src="data:image/png;base64,${s.png.toString('base64')}"><figcaption>${s.label}</figcaption></figure>`).join('');
  await sheet.setContent(
    `<style>body{font:14px sans-serif;margin:8px}figure{display:inline-block;vertical-align:top;margin:4px;border:1px solid #ccc}img{display:block;max-width:640px}</style><h1>${title}</h1>${items}`,
  );
  await sheet.screenshot({ path: h.screenshotPath(name), fullPage: true });
  await sheet.close();
}

describe('status not by colour alone', () => {
  it('draws each status with its own line style, as highlights and as boxes', async () => {
    const page = await openCues();
    const marks = await waitForMarks(page, 5);
    for (const status of STATUSES) expect(marks[status]).toContain(NAMES[status]);
    // The rules the content script adopted: one text-decoration style per status.
    const rules = await page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)));
    const decoration = (status: string) => /text-decoration: ([^;]+)/.exec(rules.find((r) => r.includes(`(sanctions-lens-${status})`)) ?? '')?.[1] ?? '';
    // Serialised rules leave out the initial value: an underline with no style word is solid.
    const styles = STATUSES.map((s) => /\b(solid|double|dashed|dotted)\b/.exec(decoration(s))?.[1] ?? (decoration(s).includes('underline') ? 'solid' : undefined));
    expect(styles).toEqual(['solid', 'double', 'dashed', 'dotted']);
    await page.close();

    await saveSettings(ext, { boxes: true });
    const boxed = await openCues();
    const borders = () =>
      boxed.evaluate(() => {
        const host = document.querySelector('sanctions-lens-marks');
        const out: Record<string, string> = {};
        for (const box of host?.shadowRoot?.querySelectorAll<HTMLElement>('div[data-status]') ?? []) out[box.dataset.status!] = getComputedStyle(box).borderBottomStyle;
        return out;
      });
    await expect.poll(borders, { timeout: 15_000 }).toEqual({ sanctioned: 'solid', delisted: 'double', 'not-sanctioned': 'dashed', possible: 'dotted' });
    await boxed.locator('article').screenshot({ path: h.screenshotPath('colour-vision-boxes') });
    await boxed.close();
  });

  it('shows the four statuses by line, icon and word under simulated colour-vision deficiencies', async () => {
    const page = await openCues();
    await waitForMarks(page, 5);
    // The emulation lasts as long as the DevTools session that set it.
    const cdp = await page.context().newCDPSession(page);
    for (const vision of VISIONS) {
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: vision });
      const shots = [{ label: 'marks', png: await page.locator('article').screenshot() }];
      for (const status of STATUSES) {
        const card = await hoverName(page, NAMES[status]);
        // The card's status: the icon of its status and the word.
        const badge = card.locator('.sl-badge').first();
        await expect.poll(() => badge.getAttribute('class')).toContain(`sl-badge-${status}`);
        expect(await badge.locator(`svg[data-status-icon="${status}"]`).count()).toBe(1);
        expect((await badge.innerText()).trim().length).toBeGreaterThan(3);
        shots.push({ label: `${status} card`, png: await card.screenshot() });
        await page.keyboard.press('Escape');
        await card.waitFor({ state: 'hidden' });
        await page.mouse.move(0, 0);
      }
      await saveSheet(`colour-vision-${vision}`, `Simulated vision: ${vision}`, shots);
    }
    await cdp.detach();
    await page.close();
  });
});
