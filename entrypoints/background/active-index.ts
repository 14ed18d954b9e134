// An in-memory index of the active dataset (the name index for pages, the search index for the popup): built once
// per dataset key, read back from the index cache after a worker restart, built in slices so the worker goes on
// answering, and prepared for a version about to become active so nobody waits for it after the switch.
import type { Entity } from '@/lib/dataset/format';
import { runInSlices, type Steps } from '@/lib/stepwise';
import { SLICE_MS } from '@/lib/sync/breather';
import { datasetKey, type ActiveVersion } from '@/lib/sync/storage';
import { storage } from './dexie-storage';
import { readAllEntities } from './entity-store';

export interface IndexKind<T> {
  /** For the worker's log: "name index", "search index". */
  label: string;
  build: (entities: Entity[]) => Steps<T>;
  readCache: (key: string) => Promise<T | undefined>;
  writeCache: (key: string, index: T) => Promise<void>;
}

export interface ActiveIndex<T> {
  /** The index of the active dataset, or null when none is loaded yet; `active` is its row when the caller has read it. */
  current: (active?: ActiveVersion) => Promise<T | null>;
  /** Builds (and caches) the index of a version about to become active, from its entities. */
  prepare: (version: string, key: string, entities: Entity[]) => Promise<void>;
}

export function activeIndex<T>(kind: IndexKind<T>): ActiveIndex<T> {
  let cached: { key: string; index: Promise<T> } | undefined;
  let prepared: { key: string; index: Promise<T> } | undefined;

  /** `version` names the rows; `key` also names the content, which a delta changes in place under the same rows' version. */
  async function build(version: string, key: string, entities?: Entity[]): Promise<T> {
    const started = performance.now();
    const stored = entities
      ? undefined
      : await kind.readCache(key).catch((e: unknown) => {
          console.warn(`Sanctions Lens: the cached ${kind.label} could not be read; building it again.`, e);
          return undefined;
        });
    if (stored) {
      console.info(`Sanctions Lens: ${kind.label} read from its cache in ${Math.round(performance.now() - started)} ms.`);
      return stored;
    }
    const rows = entities ?? (await readAllEntities(version));
    const read = performance.now();
    // In slices: the worker answers from the previous index meanwhile. An index prepared during an install in a
    // check's short slices (nobody waits for it); one a lookup waits for in the usual ones, for less idle time.
    const index = await runInSlices(kind.build(rows), entities ? SLICE_MS : undefined);
    console.info(`Sanctions Lens: ${kind.label}: read ${Math.round(read - started)} ms, built ${Math.round(performance.now() - read)} ms.`);
    // Not awaited: the answer goes now; a failed write only means the next wake builds again.
    kind.writeCache(key, index).catch((e: unknown) => console.warn(`Sanctions Lens: the ${kind.label} could not be cached.`, e));
    return index;
  }

  return {
    async current(known?: ActiveVersion) {
      const active = known ?? (await storage.activeRow());
      if (!active) return null;
      const key = datasetKey(active.version, active.manifest.version);
      if (cached?.key !== key && prepared?.key === key) [cached, prepared] = [prepared, undefined];
      if (cached?.key !== key) {
        const index = build(active.version, key);
        cached = { key, index };
        // A failed build is not kept: the next request tries again.
        index.catch(() => {
          if (cached?.index === index) cached = undefined;
        });
      }
      return cached.index;
    },
    async prepare(version, key, entities) {
      const index = build(version, key, entities);
      prepared = { key, index };
      await index;
    },
  };
}
