import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs the pure lib/ code in Node in seconds; `e2e` drives the built extension in real Chromium
// with one browser launch shared by every end-to-end file (test/e2e/setup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        // The extension's own `@/` imports, for unit tests of background code (the sync engine over fake-indexeddb).
        resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
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
        },
      },
    ],
  },
});
