// The Firefox build in a real Firefox: installed as a temporary add-on through WebDriver BiDi (puppeteer-core), it
// imports the bundled dataset, marks the demo article by status and opens a card on hover. One Firefox for the file.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ensureFirefox } from '../../scripts/firefox';

const ADDON = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const STATUSES = ['sanctioned', 'delisted', 'not-sanctioned', 'possible'] as const;

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(ADDON, 'manifest.json'))) throw new Error(`No Firefox build in ${ADDON}: run \`npm run build:firefox\` first.`);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: ensureFirefox(), headless: true });
  await browser.installExtension(ADDON);
});

afterAll(async () => {
  await browser?.close();
});

async function marks(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate((statuses) => {
    const out: Record<string, string[]> = {};
    for (const s of statuses) out[s] = [...(CSS.highlights.get(`sanctions-lens-${s}`) ?? [])].map((r) => (r instanceof Range ? r.toString() : ''));
    return out;
  }, [...STATUSES]);
}

describe('the Firefox build in Firefox', () => {
  it('marks the demo article by status, and opens the card on hover', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${inject('origin')}/pages/demo-article.html`);
    // The first start imports the bundled dataset: seconds.
    await page.waitForFunction(
      (statuses) => statuses.reduce((n, s) => n + (CSS.highlights.get(`sanctions-lens-${s}`)?.size ?? 0), 0) >= 4,
      { timeout: 60_000, polling: 200 },
      [...STATUSES],
    );
    const found = await marks(page);
    expect(found.sanctioned).toContain('Nicolás Maduro');
    expect(found.delisted).toContain('Manuel Ricardo Cristopher Figuera');
    expect(found['not-sanctioned']).toContain('Mike Pence');

    const point = await page.evaluate(() => {
      for (const r of CSS.highlights.get('sanctions-lens-sanctioned') ?? []) {
        if (r instanceof Range && r.toString() === 'Nicolás Maduro') {
          const rect = r.getClientRects()[0];
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x - 30, point!.y - 30);
    await page.mouse.move(point!.x, point!.y, { steps: 3 });
    const card = await page.waitForFunction(
      () => {
        const dialog = document.querySelector('sanctions-lens-card')?.shadowRoot?.querySelector('[role="dialog"]');
        return dialog instanceof HTMLElement && dialog.innerText.includes('VENEZUELA') ? dialog.innerText : null;
      },
      { timeout: 15_000, polling: 100 },
    );
    const text = String(await card.jsonValue());
    expect(text).toContain('MADURO MOROS, Nicolas');
    expect(text).toContain('Sanctioned');
    await page.screenshot({ path: join(inject('outputDir'), 'firefox-card-maduro.png') });
    await page.close();
  });
});
