// Entities of a dataset version, kept in blocks of records in id order. IndexedDB's cost is mostly per row (about
// 60-110 µs a row in Chromium, whatever its size), so one row per block of about a thousand records imports some
// 30 times faster than one row per entity. A block's key is [version, its first id]: an id is in the last block whose
// first id is not after it. Records are kept as their JSON text, which IndexedDB copies far faster than objects.
import type { DeltaOp } from '../dataset/delta';
import { removedEntity, withHistory, type VersionSpan } from '../dataset/diff';
import type { Entity } from '../dataset/format';
import { compareIds } from '../dataset/jsonl';
import { breather } from './breather';
import type { StoredBlock, SyncStorage } from './storage';

/**
 * Records a block written by an import holds (a block may grow to twice this through deltas, then splits). Storing a
 * block of 1,000 stalled the worker 150-230 ms at a time in a profile of a first check (the put's structured clone
 * and the garbage it leaves), while pages waited; 500 halved that, and 250 halves it again: in worker profiles of a
 * check, the longest stretch holding a block put went from about 125 ms to 56 ms (31 ms of it Dexie's put), and a
 * page's lookup reads half as much. Twice the rows cost nothing one notices (70 rows for 17,451 entities).
 */
export const BLOCK_RECORDS = 250;

export function toRow(entity: Entity): string {
  return JSON.stringify(entity);
}

/** Rows were validated when imported; what storage hands back is what was written. */
export function fromRow(row: string): Entity {
  return JSON.parse(row) as Entity;
}

/** A block of entities already in id order; `rows`, when the caller has them already, are their toRow() texts. */
export function makeBlock(version: string, entities: Entity[], rows: string[] = entities.map(toRow)): StoredBlock {
  return { version, firstId: entities[0].id, ids: entities.map((e) => e.id), rows };
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

/** The version's first block, where an id before every stored id would go. */
export async function firstBlock(storage: SyncStorage, version: string): Promise<StoredBlock | undefined> {
  return (await storage.blocks(version, null, 1))[0];
}

export async function getEntity(storage: SyncStorage, version: string, id: string): Promise<Entity | null> {
  const block = await storage.blockFor(version, id);
  const i = block ? findId(block.ids, id) : -1;
  return block && i >= 0 ? fromRow(block.rows[i]) : null;
}

/** Entities by id (missing ones left out): one range read each, in parallel. */
export async function getEntities(storage: SyncStorage, version: string, ids: readonly string[]): Promise<Map<string, Entity>> {
  const unique = [...new Set(ids)];
  const found = await Promise.all(unique.map((id) => getEntity(storage, version, id)));
  return new Map(unique.flatMap((id, i): [string, Entity][] => (found[i] ? [[id, found[i]]] : [])));
}

/**
 * Every entity of a version, in id order, read a few blocks at a time and parsed with a turn of the event loop every
 * few ms: parsing four blocks (2,000 records) at once was a 105-147 ms stretch in worker profiles of a check, while
 * pages' lookups waited.
 */
export async function readAllEntities(storage: SyncStorage, version: string): Promise<Entity[]> {
  const out: Entity[] = [];
  const breathe = breather();
  let after: string | null = null;
  for (;;) {
    const page = await storage.blocks(version, after, 4);
    if (page.length === 0) return out;
    await parseBlockRows(page.map((b) => b.rows), out, breathe);
    after = page[page.length - 1].firstId;
  }
}

/**
 * The entities of blocks' rows, in order, appended to `out`, with a turn of the event loop every few ms. Takes each
 * block's rows out of `blocks` as it goes, so the texts parsed are not held beside their entities.
 */
export async function parseBlockRows(blocks: string[][], out: Entity[] = [], breathe = breather()): Promise<Entity[]> {
  for (let rows = blocks.shift(); rows; rows = blocks.shift()) {
    for (const [i, row] of rows.entries()) {
      if (i % 50 === 49) await breathe();
      out.push(fromRow(row));
    }
  }
  return out;
}

/** Number of entities in a version, from the blocks' id lists. */
export async function countEntities(storage: SyncStorage, version: string): Promise<number> {
  let n = 0;
  let after: string | null = null;
  for (;;) {
    const page = await storage.blocks(version, after, 16);
    if (page.length === 0) return n;
    for (const block of page) n += block.ids.length;
    after = page[page.length - 1].firstId;
  }
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
  constructor(
    private readonly storage: SyncStorage,
    private readonly version: string,
    private readonly after: string | null,
  ) {}

  private async load(): Promise<void> {
    if (!this.started) {
      this.started = true;
      if (this.after === null) this.block = await firstBlock(this.storage, this.version);
      else {
        this.block = (await this.storage.blockFor(this.version, this.after)) ?? (await firstBlock(this.storage, this.version));
        if (this.block) {
          const i = findId(this.block.ids, this.after);
          this.pos = i >= 0 ? i + 1 : -(i + 1);
        }
      }
    }
    while (this.block && this.pos >= this.block.ids.length) {
      this.block = (await this.storage.blocks(this.version, this.block.firstId, 1))[0];
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
    return fromRow(await this.takeRow());
  }

  /** The stored row (toRow's text) the walk is at, not parsed; moves past it. */
  async takeRow(): Promise<string> {
    await this.load();
    if (!this.block) throw new Error('the walk is at its end');
    return this.block.rows[this.pos++];
  }
}

/** One delta's changes to a block: the rows by id, new ones added, removed ones gone. */
export function editBlock(block: StoredBlock, changes: Map<string, Entity | null>): { ids: string[]; rows: string[] } {
  const rows = new Map(block.ids.map((id, i) => [id, block.rows[i]]));
  for (const [id, entity] of changes) {
    if (entity) rows.set(id, toRow(entity));
    else rows.delete(id);
  }
  const ids = [...rows.keys()].sort(compareIds);
  return { ids, rows: ids.map((id) => rows.get(id)!) };
}

/**
 * Applies one delta's operations to the rows of `version`, in the caller's transaction; returns the change in the
 * number of entities. Each touched block is read and written once; one that grows past twice the usual size splits.
 */
export async function applyDelta(storage: SyncStorage, version: string, ops: DeltaOp[], span: VersionSpan): Promise<number> {
  // One id may change twice in a file; the later change wins, as in order.
  const last = new Map<string, DeltaOp>();
  for (const op of ops) last.set(op.op === 'DEL' ? op.id : op.entity.id, op);
  // An empty version (never so in practice) starts its first block here.
  const first = (await firstBlock(storage, version)) ?? { version, firstId: '', ids: [], rows: [] };
  const touched = new Map<string, { block: StoredBlock; changes: Map<string, Entity | null> }>();
  for (const id of last.keys()) {
    const block = (await storage.blockFor(version, id)) ?? first;
    let entry = touched.get(block.firstId);
    if (!entry) touched.set(block.firstId, (entry = { block, changes: new Map() }));
    const i = findId(block.ids, id);
    const was = i >= 0 ? fromRow(block.rows[i]) : undefined;
    const op = last.get(id)!;
    entry.changes.set(id, op.op !== 'DEL' ? withHistory(was, op.entity, span) : was ? removedEntity(was, span) : null);
  }
  let change = 0;
  for (const { block, changes } of touched.values()) {
    const { ids, rows } = editBlock(block, changes);
    change += ids.length - block.ids.length;
    if (block.ids.length) await storage.deleteBlock(version, block.firstId);
    if (ids.length === 0) continue;
    const per = ids.length > BLOCK_RECORDS * 2 ? BLOCK_RECORDS : ids.length;
    for (let i = 0; i < ids.length; i += per) await storage.addBlock({ version, firstId: ids[i], ids: ids.slice(i, i + per), rows: rows.slice(i, i + per) });
  }
  return change;
}
