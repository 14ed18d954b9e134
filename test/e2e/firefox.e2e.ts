// The Firefox build in a real Firefox: installed as a temporary add-on through WebDriver BiDi (puppeteer-core), it
// imports the bundled dataset, marks the demo article by status and opens a card on hover; then a second Firefox in
// Spanish (its language pack installed like the browser, scripts/firefox.ts) shows the same card in Spanish.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ensureFirefox, ensureFirefoxLanguage } from '../../scripts/firefox';
import { startMarionette, type Marionette } from '../../scripts/marionette';
import { sendFromPage, until } from './firefox-pages';

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

// The popup's page in Firefox, over Marionette (scripts/marionette.ts): WebDriver BiDi cannot open an extension's page.
describe("the Firefox build's popup in Firefox", () => {
  const ADDON_ID = 'sanctions-lens@sanctions-lens.dev';
  // Firefox gives an add-on a random internal address; this preference fixes it, so the test knows its pages.
  const UUID = '3b9d2f4e-6a1c-4e7b-8f0d-2c5a7e9b1d3f';
  const POPUP = `moz-extension://${UUID}/popup.html`;
  let firefox: Marionette;

  const send = <T>(type: string, payload: unknown): Promise<T> => sendFromPage<T>(firefox, type, payload);

  const resultNames = () => firefox.execute<string[]>(`return [...document.querySelectorAll('[aria-label="Search results"] li .sl-result-head button')].map((b) => b.textContent.trim())`);

  beforeAll(async () => {
    firefox = await startMarionette(ensureFirefox(), { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) });
    await firefox.command('Addon:Install', { path: ADDON, temporary: true });
    // The add-on opens its options page on install; the bundled dataset is imported once the page shows its count.
    await until('the options page opened on install', () => firefox.execute<string>('return location.href'), (href) => href.startsWith(`moz-extension://${UUID}/`), 60_000);
    await until('the bundled dataset imported', () => send<{ entityCount: number }>('datasetInfo', {}), (info) => info.entityCount > 10_000, 90_000);
  }, 180_000);

  afterAll(async () => {
    await firefox?.close();
  });

  it('answers a search typed into the popup, from the index the background cached, as the background would', async () => {
    const fromBackground = (await send<{ hits: { name: string }[] }>('find', { query: 'lukashenko', limit: 50 })).hits.map((h) => h.name);
    expect(fromBackground).toContain('LUKASHENKA, Alyaksandr Ryhorovich');
    // The background caches its search index after that first answer (entrypoints/background/index-cache.ts).
    await until(
      'the search index cached',
      () =>
        firefox.executeAsync<number>(`const done = arguments[arguments.length - 1];
          const open = indexedDB.open('sanctions-lens-index-cache');
          open.onerror = () => done(-1);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('indexes')) return done(0), db.close();
            const count = db.transaction('indexes').objectStore('indexes').index('kind').count('search');
            count.onsuccess = () => (done(count.result), db.close());
          };`),
      (n) => n > 0,
      30_000,
    );

    // Marionette may not navigate to an extension's page itself; the options page, of the same origin, may.
    await firefox.execute('location.href = arguments[0]', POPUP);
    await until('the popup opened', () => firefox.execute<string>('return location.href'), (href) => href === POPUP, 30_000);
    await until('the popup drawn', () => firefox.execute<boolean>(`return !!document.querySelector('input[type="search"]')`), (ok) => ok, 30_000);
    // Every request the popup sends to the background from here on, by type (the popup looks the function up per call).
    await firefox.execute(`
      const sent = (window.sentTypes = []);
      const send = browser.runtime.sendMessage.bind(browser.runtime);
      browser.runtime.sendMessage = (m) => (sent.push(m?.type ?? '?'), send(m));`);
    // The popup's own read of the index takes tens of milliseconds: a search typed before it ends goes to the
    // background as well (lib/search/local-answers.ts), so the test types after a while.
    await new Promise((r) => setTimeout(r, 2000));
    const box = await firefox.command<Record<string, string>>('WebDriver:FindElement', { using: 'css selector', value: 'input[type="search"]' });
    await firefox.command('WebDriver:ElementSendKeys', { id: Object.values(box)[0], text: 'lukashenko' });
    const shown = await until('the results', resultNames, (names) => names.includes('LUKASHENKA, Alyaksandr Ryhorovich'), 15_000);
    expect(shown[0]).toBe(fromBackground[0]);
    for (const name of shown) expect(fromBackground).toContain(name);
    // The wrapper is in force: a message sent from the page after it shows.
    await send('datasetInfo', {});
    const sent = await firefox.execute<string[]>('return window.sentTypes');
    expect(sent).toContain('datasetInfo');
    expect(sent).not.toContain('find');
    writeFileSync(join(inject('outputDir'), 'firefox-popup-search.png'), await firefox.screenshot());
  }, 120_000);
});
