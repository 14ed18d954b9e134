// One Chromium with the built extension and one page server for every end-to-end file; tests connect over CDP.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startChromium } from '../../scripts/chromium';
import { servePages } from '../../scripts/test-pages';

declare module 'vitest' {
  export interface ProvidedContext {
    cdpUrl: string;
    origin: string;
    outputDir: string;
  }
}

export default async function setup(project: TestProject) {
  const extensionDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) throw new Error('The extension is not built: run `npm run build` (npm test does it for you).');
  const outputDir = resolve(import.meta.dirname, '../../test-output');
  mkdirSync(outputDir, { recursive: true });
  const pages = await servePages();
  const chromium = await startChromium({ extensionDir, headless: true });
  project.provide('cdpUrl', chromium.cdpUrl);
  project.provide('origin', pages.origin);
  project.provide('outputDir', outputDir);
  return async () => {
    await chromium.stop();
    await pages.close();
  };
}
