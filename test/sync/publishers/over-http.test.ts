// The publishers' engine against the loopback server that plays the publishers over HTTP (scripts/publishers/):
// OFAC's 302 to its storage host is followed, a redirect to a host no source declares is refused, and a slow
// answer past the time limit fails that source alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCurated } from '../../../lib/dataset/curated';
import { createSyncEngine } from '../../../lib/sync/engine';
import { createPublisherEngine, type PublisherEngineDeps } from '../../../lib/sync/publishers/engine';
import { DEFAULT_PUBLISHER_SETTINGS } from '../../../lib/sync/publishers/status';
import { allPublications, OFAC_PATHS, UN_PATH } from '../../../scripts/publishers/publications';
import { startPublisherServer, type PublisherServer } from '../../../scripts/publishers/server';
import { MemoryStorage } from '../memory-storage';

let server: PublisherServer;
beforeAll(async () => {
  server = await startPublisherServer({ files: allPublications({ ofac: '2019-01-04', eu: 1, uk: 1, fixturesOnly: true }) });
});
afterAll(() => server.close());

function setup() {
  const storage = new MemoryStorage();
  const engine = createPublisherEngine(storage, createSyncEngine(storage));
  const deps: PublisherEngineDeps = {
    fetch: (input, init) => fetch(input, init),
    timeoutMs: 2_000,
    now: () => Date.now(),
    sleep: async () => undefined,
    allowed: async () => true,
    curatedRows: parseCurated('[]', 'curated.json').records,
  };
  return { engine, deps };
}

describe('the publishers engine over HTTP', () => {
  it("follows OFAC's redirect to its storage host and installs every source", async () => {
    server.clearFaults();
    const { engine, deps } = setup();
    await engine.setSettings({ ...DEFAULT_PUBLISHER_SETTINGS, on: true, testOrigin: server.origin, testRedirectOrigin: server.redirectOrigin });
    const result = await engine.check(deps, { manual: true });
    expect(result.sources.map((s) => [s.id, s.outcome])).toEqual([['ofac-sdn', 'installed'], ['ofac-cons', 'installed'], ['un', 'installed'], ['eu', 'installed'], ['uk', 'installed']]);
    expect(server.requests.get('/Published/CONS_PRIM.CSV')).toBeGreaterThan(0);
    expect(server.requests.get('/Published/SDN.CSV')).toBeGreaterThan(0);
  });

  it('refuses a redirect to a host no source declares, and only that source fails', async () => {
    server.clearFaults();
    const { engine, deps } = setup();
    server.setFault(UN_PATH, { kind: 'redirect', location: `${server.strayOrigin}${UN_PATH}` });
    await engine.setSettings({ ...DEFAULT_PUBLISHER_SETTINGS, on: true, testOrigin: server.origin, testRedirectOrigin: server.redirectOrigin });
    const result = await engine.check(deps, { manual: true });
    const un = result.sources.find((s) => s.id === 'un')!;
    expect(un.outcome).toBe('failed');
    expect(un.message).toMatch(/sent the download on to another site/);
    expect(result.sources.find((s) => s.id === 'ofac-sdn')!.outcome).toBe('installed');
  });

  // Three attempts of 2 s each.
  it('gives up on a source that stops answering, keeping the others', async () => {
    server.clearFaults();
    const { engine, deps } = setup();
    server.setFault(OFAC_PATHS.sdn, { kind: 'hang' });
    await engine.setSettings({ ...DEFAULT_PUBLISHER_SETTINGS, on: true, testOrigin: server.origin, testRedirectOrigin: server.redirectOrigin });
    const result = await engine.check(deps, { manual: true });
    const ofac = result.sources.find((s) => s.id === 'ofac-sdn')!;
    expect(ofac.outcome).toBe('failed');
    expect(ofac.message).toMatch(/did not answer in time/);
    expect(result.sources.find((s) => s.id === 'uk')!.outcome).toBe('installed');
    server.clearFaults();
  }, 20_000);
});
