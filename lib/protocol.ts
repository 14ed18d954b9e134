// Every message between the content script, the background worker, the popup and the options page.
// One map per direction: request type -> [request payload, response]. Senders and handlers are typed from it.
import type { DatasetManifest, Entity, EntitySummary } from './dataset/format';
import type { PackedMentions } from './match/packed-mentions';
import type { MentionStatus } from './match/mention';
import type { Facets } from './search/search-index';
import type { SearchFilters, SearchResult } from './search/query';
import type { SyncResult, SyncSettings, SyncStatus } from './sync/status';

export interface DatasetInfo {
  manifest: DatasetManifest | null;
  entityCount: number;
  /** Why the dataset could not be loaded, in words a reader understands. */
  error?: string;
}

/** Requests the background answers. */
export interface ToBackground {
  /** Content script, for each batch of page text blocks: which listed names do they mention? */
  scan: [{ texts: string[]; /** The content script's id for this page load: batches of one page share what the matcher learnt. */ page?: string }, { mentions: PackedMentions }];
  /** Content script or popup, when a card opens: the full record and its alternatives. */
  entity: [{ id: string; alternatives?: string[] }, { entity: Entity | null; alternatives: EntitySummary[]; datasetVersion: string | null }];
  /** Popup, on each keystroke in the search field. */
  search: [{ query: string; limit?: number }, { results: EntitySummary[] }];
  /** Popup and options page, when they open: what dataset is active. */
  datasetInfo: [Record<string, never>, DatasetInfo];
  /** Content script, after each scan: the count of sanctioned names for the toolbar badge. */
  pageCount: [{ sanctioned: number }, { ok: true }];
  /** Popup, on each keystroke or filter change: the best entities for the words typed, ranked, with the total. */
  find: [{ query: string; filters?: SearchFilters; limit?: number }, SearchResult & { tookMs: number }];
  /** Popup, when it opens: the filter choices of the active dataset (this also builds the search index early). */
  searchFacets: [Record<string, never>, { facets: Facets | null }];
  /** Options page, when it opens and while a sync runs: settings, progress and the last 20 syncs. */
  syncStatus: [Record<string, never>, SyncStatus];
  /** Options page, on "Sync now": resolves when the sync ends (a second click joins the running sync). */
  syncNow: [Record<string, never>, SyncResult];
  /** Options page, when the reader saves the Dataset URL or the interval (after the origin permission was asked). */
  setSyncSettings: [SyncSettings, { ok: true } | { ok: false; error: string }];
}

/** Requests a tab's content script answers. */
export interface ToContent {
  /** Popup, when it opens: the entities marked on this page. */
  pageMentions: [Record<string, never>, { mentions: { entityId: string; text: string; status: MentionStatus }[] }];
  /** Background on the toggle shortcut, or the popup's site switch: turn the marks on or off for this tab's site. */
  toggleSite: [Record<string, never>, { on: boolean }];
  /** Background on the list shortcut, or the popup: open the keyboard list of the page's names in the page. */
  showNameList: [Record<string, never>, { count: number }];
}

export type Request<P, K extends keyof P = keyof P> = K extends keyof P
  ? { type: K; payload: P[K] extends [infer Q, unknown] ? Q : never }
  : never;
export type Response<P, K extends keyof P> = P[K] extends [unknown, infer R] ? R : never;

/** Validates that an incoming value has the shape of a request of this protocol, without trusting its payload. */
export function isRequest<P>(value: unknown, types: readonly (keyof P)[]): value is Request<P> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; payload?: unknown };
  return typeof v.type === 'string' && types.includes(v.type as keyof P) && typeof v.payload === 'object' && v.payload !== null;
}

export const BACKGROUND_TYPES: readonly (keyof ToBackground)[] = ['scan', 'entity', 'search', 'datasetInfo', 'pageCount', 'find', 'searchFacets', 'syncStatus', 'syncNow', 'setSyncSettings'];
export const CONTENT_TYPES: readonly (keyof ToContent)[] = ['pageMentions', 'toggleSite', 'showNameList'];

export type Client<P> = <K extends keyof P>(type: K, payload: P[K] extends [infer Q, unknown] ? Q : never) => Promise<Response<P, K>>;

/** A typed client over any transport (browser.runtime.sendMessage, tabs.sendMessage): the entrypoints pass the transport in. */
export function createClient<P>(send: (message: unknown) => Promise<unknown>): Client<P> {
  return (type, payload) => send({ type, payload }) as never;
}
