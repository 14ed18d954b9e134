// The sync engine over the in-memory storage: every case of engine-suite.ts.
import { readAllEntities } from '../../lib/sync/blocks';
import { buildSearchIndex } from '../../lib/search/search-index';
import { search } from '../../lib/search/query';
import { engineSuite } from './engine-suite';
import { MemoryStorage } from './memory-storage';

engineSuite({
  name: 'memory',
  fresh: async () => new MemoryStorage(),
  async searchNames(storage, query, limit) {
    const active = await storage.getMeta('active');
    if (!active) return [];
    return search(buildSearchIndex(await readAllEntities(storage, active.version)), query, {}, limit).hits;
  },
});
