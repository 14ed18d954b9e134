// The Firefox build in a real Firefox: installed as a temporary add-on through WebDriver BiDi (puppeteer-core), it
// imports the bundled dataset, marks the demo article by status and opens a card on hover; then a second Firefox in
// Spanish (its language pack installed like the browser, scripts/firefox.ts) shows the same card in Spanish.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ensureFirefox, ensureFirefoxLanguage } from '../../scripts/firefox';

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

async function demoArticle(on: Browser): Promise<Page> {
  const page = await on.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  await page.goto(`${inject('origin')}/pages/demo-article.html`);
  // The first start imports the bundled dataset: seconds.
  await page.waitForFunction(
    (statuses) => statuses.reduce((n, s) => n + (CSS.highlights.get(`sanctions-lens-${s}`)?.size ?? 0), 0) >= 4,
    { timeout: 60_000, polling: 200 },
    [...STATUSES],
  );
  return page;
}

/** Hovers the sanctioned "Nicolás Maduro" and returns the card's text once it shows his country. */
async function maduroCard(page: Page): Promise<string> {
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
  return String(await card.jsonValue());
}

describe('the Firefox build in Firefox', () => {
  it('marks the demo article by status, and opens the card on hover', async () => {
    const page = await demoArticle(browser);
    const found = await marks(page);
    expect(found.sanctioned).toContain('Nicolás Maduro');
    expect(found.delisted).toContain('Manuel Ricardo Cristopher Figuera');
    expect(found['not-sanctioned']).toContain('Mike Pence');

    const text = await maduroCard(page);
    expect(text).toContain('MADURO MOROS, Nicolas');
    expect(text).toContain('Sanctioned');
    await page.screenshot({ path: join(inject('outputDir'), 'firefox-card-maduro.png') });
    await page.close();
  });
});

describe('the Firefox build in a Spanish Firefox', () => {
  let spanish: Browser;
  beforeAll(async () => {
    const executable = ensureFirefox();
    ensureFirefoxLanguage(executable, 'es-ES');
    spanish = await puppeteer.launch({
      browser: 'firefox',
      executablePath: executable,
      headless: true,
      extraPrefsFirefox: { 'intl.locale.requested': 'es-ES', 'intl.accept_languages': 'es-ES, es' },
    });
    await spanish.installExtension(ADDON);
  });
  afterAll(async () => {
    await spanish?.close();
  });

  it('shows the card in Spanish: labels, status words and dates', async () => {
    const page = await demoArticle(spanish);
    const text = await maduroCard(page);
    // The add-on's catalog follows Firefox's own UI language, which without the language pack stays English.
    expect(text).toContain('Como la escribe la lista: MADURO MOROS, Nicolas');
    expect(text).toContain('Con sanciones');
    expect(text).toMatch(/¿por qué esta coincidencia\?/i);
    expect(text).toMatch(/historial/i);
    expect(text).toContain('Nacimiento');
    // Dates through Intl in Spanish: "23 nov 1962", "ya en la lista el 4 ene 2019".
    expect(text).toMatch(/23 nov\.? 1962 en Caracas/);
    expect(text).toMatch(/ya en la lista el 4 ene\.? 2019/);
    expect(text).not.toMatch(/Sanctioned|Why this match|History|Born|listed /);
    await page.screenshot({ path: join(inject('outputDir'), 'firefox-card-maduro-es.png') });
    await page.close();
  });
});
