// The extension's IndexedDB database. Every row carries the dataset version it belongs to, so a new
// version can be imported beside the active one and switched to in one transaction.
import Dexie, { type Table } from 'dexie';
import type { DatasetManifest, Entity, EntityEvent } from '@/lib/dataset/format';
import { compareIds } from '@/lib/dataset/jsonl';
import type { PublishedManifest } from '@/lib/dataset/publish';
import type { SyncPlan } from '@/lib/sync/plan';
import type { SyncHistoryEntry, SyncSettings, SyncStep } from '@/lib/sync/status';

/** Schema 3's row: one entity, its event history inside. */
type EntityRow = Entity & { version: string };

/**
 * Entities of one version in id order, many to a row (entrypoints/background/entity-store.ts): `ids` sorted, and
 * `rows[i]` the JSON of the entity `ids[i]`.
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
  | { key: 'syncState'; lastCheckAt: number | null; failures: number; etag: string | null; lastModified: string | null; url: string }
  | { key: 'history'; entries: SyncHistoryEntry[] };

export class LensDatabase extends Dexie {
  blocks!: Table<StoredBlock, [string, string]>;
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
    // 3: events move into their entity's row and the secondary indexes go: every primary key starts with the
    // version, so a version is one key range. An import then writes one row per entity with no index to keep,
    // about 4 times faster than four rows and five indexes (scripts/measure-sync.ts). The write-only names table goes.
    this.version(3)
      .stores({ entities: '[version+id]' })
      .upgrade(async (tx) => {
        const history = new Map<string, EntityEvent[]>();
        await tx.table('events').each((e: EntityEvent & { version: string; entityId: string; seq: number }) => {
          const { version, entityId, seq: _s, ...event } = e;
          const key = `${version}|${entityId}`;
          const list = history.get(key);
          if (list) list.push(event);
          else history.set(key, [event]);
        });
        await tx.table('entities').toCollection().modify((row: EntityRow) => {
          row.events = history.get(`${row.version}|${row.id}`) ?? [];
        });
      });
    this.version(4).stores({ names: null, events: null });
    // 5: entities in blocks of about a thousand in id order, one row each: a row costs the same written whole or
    // nearly empty, so this imports another 10-30 times faster. An unfinished install is dropped (a sync restarts it).
    this.version(5)
      .stores({ blocks: '[version+firstId]' })
      .upgrade(async (tx) => {
        const rows = (await tx.table('entities').toArray()) as EntityRow[];
        const byVersion = new Map<string, Entity[]>();
        for (const { version, ...entity } of rows) {
          const list = byVersion.get(version) ?? [];
          list.push(entity);
          byVersion.set(version, list);
        }
        for (const [version, entities] of byVersion) {
          entities.sort((a, b) => compareIds(a.id, b.id));
          const blocks: StoredBlock[] = [];
          for (let i = 0; i < entities.length; i += 1000) {
            const part = entities.slice(i, i + 1000);
            blocks.push({ version, firstId: part[0].id, ids: part.map((e) => e.id), rows: part.map((e) => JSON.stringify(e)) });
          }
          await tx.table('blocks').bulkAdd(blocks);
        }
        await tx.table('meta').toCollection().modify((row: Meta) => {
          if (row.key === 'active') row.entityCount = byVersion.get(row.version)?.length ?? 0;
        });
        await tx.table('jobs').clear();
        await tx.table('chunks').clear();
      });
    this.version(6).stores({ entities: null });
  }
}

export const db = new LensDatabase();

/**
 * What the in-memory indexes are built from: the rows' version and the dataset's own version (a delta changes the
 * rows in place under the same rows' version, with a new dataset version).
 */
export function datasetKey(rowsVersion: string, datasetVersion: string): string {
  return `${rowsVersion}|${datasetVersion}`;
}

export async function activeVersion(): Promise<Extract<Meta, { key: 'active' }> | undefined> {
  const row = await db.meta.get('active');
  return row?.key === 'active' ? row : undefined;
}

export async function pendingJob(): Promise<SyncJob | undefined> {
  return db.jobs.get('job');
}
