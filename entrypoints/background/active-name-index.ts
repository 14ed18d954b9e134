// The in-memory name index of the active dataset, for page scans (entrypoints/background/active-index.ts).
import { nameIndexSteps, scanTableSteps, type NameIndex } from '@/lib/match/scan';
import { runInSlices } from '@/lib/stepwise';
import { activeIndex } from './active-index';
import { readCachedNameIndex, writeCachedNameIndex } from './index-cache';

/** A cached index with the scan's tables made in slices, as a built one has them (lib/match/per-index.ts). */
async function readCacheWithTables(key: string): Promise<NameIndex | undefined> {
  const index = await readCachedNameIndex(key);
  if (index) await runInSlices(scanTableSteps(index));
  return index;
}

const names = activeIndex<NameIndex>({ label: 'name index', build: nameIndexSteps, readCache: readCacheWithTables, writeCache: writeCachedNameIndex });

export const currentIndex = names.current;
export const prepareNameIndex = names.prepare;
