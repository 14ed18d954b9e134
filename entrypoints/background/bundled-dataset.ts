// The dataset shipped in public/dataset is installed on first start (and after an update that ships a newer one),
// so the extension works offline from the first minute. It goes through the same install path as a sync.
import { browser } from 'wxt/browser';
import type { ActiveVersion } from '@/lib/sync/storage';
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
 * Resolves once a dataset is active, with its row (undefined when none could be installed). With one already active
 * it resolves at once (the bundled one is installed meanwhile when it is newer), so requests are never held up behind
 * an install. The row is handed on so a request reads it once, not once here and again in its index.
 */
export async function ensureBundledDataset(): Promise<ActiveVersion | undefined> {
  loading ??= load().catch((e: unknown) => {
    loading = undefined;
    console.error('Sanctions Lens: the bundled dataset could not be loaded:', e);
  });
  const active = await storage.activeRow();
  if (active) return active;
  await loading;
  return storage.activeRow();
}
