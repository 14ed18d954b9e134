// What one change costs the browser on a big page, by how the marks are drawn: a rendering update (style, layout,
// paint) timed from the animation frame that made the change to the first task after it. No extension: the same
// ::highlight() rules as ours, on the generated pages of scripts/big-pages.ts, so the figures are Chromium's own.
// Compared, side by side in one run: highlights with our underline (the baseline: what every page got before),
// highlights with a background tint only (what huge pages get), and no highlight at all.
//   - "add a mark": one more range in a registered highlight (a band of marks coming into view);
//   - "page changes an attribute": the page sets an attribute on one of its elements (a live page's routine work):
//     with any highlight registered, Chromium revalidates the highlights on every DOM change.
// Run: npx tsx scripts/measure-highlight-cost.ts [--page=million|5mb] [--marks=100]
import { chromium } from 'playwright-core';
import { statusColours } from '../entrypoints/content/mark-style';
import { serveGenerated } from './big-pages';
import { ensureChromium } from './chromium';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const path = arg('page') === '5mb' ? '/big-5mb.html' : '/million-nodes.html';
const marks = Number(arg('marks') ?? 100);

// The sanctioned mark's colours on a light page, as the extension draws it with the background style.
const c = statusColours('sanctioned', false);
const STYLES: Record<string, string | null> = {
  'underline (baseline)': `background-color: ${c.background}; text-decoration: underline ${c.lineStyle} ${c.lineWidth}px ${c.line}; text-underline-offset: 2px;`,
  'tint only': `background-color: ${c.background};`,
  'no highlight': null,
};

// Runs in the page (a string, so that no bundler helper leaks into it). Returns milliseconds per frame.
const inPage = (css: string | null, count: number) => `(async () => {
  const css = ${JSON.stringify(css)};
  const frame = (change) => new Promise((resolve) => requestAnimationFrame(() => {
    change();
    const t0 = performance.now();
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve(performance.now() - t0);
    ch.port2.postMessage(0);
  }));
  const blocks = [...document.querySelectorAll('p')];
  const rangeIn = (i) => {
    const text = document.createTreeWalker(blocks[i], NodeFilter.SHOW_TEXT).nextNode();
    const r = new Range();
    r.setStart(text, 0);
    r.setEnd(text, Math.min(3, text.length));
    return r;
  };
  const h = new Highlight();
  if (css !== null) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('::highlight(m) { ' + css + ' }');
    document.adoptedStyleSheets = [sheet];
    for (let i = 0; i < ${count}; i++) h.add(rangeIn(i));
    CSS.highlights.set('m', h);
  }
  await frame(() => {});
  await frame(() => {});
  const out = { add: [], attribute: [], idle: [] };
  for (let i = 0; i < 5; i++) out.add.push(await frame(() => css !== null && h.add(rangeIn(${count} + i))));
  for (let i = 0; i < 5; i++) out.attribute.push(await frame(() => blocks[Math.floor(blocks.length / 2)].setAttribute('data-x', String(i))));
  for (let i = 0; i < 5; i++) out.idle.push(await frame(() => {}));
  return out;
})()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs: number[]) => `${median(xs).toFixed(1).padStart(6)} ms (max ${Math.max(...xs).toFixed(1)})`;

const served = await serveGenerated();
const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: ['--no-sandbox'] });
try {
  console.log(`${path}, ${marks} marks registered before; median of 5 frames (max), each style on a freshly loaded page`);
  console.log(`${''.padEnd(22)}${'add a mark'.padEnd(26)}${'page changes an attribute'.padEnd(26)}nothing changed`);
  for (const [name, css] of Object.entries(STYLES)) {
    const page = await browser.newPage();
    await page.goto(`${served.origin}${path}`, { timeout: 300_000 });
    // Let the page's own first layout and paint finish.
    await page.waitForTimeout(2000);
    const r = (await page.evaluate(inPage(css, marks))) as Record<'add' | 'attribute' | 'idle', number[]>;
    console.log(`${name.padEnd(22)}${fmt(r.add).padEnd(26)}${fmt(r.attribute).padEnd(26)}${fmt(r.idle)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await served.close();
}
