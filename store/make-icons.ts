// Renders store/icon.svg to the PNG sizes the browsers and the stores ask for (public/icon/<size>.png, which WXT
// puts in the manifest's `icons` and the toolbar button), in the system Chromium: no image package is needed.
// npx tsx store/make-icons.ts
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../scripts/chromium';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(resolve(import.meta.dirname, 'icon.svg'), 'utf8');
const out = resolve(import.meta.dirname, '../public/icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: ensureChromium(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: resolve(out, `${size}.png`), omitBackground: true });
  console.log(`public/icon/${size}.png`);
}
await browser.close();
