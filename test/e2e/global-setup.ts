// One Chromium with the built extension, one more in Spanish (--lang=es), and one page server for every end-to-end
// file; tests connect over CDP. A file whose reader needs a fresh profile of their own still starts a Chromium itself.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startChromium, type RunningChromium } from '../../scripts/chromium';
import { servePages } from '../../scripts/test-pages';

declare module 'vitest' {
  export interface ProvidedContext {
    cdpUrl: string;
    /** The shared Chromium started with --lang=es, its options page (opened on install) already open. */
    cdpUrlEs: string;
    origin: string;
    outputDir: string;
  }
}

/**
 * Waits until the extension's options page, which a fresh profile opens on install, is among `chrome`'s tabs: opened
 * later, Chromium may open it in the blank tab a test has just made and interrupt that tab's navigation.
 */
async function installPageOpened(chrome: RunningChromium, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const targets = (await (await fetch(`${chrome.cdpUrl}/json/list`)).json()) as { type: string; url: string }[];
    if (targets.some((t) => t.type === 'page' && /^chrome-extension:\/\/[a-p]{32}\/options\.html/.test(t.url))) return;
    if (Date.now() > deadline) throw new Error(`The Spanish Chromium's extension did not open its options page within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export default async function setup(project: TestProject) {
  const extensionDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) throw new Error('The extension is not built: run `npm run build` (npm test does it for you).');
  const outputDir = resolve(import.meta.dirname, '../../test-output');
  mkdirSync(outputDir, { recursive: true });
  const pages = await servePages();
  const started: RunningChromium[] = [];
  const stop = async () => {
    for (const chrome of started.splice(0)) await chrome.stop();
    await pages.close();
  };
  try {
    const chromium = await startChromium({ extensionDir, headless: true });
    started.push(chromium);
    // The Spanish reader of five files (screens, store screenshots, card facts and actions, options): one browser, so
    // one start and one import of the shipped dataset instead of five. Its import runs while the first files do.
    const spanish = await startChromium({ extensionDir, headless: true, args: ['--lang=es'] });
    started.push(spanish);
    await installPageOpened(spanish);
    project.provide('cdpUrl', chromium.cdpUrl);
    project.provide('cdpUrlEs', spanish.cdpUrl);
  } catch (e) {
    await stop();
    throw e;
  }
  project.provide('origin', pages.origin);
  project.provide('outputDir', outputDir);
  return stop;
}
