// The extension's IndexedDB database. Every row carries the dataset version it belongs to, so a new
// version can be imported beside the active one and switched to in one transaction.
import Dexie, { type Table } from 'dexie';
import type { DatasetManifest, Entity, EntityEvent } from '@/lib/dataset/format';
import type { PublishedManifest } from '@/lib/dataset/publish';
import type { SyncPlan } from '@/lib/sync/plan';
import type { SyncHistoryEntry, SyncSettings, SyncStep } from '@/lib/sync/status';

export type StoredEntity = Omit<Entity, 'events'> & { version: string };
export interface StoredName {
  version: string;
  /** Folded name (lib/names/normalize nameKey), for search. */
  key: string;
  entityId: string;
  name: string;
}
export type StoredEvent = EntityEvent & { version: string; entityId: string; seq: number };

/** A piece of a downloaded file, kept until the file is imported so a restarted worker need not download it again. */
export interface StoredChunk {
  file: string;
  seq: number;
  bytes: Uint8Array;
}

/** The checkpoint of an install in progress: a worker stopped mid-import goes on from here when it wakes. */
export interface SyncJob {
  key: 'job';
  source: 'bundled' | 'remote';
  manifestUrl: string;
  manifest: PublishedManifest;
  /** The active rows' key and dataset version when the job started; if they change meanwhile, the job is dropped. */
  fromVersion: string | null;
  fromDataset: string | null;
  fromCreated: string | null;
  plan: SyncPlan;
  startedAt: string;
  step: SyncStep;
  /** Index of the file of the plan being worked on (0 for a full file, the delta's place in the chain). */
  fileIndex: number;
  /** The current file is downloaded whole, its size and sha256 checked. */
  downloaded: boolean;
  /** Records of the current file already in the staging version. */
  recordsDone: number;
  /** After a full file, entities of the previous version that left it are kept as delisted: the last id done. */
  tombstonesUpTo: string | null;
  etag: string | null;
  lastModified: string | null;
}

export type Meta =
  /**
   * `version` keys the active rows: the version they were installed as from a full file. Deltas change those rows
   * in place, in one transaction, so `manifest.version` (the dataset's own version) may be newer.
   */
  | { key: 'active'; version: string; manifest: DatasetManifest; importedAt: string }
  | { key: 'lastImport'; at: string; version: string | null; ok: boolean; message: string }
  | { key: 'settings'; settings: SyncSettings }
  | { key: 'syncState'; lastCheckAt: number | null; failures: number; etag: string | null; lastModified: string | null; url: string }
  | { key: 'history'; entries: SyncHistoryEntry[] };

export class LensDatabase extends Dexie {
  entities!: Table<StoredEntity, [string, string]>;
  names!: Table<StoredName, [string, string, string]>;
  events!: Table<StoredEvent, [string, string, number]>;
  meta!: Table<Meta, string>;
  chunks!: Table<StoredChunk, [string, number]>;
  jobs!: Table<SyncJob, 'job'>;

  constructor() {
    // Relaxed durability: a commit returns once written, without waiting for the disk to flush. A batch is still
    // committed whole or not at all; a power cut can lose only the last commits, and the checkpoint with them.
    super('sanctions-lens', { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores({
      entities: '[version+id], version',
      names: '[version+key+entityId], version, [version+entityId]',
      events: '[version+entityId+seq], version',
      meta: 'key',
    });
    // 2: downloads kept between worker wakes; the install checkpoint in a table of its own, so the batches that
    // update it do not hold up reads of `meta` (the active version) that every lookup makes.
    this.version(2).stores({
      events: '[version+entityId+seq], version, [version+entityId]',
      chunks: '[file+seq], file',
      jobs: 'key',
    });
  }
}

export const db = new LensDatabase();

export async function activeVersion(): Promise<Extract<Meta, { key: 'active' }> | undefined> {
  const row = await db.meta.get('active');
  return row?.key === 'active' ? row : undefined;
}

export async function pendingJob(): Promise<SyncJob | undefined> {
  return db.jobs.get('job');
}
