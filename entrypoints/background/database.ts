// The extension's IndexedDB database: the rows of lib/sync/storage.ts, and the upgrades that brought older schemas
// to them (dexie-storage.ts is the engine's way in).
import Dexie, { type Table } from 'dexie';
import type { Entity, EntityEvent } from '@/lib/dataset/format';
import { compareIds } from '@/lib/dataset/jsonl';
import type { Meta, StoredBlock, StoredChunk, SyncJob } from '@/lib/sync/storage';
import { LENS_DATABASE } from '@/utils/index-cache-rows';

/** Schema 3's row: one entity, its event history inside. */
type EntityRow = Entity & { version: string };

export class LensDatabase extends Dexie {
  blocks!: Table<StoredBlock, [string, string]>;
  meta!: Table<Meta, string>;
  chunks!: Table<StoredChunk, [string, number]>;
  jobs!: Table<SyncJob, 'job'>;

  constructor() {
    // Relaxed durability: a commit returns once written, without waiting for the disk to flush. A batch is still
    // committed whole or not at all; a power cut can lose only the last commits, and the checkpoint with them.
    super(LENS_DATABASE, { chromeTransactionDurability: 'relaxed' });
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
