// The worker's Dexie storage over fake-indexeddb, through every case of the engine's suite, with the worker's own
// popup search (its cached index of the active dataset) as the proof that a dataset answers.
import 'fake-indexeddb/auto';
import { db } from '../../entrypoints/background/database';
import { storage } from '../../entrypoints/background/dexie-storage';
import { findEntities } from '../../entrypoints/background/active-search-index';
import { engineSuite } from '../sync/engine-suite';

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
