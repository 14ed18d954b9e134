// What the background tells the options page about syncing: settings, progress, history.
import * as v from 'valibot';

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

export type SyncOutcomeKind = 'installed' | 'up-to-date' | 'failed';

export interface SyncResult {
  outcome: SyncOutcomeKind;
  /** The version installed or active afterwards. */
  version: string | null;
  /** In words a reader understands; on failure, what happened and which dataset is still in use. */
  message: string;
}

export type SyncHistoryEntry = SyncResult & { at: string };

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
}
