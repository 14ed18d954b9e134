import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs the pure lib/ code in Node in seconds; `e2e` drives the built extension in real Chromium
// with one browser launch shared by every end-to-end file (test/e2e/global-setup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        // The extension's own `@/` imports as WXT resolves them: components (the popup's locale test) and background code (the sync engine over fake-indexeddb).
        resolve: { alias: { '@': import.meta.dirname } },
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          // A guard against hangs, not a speed check: a file's first test builds the matcher's shared tables, which takes
          // 1-2 s alone and over 5 s (vitest's default) on a 2-core machine busy with other work.
          testTimeout: 30_000,
          // WXT's modules read import.meta.env, which only Vite's transform provides (the content script's lifetime).
          server: { deps: { inline: ['wxt'] } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['test/e2e/global-setup.ts'],
          // A real browser on a busy 2-core machine answers in seconds, not the 1 s expect.poll waits by default.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
