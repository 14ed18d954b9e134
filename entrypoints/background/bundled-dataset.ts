// The dataset shipped in public/dataset is imported on first start (and after an update that ships a newer one),
// so the extension works offline from the first minute.
import { browser } from 'wxt/browser';
import { activeVersion, db } from './database';
import { importDataset, removeOtherVersions } from './dataset-import';

let loading: Promise<void> | undefined;

async function load(): Promise<void> {
  const url = browser.runtime.getURL('/dataset/manifest.json');
  const bundled = (await (await fetch(url)).json()) as { version?: unknown };
  const active = await activeVersion();
  if (active && typeof bundled.version === 'string' && active.version >= bundled.version) {
    await removeOtherVersions(active.version);
    return;
  }
  const started = Date.now();
  try {
    const manifest = await importDataset(url);
    await db.meta.put({ key: 'lastImport', at: new Date().toISOString(), version: manifest.version, ok: true, message: `Loaded the bundled dataset in ${Date.now() - started} ms.` });
  } catch (e) {
    await db.meta.put({ key: 'lastImport', at: new Date().toISOString(), version: null, ok: false, message: (e as Error).message });
    throw e;
  }
}

/** Resolves once a dataset is active. Concurrent callers share one import. */
export function ensureBundledDataset(): Promise<void> {
  loading ??= load().catch((e: unknown) => {
    loading = undefined;
    console.error('Sanctions Lens: the bundled dataset could not be loaded:', e);
  });
  return loading;
}
