// The in-memory name index of the active dataset. A stopped worker loses it; the next request reads it back from
// the index cache, or rebuilds it from IndexedDB, so nothing depends on worker globals surviving.
import { nameIndexSteps, type NameIndex } from '@/lib/match/scan';
import { runInSlices } from '@/lib/stepwise';
import type { Entity } from '@/lib/dataset/format';
import { activeVersion, datasetKey } from './database';
import { readAllEntities } from './entity-store';
import { readCachedNameIndex, writeCachedNameIndex } from './index-cache';

let cached: { version: string; index: Promise<NameIndex> } | undefined;
/** The index of a version being installed, built before the switch so no page waits for it after. */
let prepared: { version: string; index: Promise<NameIndex> } | undefined;

async function build(version: string, key: string, entities?: Entity[]): Promise<NameIndex> {
  const started = performance.now();
  const stored = entities ? undefined : await readCachedNameIndex(key).catch((e: unknown) => {
    console.warn('Sanctions Lens: the cached name index could not be read; building it again.', e);
    return undefined;
  });
  if (stored) {
    console.info(`Sanctions Lens: name index read from its cache in ${Math.round(performance.now() - started)} ms.`);
    return stored;
  }
  const rows = entities ?? (await readAllEntities(version));
  const read = performance.now();
  // In slices: the worker answers pages from the previous index meanwhile.
  const index = await runInSlices(nameIndexSteps(rows));
  console.info(`Sanctions Lens: name index: read ${Math.round(read - started)} ms, built ${Math.round(performance.now() - read)} ms.`);
  // Not awaited: the page gets its marks now; a failed write only means the next wake builds again.
  writeCachedNameIndex(key, index).catch((e: unknown) => console.warn('Sanctions Lens: the name index could not be cached.', e));
  return index;
}

export async function currentIndex(): Promise<NameIndex | null> {
  const active = await activeVersion();
  if (!active) return null;
  // A delta changes the active rows in place under the same key, with a new manifest version: rebuild then too.
  const key = datasetKey(active.version, active.manifest.version);
  if (cached?.version !== key && prepared?.version === key) [cached, prepared] = [prepared, undefined];
  if (cached?.version !== key) {
    const index = build(active.version, key);
    cached = { version: key, index };
    // A failed build is not kept: the next request tries again.
    index.catch(() => {
      if (cached?.index === index) cached = undefined;
    });
  }
  return cached.index;
}

/** Builds (and caches) the name index of a version about to become active, from its entities. */
export async function prepareNameIndex(version: string, key: string, entities: Entity[]): Promise<void> {
  const index = build(version, key, entities);
  prepared = { version: key, index };
  await index;
}
