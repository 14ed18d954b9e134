// Every message between the content script, the background worker, the popup and the options page.
// One map per direction: request type -> [request payload, response]. Senders and handlers are typed from it.
import * as v from 'valibot';
import { ENTITY_KINDS, ENTITY_STATUSES, type DatasetManifest, type Entity, type EntitySummary } from './dataset/format';
import type { ListDate } from './dataset/list-dates';
import type { PackedMentions } from './match/packed-mentions';
import type { Mention, MentionStatus } from './match/mention';
import type { Facets } from './search/search-index';
import type { ManagedSettings } from './sync/managed';
import type { SearchFilters, SearchResult } from './search/query';
import { PUBLISHER_IDS, type PublisherId } from './sync/publishers/ids';
import { PublisherSettingsSchema, type PublisherCheckResult, type PublisherSettings, type PublisherStatus } from './sync/publishers/status';
import { SyncSettingsSchema, type SyncResult, type SyncSettings, type SyncStatus } from './sync/status';

export interface DatasetInfo {
  manifest: DatasetManifest | null;
  entityCount: number;
  /** How current each list is (lib/dataset/list-dates.ts). */
  lists: ListDate[];
  /** Why the dataset could not be loaded, in words a reader understands. */
  error?: string;
}

/** Requests the background answers. */
export interface ToBackground {
  /** Content script, for each batch of page text blocks: which listed names do they mention? */
  scan: [{ texts: string[]; /** The content script's id for this page load: batches of one page share what the matcher learnt. */ page?: string }, { mentions: PackedMentions }];
  /** Content script or popup, when a card opens: the full record and its alternatives. */
  entity: [{ id: string; alternatives?: string[]; /** The page's words, so that each alternative says which of its names they match. */ text?: string }, { entity: Entity | null; alternatives: EntitySummary[]; datasetVersion: string | null; lists: ListDate[] }];
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
  /** Options page, on "Install it anyway" under a mirror's dataset held back for holding a list older than the one in use. */
  installOlderMirror: [{ version: string }, SyncResult];
  /** Options page, when the reader saves the Dataset URL or the interval (after the origin permission was asked). */
  setSyncSettings: [SyncSettings, { ok: true } | { ok: false; error: string }];
  /** Options page, on "Return to the shipped dataset": clears the Dataset URL and installs the bundled dataset again. */
  returnToShipped: [Record<string, never>, SyncResult];
  /** Options page and popup, when they open and while a check runs: the reader's choice and each publisher's state. */
  publisherStatus: [Record<string, never>, PublisherStatus];
  /** Options page or popup, after the reader's choice (the host permissions were asked for within the click). */
  setPublisherSettings: [PublisherSettings, { ok: true } | { ok: false; error: string }];
  /** Options page, on "Check now": resolves when the check of every enabled source ends. */
  checkPublishers: [Record<string, never>, PublisherCheckResult];
  /** Options page, when the reader installs a publication held back for removing too many entries. */
  confirmHeld: [{ id: PublisherId }, PublisherCheckResult];
  /** Content script, on a card's "Settings" (a content script cannot open the options page itself). */
  openOptions: [Record<string, never>, { ok: true }];
  /**
   * An extension page, standing in for what the e2e tests cannot do over the DevTools protocol: a click on "Look up
   * in Sanctions Lens" (the menu's own handler on this text), or the look-up shortcut pressed in a tab (its own
   * handler, reading that tab's selection).
   */
  lookUpSelection: [{ text: string } | { tabId: number }, { opened: 'popup' | 'window' | 'nothing' }];
  /** Options page, when it opens: the settings the reader's organisation sets (shown as such, not changeable there). */
  managedSettings: [Record<string, never>, ManagedSettings];
}

/** Requests a tab's content script answers. */
export interface ToContent {
  /** Popup, when it opens: the entities marked on this page (with why each matched, for the card it opens). */
  pageMentions: [Record<string, never>, { mentions: (Pick<Mention, 'entityId' | 'text' | 'status'> & Partial<Pick<Mention, 'possibleBecause' | 'reasons' | 'alternatives'>>)[] }];
  /** Background on the toggle shortcut, or the popup's site switch: turn the marks on or off for this tab's site. */
  toggleSite: [Record<string, never>, { on: boolean }];
  /** Background on the list shortcut, or the popup: open the keyboard list of the page's names in the page. */
  showNameList: [Record<string, never>, { count: number }];
}

export type Request<P, K extends keyof P = keyof P> = K extends keyof P
  ? { type: K; payload: P[K] extends [infer Q, unknown] ? Q : never }
  : never;
export type Response<P, K extends keyof P> = P[K] extends [unknown, infer R] ? R : never;

type Payload<P, K extends keyof P> = P[K] extends [infer Q, unknown] ? Q : never;

/** For each request type of a direction, the schema its payload is read with before its handler runs. */
export type PayloadSchemas<P> = { [K in keyof P]: v.GenericSchema<unknown, Payload<P, K>> };

// Payloads come from our own pages and content scripts, but a content script runs among a page's scripts: each is
// checked here, once, so handlers get typed values. A field that only tunes the answer (a limit, a filter, an extra
// id) is dropped when it is bad, as the handlers did; a bad required field makes the request invalid.
const none = v.object({});
const optionalOrDropped = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);
const upTo200 = v.pipe(v.string(), v.nonEmpty(), v.transform((s) => s.slice(0, 200)));

/** The popup's search filters: each one of the wrong type or value is left out. */
export const SearchFiltersSchema: v.GenericSchema<unknown, SearchFilters> = v.pipe(
  v.fallback(
    v.object({
      status: optionalOrDropped(v.picklist(ENTITY_STATUSES)),
      kind: optionalOrDropped(v.picklist(ENTITY_KINDS)),
      list: optionalOrDropped(upTo200),
      country: optionalOrDropped(upTo200),
    }),
    () => ({}),
  ),
  // A dropped filter leaves no key behind.
  v.transform((f) => Object.fromEntries(Object.entries(f).filter(([, value]) => value !== undefined))),
);

/**
 * A scan request reads at most this much text: the content script sends about 60,000 characters a batch, so only a
 * broken or hostile sender reaches it, and the worker must not spend seconds on one message (a popup search waits).
 * Texts past the budget arrive empty (or cut), so answers still line up with the blocks sent.
 */
export const SCAN_LIMITS = { chars: 1_000_000, texts: 10_000 };

const scanTexts = v.pipe(
  v.array(v.unknown()),
  v.transform((items) => {
    let left = SCAN_LIMITS.chars;
    return items.slice(0, SCAN_LIMITS.texts).map((x) => {
      const text = typeof x === 'string' ? x.slice(0, left) : '';
      left -= text.length;
      return text;
    });
  }),
);

export const BACKGROUND_PAYLOADS: PayloadSchemas<ToBackground> = {
  scan: v.object({ texts: scanTexts, page: optionalOrDropped(v.string()) }),
  entity: v.object({ id: v.string(), alternatives: optionalOrDropped(v.pipe(v.array(v.unknown()), v.transform((a) => a.filter((x): x is string => typeof x === 'string')))), text: optionalOrDropped(v.string()) }),
  datasetInfo: none,
  pageCount: v.object({ sanctioned: v.number() }),
  find: v.object({ query: v.string(), filters: v.optional(SearchFiltersSchema), limit: optionalOrDropped(v.number()) }),
  searchFacets: none,
  syncStatus: none,
  syncNow: none,
  installOlderMirror: v.object({ version: v.string() }),
  setSyncSettings: SyncSettingsSchema,
  returnToShipped: none,
  publisherStatus: none,
  setPublisherSettings: PublisherSettingsSchema,
  checkPublishers: none,
  confirmHeld: v.object({ id: v.picklist(PUBLISHER_IDS) }),
  openOptions: none,
  lookUpSelection: v.union([v.object({ text: v.string() }), v.object({ tabId: v.pipe(v.number(), v.integer()) })]),
  managedSettings: none,
};

export const CONTENT_PAYLOADS: PayloadSchemas<ToContent> = { pageMentions: none, toggleSite: none, showNameList: none };

function requestShape<P>(value: unknown, payloads: PayloadSchemas<P>): { type: keyof P; payload: unknown } | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as { type?: unknown; payload?: unknown };
  if (typeof m.type !== 'string' || !Object.hasOwn(payloads, m.type)) return null;
  if (typeof m.payload !== 'object' || m.payload === null) return null;
  return { type: m.type as keyof P, payload: m.payload };
}

/**
 * An incoming message read as a request of this protocol: the request with its payload checked (and its optional
 * fields cleaned), `{ type, invalid: true }` when the type is ours but the payload does not fit, null when it is
 * no request of ours.
 */
export function readRequest<P>(value: unknown, payloads: PayloadSchemas<P>): Request<P> | { type: keyof P; invalid: true } | null {
  const shape = requestShape(value, payloads);
  if (!shape) return null;
  const result = v.safeParse(payloads[shape.type], shape.payload);
  return result.success ? ({ type: shape.type, payload: result.output } as Request<P>) : { type: shape.type, invalid: true };
}

/** Whether an incoming value is a request of this protocol whose payload fits its schema as it is. */
export function isRequest<P>(value: unknown, payloads: PayloadSchemas<P>): value is Request<P> {
  const shape = requestShape(value, payloads);
  return shape !== null && v.is(payloads[shape.type], shape.payload);
}

export type Client<P> = <K extends keyof P>(type: K, payload: P[K] extends [infer Q, unknown] ? Q : never) => Promise<Response<P, K>>;

/** A typed client over any transport (browser.runtime.sendMessage, tabs.sendMessage): the entrypoints pass the transport in. */
export function createClient<P>(send: (message: unknown) => Promise<unknown>): Client<P> {
  return (type, payload) => send({ type, payload }) as never;
}
