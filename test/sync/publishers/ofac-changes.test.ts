// The OFAC SDN list kept current through OFAC's per-publication change files, against the loopback publisher (the
// committed cuts of the real files, and the change files derived from them): the change files are used only when
// they bring the installed publication exactly up to date, and what they install is what the full files install,
// entities and dated events alike. A broken change file, or one that follows another publication than the
// installed one, makes the check read the full files.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCurated } from '../../../lib/dataset/curated';
import type { Entity } from '../../../lib/dataset/format';
import { readAllEntities } from '../../../lib/sync/blocks';
import { createSyncEngine } from '../../../lib/sync/engine';
import { createPublisherEngine, type PublisherEngine, type PublisherEngineDeps } from '../../../lib/sync/publishers/engine';
import { changesAfter, parseHistory } from '../../../lib/sync/publishers/ofac-changes';
import { DEFAULT_PUBLISHER_SETTINGS } from '../../../lib/sync/publishers/status';
import { changesPath, historyPath } from '../../../scripts/publishers/ofac-changes';
import { allPublications, OFAC_PATHS, ofacPublication, type OfacDate } from '../../../scripts/publishers/publications';
import { startPublisherServer, type PublisherServer } from '../../../scripts/publishers/server';
import { MemoryStorage } from '../memory-storage';

const ONLY_OFAC = { 'ofac-sdn': true, 'ofac-cons': false, un: false, eu: false, uk: false };

let server: PublisherServer;
beforeEach(async () => {
  server = await startPublisherServer({ files: allPublications({ ofac: '2019-01-04', eu: 1, uk: 1, fixturesOnly: true }) });
});
afterEach(() => server.close());

interface Reader {
  storage: MemoryStorage;
  engine: PublisherEngine;
  deps: PublisherEngineDeps;
}

async function reader(): Promise<Reader> {
  const storage = new MemoryStorage();
  const engine = createPublisherEngine(storage, createSyncEngine(storage));
  let clock = Date.parse('2026-12-06T06:00:00Z');
  const deps: PublisherEngineDeps = {
    fetch: (input, init) => fetch(input, init),
    timeoutMs: 5_000,
    now: () => (clock += 60_000),
    sleep: async () => undefined,
    allowed: async () => true,
    curatedRows: parseCurated('[]', 'curated.json').records,
  };
  await engine.setSettings({ ...DEFAULT_PUBLISHER_SETTINGS, on: true, sources: ONLY_OFAC, testOrigin: server.origin, testRedirectOrigin: server.redirectOrigin });
  return { storage, engine, deps };
}

async function entities(r: Reader): Promise<Entity[]> {
  const active = await r.storage.getMeta('active');
  return active ? readAllEntities(r.storage, active.version) : [];
}

const ofacState = async (r: Reader) => (await r.engine.states()).find((s) => s.id === 'ofac-sdn')!;
const requested = (path: string) => server.requests.get(path) ?? 0;

/** A reader with OFAC's list of 2019-01-04 installed from the full files (the guard confirmed). */
async function with2019(): Promise<Reader> {
  server.clearFaults();
  server.setPublication(ofacPublication('2019-01-04', { fixturesOnly: true }));
  const r = await reader();
  await r.engine.check(r.deps, { manual: true, confirm: 'ofac-sdn' });
  expect((await ofacState(r)).publishedAt).toBe('2019-01-04T00:00:00.000Z');
  return r;
}

async function next(r: Reader, date: OfacDate, options: Parameters<typeof ofacPublication>[1] = {}) {
  server.setPublication(ofacPublication(date, { fixturesOnly: true, ...options }));
  server.requests.clear();
  return r.engine.check(r.deps, { manual: true, confirm: 'ofac-sdn' });
}

describe("OFAC's change files", () => {
  it("bring the installed list up to date with the change file alone, and install what the full files install", async () => {
    const byChanges = await with2019();
    await next(byChanges, '2021-05-22');
    const state = await ofacState(byChanges);
    expect(state.outcome).toBe('installed');
    expect(state.message).toMatch(/list of 22 May 2021 installed from the publisher's change files \(1 publication\)/);
    expect(requested(changesPath('2021-05-22'))).toBe(1);
    expect(requested(OFAC_PATHS.sdn) + requested(OFAC_PATHS.alt) + requested(OFAC_PATHS.add)).toBe(0);

    // The same two publications through the full files only: the change file missing.
    const byFiles = await with2019();
    server.setPublication(ofacPublication('2021-05-22', { fixturesOnly: true }));
    server.setFault(changesPath('2021-05-22'), { kind: 'status', status: 404 });
    server.requests.clear();
    await byFiles.engine.check(byFiles.deps, { manual: true, confirm: 'ofac-sdn' });
    expect(requested(OFAC_PATHS.sdn)).toBe(1);
    expect((await ofacState(byFiles)).message).toMatch(/installed from the full files \(the change files could not be used/);

    const a = await entities(byChanges);
    const b = await entities(byFiles);
    expect(a.length).toBeGreaterThan(70);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    // Added on 22 May 2021, dated by the publications that bound the change.
    const added = a.filter((e) => e.events.some((x) => x.change === 'added' && x.date === '2021-05-22T00:00:00.000Z' && x.after === '2019-01-04T00:00:00.000Z'));
    expect(added).toHaveLength(35);
  });

  it('a day with no publication costs the history alone', async () => {
    const r = await with2019();
    server.requests.clear();
    const result = await r.engine.check(r.deps, { manual: true });
    expect(result.installed).toBe(false);
    expect((await ofacState(r)).message).toMatch(/unchanged \(no publication since the one in use\)/);
    expect([...server.requests.keys()].every((k) => k.startsWith('/changes/history/'))).toBe(true);
  });

  it('applies a chain of change files (2021-05-22, then 2024-07-02) as the full files would', async () => {
    const r = await with2019();
    await next(r, '2024-07-02');
    expect(requested(changesPath('2021-05-22'))).toBe(1);
    expect(requested(changesPath('2024-07-02'))).toBe(1);
    expect((await ofacState(r)).message).toMatch(/list of 2 Jul 2024 installed from the publisher's change files \(2 publications\)/);
    const byFiles = await with2019();
    server.setPublication(ofacPublication('2024-07-02', { fixturesOnly: true }));
    server.setFault(changesPath('2021-05-22'), { kind: 'status', status: 500 });
    await byFiles.engine.check(byFiles.deps, { manual: true, confirm: 'ofac-sdn' });
    expect(JSON.stringify(await entities(r))).toBe(JSON.stringify(await entities(byFiles)));
  });

  it('reads the full files when the change file is broken', async () => {
    const r = await with2019();
    await next(r, '2021-05-22', { broken: '2021-05-22' });
    const state = await ofacState(r);
    expect(state.outcome).toBe('installed');
    expect(state.publishedAt).toBe('2021-05-22T00:00:00.000Z');
    expect(state.message).toMatch(/from the full files \(the change files could not be used \(the file is cut short/);
    expect(requested(OFAC_PATHS.sdn)).toBe(1);
  });

  it('reads the full files when the change file follows another publication than the installed one', async () => {
    const r = await with2019();
    await next(r, '2021-05-22', { otherPrevious: true });
    expect(requested(changesPath('2021-05-22'))).toBe(0);
    expect(requested(OFAC_PATHS.sdn)).toBe(1);
    expect((await ofacState(r)).message).toMatch(/from the full files \(the publisher's history does not list the installed publication of 2019-01-04 alone\)/);
  });

  it("keeps the full files' validators after a change-file install: with the history down, a 304 says nothing is newer", async () => {
    const r = await with2019();
    await next(r, '2021-05-22');
    expect((await ofacState(r)).installedVia).toBe('changes');
    // The full files still serve 2019's publication; the history cannot be read.
    server.setPublication(ofacPublication('2019-01-04', { fixturesOnly: true }));
    for (let year = 2021; year <= 2026; year++) server.setFault(historyPath(year), { kind: 'status', status: 503 });
    server.requests.clear();
    server.sent.clear();
    const result = await r.engine.check(r.deps, { manual: true });
    expect(result.installed).toBe(false);
    const state = await ofacState(r);
    expect(state).toMatchObject({ outcome: 'unchanged', publishedAt: '2021-05-22T00:00:00.000Z' });
    expect(state.message).toMatch(/unchanged \(not modified since the last check\)/);
    expect(requested(OFAC_PATHS.sdn)).toBe(1);
    expect(requested(OFAC_PATHS.alt)).toBe(0);
    expect(server.totalSent()).toBeLessThan(2_000);
  });

  it('with the history down, full files behind the change files are not installed, nor those of the same publication', async () => {
    const r = await with2019();
    await next(r, '2024-07-02');
    for (let year = 2024; year <= 2026; year++) server.setFault(historyPath(year), { kind: 'status', status: 503 });
    // The full files moved on from 2019 to 2021 only: older than the list in use, which stays.
    await next(r, '2021-05-22');
    let state = await ofacState(r);
    expect(state).toMatchObject({ outcome: 'older', publishedAt: '2024-07-02T00:00:00.000Z', installedVia: 'changes' });
    expect(state.message).toMatch(/the publisher served the list of 22 May 2021, older than the list of 2 Jul 2024 in use, so it was not installed/);
    // Their validators are kept: the next check is a 304.
    server.requests.clear();
    server.sent.clear();
    await r.engine.check(r.deps, { manual: true });
    expect((await ofacState(r)).outcome).toBe('older');
    expect(server.totalSent()).toBeLessThan(2_000);
    // The full files of the publication in use: read whole, the same publication (a day with no change), and asked
    // conditionally after.
    await next(r, '2024-07-02');
    state = await ofacState(r);
    expect(state).toMatchObject({ outcome: 'unchanged', publishedAt: '2024-07-02T00:00:00.000Z', installedVia: 'changes' });
    expect(state.message).toMatch(/unchanged \(the publisher's list of 2 Jul 2024 is the one in use\)/);
    server.requests.clear();
    await r.engine.check(r.deps, { manual: true });
    expect((await ofacState(r)).message).toMatch(/not modified since the last check/);
  });

  it('the list shipped with the extension (no rows of a publication) is brought up to date by the full files', async () => {
    const r = await reader();
    await r.engine.check(r.deps, { manual: true, confirm: 'ofac-sdn' });
    expect(requested(historyPath(2019))).toBe(0);
    expect(await r.storage.getMeta('ofacRows')).toMatchObject({ publishedAt: '2019-01-04T00:00:00.000Z' });
  });
});

describe("OFAC's history", () => {
  it('reads the publications and finds those after the installed one', () => {
    const history = parseHistory('[{"publicationID":501,"datePublished":"2026-01-15T10:30:00.123"},{"publicationID":500,"datePublished":"2026-01-10T09:00:00"}]');
    expect(history).toEqual([{ id: '501', day: '2026-01-15' }, { id: '500', day: '2026-01-10' }]);
    expect(changesAfter(history, '2026-01-10')).toEqual([{ id: '501', day: '2026-01-15' }]);
    expect(changesAfter(history, '2026-01-15')).toEqual([]);
    expect(changesAfter(history, '2026-01-11')).toBeNull();
    // Two publications on the installed day: which one is installed cannot be told.
    expect(changesAfter([...history, { id: '502', day: '2026-01-15' }], '2026-01-15')).toBeNull();
    expect(() => parseHistory('<html>')).toThrow(/not JSON/);
    expect(() => parseHistory('[{"id":1}]')).toThrow(/not a list of publications/);
  });
});
