// The stores' screenshots (1280×800) and small promo tile (440×280), from the real build in the shared Chromium.
// Always made into test-output/store/ and checked; copied over store/screenshots/ (committed) only with
// SL_STORE_SCREENSHOTS=1, so an ordinary test run leaves the repository as it was.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, hoverName, waitForMarks, type Harness } from './harness';

const STORE_DIR = resolve(import.meta.dirname, '../../store/screenshots');
const SIZE = { width: 1280, height: 800 };

let h: Harness;
let outDir: string;
beforeAll(async () => {
  h = await connect();
  outDir = join(h.outputDir, 'store');
  mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await h.browser.close();
});

/** Width and height from a PNG's header. */
function pngSize(path: string): { width: number; height: number } {
  const head = readFileSync(path).subarray(0, 24);
  expect(head.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function publish(name: string, size = SIZE): void {
  const made = join(outDir, name);
  expect(pngSize(made)).toEqual(size);
  if (process.env.SL_STORE_SCREENSHOTS === '1') {
    mkdirSync(STORE_DIR, { recursive: true });
    copyFileSync(made, join(STORE_DIR, name));
  }
}

/** A 1280×800 stage: a caption and screenshots side by side, in a page of its own. */
async function stage(name: string, caption: string, shots: Buffer[]): Promise<void> {
  const page = await h.context.newPage();
  await page.setViewportSize(SIZE);
  const images = shots.map((png) => `<img src="data:image/png;base64,${png.toString('base64')}">`).join('');
  await page.setContent(
    `<style>html,body{margin:0;height:100%}body{background:#eef2f7;font:600 30px system-ui,sans-serif;color:#1e3a8a;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:28px}` +
      `img{max-height:640px;max-width:1180px;box-shadow:0 6px 24px rgba(0,0,0,.18);border-radius:8px;background:#fff}div{display:flex;gap:28px;align-items:flex-start}</style>` +
      `<p style="margin:0">${caption}</p><div>${images}</div>`,
  );
  await page.screenshot({ path: join(outDir, name) });
  await page.close();
}

async function newPage(size = SIZE): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize(size);
  return page;
}

describe('store screenshots', () => {
  it('1: a news article with its names marked and a card open', async () => {
    const page = await newPage();
    await page.goto(`${h.origin}/pages/demo-article.html`);
    await waitForMarks(page, 3);
    await hoverName(page, 'Manuel Ricardo Cristopher Figuera');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(outDir, '1-card.png') });
    publish('1-card.png');
    await page.close();
  });

  it('2: the popup’s search finds a listed name by another spelling', async () => {
    const popup = await newPage({ width: 420, height: 560 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?q=${encodeURIComponent('kirienko sergei')}`);
    await popup.getByRole('list', { name: 'Search results' }).getByRole('button', { name: 'KIRIYENKO, Sergei Vladilenovich', exact: true }).waitFor({ timeout: 30_000 });
    await popup.locator('main[aria-busy="false"]').waitFor();
    const list = await popup.screenshot();
    await popup.getByRole('button', { name: 'KIRIYENKO, Sergei Vladilenovich', exact: true }).click();
    await popup.getByRole('dialog').waitFor();
    const card = await popup.screenshot();
    await popup.close();
    await stage('2-search.png', 'Any spelling finds the listed name: “kirienko sergei”', [list, card]);
    publish('2-search.png');
  });

  it('3: four statuses, four line styles', async () => {
    const page = await newPage({ width: 820, height: 420 });
    await page.goto(`${h.origin}/pages/status-cues.html`);
    await waitForMarks(page, 5);
    const marks = await page.locator('article').screenshot();
    await page.close();
    await stage('3-statuses.png', 'Sanctioned, delisted, not sanctioned, possible: told apart without colour', [marks]);
    publish('3-statuses.png');
  });

  it('4: updates from the official publishers, in the options page', async () => {
    const page = await newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Updates from the official publishers' }).waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(outDir, '4-updates.png') });
    publish('4-updates.png');
    await page.close();
  });

  it('the small promo tile (440×280)', async () => {
    const page = await newPage({ width: 440, height: 280 });
    const icon = readFileSync(resolve(import.meta.dirname, '../../public/icon/128.png')).toString('base64');
    await page.setContent(
      `<style>html,body{margin:0;height:100%}body{background:#1e3a8a;color:#fff;font:16px system-ui,sans-serif;display:flex;align-items:center;gap:20px;padding:0 28px;box-sizing:border-box}` +
        `img{background:#fff;border-radius:24px;padding:6px}h1{font-size:30px;margin:0 0 8px}p{margin:0;line-height:1.4}</style>` +
        `<img src="data:image/png;base64,${icon}" width="112" height="112"><div><h1>Sanctions Lens</h1><p>Who on this page is sanctioned? Marks, cards and history, all inside your browser.</p></div>`,
    );
    await page.screenshot({ path: join(outDir, 'promo-small.png') });
    publish('promo-small.png', { width: 440, height: 280 });
    await page.close();
  });
});
