// What the background keeps and tells the options page and popup about the publishers' lists: the reader's choice,
// and each source's state on its own line.
import * as v from 'valibot';
import { PUBLISHER_IDS, type PublisherId } from './ids';

/** Loopback only: a test server that plays every publisher. Anything else is refused. */
const LOOPBACK_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?$/;

export const PublisherSettingsSchema = v.object({
  /** null until the reader has chosen; true: keep the lists current from their publishers. */
  on: v.nullable(v.boolean()),
  /** Each source can be switched off on its own. */
  sources: v.object(Object.fromEntries(PUBLISHER_IDS.map((id) => [id, v.boolean()])) as Record<PublisherId, v.BooleanSchema<undefined>>),
  /** For end-to-end tests: fetch every publisher's path from this loopback origin instead. */
  testOrigin: v.optional(v.pipe(v.string(), v.regex(LOOPBACK_ORIGIN, 'must be a loopback http origin'))),
  /** For end-to-end tests: the second loopback origin the test OFAC server redirects to. */
  testRedirectOrigin: v.optional(v.pipe(v.string(), v.regex(LOOPBACK_ORIGIN, 'must be a loopback http origin'))),
});
export type PublisherSettings = v.InferOutput<typeof PublisherSettingsSchema>;

export const DEFAULT_PUBLISHER_SETTINGS: PublisherSettings = {
  on: null,
  sources: { 'ofac-sdn': true, 'ofac-cons': true, un: true, eu: true, uk: true },
};

/** How the last check of a source ended. */
export type SourceOutcome =
  /** Never checked (updates off, or just turned on). */
  | 'never'
  /** A new publication was read and installed. */
  | 'installed'
  /** The publisher's file had not changed since the last check. */
  | 'unchanged'
  /** The check failed (network, HTTP error, a broken file); the list in use stays. */
  | 'failed'
  /** A well-formed publication that would remove too many entries at once: not installed until confirmed. */
  | 'held'
  /** The publisher served a publication older than the list in use (by its own dates): refused, nothing installed. */
  | 'older';

export interface HeldPublication {
  /** Entries of this list installed now, and how many the publication would remove. */
  installed: number;
  removed: number;
  /** The publication's own date, or when it was fetched. */
  publishedAt: string;
  sha256: string;
}

/** One source's state, kept between checks. */
export interface SourceState {
  id: PublisherId;
  outcome: SourceOutcome;
  /** The publisher's own date of the list in use (ISO day or time); null: the shipped data is in use. */
  publishedAt: string | null;
  /**
   * Where publishedAt comes from: the publisher's own date in its files (absent in states of older versions), or,
   * when the files give none, the server's Last-Modified of the file ('server'), which a reader is told.
   */
  dated?: 'publisher' | 'server';
  /** When the list in use was fetched. */
  fetchedAt: string | null;
  lastCheckAt: string | null;
  /** In words a reader understands: what the last check did. */
  message: string;
  /** Conditional-request validators of the file in use, per file name. */
  validators: Record<string, { etag: string | null; lastModified: string | null }>;
  /**
   * 'changes': the list in use came through OFAC's change files, so `validators` and `sha256` still describe the full
   * files of an older publication (the last one read whole). A 304 or the same bytes against them then means "nothing
   * newer than the list in use"; different bytes are compared by the publisher's own date before anything is installed.
   */
  installedVia?: 'changes' | 'files';
  /** sha256 of each file in use, per file name (a 200 with the same bytes is "unchanged" too). */
  sha256: Record<string, string>;
  /** The EU feed's checksum, length and date of the file in use. */
  feed?: { checksum?: string; length?: number; published?: string };
  /** Failures in a row: the next try backs off. */
  failures: number;
  nextTryAt: string | null;
  held?: HeldPublication;
  /** The publisher's own date of the older publication it served, and of the list in use (ISO times). */
  older?: { publishedAt: string; inUse: string };
  /** Entries of this list in the installed dataset. */
  entries: number;
  /**
   * While no check of the publishers has installed this list (publishedAt null): the dataset it comes with, the one
   * shipped with the extension or one installed from a Dataset URL (a mirror), and this list's date in its manifest.
   * Absent in states of older versions: the shipped data.
   */
  inUse?: { from: 'shipped' | 'installed'; publishedAt: string | null };
}

/** What the options page and popup show. */
export interface PublisherStatus {
  settings: PublisherSettings;
  sources: (SourceState & { label: string; enabled: boolean; hosts: string[] })[];
  /** Set while a check of the publishers runs. */
  running: boolean;
  nextCheckAt: string | null;
}

/** The outcome of a check of every enabled source. */
export interface PublisherCheckResult {
  /** A new dataset version was installed. */
  installed: boolean;
  sources: SourceState[];
  /** One line in words for the history. */
  message: string;
}

export function initialSourceState(id: PublisherId): SourceState {
  return { id, outcome: 'never', publishedAt: null, fetchedAt: null, lastCheckAt: null, message: 'Not checked yet.', validators: {}, sha256: {}, failures: 0, nextTryAt: null, entries: 0 };
}
