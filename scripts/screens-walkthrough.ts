// A reader's walk through the product, for a person to look at: loads the built extension (.output/chrome-mv3) in a
// headless Chromium in English or Spanish (`--lang es`), hovers the marks of every status on the five demo articles
// and a few TUNING pages of the news corpus (never a held-out one), and writes each card's picture and text, then
// the popup's searches and the options page, to test-output/walkthrough/<lang>/.
//   npx tsx scripts/screens-walkthrough.ts [--lang en|es] [--per-status 2] [--corpus stem,stem: these tuning pages
//   instead of the default four] [--readme-only: the README's picture alone]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { startChromium } from './chromium';
import { moveOntoMark } from './mark-pointer';
import { articleHtml, realArticles, servePages } from './test-pages';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'en' }, 'per-status': { type: 'string', default: '2' }, 'readme-only': { type: 'boolean', default: false }, corpus: { type: 'string' } } });
const lang = values.lang === 'es' ? 'es' : 'en';
const perStatus = Number(values['per-status']);
const outDir = resolve(import.meta.dirname, `../test-output/walkthrough/${lang}`);
const corpusDir = resolve(import.meta.dirname, '../test/corpus/news');
// Tuning pages with many marks of several statuses and scripts; each is checked to be in the tuning half below.
const CORPUS = values.corpus ? values.corpus.split(',') : ['en-thehill-maduro-allies-sanctions', 'en-bloomberg-deripaska-rusal-deadline', 'ru-svpressa-sechin-chemezov-2014', 'ar-jesrpress-caesar-act-assad-hamsho'];
const STATUSES = ['sanctioned', 'delisted', 'not-sanctioned', 'possible'] as const;

mkdirSync(outDir, { recursive: true });
const pages = await servePages();
const chrome = await startChromium({ extensionDir: resolve(import.meta.dirname, '../.output/chrome-mv3'), headless: true, args: [`--lang=${lang}`] });
const browser = await chromium.connectOverCDP(chrome.cdpUrl);
const context = browser.contexts()[0];
const report: string[] = [];

async function extensionId(): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const t = (await (await fetch(`${chrome.cdpUrl}/json/list`)).json()) as { url: string }[];
    const ours = t.find((x) => x.url.startsWith('chrome-extension://'));
    if (ours) return new URL(ours.url).host;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no extension target');
}

/** The distinct marked texts of each status on `page`. */
async function marksByStatus(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate((statuses) => {
    const out: Record<string, string[]> = {};
    for (const s of statuses) out[s] = [...new Set([...(CSS.highlights.get(`sanctions-lens-${s}`) ?? [])].map((r) => (r instanceof Range ? r.toString() : '')))];
    return out;
  }, [...STATUSES]);
}

async function hoverAndShoot(page: Page, text: string, name: string, status?: string): Promise<void> {
  await page.mouse.move(2, 2);
  await page.locator('sanctions-lens-card [role="dialog"]').waitFor({ state: 'hidden', timeout: 3000 }).catch(() => {});
  if (!(await moveOntoMark(page, text, status))) return;
  const card = page.locator('sanctions-lens-card [role="dialog"]');
  try {
    await card.waitFor({ state: 'visible', timeout: 8000 });
    await page.waitForTimeout(400);
  } catch {
    report.push(`${name}: no card for "${text}"`);
    return;
  }
  await page.screenshot({ path: join(outDir, `${name}.png`) });
  report.push(`## ${name} ("${text}")\n${await card.innerText()}\n`);
}

async function walkPage(url: string, label: string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(url);
  // A background tab of a headless Chromium does not paint, and the install opens the options page in front.
  await page.bringToFront();
  try {
    await page.waitForFunction((ss) => ss.some((s) => (CSS.highlights.get(`sanctions-lens-${s}`)?.size ?? 0) > 0), [...STATUSES], { timeout: 20_000 });
  } catch {
    report.push(`${label}: no marks`);
  }
  await page.waitForTimeout(1000);
  const marks = await marksByStatus(page);
  report.push(`# ${label}: ${STATUSES.map((s) => `${s} ${marks[s].length}`).join(', ')}`);
  for (const s of STATUSES) for (const [i, text] of marks[s].slice(0, perStatus).entries()) await hoverAndShoot(page, text, `${label}-${s}-${i}`, s);
  await page.close();
  writeFileSync(join(outDir, 'report.txt'), report.join('\n'));
}

const id = await extensionId();
// The install opens the options page, which would interrupt the first article's navigation: wait for it first.
for (let i = 0; i < 100 && !context.pages().some((p) => p.url().includes('/options.html')); i++) await new Promise((r) => setTimeout(r, 100));
for (const [i, f] of realArticles().entries()) await walkPage(`${pages.origin}/articles/${f.replace(/\.txt$/, '.html')}`, `demo${i}`);
// The README's picture (test/screenshots/hover-card.png, copied from here by hand when the card has changed).
if (lang === 'en') {
  const demo = await context.newPage();
  await demo.setViewportSize({ width: 1100, height: 780 });
  await demo.goto(`${pages.origin}/pages/demo-article.html`);
  await demo.bringToFront();
  await demo.waitForFunction(() => (CSS.highlights.get('sanctions-lens-delisted')?.size ?? 0) > 0, undefined, { timeout: 20_000 });
  await hoverAndShoot(demo, 'Manuel Ricardo Cristopher Figuera', 'hover-card');
  // The card scrolled to its sanctions, the dates the README's caption speaks of.
  await demo.locator('sanctions-lens-card [role="dialog"] section h3').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await demo.waitForTimeout(300);
  await demo.screenshot({ path: join(outDir, 'hover-card.png') });
  await demo.close();
}
if (values['readme-only']) {
  await browser.close().catch(() => {});
  await chrome.stop();
  await pages.close();
  process.exit(0);
}
// The test page whose common names are only possible matches (Jose Gonzalez among footballers).
await walkPage(`${pages.origin}/pages/card-sports.html`, 'sports');
for (const stem of CORPUS) {
  const meta = JSON.parse(readFileSync(join(corpusDir, `${stem}.json`), 'utf8')) as { half: string };
  if (meta.half !== 'tuning') throw new Error(`${stem} is not a tuning page`);
  // Served from the test server's origin under a path of our own, fulfilled here from the corpus text, whose lines
  // are its paragraphs (articleHtml reads paragraphs between blank lines).
  const url = `${pages.origin}/corpus/${stem}.html`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: articleHtml(readFileSync(join(corpusDir, `${stem}.txt`), 'utf8').replace(/\n/g, '\n\n')) }));
  await walkPage(url, stem);
}

const popup = await context.newPage();
await popup.setViewportSize({ width: 404, height: 700 });
await popup.goto(`chrome-extension://${id}/popup.html`);
await popup.bringToFront();
await popup.waitForTimeout(1500);
await popup.screenshot({ path: join(outDir, 'popup-start.png'), fullPage: true });
report.push(`## popup-start\n${await popup.locator('body').innerText()}\n`);
for (const [q, name] of [['Maduro', 'popup-maduro'], ['Путин', 'popup-putin'], ['بشار الأسد', 'popup-assad'], ['Zzyzx Quolberton', 'popup-nohit']]) {
  await popup.reload();
  await popup.getByRole('searchbox').fill(q);
  await popup.waitForTimeout(2500);
  await popup.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
  report.push(`## ${name}\n${await popup.locator('body').innerText()}\n`);
  const first = popup.locator('ul[aria-label] button').first();
  if (q !== 'Zzyzx Quolberton' && (await first.count())) {
    await first.click();
    await popup.waitForTimeout(800);
    await popup.screenshot({ path: join(outDir, `${name}-detail.png`), fullPage: true });
    report.push(`## ${name}-detail\n${await popup.locator('body').innerText()}\n`);
  }
}
// Keyboard focus: from the search box, Tab to the filters and on.
await popup.getByRole('searchbox').fill('Maduro');
await popup.waitForTimeout(2000);
await popup.getByRole('searchbox').focus();
for (const n of [1, 2, 3]) {
  await popup.keyboard.press('Tab');
  await popup.screenshot({ path: join(outDir, `popup-focus-${n}.png`) });
}
const options = await context.newPage();
await options.setViewportSize({ width: 1000, height: 800 });
await options.goto(`chrome-extension://${id}/options.html`);
await options.bringToFront();
await options.waitForTimeout(1500);
await options.screenshot({ path: join(outDir, 'options.png'), fullPage: true });
report.push(`## options\n${await options.locator('body').innerText()}\n`);

writeFileSync(join(outDir, 'report.txt'), report.join('\n'));
console.log(`${report.length} entries; pictures and text in ${outDir}`);
await browser.close().catch(() => {});
await chrome.stop();
await pages.close();
