// Entities of a dataset version, kept in blocks of records in id order. IndexedDB's cost is mostly per row (about
// 60-110 µs a row in Chromium, whatever its size), so one row per block of about a thousand records imports some
// 30 times faster than one row per entity. A block's key is [version, its first id]: an id is in the last block whose
// first id is not after it. Records are kept as their JSON text, which IndexedDB copies far faster than objects.
import Dexie from 'dexie';
import type { Entity } from '@/lib/dataset/format';
import { db, type StoredBlock } from './database';

/** Records a block written by an import holds (a block may grow to twice this through deltas, then splits). */
export const BLOCK_RECORDS = 1000;

export function toRow(entity: Entity): string {
  return JSON.stringify(entity);
}

/** Rows were validated when imported; what IndexedDB hands back is what was written. */
export function fromRow(row: string): Entity {
  return JSON.parse(row) as Entity;
}

/** A block of entities already in id order. */
export function makeBlock(version: string, entities: Entity[]): StoredBlock {
  return { version, firstId: entities[0].id, ids: entities.map((e) => e.id), rows: entities.map(toRow) };
}

/** Index of `id` in sorted `ids`, or -(insertion point + 1) when absent. */
export function findId(ids: readonly string[], id: string): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] < id) lo = mid + 1;
    else if (ids[mid] > id) hi = mid - 1;
    else return mid;
  }
  return -(lo + 1);
}

function blocksOf(version: string) {
  return db.blocks.where(':id').between([version, Dexie.minKey], [version, Dexie.maxKey], true, true);
}

/** The block that holds `id` if the version has it: the last one whose first id is not after it. */
export async function blockFor(version: string, id: string): Promise<StoredBlock | undefined> {
  return db.blocks.where(':id').between([version, Dexie.minKey], [version, id], true, true).last();
}

/** The version's first block, where an id before every stored id would go. */
export async function firstBlock(version: string): Promise<StoredBlock | undefined> {
  return blocksOf(version).first();
}

export async function getEntity(version: string, id: string): Promise<Entity | null> {
  const block = await blockFor(version, id);
  const i = block ? findId(block.ids, id) : -1;
  return block && i >= 0 ? fromRow(block.rows[i]) : null;
}

/** Entities by id (missing ones left out): one range read each, in parallel. */
export async function getEntities(version: string, ids: readonly string[]): Promise<Map<string, Entity>> {
  const unique = [...new Set(ids)];
  const found = await Promise.all(unique.map((id) => getEntity(version, id)));
  return new Map(unique.flatMap((id, i): [string, Entity][] => (found[i] ? [[id, found[i]]] : [])));
}

/** Every entity of a version, in id order, read a few blocks at a time (each read and parse a short task). */
export async function readAllEntities(version: string): Promise<Entity[]> {
  const out: Entity[] = [];
  let after: string | null = null;
  for (;;) {
    const page: StoredBlock[] = await (after === null
      ? blocksOf(version)
      : db.blocks.where(':id').between([version, after], [version, Dexie.maxKey], false, true)
    ).limit(4).toArray();
    if (page.length === 0) return out;
    for (const block of page) for (const row of block.rows) out.push(fromRow(row));
    after = page[page.length - 1].firstId;
  }
}

/** Number of entities in a version, from the blocks' id lists. */
export async function countEntities(version: string): Promise<number> {
  let n = 0;
  await blocksOf(version).each((b) => {
    n += b.ids.length;
  });
  return n;
}

/** Every version with rows, walking the primary key one version at a time. */
export async function storedVersions(): Promise<string[]> {
  const out: string[] = [];
  let next = await db.blocks.orderBy(':id').limit(1).primaryKeys();
  while (next.length) {
    const version = next[0][0];
    out.push(version);
    next = await db.blocks.where(':id').above([version, Dexie.maxKey]).limit(1).primaryKeys();
  }
  return out;
}

/** Removes a version's rows: one key range, deleted without a cursor. */
export async function deleteVersion(version: string): Promise<void> {
  await blocksOf(version).delete();
}

/**
 * Reads a version's entities in id order, one block at a time, for an import that walks it beside a new file:
 * entities the new file skips over are the ones that left the dataset.
 */
export class VersionWalker {
  private block: StoredBlock | undefined;
  private pos = 0;
  private started = false;

  /** `after`: the walk starts after this id (an import going on from its checkpoint), or at the start. */
  constructor(private readonly version: string, private readonly after: string | null) {}

  private async load(): Promise<void> {
    if (!this.started) {
      this.started = true;
      if (this.after === null) this.block = await firstBlock(this.version);
      else {
        this.block = (await blockFor(this.version, this.after)) ?? (await firstBlock(this.version));
        if (this.block) {
          const i = findId(this.block.ids, this.after);
          this.pos = i >= 0 ? i + 1 : -(i + 1);
        }
      }
    }
    while (this.block && this.pos >= this.block.ids.length) {
      this.block = await db.blocks.where(':id').between([this.version, this.block.firstId], [this.version, Dexie.maxKey], false, true).first();
      this.pos = 0;
    }
  }

  /** The id the walk is at, or null at the end. */
  async peek(): Promise<string | null> {
    await this.load();
    return this.block ? this.block.ids[this.pos] : null;
  }

  /** The entity the walk is at; moves past it. Call after peek() returned an id. */
  async take(): Promise<Entity> {
    await this.load();
    if (!this.block) throw new Error('the walk is at its end');
    return fromRow(this.block.rows[this.pos++]);
  }
}
