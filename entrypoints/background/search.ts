// Popup search over every name and alias of the active dataset, from lib/search's in-memory index.
// The index is built from IndexedDB once per dataset version; a stopped worker loses it and the next
// request rebuilds it, so nothing depends on worker globals surviving.
import { entityStatus, type Entity, type EntityKind, type EntityStatus } from '@/lib/dataset/format';
import type { EntitySummary } from '@/lib/protocol';
import { KINDS, searchIndexSteps, STATUSES, type SearchIndex } from '@/lib/search/index';
import { runInSlices } from '@/lib/stepwise';
import { search, type SearchFilters, type SearchResult } from '@/lib/search/query';
import { activeVersion, datasetKey } from './database';
import { readAllEntities } from './entity-store';
import { readCachedIndex, writeCachedIndex } from './index-cache';

export function summarize(e: Entity): EntitySummary {
  return { id: e.id, name: e.name, kind: e.kind, status: entityStatus(e), countries: e.countries, role: e.positions[0] ?? e.description };
}

let cached: { version: string; index: Promise<SearchIndex> } | undefined;
/** The index of a version being installed, built before the switch so no search waits for it after. */
let prepared: { version: string; index: Promise<SearchIndex> } | undefined;

/** `version` names the rows; `key` also names the content, which a delta changes in place under the same rows' version. */
async function build(version: string, key: string, entities?: Entity[]): Promise<SearchIndex> {
  const started = performance.now();
  const cached = entities ? undefined : await readCachedIndex(key).catch((e: unknown) => {
    console.warn('Sanctions Lens: the cached search index could not be read; building it again.', e);
    return undefined;
  });
  if (cached) {
    console.info(`Sanctions Lens: search index of ${cached.nameCount} names read from its cache in ${Math.round(performance.now() - started)} ms.`);
    return cached;
  }
  const rows = entities ?? (await readAllEntities(version));
  const read = performance.now();
  // In slices: the worker answers searches from the previous index meanwhile.
  const index = await runInSlices(searchIndexSteps(rows));
  console.info(`Sanctions Lens: search index of ${index.nameCount} names: read ${Math.round(read - started)} ms, built ${Math.round(performance.now() - read)} ms.`);
  // Not awaited: the search answers now; a failed write only means the next wake builds again.
  writeCachedIndex(key, index).catch((e: unknown) => console.warn('Sanctions Lens: the search index could not be cached.', e));
  return index;
}

/** The search index of the active dataset, or null when none is loaded yet. */
export async function currentSearchIndex(): Promise<SearchIndex | null> {
  const active = await activeVersion();
  if (!active) return null;
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

/** Builds (and caches) the search index of a version about to become active, from its entities. */
export async function prepareSearchIndex(version: string, key: string, entities: Entity[]): Promise<void> {
  const index = build(version, key, entities);
  prepared = { version: key, index };
  await index;
}

/** Keeps only filter values of the right type: the payload comes from a message. */
export function validFilters(value: unknown): SearchFilters {
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  const out: SearchFilters = {};
  if (typeof v.status === 'string' && (STATUSES as readonly string[]).includes(v.status)) out.status = v.status as EntityStatus;
  if (typeof v.kind === 'string' && (KINDS as readonly string[]).includes(v.kind)) out.kind = v.kind as EntityKind;
  if (typeof v.list === 'string' && v.list) out.list = v.list.slice(0, 200);
  if (typeof v.country === 'string' && v.country) out.country = v.country.slice(0, 200);
  return out;
}

export async function findEntities(query: string, filters: SearchFilters, limit: number): Promise<SearchResult> {
  const index = await currentSearchIndex();
  if (!index) return { hits: [], total: 0 };
  return search(index, query, filters, limit);
}

/** The older `search` request: the same ranking, as plain summaries. */
export async function searchNames(query: string, limit: number): Promise<EntitySummary[]> {
  const { hits } = await findEntities(query, {}, limit);
  return hits.map(({ matchedName: _m, match: _g, ...summary }) => summary);
}
