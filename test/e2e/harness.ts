// Connects a test file to the shared Chromium and gives it the extension's id, pages and helpers.
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, inject } from 'vitest';
import type { MentionStatus } from '../../lib/match/mention';
import { moveOntoMark } from '../../scripts/mark-pointer';

export interface Harness {
  browser: Browser;
  context: BrowserContext;
  extensionId: string;
  origin: string;
  outputDir: string;
  screenshotPath: (name: string) => string;
}

/**
 * A fresh profile's extension opens its options page on install, and Chromium may open it in the blank tab a test
 * has just made, interrupting that tab's navigation: a Chromium started for one file waits for that page first.
 */
export async function waitForInstallPage(context: BrowserContext, extensionId: string, timeoutMs = 30_000): Promise<Page> {
  const url = `chrome-extension://${extensionId}/options.html`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => p.url().startsWith(url));
    if (page) {
      await page.waitForLoadState('load');
      return page;
    }
    if (Date.now() > deadline) throw new Error(`The options page the install opens did not open within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The extension's id: from its service worker, or any of its pages. A worker idle for 30 s is stopped and leaves the
 * target list (a long file before this one), so after a few seconds chrome://extensions is asked instead.
 */
export async function findExtensionId(cdpUrl: string, browser?: Browser): Promise<string> {
  const started = Date.now();
  while (Date.now() - started < 20_000) {
    const targets = (await (await fetch(`${cdpUrl}/json/list`)).json()) as { type: string; url: string }[];
    const ours = targets.filter((t) => t.url.startsWith('chrome-extension://'));
    const worker = ours.find((t) => t.type === 'service_worker') ?? ours[0];
    if (worker) return new URL(worker.url).host;
    if (browser && Date.now() - started > 3000) {
      const page = await browser.contexts()[0].newPage();
      await page.goto('chrome://extensions');
      const id = await page.evaluate(async () => {
        const dev = (globalThis as unknown as { chrome: { developerPrivate: { getExtensionsInfo: () => Promise<{ id: string; name: string }[]> } } }).chrome.developerPrivate;
        return (await dev.getExtensionsInfo()).find((e) => e.name === 'Sanctions Lens')?.id;
      });
      await page.close();
      if (id) return id;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The extension\'s service worker did not start: is the build in .output/chrome-mv3 valid?');
}

/**
 * Connects to one of the shared Chromiums (test/e2e/global-setup.ts): the English one, or the one started with
 * --lang=es for a reader whose browser is in Spanish. Settings a file changes there it sets back after itself.
 */
export async function connect(lang: 'en' | 'es' = 'en'): Promise<Harness> {
  const cdpUrl = inject(lang === 'es' ? 'cdpUrlEs' : 'cdpUrl');
  const browser = await chromium.connectOverCDP(cdpUrl);
  const context = browser.contexts()[0];
  const outputDir = inject('outputDir');
  return {
    browser,
    context,
    extensionId: await findExtensionId(cdpUrl, browser),
    origin: inject('origin'),
    outputDir,
    screenshotPath: (name) => join(outputDir, `${name}.png`),
  };
}

/** The texts marked on the page, by status, read from the document's highlight registry. */
export async function markedTexts(page: Page): Promise<Record<MentionStatus, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const status of ['sanctioned', 'delisted', 'not-sanctioned', 'possible']) {
      const h = CSS.highlights.get(`sanctions-lens-${status}`);
      out[status] = h ? [...h].map((r) => (r instanceof Range ? r.toString() : '')) : [];
    }
    return out as Record<MentionStatus, string[]>;
  });
}

/** Waits until the content script has marked at least `min` names, and returns them. */
export async function waitForMarks(page: Page, min = 1): Promise<Record<MentionStatus, string[]>> {
  await page.waitForFunction(
    (n) => ['sanctioned', 'delisted', 'not-sanctioned', 'possible'].reduce((sum, s) => sum + (CSS.highlights.get(`sanctions-lens-${s}`)?.size ?? 0), 0) >= n,
    min,
    { timeout: 30_000 },
  );
  return markedTexts(page);
}

/** Moves the pointer onto the first marked occurrence of `text` and waits for the card. */
export async function hoverName(page: Page, text: string) {
  if (!(await moveOntoMark(page, text))) throw new Error(`"${text}" is not marked on ${page.url()}`);
  const card = page.locator('sanctions-lens-card [role="dialog"]');
  await card.waitFor({ state: 'visible', timeout: 10_000 });
  return card;
}

/** Stops the extension's service worker over the DevTools protocol, from `page`'s session, as Chrome stops an idle one. */
export async function stopServiceWorkers(h: Harness, page: Page): Promise<void> {
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** One article page of the test server, opened in a fresh tab for each test (describeArticle). */
export interface Article {
  /** The shared Chromium, connected before the block's tests. */
  readonly h: Harness;
  /**
   * Opens the article in a new tab (at `viewport`'s size, for tests that hover and screenshot) and waits until the
   * content script has marked the block's least number of names: the page and its marks by status. The tab closes
   * after the test, passed or failed.
   */
  open(viewport?: { width: number; height: number }): Promise<{ page: Page; marks: Record<MentionStatus, string[]> }>;
}

/**
 * A describe block over one article page (`path` under the test server, e.g. "pages/arabic-article.html") that
 * the content script marks at least `minMarks` names on: connects to the shared Chromium before the tests, closes each
 * test's tabs after it, and lets go of the browser after the block. Each test says what it checks itself.
 */
export function describeArticle(title: string, path: string, minMarks: number, tests: (article: Article) => void): void {
  describe(title, () => {
    let harness: Harness | undefined;
    const opened: Page[] = [];
    beforeAll(async () => {
      harness = await connect();
    });
    afterEach(async () => {
      for (const page of opened.splice(0)) await page.close();
    });
    afterAll(async () => {
      await harness?.browser.close();
    });
    const connected = (): Harness => {
      if (!harness) throw new Error('The harness connects in beforeAll: use article.h inside a test');
      return harness;
    };
    tests({
      get h() {
        return connected();
      },
      async open(viewport) {
        const h = connected();
        const page = await h.context.newPage();
        opened.push(page);
        if (viewport) await page.setViewportSize(viewport);
        await page.goto(`${h.origin}/${path}`);
        return { page, marks: await waitForMarks(page, minMarks) };
      },
    });
  });
}
