// The dataset shipped in public/dataset is installed on first start (and after an update that ships a newer one),
// so the extension works offline from the first minute. It goes through the same install path as a sync.
import { browser } from 'wxt/browser';
import { storage } from './dexie-storage';
import { engine, workerDeps } from './sync';

let loading: Promise<void> | undefined;

async function load(): Promise<void> {
  const result = await engine.installBundled(browser.runtime.getURL('/dataset/manifest.json'), workerDeps());
  if (result.outcome === 'failed') console.error('Sanctions Lens: the bundled dataset could not be loaded:', result.message);
  // Rows a stopped worker left after a switch. Under the install lock, so a sync starting now keeps its staging rows.
  await engine.exclusive(engine.removeStaleVersions);
}

/**
 * Resolves once a dataset is active. With one already active it resolves at once (the bundled one is installed
 * meanwhile when it is newer), so requests are never held up behind an install.
 */
export async function ensureBundledDataset(): Promise<void> {
  loading ??= load().catch((e: unknown) => {
    loading = undefined;
    console.error('Sanctions Lens: the bundled dataset could not be loaded:', e);
  });
  if (await storage.getMeta('active')) return;
  return loading;
}
