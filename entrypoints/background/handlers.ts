// Answers to every request of lib/protocol's ToBackground, typed from it.
import { browser } from 'wxt/browser';
import { packMentions } from '@/lib/match/packed-mentions';
import { scanPage } from '@/lib/match/scan';
import { createClient, type Response, type ToBackground, type ToContent } from '@/lib/protocol';
import { datasetKey } from '@/lib/sync/storage';
import { ensureBundledDataset } from './bundled-dataset';
import { storage } from './dexie-storage';
import { getEntities, getEntity } from './entity-store';
import { currentIndex } from './name-index';
import { pageContext } from './page-contexts';
import { currentSearchIndex, findEntities, searchNames, summarize, validFilters } from './search';
import { runSync, setSyncSettings, syncStatus } from './sync';

type Handlers = {
  [K in keyof ToBackground]: (payload: ToBackground[K][0], tabId: number | undefined) => Promise<Response<ToBackground, K>>;
};

export const handlers: Handlers = {
  async scan({ texts, page }, tabId) {
    await ensureBundledDataset();
    const index = await currentIndex();
    const active = await storage.getMeta('active');
    if (!index || !active || !Array.isArray(texts)) return { mentions: { findings: [], spans: [] } };
    // One context per page load: a surname alone finds the fuller name in an earlier block or batch, and the
    // page's countries and sanctions words vouch for common names (lib/match/scan.ts, lib/match/MATCHING.md).
    const blocks = texts.map((t) => (typeof t === 'string' ? t : ''));
    return { mentions: packMentions(scanPage(index, blocks, pageContext(tabId, page, datasetKey(active.version, active.manifest.version)))) };
  },

  async entity({ id, alternatives }) {
    await ensureBundledDataset();
    const active = await storage.getMeta('active');
    if (!active || typeof id !== 'string') return { entity: null, alternatives: [], datasetVersion: null };
    const entity = await getEntity(active.version, id);
    const alts = Array.isArray(alternatives) ? alternatives.filter((a) => typeof a === 'string').slice(0, 10) : [];
    const rows = await getEntities(active.version, alts);
    return {
      entity,
      alternatives: alts.flatMap((a) => {
        const row = rows.get(a);
        return row ? [summarize(row)] : [];
      }),
      datasetVersion: active.manifest.created,
    };
  },

  async search({ query, limit }) {
    await ensureBundledDataset();
    if (typeof query !== 'string') return { results: [] };
    return { results: await searchNames(query.slice(0, 200), Math.min(typeof limit === 'number' ? limit : 20, 100)) };
  },

  async find({ query, filters, limit }) {
    await ensureBundledDataset();
    const started = performance.now();
    if (typeof query !== 'string') return { hits: [], total: 0, tookMs: 0 };
    const result = await findEntities(query.slice(0, 200), validFilters(filters), Math.max(1, Math.min(typeof limit === 'number' ? limit : 50, 200)));
    return { ...result, tookMs: performance.now() - started };
  },

  async searchFacets() {
    await ensureBundledDataset();
    const index = await currentSearchIndex();
    return { facets: index?.facets ?? null };
  },

  async datasetInfo() {
    await ensureBundledDataset();
    const active = await storage.getMeta('active');
    const last = await storage.getMeta('lastImport');
    const error = last && !last.ok ? last.message : undefined;
    if (!active) return { manifest: null, entityCount: 0, error: error ?? 'No dataset is loaded yet.' };
    return { manifest: active.manifest, entityCount: active.entityCount, error };
  },

  async pageCount({ sanctioned }, tabId) {
    if (tabId !== undefined && typeof sanctioned === 'number') {
      // MV3 has `action`; Firefox's MV2 build has `browserAction`.
      const action = browser.action ?? browser.browserAction;
      await action.setBadgeText({ tabId, text: sanctioned > 0 ? String(sanctioned) : '' });
      await action.setBadgeBackgroundColor({ tabId, color: '#b00020' });
    }
    return { ok: true };
  },

  async syncStatus() {
    return syncStatus();
  },

  async syncNow() {
    await ensureBundledDataset();
    return runSync();
  },

  async setSyncSettings({ url, intervalHours }) {
    if (typeof url !== 'string' || typeof intervalHours !== 'number') return { ok: false, error: 'The settings are not in the expected format.' };
    return setSyncSettings({ url, intervalHours });
  },
};

/** Keyboard shortcuts (manifest `commands`) are delivered here; the tab's content script, which knows the page, acts. */
export async function runCommand(command: string, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const tab = createClient<ToContent>((m) => browser.tabs.sendMessage(tabId, m));
  if (command === 'toggle-marks') await tab('toggleSite', {});
  else if (command === 'list-names') await tab('showNameList', {});
}
