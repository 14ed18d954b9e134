// The data engine's storage (lib/sync/storage.ts) in the extension's IndexedDB database, through Dexie.
import Dexie, { type Table } from 'dexie';
import type { ActiveVersion, MetaKey, MetaRow, StoreArea, SyncStorage } from '@/lib/sync/storage';
import { db, type LensDatabase } from './database';

function blocksOf(database: LensDatabase, version: string) {
  return database.blocks.where(':id').between([version, Dexie.minKey], [version, Dexie.maxKey], true, true);
}

/** The storage, and the active version's row as page lookups read it (activeRow). */
export interface WorkerStorage extends SyncStorage {
  /**
   * The active row, kept in memory between writes of the meta table: every page scan and search asks for it, and
   * an IndexedDB read during a check is a round trip that lets the check's next slice run first (a lookup waited
   * behind two slices instead of one). Forgotten at each write of 'active' and at the end of every transaction
   * over the meta table, and kept only when no such write happened while it was read.
   */
  activeRow(): Promise<ActiveVersion | undefined>;
}

export function dexieStorage(database: LensDatabase): WorkerStorage {
  const tables: Record<StoreArea, Table> = { blocks: database.blocks, chunks: database.chunks, jobs: database.jobs, meta: database.meta };
  let writes = 0;
  // Tied to the open connection: a database deleted and opened again (tests do) has none of the old rows.
  let active: { row: ActiveVersion | undefined; connection: IDBDatabase } | undefined;
  const forget = () => {
    writes++;
    active = undefined;
  };
  const getMeta = async <K extends MetaKey>(key: K) => {
    const row = await database.meta.get(key);
    return row?.key === key ? (row as MetaRow<K>) : undefined;
  };
  return {
    getMeta,
    async activeRow() {
      if (active && database.isOpen() && database.backendDB() === active.connection) return active.row;
      const before = writes;
      const row = await getMeta('active');
      if (before === writes && database.isOpen()) active = { row, connection: database.backendDB() };
      return row;
    },
    async putMeta(row) {
      if (row.key === 'active') forget();
      await database.meta.put(row);
      if (row.key === 'active') forget();
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

    async transaction(areas, body) {
      try {
        return await database.transaction('rw', areas.map((a) => tables[a]), body);
      } finally {
        // A row written inside counts once the transaction has committed (or aborted).
        if (areas.includes('meta')) forget();
      }
    },
  };
}

/** The worker's storage. */
export const storage = dexieStorage(db);
