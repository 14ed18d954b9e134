// Answers to every request of lib/protocol's ToBackground, typed from it.
import { browser } from 'wxt/browser';
import { matchedName } from '@/lib/match/matched-name';
import { packMentions } from '@/lib/match/packed-mentions';
import { scanPage } from '@/lib/match/scan';
import { BACKGROUND_PAYLOADS, createClient, readRequest, type Response, type ToBackground, type ToContent } from '@/lib/protocol';
import { listDates } from '@/lib/dataset/list-dates';
import { datasetKey } from '@/lib/sync/storage';
import { ensureBundledDataset } from './bundled-dataset';
import { storage } from './dexie-storage';
import { getEntities, getEntity } from './entity-store';
import { currentIndex } from './active-name-index';
import { pageContext } from './page-contexts';
import { currentSearchIndex, findEntities, summarize } from './active-search-index';
import { returnToShippedDataset, runSync, setSyncSettings, syncStatus } from './sync';
import { checkPublishers, publisherStatus, setPublisherSettings } from './publisher-sync';
import { lookUp, lookUpInTab } from './lookup-selection';
import { readManaged } from './managed-storage';
import { withManagedPublishers } from '@/lib/sync/managed';

type Handlers = {
  [K in keyof ToBackground]: (payload: ToBackground[K][0], tabId: number | undefined, extensionPage: boolean) => Promise<Response<ToBackground, K>>;
};

export const handlers: Handlers = {
  async scan({ texts, page }, tabId) {
    const active = await ensureBundledDataset();
    const index = await currentIndex(active);
    if (!index || !active) return NO_MENTIONS;
    // One context per page load: a surname alone finds the fuller name in an earlier block or batch, and the
    // page's countries and sanctions words vouch for common names (lib/match/scan.ts, lib/match/MATCHING.md).
    return { mentions: packMentions(scanPage(index, texts, pageContext(tabId, page, datasetKey(active.version, active.manifest.version)))) };
  },

  async entity({ id, alternatives, text }) {
    const active = await ensureBundledDataset();
    if (!active) return NO_ENTITY;
    const entity = await getEntity(active.version, id);
    const alts = (alternatives ?? []).slice(0, 10);
    const rows = await getEntities(active.version, alts);
    return {
      entity,
      alternatives: alts.flatMap((a) => {
        const row = rows.get(a);
        if (!row) return [];
        const matched = text === undefined ? undefined : matchedName(row.names, text)?.name;
        return [{ ...summarize(row), apart: { birthDates: row.birthDates, nationalities: row.nationalities }, ...(matched && { matched }) }];
      }),
      datasetVersion: active.manifest.created,
      lists: listDates(active.manifest.sources),
    };
  },

  async find(request) {
    const active = await ensureBundledDataset();
    const started = performance.now();
    const result = await findEntities(request, active);
    return { ...result, tookMs: performance.now() - started };
  },

  async searchFacets() {
    const index = await currentSearchIndex(await ensureBundledDataset());
    return { facets: index?.facets ?? null };
  },

  async datasetInfo() {
    const active = await ensureBundledDataset();
    const last = await storage.getMeta('lastImport');
    const error = last && !last.ok ? last.message : undefined;
    if (!active) return { manifest: null, entityCount: 0, lists: [], error: error ?? 'No dataset is loaded yet.' };
    return { manifest: active.manifest, entityCount: active.entityCount, lists: listDates(active.manifest.sources), error };
  },

  async pageCount({ sanctioned }, tabId) {
    if (tabId !== undefined) {
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

  async syncNow(_payload, _tabId, extensionPage) {
    if (!extensionPage) return { outcome: 'failed', version: null, message: 'Only the extension’s own pages can start a sync.', words: { code: 'not-allowed' } };
    await ensureBundledDataset();
    return runSync();
  },

  async installOlderMirror({ version }, _tabId, extensionPage) {
    if (!extensionPage) return { outcome: 'failed', version: null, message: 'Only the extension’s own pages can change the dataset.', words: { code: 'not-allowed' } };
    await ensureBundledDataset();
    return runSync(version);
  },

  // What the extension fetches is the reader's choice: only its own pages may change it, never a web page.
  async setSyncSettings(settings, _tabId, extensionPage) {
    if (!extensionPage) return ONLY_OUR_PAGES;
    return setSyncSettings(settings);
  },

  async returnToShipped(_payload, _tabId, extensionPage) {
    if (!extensionPage) return { outcome: 'failed', version: null, message: 'Only the extension’s own pages can change the dataset.', words: { code: 'not-allowed' } };
    await ensureBundledDataset();
    return returnToShippedDataset();
  },

  async publisherStatus() {
    return publisherStatus();
  },

  async setPublisherSettings(settings, _tabId, extensionPage) {
    if (!extensionPage) return ONLY_OUR_PAGES;
    // What the organisation sets stays as it set it, whatever the page sent.
    return setPublisherSettings(withManagedPublishers(settings, await readManaged()));
  },

  async checkPublishers(_payload, _tabId, extensionPage) {
    if (!extensionPage) return NOT_FROM_A_PAGE;
    await ensureBundledDataset();
    return checkPublishers({ manual: true });
  },

  async confirmHeld({ id }, _tabId, extensionPage) {
    if (!extensionPage) return NOT_FROM_A_PAGE;
    await ensureBundledDataset();
    return checkPublishers({ manual: true, confirm: id });
  },

  async openOptions() {
    // Only opens our own page: a page that forged the request gains nothing but a tab the reader can close.
    await browser.runtime.openOptionsPage();
    return { ok: true };
  },

  // A web page must not open windows: only the extension's own pages may ask.
  async lookUpSelection(payload, _tabId, extensionPage) {
    if (!extensionPage) return { opened: 'nothing' };
    return { opened: 'tabId' in payload ? await lookUpInTab(payload.tabId) : await lookUp(payload.text) };
  },

  async managedSettings() {
    return readManaged();
  },
};

const ONLY_OUR_PAGES = { ok: false as const, error: 'Only the extension’s own pages can change this.' };
const NOT_FROM_A_PAGE: Response<ToBackground, 'checkPublishers'> = { installed: false, sources: [], message: 'Only the extension’s own pages can start a check.' };

const NO_MENTIONS: Response<ToBackground, 'scan'> = { mentions: { findings: [], spans: [] } };
const NO_ENTITY: Response<ToBackground, 'entity'> = { entity: null, alternatives: [], datasetVersion: null, lists: [] };

/** The answer to a request whose payload does not fit its schema (lib/protocol BACKGROUND_PAYLOADS): nothing found. */
const refusals: { [K in keyof ToBackground]?: Response<ToBackground, K> } = {
  scan: NO_MENTIONS,
  entity: NO_ENTITY,
  find: { hits: [], total: 0, tookMs: 0 },
  pageCount: { ok: true },
  setSyncSettings: { ok: false, error: 'The settings are not in the expected format.' },
  setPublisherSettings: { ok: false, error: 'The settings are not in the expected format.' },
};

/**
 * Answers an incoming message: its payload is checked against its schema here, once, before its handler runs.
 * Undefined for a message that is no request of ours, so another listener may answer it.
 */
export function answer(message: unknown, tabId: number | undefined, extensionPage: boolean): Promise<unknown> | undefined {
  const request = readRequest<ToBackground>(message, BACKGROUND_PAYLOADS);
  if (!request) return undefined;
  if ('invalid' in request) return Promise.resolve(refusals[request.type] ?? {});
  const handler = handlers[request.type] as (payload: unknown, tabId: number | undefined, extensionPage: boolean) => Promise<unknown>;
  return handler(request.payload, tabId, extensionPage);
}

/** Keyboard shortcuts (manifest `commands`) are delivered here; the tab's content script, which knows the page, acts. */
export async function runCommand(command: string, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const tab = createClient<ToContent>((m) => browser.tabs.sendMessage(tabId, m));
  if (command === 'toggle-marks') await tab('toggleSite', {});
  else if (command === 'list-names') await tab('showNameList', {});
}
