// A reader who installed the extension when events had a table of their own keeps their dataset: the upgrade to
// schema 3 folds each entity's events into its row, and the old tables go.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { activeVersion, db, entitiesOf, storedVersions } from '../../entrypoints/background/database';
import { person } from './fixtures';

describe('database upgrade from schema 2', () => {
  it('moves every event into its entity row, in order, and keeps the active version', async () => {
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
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['chunks', 'entities', 'jobs', 'meta']);
    expect((await activeVersion())?.version).toBe('v1');
    expect(await storedVersions()).toEqual(['v0', 'v1']);
    expect(await entitiesOf('v1').count()).toBe(2);
    const first = await db.entities.get(['v1', 'ofac-1']);
    expect(first?.events.map((e) => e.summary)).toEqual(['earlier', 'later']);
    expect((await db.entities.get(['v1', 'ofac-2']))?.events).toEqual([]);
    expect((await db.entities.get(['v0', 'ofac-1']))?.events).toEqual([]);
  });
});
