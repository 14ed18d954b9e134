// What the data engine keeps, and the small interface it keeps it through: the worker implements it with IndexedDB
// (entrypoints/background/dexie-storage.ts), the tests in memory (test/sync/memory-storage.ts). Every row carries the
// dataset version it belongs to, so a new version can be imported beside the active one and switched to at once.
import type { HeldOlder } from './status';
import type { DatasetManifest } from '../dataset/format';
import type { PublishedManifest } from '../dataset/publish';
import type { SyncPlan } from './plan';
import type { StoredOfacRows } from './publishers/ofac-rows';
import type { PublisherSettings, SourceState } from './publishers/status';
import type { SyncHistoryEntry, SyncSettings, SyncStep } from './status';

/**
 * Entities of one version in id order, many to a row (lib/sync/blocks.ts): `ids` sorted, and `rows[i]` the JSON of
 * the entity `ids[i]`.
 */
export interface StoredBlock {
  version: string;
  firstId: string;
  ids: string[];
  rows: string[];
}

/** A piece of a downloaded file, kept until the file is imported so a restarted worker need not download it again. */
export interface StoredChunk {
  file: string;
  seq: number;
  bytes: Uint8Array;
}

/** The checkpoint of an install in progress: a worker stopped mid-import goes on from here when it wakes. */
export interface SyncJob {
  key: 'job';
  /** 'publishers': a dataset composed here from the publishers' lists (lib/sync/publishers/), already in chunks. */
  source: 'bundled' | 'remote' | 'publishers';
  /**
   * 'in-file': the records carry their whole history; the install adds no change events and keeps no removed record.
   * 'fresh': the file is installed as it is, nothing carried over from the active version (the return to the shipped
   * dataset).
   */
  history?: 'in-file' | 'fresh';
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
  /** The last id written to the staging version: a full file is walked beside the previous version in id order. */
  lastId: string | null;
  /** Entities written to the staging version so far, records and those kept from the previous version. */
  written: number;
  etag: string | null;
  lastModified: string | null;
}

export type Meta =
  /**
   * `version` keys the active rows: the version they were installed as from a full file. Deltas change those rows
   * in place, in one transaction, so `manifest.version` (the dataset's own version) may be newer.
   */
  | { key: 'active'; version: string; manifest: DatasetManifest; importedAt: string; entityCount: number }
  | { key: 'lastImport'; at: string; version: string | null; ok: boolean; message: string }
  | { key: 'settings'; settings: SyncSettings }
  | {
      key: 'syncState'; lastCheckAt: number | null; failures: number; etag: string | null; lastModified: string | null; url: string;
      /** A mirror's dataset held back for holding a list older than the one in use, until the reader installs it. */
      heldOlder?: HeldOlder | null;
    }
  | { key: 'history'; entries: SyncHistoryEntry[] }
  /** The reader's choice about the publishers' lists, and each source's state as of the installed dataset. */
  | { key: 'publishers'; settings: PublisherSettings; sources: SourceState[] }
  /** The sources' states of a composed version being installed: they apply once that version is active. */
  | { key: 'publisherPending'; version: string; sources: SourceState[] }
  /**
   * The rows of the OFAC SDN publication in use (sdn, alt and add as read), so the next publication's change file
   * can be applied to them (lib/sync/publishers/ofac-changes.ts); `publishedAt` is that publication's, as in its state.
   */
  | { key: 'ofacRows'; publishedAt: string; rows: StoredOfacRows };

export type MetaKey = Meta['key'];
export type MetaRow<K extends MetaKey> = Extract<Meta, { key: K }>;
export type ActiveVersion = MetaRow<'active'>;
export type SyncState = MetaRow<'syncState'>;

/** The kinds of rows, for the scope of a transaction. */
export type StoreArea = 'blocks' | 'chunks' | 'jobs' | 'meta';

export interface SyncStorage {
  getMeta<K extends MetaKey>(key: K): Promise<MetaRow<K> | undefined>;
  putMeta(row: Meta): Promise<void>;

  getJob(): Promise<SyncJob | undefined>;
  putJob(job: SyncJob): Promise<void>;
  deleteJob(): Promise<void>;

  putChunk(chunk: StoredChunk): Promise<void>;
  getChunk(file: string, seq: number): Promise<StoredChunk | undefined>;
  deleteChunks(file: string): Promise<void>;
  clearChunks(): Promise<void>;

  addBlock(block: StoredBlock): Promise<void>;
  deleteBlock(version: string, firstId: string): Promise<void>;
  /** The last block of `version` whose first id is not after `id`: the one that holds `id` if the version has it. */
  blockFor(version: string, id: string): Promise<StoredBlock | undefined>;
  /** Up to `limit` blocks of `version` in id order, from the first or from the block after the one starting at `after`. */
  blocks(version: string, after: string | null, limit: number): Promise<StoredBlock[]>;
  /** Every version with rows. */
  versions(): Promise<string[]>;
  deleteVersion(version: string): Promise<void>;

  /**
   * Runs `body` as one transaction over `areas`: everything it writes is kept together or not at all, and what it
   * reads is not changed by others meanwhile. `body` awaits only this storage's calls.
   */
  transaction<T>(areas: readonly StoreArea[], body: () => Promise<T>): Promise<T>;
}

/**
 * What the in-memory indexes are built from: the rows' version and the dataset's own version (a delta changes the
 * rows in place under the same rows' version, with a new dataset version).
 */
export function datasetKey(rowsVersion: string, datasetVersion: string): string {
  return `${rowsVersion}|${datasetVersion}`;
}
