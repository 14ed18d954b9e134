// What the background tells the options page about syncing: settings, progress, history.
import * as v from 'valibot';
import { shownDetail, type SyncFailure } from './errors';
import type { PublisherId } from './publishers/ids';

export type SyncStep = 'checking' | 'downloading' | 'verifying' | 'importing' | 'switching';

export interface SyncProgress {
  step: SyncStep;
  /** The version being installed; empty while checking. */
  version: string;
  bytesDone: number;
  bytesTotal: number;
  recordsDone: number;
  recordsTotal: number;
}

/** 'held': a mirror's dataset not installed, for holding a list older than the one in use (the reader may install it). */
export type SyncOutcomeKind = 'installed' | 'up-to-date' | 'failed' | 'held';

/** A list whose data in a mirror's dataset is older than in the dataset in use: both ISO days. */
export interface OlderList {
  /** The list's id, as Sanction.list has it. */
  list: string;
  asOf: string;
  inUse: string;
}

/** A mirror's dataset held back for its older lists. */
export interface HeldOlder {
  version: string;
  lists: OlderList[];
}

/**
 * What a sync's result says, as a code and its parameters, so the pages word it in the reader's language
 * (lib/i18n/sync-words.ts). Dates are ISO days; `detail` is the engine's technical detail, in English.
 */
export type SyncWords =
  | { code: 'installed'; date: string | null; count: number; /** 0: the full dataset. */ updates: number }
  | { code: 'not-modified' }
  | { code: 'up-to-date' }
  | { code: 'failed'; failure: SyncFailure; detail: string; previous: string | null }
  | { code: 'error'; error: string; previous: string | null }
  | { code: 'shipped-in-use'; date: string | null }
  | { code: 'returned-to-shipped'; date: string | null; count: number }
  | { code: 'shipped-not-installed'; reason: SyncWords }
  | { code: 'shipped-not-reinstalled'; reason: SyncWords }
  | { code: 'shipped-unreadable'; error: string }
  | { code: 'as-new-as-shipped' }
  | { code: 'sync-pending' }
  /** A web page asked (only the extension's own pages may start a sync). */
  | { code: 'not-allowed' }
  | { code: 'publishers'; installed: boolean; held: boolean; failed: PublisherId[] }
  | { code: 'mirror-older'; lists: OlderList[] };

/** lib/sync/errors.ts readerMessage's parts, for the pages to word in the reader's language. */
export function readerWords(failure: SyncFailure, previousDate: string | null, detail = ''): SyncWords {
  return { code: 'failed', failure, detail: shownDetail(failure, detail), previous: previousDate };
}

export interface SyncResult {
  outcome: SyncOutcomeKind;
  /** The version installed or active afterwards. */
  version: string | null;
  /** In English words, for the console and the tests; on failure, what happened and which dataset is still in use. */
  message: string;
  words: SyncWords;
}

/** `words` is missing from the lines an older version of the extension wrote. */
export type SyncHistoryEntry = Omit<SyncResult, 'words'> & { words?: SyncWords; at: string };

export const SyncSettingsSchema = v.object({
  /** The published manifest's address; empty: the bundled dataset only. */
  url: v.string(),
  intervalHours: v.number(),
});
export type SyncSettings = v.InferOutput<typeof SyncSettingsSchema>;

export interface SyncStatus {
  settings: SyncSettings;
  /** Set while a sync runs. */
  progress: SyncProgress | null;
  /** The last 20 syncs, newest first. */
  history: SyncHistoryEntry[];
  nextCheckAt: string | null;
  /** The mirror's dataset held back for its older lists, which the reader may install anyway. */
  heldOlder: HeldOlder | null;
}
