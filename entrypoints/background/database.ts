// The extension's IndexedDB database. Every row carries the dataset version it belongs to, so a new
// version can be imported beside the active one and switched to in one transaction.
import Dexie, { type Table } from 'dexie';
import type { DatasetManifest, Entity, EntityEvent } from '@/lib/dataset/format';

export type StoredEntity = Omit<Entity, 'events'> & { version: string };
export interface StoredName {
  version: string;
  /** Folded name (lib/names/normalize nameKey), for search. */
  key: string;
  entityId: string;
  name: string;
}
export type StoredEvent = EntityEvent & { version: string; entityId: string; seq: number };
export type Meta =
  | { key: 'active'; version: string; manifest: DatasetManifest; importedAt: string }
  | { key: 'lastImport'; at: string; version: string | null; ok: boolean; message: string };

export class LensDatabase extends Dexie {
  entities!: Table<StoredEntity, [string, string]>;
  names!: Table<StoredName, [string, string, string]>;
  events!: Table<StoredEvent, [string, string, number]>;
  meta!: Table<Meta, string>;

  constructor() {
    super('sanctions-lens');
    this.version(1).stores({
      entities: '[version+id], version',
      names: '[version+key+entityId], version, [version+entityId]',
      events: '[version+entityId+seq], version',
      meta: 'key',
    });
  }
}

export const db = new LensDatabase();

export async function activeVersion(): Promise<Extract<Meta, { key: 'active' }> | undefined> {
  const row = await db.meta.get('active');
  return row?.key === 'active' ? row : undefined;
}
