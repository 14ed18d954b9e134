// The worker's Dexie storage over fake-indexeddb, through every case of the engine's suite, with the worker's own
// popup search (its cached index of the active dataset) as the proof that a dataset answers.
import 'fake-indexeddb/auto';
import { db } from '../../entrypoints/background/database';
import { storage } from '../../entrypoints/background/dexie-storage';
import { findEntities } from '../../entrypoints/background/active-search-index';
import { engineSuite } from '../sync/engine-suite';
import { describe, expect, it } from 'vitest';
import type { ActiveVersion } from '../../lib/sync/storage';

engineSuite({
  name: 'Dexie on fake-indexeddb',
  async fresh() {
    db.close();
    await db.delete();
    await db.open();
    return storage;
  },
  searchNames: async (_storage, query, limit) => (await findEntities({ query, limit })).hits,
});

describe('the active row as page lookups read it', () => {
  const row = (version: string): ActiveVersion => ({ key: 'active', version, manifest: { version } as ActiveVersion['manifest'], importedAt: '2026-12-06T00:00:00Z', entityCount: 1 });

  it('is the row a switch wrote, once its transaction commits, and never a row an aborted one wrote', async () => {
    db.close();
    await db.delete();
    await db.open();
    expect(await storage.activeRow()).toBeUndefined();
    await storage.putMeta(row('a'));
    expect((await storage.activeRow())?.version).toBe('a');
    // Read inside the switch's transaction (so from memory afterwards only if still true after the commit).
    await storage.transaction(['meta'], async () => {
      await storage.putMeta(row('b'));
      await storage.activeRow();
    });
    expect((await storage.activeRow())?.version).toBe('b');
    await expect(
      storage.transaction(['meta'], async () => {
        await storage.putMeta(row('c'));
        expect((await storage.activeRow())?.version).toBe('c');
        throw new Error('stopped');
      }),
    ).rejects.toThrow('stopped');
    expect((await storage.activeRow())?.version).toBe('b');
  });

  it('is read again from a database deleted and opened again', async () => {
    await storage.putMeta(row('d'));
    expect((await storage.activeRow())?.version).toBe('d');
    db.close();
    await db.delete();
    await db.open();
    expect(await storage.activeRow()).toBeUndefined();
  });
});
