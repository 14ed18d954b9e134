// The in-memory name index of the active dataset, for page scans (entrypoints/background/active-index.ts).
import { nameIndexSteps, type NameIndex } from '@/lib/match/scan';
import { activeIndex } from './active-index';
import { readCachedNameIndex, writeCachedNameIndex } from './index-cache';

const names = activeIndex<NameIndex>({ label: 'name index', build: nameIndexSteps, readCache: readCachedNameIndex, writeCache: writeCachedNameIndex });

export const currentIndex = names.current;
export const prepareNameIndex = names.prepare;
