// A reader who installed the extension when entities, names and events had tables of their own keeps their dataset:
// the upgrades fold each entity's events into its record and store the records in blocks in id order.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { db } from '../../entrypoints/background/database';
import { storage } from '../../entrypoints/background/dexie-storage';
import { countEntities, getEntity } from '../../lib/sync/blocks';
import { person } from '../sync/fixtures';

describe('database upgrade from schema 2', () => {
  it('moves every event into its entity, in order, and keeps the active version and its count', async () => {
    db.close();
    await db.delete();
    const old = new Dexie('sanctions-lens');
    old.version(1).stores({ entities: '[version+id], version', names: '[version+key+entityId], version, [version+entityId]', events: '[version+entityId+seq], version', meta: 'key' });
    old.version(2).stores({ events: '[version+entityId+seq], version, [version+entityId]', chunks: '[file+seq], file', jobs: 'key' });
    await old.open();
    const a = person('ofac-1', 'FIRST, Person', ['VENEZUELA']);
    const b = person('ofac-2', 'SECOND, Person', ['SDGT']);
    const strip = ({ events: _e, ...e }: typeof a) => e;
    await old.table('entities').bulkPut([{ ...strip(a), version: 'v1' }, { ...strip(b), version: 'v1' }, { ...strip(a), version: 'v0' }]);
    await old.table('names').put({ version: 'v1', key: 'first person', entityId: 'ofac-1', name: 'FIRST, Person' });
    const event = (seq: number, summary: string) => ({ version: 'v1', entityId: 'ofac-1', seq, type: 'designated', date: `2020-01-0${seq + 1}`, summary });
    await old.table('events').bulkPut([event(1, 'later'), event(0, 'earlier')]);
    await old.table('meta').put({ key: 'active', version: 'v1', manifest: { version: 'd1' }, importedAt: '2024-01-01' });
    old.close();

    await db.open();
    expect(db.verno).toBe(6);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['blocks', 'chunks', 'jobs', 'meta']);
    expect(await storage.getMeta('active')).toMatchObject({ version: 'v1', entityCount: 2 });
    expect(await storage.versions()).toEqual(['v0', 'v1']);
    expect(await countEntities(storage, 'v1')).toBe(2);
    const first = await getEntity(storage, 'v1', 'ofac-1');
    expect(first?.name).toBe('FIRST, Person');
    expect(first?.events.map((e) => e.summary)).toEqual(['earlier', 'later']);
    expect((await getEntity(storage, 'v1', 'ofac-2'))?.events).toEqual([]);
    expect((await getEntity(storage, 'v0', 'ofac-1'))?.events).toEqual([]);
    expect(await getEntity(storage, 'v1', 'ofac-3')).toBeNull();
  });
});
