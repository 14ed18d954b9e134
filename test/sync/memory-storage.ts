// The data engine's storage in memory, for the engine's tests. It keeps IndexedDB's contract where the engine relies
// on it: values are copied in and out, blocks are ordered by [version, firstId] as IndexedDB orders array keys, and
// a transaction that throws leaves nothing of what it wrote (whatever is written while it runs counts as its own:
// the engine writes nothing else meanwhile).
import type { Meta, MetaKey, MetaRow, StoreArea, StoredBlock, StoredChunk, SyncJob, SyncStorage } from '../../lib/sync/storage';

const copy = <T>(value: T): T => structuredClone(value);

export class MemoryStorage implements SyncStorage {
  readonly meta = new Map<MetaKey, Meta>();
  job: SyncJob | undefined;
  readonly chunks = new Map<string, StoredChunk>();
  /** Per version, its blocks by first id. */
  readonly blockMap = new Map<string, Map<string, StoredBlock>>();
  /** Undo steps of the transactions running, newest last; empty outside a transaction. */
  private undo: (() => void)[][] = [];

  private changing(restore: () => void): void {
    this.undo.at(-1)?.push(restore);
  }

  private sorted(version: string): StoredBlock[] {
    const blocks = [...(this.blockMap.get(version)?.values() ?? [])];
    return blocks.sort((a, b) => (a.firstId < b.firstId ? -1 : a.firstId > b.firstId ? 1 : 0));
  }

  async getMeta<K extends MetaKey>(key: K): Promise<MetaRow<K> | undefined> {
    const row = this.meta.get(key);
    return row?.key === key ? copy(row as MetaRow<K>) : undefined;
  }

  async putMeta(row: Meta): Promise<void> {
    const was = this.meta.get(row.key);
    this.changing(() => (was ? this.meta.set(row.key, was) : this.meta.delete(row.key)));
    this.meta.set(row.key, copy(row));
  }

  async getJob(): Promise<SyncJob | undefined> {
    return this.job && copy(this.job);
  }

  async putJob(job: SyncJob): Promise<void> {
    const was = this.job;
    this.changing(() => (this.job = was));
    this.job = copy(job);
  }

  async deleteJob(): Promise<void> {
    const was = this.job;
    this.changing(() => (this.job = was));
    this.job = undefined;
  }

  async putChunk(chunk: StoredChunk): Promise<void> {
    this.chunks.set(`${chunk.file}\u0000${chunk.seq}`, copy(chunk));
  }

  async getChunk(file: string, seq: number): Promise<StoredChunk | undefined> {
    const chunk = this.chunks.get(`${file}\u0000${seq}`);
    return chunk && copy(chunk);
  }

  async deleteChunks(file: string): Promise<void> {
    for (const [key, chunk] of this.chunks) if (chunk.file === file) this.chunks.delete(key);
  }

  async clearChunks(): Promise<void> {
    this.chunks.clear();
  }

  async addBlock(block: StoredBlock): Promise<void> {
    let blocks = this.blockMap.get(block.version);
    if (!blocks) this.blockMap.set(block.version, (blocks = new Map()));
    // As IndexedDB's add(): a key already there is an error.
    if (blocks.has(block.firstId)) throw new Error(`a block [${block.version}, ${block.firstId}] is already stored`);
    const into = blocks;
    this.changing(() => into.delete(block.firstId));
    blocks.set(block.firstId, copy(block));
  }

  async deleteBlock(version: string, firstId: string): Promise<void> {
    const blocks = this.blockMap.get(version);
    const was = blocks?.get(firstId);
    if (!blocks || !was) return;
    this.changing(() => blocks.set(firstId, was));
    blocks.delete(firstId);
  }

  async blockFor(version: string, id: string): Promise<StoredBlock | undefined> {
    const found = this.sorted(version).filter((b) => b.firstId <= id).at(-1);
    return found && copy(found);
  }

  async blocks(version: string, after: string | null, limit: number): Promise<StoredBlock[]> {
    return this.sorted(version)
      .filter((b) => after === null || b.firstId > after)
      .slice(0, limit)
      .map(copy);
  }

  async versions(): Promise<string[]> {
    return [...this.blockMap].filter(([, blocks]) => blocks.size > 0).map(([v]) => v).sort();
  }

  async deleteVersion(version: string): Promise<void> {
    const was = this.blockMap.get(version);
    if (!was) return;
    this.changing(() => this.blockMap.set(version, was));
    this.blockMap.delete(version);
  }

  async transaction<T>(_areas: readonly StoreArea[], body: () => Promise<T>): Promise<T> {
    const steps: (() => void)[] = [];
    this.undo.push(steps);
    try {
      return await body();
    } catch (e) {
      for (const step of steps.reverse()) step();
      throw e;
    } finally {
      this.undo.splice(this.undo.indexOf(steps), 1);
    }
  }
}
