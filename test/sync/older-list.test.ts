// A Dataset URL serving a list older than the one in use (a mirror of OFAC's list of 2019 over the shipped one of
// 2024) is held back, and said, until the reader installs it anyway; then an entry missing from the older list was
// never removed from it, so the install keeps no delisted record and makes no event for it. The same dataset with a
// newer list date is installed at once, and delists the entry.
import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetSource, Entity } from '../../lib/dataset/format';
import { listsGoneBack } from '../../lib/dataset/list-dates';
import { readAllEntities } from '../../lib/sync/blocks';
import { createSyncEngine, type EngineDeps } from '../../lib/sync/engine';
import { publish } from '../../scripts/dataset/publication';
import { startDatasetServer, type DatasetServer } from '../../scripts/dataset/server';
import { MemoryStorage } from './memory-storage';

const person = (ref: string, name: string): Entity => ({
  id: `ofac-${ref}`, kind: 'person', name, names: [{ name, type: 'primary' }], birthDates: [], birthPlaces: [], nationalities: [], countries: [], positions: [],
  identifiers: [], sources: [{ list: 'us-ofac-sdn', ref }], sanctions: [{ authority: 'US OFAC', list: 'us-ofac-sdn', program: 'SDGT', status: 'active' }], events: [],
});
const ofacLine = (snapshot: string): DatasetSource => ({ name: 'OFAC Specially Designated Nationals list (sdn.csv)', publisher: 'OFAC', snapshot, licence: 'Public domain', url: 'https://ofac.treasury.gov/' });
const deps: EngineDeps = { fetch: (i, init) => fetch(i, init), timeoutMs: 5000, now: () => Date.now(), allowed: async () => true };

let servers: DatasetServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function installTwo(secondListDay: string): Promise<Entity[]> {
  const storage = new MemoryStorage();
  const engine = createSyncEngine(storage);
  const first = publish([{ created: new Date('2026-12-06T05:00:00Z'), entities: [person('1', 'FIRST PERSON'), person('2', 'SECOND PERSON')], sources: [ofacLine('2024-07-02')] }]);
  const second = publish([{ created: new Date('2026-12-06T06:00:00Z'), entities: [person('1', 'FIRST PERSON')], sources: [ofacLine(secondListDay)] }]);
  for (const p of [first, second]) {
    const server = await startDatasetServer(p.files);
    servers.push(server);
    const older = p === second && secondListDay < '2024-07-02';
    const result = await engine.syncNow(server.manifestUrl, deps);
    if (older) {
      expect(result).toMatchObject({ outcome: 'held', words: { code: 'mirror-older', lists: [{ list: 'us-ofac-sdn', asOf: secondListDay, inUse: '2024-07-02' }] } });
      expect((await storage.getMeta('active'))!.manifest.version).toBe(first.manifest.version);
      expect((await engine.syncState()).heldOlder).toEqual({ version: second.manifest.version, lists: [{ list: 'us-ofac-sdn', asOf: secondListDay, inUse: '2024-07-02' }] });
      // A later check holds it again; only the reader's confirmation of that version installs it.
      expect((await engine.syncNow(server.manifestUrl, deps)).outcome).toBe('held');
      expect((await engine.syncNow(server.manifestUrl, deps, { installOlder: 'another version' })).outcome).toBe('held');
      expect((await engine.syncNow(server.manifestUrl, deps, { installOlder: second.manifest.version })).outcome).toBe('installed');
      expect((await engine.syncState()).heldOlder).toBeNull();
    } else expect(result.outcome).toBe('installed');
  }
  const active = (await storage.getMeta('active'))!;
  return readAllEntities(storage, active.version);
}

describe('a dataset whose list is older than the one in use', () => {
  it('is told by the lists’ dates in the manifests', () => {
    expect(listsGoneBack([ofacLine('2024-07-02')], [ofacLine('2019-01-04')])).toEqual(['us-ofac-sdn']);
    expect(listsGoneBack([ofacLine('2024-07-02')], [ofacLine('2024-07-09')])).toEqual([]);
  });

  it('is held until the reader installs it anyway; then keeps no delisted record and makes no event for an entry the older list lacks', async () => {
    const after = await installTwo('2019-01-04');
    expect(after.map((e) => e.id)).toEqual(['ofac-1']);
    expect(after[0].events).toEqual([]);
  });

  it('while a newer list that lacks an entry delists it, as ever', async () => {
    const after = await installTwo('2024-07-09');
    expect(after.find((e) => e.id === 'ofac-2')).toMatchObject({ sanctions: [expect.objectContaining({ status: 'delisted' })] });
  });
});
