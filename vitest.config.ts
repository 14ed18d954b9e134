import { defineConfig } from 'vitest/config';

// Unit test files that need a module graph of their own: they mock modules, fake IndexedDB or timers, or set globals.
const ISOLATED = ['background', 'components', 'content', 'popup', 'store', 'sync'].map((d) => `test/${d}/**/*.test.ts`).concat(['test/stepwise.test.ts', 'test/settings*.test.ts', 'test/protocol.test.ts']);

// Three projects: `unit` and `unit-isolated` run the pure lib/ code and the extension's parts in Node; `e2e` drives the
// built extension in real Chromium with one browser launch shared by every end-to-end file, and one in Spanish shared by
// their Spanish readers (test/e2e/global-setup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        // The pure core's tests (matcher, names, lists, dataset, search): no mocks, no fake IndexedDB, no globals, so
        // the files of one worker share one module graph. Isolated, every file rebuilt the matcher's shared tables
        // (1-2 s of a 2-core machine each, for over 150 files): about three times the CPU time of this suite.
        // The extension's own `@/` imports as WXT resolves them (components and utils some of these tests read).
        resolve: { alias: { '@': import.meta.dirname } },
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', ...ISOLATED],
          environment: 'node',
          isolate: false,
          // Guards against hangs, not speed checks: a test over the shipped dataset builds its index, which takes
          // seconds alone and tens of seconds on a 2-core machine busy with other work.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Tests that mock modules, fake IndexedDB or timers, or set globals, each file in a fresh module graph. The
        // extension's own `@/` imports as WXT resolves them: components (the popup's locale test) and background code
        // (the sync engine over fake-indexeddb).
        resolve: { alias: { '@': import.meta.dirname } },
        test: {
          name: 'unit-isolated',
          include: ISOLATED,
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
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
