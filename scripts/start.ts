// `npm start`: serves the demo article on 127.0.0.1 and opens Chromium with the built extension on it.
// With no display it runs headless: hovers the first name found, saves the card to demo.png and prints every name found.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startChromium } from './chromium';
import { servePages } from './test-pages';

const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, '.output/chrome-mv3');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const pages = await servePages(Number(process.env.PORT ?? 0));
const url = `${pages.origin}/pages/demo-article.html`;
const browser = await startChromium({ extensionDir, headless, url });
console.log(`Demo article: ${url}`);

if (!headless) {
  console.log('Chromium is open with Sanctions Lens loaded. Close the browser window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await browser.stop();
    await pages.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  browser.process.on('exit', () => void stop());
} else {
  try {
    const cdp = await chromium.connectOverCDP(browser.cdpUrl);
    const context = cdp.contexts()[0];
    const page = context.pages().find((p) => p.url() === url) ?? (await context.newPage());
    if (page.url() !== url) await page.goto(url);
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('sanctions-lens-') && (CSS.highlights.get(k)?.size ?? 0) > 0), null, { timeout: 30_000 });
    const found = await page.evaluate(() => {
      const out: { text: string; status: string; x: number; y: number; top: number }[] = [];
      for (const [key, h] of CSS.highlights) {
        if (!key.startsWith('sanctions-lens-')) continue;
        for (const r of h) {
          if (!(r instanceof Range)) continue;
          const rect = r.getClientRects()[0];
          out.push({ text: r.toString(), status: key.slice('sanctions-lens-'.length), x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, top: rect.top * 10000 + rect.left });
        }
      }
      return out.sort((a, b) => a.top - b.top);
    });
    console.log(`\n${found.length} names found:`);
    for (const f of found) console.log(`  ${f.status.padEnd(15)} ${f.text}`);
    const first = found[0];
    // The options page opens on install and takes the foreground; a tab in the background paints no frame to shoot.
    await page.bringToFront();
    await page.mouse.move(first.x, first.y);
    const card = page.locator('sanctions-lens-card [role="dialog"]');
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(100);
    await page.screenshot({ path: resolve(root, 'demo.png') });
    console.log(`\nHovered "${first.text}"; the card says:\n${(await card.innerText()).replace(/^/gm, '  | ')}`);
    console.log(`\nScreenshot of the card: ${resolve(root, 'demo.png')}`);
    await cdp.close();
  } finally {
    await browser.stop();
    await pages.close();
  }
}
