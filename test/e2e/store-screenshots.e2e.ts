// The stores' screenshots (1280×800) and small promo tile (440×280), from the real build: in English in the shared
// Chromium, in Spanish in the shared one started with --lang=es (store/screenshots/es/). Always made into
// test-output/store/ and checked; copied over store/screenshots/ (committed) only with SL_STORE_SCREENSHOTS=1, so an
// ordinary test run leaves the repository as it was.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, hoverName, waitForMarks, type Harness } from './harness';

const STORE_DIR = resolve(import.meta.dirname, '../../store/screenshots');
const SIZE = { width: 1280, height: 800 };

/** What the screenshots of one language need: a browser with the extension, and its words for the captions. */
interface Shots {
  lang: 'en' | 'es';
  context: BrowserContext;
  extensionId: string;
  /** test-output/store/ or test-output/store/es/ */
  outDir: string;
  captions: { search: string; statuses: string };
}

const CAPTIONS = {
  en: { search: 'Any spelling finds the listed name: “kirienko sergei”', statuses: 'Sanctioned, delisted, not sanctioned, possible: told apart without colour' },
  es: { search: 'Cualquier forma de escribirlo encuentra el nombre: «kirienko sergei»', statuses: 'Sancionado, sanción levantada, no sancionado, posible: se distinguen sin color' },
};

let h: Harness;
let spanish: Harness;
const sets: Partial<Record<'en' | 'es', Shots>> = {};

beforeAll(async () => {
  h = await connect();
  spanish = await connect('es');
  sets.en = { lang: 'en', context: h.context, extensionId: h.extensionId, outDir: join(h.outputDir, 'store'), captions: CAPTIONS.en };
  sets.es = { lang: 'es', context: spanish.context, extensionId: spanish.extensionId, outDir: join(h.outputDir, 'store', 'es'), captions: CAPTIONS.es };
  for (const set of Object.values(sets)) mkdirSync(set.outDir, { recursive: true });
});
afterAll(async () => {
  await spanish?.browser.close();
  await h.browser.close();
});

/** Width and height from a PNG's header. */
function pngSize(path: string): { width: number; height: number } {
  const head = readFileSync(path).subarray(0, 24);
  expect(head.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function publish(set: Shots, name: string, size = SIZE): void {
  const made = join(set.outDir, name);
  expect(pngSize(made)).toEqual(size);
  if (process.env.SL_STORE_SCREENSHOTS === '1') {
    const dir = set.lang === 'en' ? STORE_DIR : join(STORE_DIR, set.lang);
    mkdirSync(dir, { recursive: true });
    copyFileSync(made, join(dir, name));
  }
}

async function newPage(set: Shots, size = SIZE): Promise<Page> {
  const page = await set.context.newPage();
  await page.setViewportSize(size);
  return page;
}

/** A 1280×800 stage: a caption and screenshots side by side, in a page of its own. */
async function stage(set: Shots, name: string, caption: string, shots: Buffer[]): Promise<void> {
  const page = await newPage(set);
  const images = shots.map((png) => `<img src="data:image/png;base64,${png.toString('base64')}">`).join('');
  await page.setContent(
    `<style>html,body{margin:0;height:100%}body{background:#eef2f7;font:600 30px system-ui,sans-serif;color:#1e3a8a;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:28px}` +
      `img{max-height:640px;max-width:1180px;box-shadow:0 6px 24px rgba(0,0,0,.18);border-radius:8px;background:#fff}div{display:flex;gap:28px;align-items:flex-start}</style>` +
      `<p style="margin:0">${caption}</p><div>${images}</div>`,
  );
  await page.screenshot({ path: join(set.outDir, name) });
  await page.close();
}

const LISTED = 'KIRIYENKO, Sergei Vladilenovich';

describe.each(['en', 'es'] as const)('store screenshots (%s)', (lang) => {
  it('1: a news article with its names marked and a card open', async () => {
    const set = sets[lang]!;
    const page = await newPage(set);
    await page.goto(`${h.origin}/pages/demo-article.html`);
    await waitForMarks(page, 3);
    await hoverName(page, 'Manuel Ricardo Cristopher Figuera');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(set.outDir, '1-card.png') });
    publish(set, '1-card.png');
    await page.close();
  });

  it('2: the popup’s search finds a listed name by another spelling', async () => {
    const set = sets[lang]!;
    // The popup is 380 px wide with its padding and the page's margin: 420 px shows it whole.
    const popup = await newPage(set, { width: 420, height: 560 });
    await popup.goto(`chrome-extension://${set.extensionId}/popup.html?q=${encodeURIComponent('kirienko sergei')}`);
    const hit = popup.locator('#sl-results li .sl-result-head button', { hasText: LISTED }).first();
    await hit.waitFor({ timeout: 30_000 });
    await popup.locator('main[aria-busy="false"]').waitFor();
    const list = await popup.screenshot();
    await hit.click();
    await popup.getByRole('dialog').waitFor();
    const card = await popup.screenshot();
    await popup.close();
    await stage(set, '2-search.png', set.captions.search, [list, card]);
    publish(set, '2-search.png');
  });

  it('3: four statuses, four line styles', async () => {
    const set = sets[lang]!;
    const page = await newPage(set, { width: 820, height: 420 });
    await page.goto(`${h.origin}/pages/status-cues.html`);
    await waitForMarks(page, 5);
    const marks = await page.locator('article').screenshot();
    await page.close();
    await stage(set, '3-statuses.png', set.captions.statuses, [marks]);
    publish(set, '3-statuses.png');
  });

  it('4: updates from the official publishers, in the options page', async () => {
    const set = sets[lang]!;
    const page = await newPage(set);
    await page.goto(`chrome-extension://${set.extensionId}/options.html`);
    await page.locator('#sl-pub-heading').waitFor({ timeout: 20_000 });
    await page.locator('.sl-publishers button').first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(set.outDir, '4-updates.png') });
    publish(set, '4-updates.png');
    await page.close();
  });
});

it('the small promo tile (440×280)', async () => {
  const set = sets.en!;
  const page = await newPage(set, { width: 440, height: 280 });
  const icon = readFileSync(resolve(import.meta.dirname, '../../public/icon/128.png')).toString('base64');
  await page.setContent(
    `<style>html,body{margin:0;height:100%}body{background:#1e3a8a;color:#fff;font:16px system-ui,sans-serif;display:flex;align-items:center;gap:20px;padding:0 28px;box-sizing:border-box}` +
      `img{background:#fff;border-radius:24px;padding:6px}h1{font-size:30px;margin:0 0 8px}p{margin:0;line-height:1.4}</style>` +
      `<img src="data:image/png;base64,${icon}" width="112" height="112"><div><h1>Sanctions Lens</h1><p>Who on this page is sanctioned? Marks, cards and history, all inside your browser.</p></div>`,
  );
  await page.screenshot({ path: join(set.outDir, 'promo-small.png') });
  publish(set, 'promo-small.png', { width: 440, height: 280 });
  await page.close();
});
