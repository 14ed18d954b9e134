// The data engine's storage (lib/sync/storage.ts) in the extension's IndexedDB database, through Dexie.
import Dexie, { type Table } from 'dexie';
import type { MetaKey, MetaRow, StoreArea, SyncStorage } from '@/lib/sync/storage';
import { db, type LensDatabase } from './database';

function blocksOf(database: LensDatabase, version: string) {
  return database.blocks.where(':id').between([version, Dexie.minKey], [version, Dexie.maxKey], true, true);
}

export function dexieStorage(database: LensDatabase): SyncStorage {
  const tables: Record<StoreArea, Table> = { blocks: database.blocks, chunks: database.chunks, jobs: database.jobs, meta: database.meta };
  return {
    async getMeta<K extends MetaKey>(key: K) {
      const row = await database.meta.get(key);
      return row?.key === key ? (row as MetaRow<K>) : undefined;
    },
    async putMeta(row) {
      await database.meta.put(row);
    },

    getJob: () => database.jobs.get('job'),
    async putJob(job) {
      await database.jobs.put(job);
    },
    deleteJob: () => database.jobs.delete('job'),

    async putChunk(chunk) {
      await database.chunks.put(chunk);
    },
    getChunk: (file, seq) => database.chunks.get([file, seq]),
    async deleteChunks(file) {
      await database.chunks.where('file').equals(file).delete();
    },
    clearChunks: () => database.chunks.clear(),

    async addBlock(block) {
      await database.blocks.add(block);
    },
    deleteBlock: (version, firstId) => database.blocks.delete([version, firstId]),
    blockFor: (version, id) => database.blocks.where(':id').between([version, Dexie.minKey], [version, id], true, true).last(),
    blocks: (version, after, limit) =>
      (after === null ? blocksOf(database, version) : database.blocks.where(':id').between([version, after], [version, Dexie.maxKey], false, true)).limit(limit).toArray(),
    /** Walks the primary key one version at a time. */
    async versions() {
      const out: string[] = [];
      let next = await database.blocks.orderBy(':id').limit(1).primaryKeys();
      while (next.length) {
        const version = next[0][0];
        out.push(version);
        next = await database.blocks.where(':id').above([version, Dexie.maxKey]).limit(1).primaryKeys();
      }
      return out;
    },
    /** One key range, deleted without a cursor. */
    async deleteVersion(version) {
      await blocksOf(database, version).delete();
    },

    transaction: (areas, body) => database.transaction('rw', areas.map((a) => tables[a]), body),
  };
}

/** The worker's storage. */
export const storage = dexieStorage(db);
