// The publishers' engine in Node over the in-memory storage and the publishers played in memory with the committed
// real fixtures: turning on, the first check of every source, a day with no change, a newer OFAC publication whose
// changes become dated events, one source failing while the others update, the guard against a cut-short list.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseCurated } from '../../../lib/dataset/curated';
import type { Entity } from '../../../lib/dataset/format';
import { readAllEntities } from '../../../lib/sync/blocks';
import { createSyncEngine } from '../../../lib/sync/engine';
import { createPublisherEngine, type PublisherEngine, type PublisherEngineDeps } from '../../../lib/sync/publishers/engine';
import { DEFAULT_PUBLISHER_SETTINGS, type SourceState } from '../../../lib/sync/publishers/status';
import { MemoryStorage } from '../memory-storage';
import { FakePublishers, ORIGIN, PATHS, read } from './fake-publishers';

const VEN = 'venezuela-2019/';
const ALT_2019 = read(`${VEN}ofac_alt_2019-01-04.csv`);
const ADD_2019 = read(`${VEN}ofac_add_2019-01-04.csv`);
const SDN_2019 = read(`${VEN}ofac_sdn_2019-01-04.csv`);
const SDN_2021 = read(`${VEN}ofac_sdn_2021-05-22.csv`);
const SDN_2024 = read(`${VEN}ofac_sdn_2024-07-02.csv`);

let storage: MemoryStorage;
let publishers: FakePublishers;
let engine: PublisherEngine;
let clock: number;
let granted: boolean;

function deps(): PublisherEngineDeps {
  return {
    fetch: publishers.fetch,
    timeoutMs: 5000,
    now: () => clock,
    sleep: async () => undefined,
    allowed: async () => granted,
    curatedRows: parseCurated('[]', 'curated.json').records,
  };
}

async function entities(): Promise<Entity[]> {
  const active = await storage.getMeta('active');
  return active ? readAllEntities(storage, active.version) : [];
}

const state = async (id: SourceState['id']) => (await engine.states()).find((s) => s.id === id)!;

beforeEach(async () => {
  storage = new MemoryStorage();
  engine = createPublisherEngine(storage, createSyncEngine(storage));
  publishers = new FakePublishers();
  clock = Date.parse('2026-12-06T06:00:00Z');
  granted = true;
  publishers.ofac(SDN_2019, ALT_2019, ADD_2019, '2019-01-04T12:00:00Z');
  publishers.serve(PATHS.consPrim, read('ofac/cons_prim_2025-12-19.sample.csv'), '2025-12-19T12:00:00Z');
  publishers.serve(PATHS.consAlt, read('ofac/cons_alt_2025-12-19.sample.csv'), '2025-12-19T12:00:00Z');
  publishers.serve(PATHS.consAdd, read('ofac/cons_add_2025-12-19.sample.csv'), '2025-12-19T12:00:00Z');
  publishers.serve(PATHS.un, read('un/UN_consolidated_2026-02-27.sample.xml'), '2026-02-27T00:00:00Z');
  publishers.eu(read('eu-fsf/xmlFullSanctionsList_1_1.excerpt.xml'), '2026-08-05T14:47:04Z');
  publishers.serve(PATHS.uk, read('uk-fcdo/UK-Sanctions-List.excerpt.xml'), '2026-08-14T23:00:04Z');
});

async function turnOn(): Promise<void> {
  await engine.setSettings({ ...DEFAULT_PUBLISHER_SETTINGS, on: true });
}

describe('the publishers engine', () => {
  it('fetches nothing until the reader turns updates on', async () => {
    const result = await engine.check(deps(), { manual: true });
    expect(result.installed).toBe(false);
    expect(publishers.requests).toEqual([]);
    expect(await engine.nextCheckAt(24)).toBeNull();
  });

  it('installs every source on the first check, each with its own date', async () => {
    await turnOn();
    const result = await engine.check(deps(), { manual: true });
    expect(result.installed).toBe(true);
    const all = await entities();
    const lists = new Set(all.flatMap((e) => e.sanctions.map((s) => s.list)));
    expect([...lists].sort()).toEqual(['eu-fsf', 'gb-fcdo-sanctions', 'un-sc-consolidated', 'us-ofac-cons', 'us-ofac-sdn']);
    expect(all.find((e) => e.id === 'ofac-11185')?.name).toBe('RANGEL SILVA, Henry de Jesus');
    const ofac = await state('ofac-sdn');
    expect(ofac.outcome).toBe('installed');
    expect(ofac.publishedAt).toBe('2019-01-04T12:00:00.000Z');
    expect(ofac.entries).toBeGreaterThan(70);
    expect((await state('un')).publishedAt).toMatch(/^2026-02-27/);
    expect((await state('eu')).publishedAt).toMatch(/^2026-08-05/);
    expect((await state('uk')).publishedAt).toMatch(/^2026-08-14/);
    const manifest = (await storage.getMeta('active'))!.manifest;
    expect(manifest.sources.map((s) => s.name).sort()).toEqual(['EU Financial Sanctions Files', 'OFAC Consolidated (non-SDN) list', 'OFAC SDN list', 'UK Sanctions List', 'UN Security Council Consolidated List']);
    // Nothing was installed before, so nothing is "added" on a date: no invented event.
    expect(all.flatMap((e) => e.events).filter((x) => x.precision === 'between')).toEqual([]);
  });

  it('a day with no change downloads almost nothing and installs nothing', async () => {
    await turnOn();
    await engine.check(deps(), { manual: true });
    const version = (await storage.getMeta('active'))!.manifest.version;
    publishers.bytesSent = 0;
    clock += 86_400_000;
    const result = await engine.check(deps(), { manual: true });
    expect(result.installed).toBe(false);
    expect((await storage.getMeta('active'))!.manifest.version).toBe(version);
    for (const id of ['ofac-sdn', 'ofac-cons', 'un', 'eu', 'uk'] as const) expect((await state(id)).outcome).toBe('unchanged');
    // Only the EU feed is a full answer; the files answer 304.
    expect(publishers.bytesSent).toBeLessThan(2_000);
  });

  it("turns a newer OFAC publication's changes into dated events, and keeps a removed entry as delisted", async () => {
    await turnOn();
    await engine.check(deps(), { manual: true });
    const before = await entities();
    publishers.ofac(SDN_2021, ALT_2019, ADD_2019, '2021-05-22T22:02:00Z');
    clock += 86_400_000;
    const result = await engine.check(deps(), { manual: true, confirm: 'ofac-sdn' });
    expect(result.installed).toBe(true);
    const after = await entities();
    const ids2019 = new Set(before.filter((e) => e.id.startsWith('ofac-')).map((e) => e.id));
    const added = after.filter((e) => e.id.startsWith('ofac-') && !ids2019.has(e.id));
    expect(added.length).toBeGreaterThan(100);
    const event = added[0].events.find((x) => x.type === 'designated')!;
    expect(event).toMatchObject({ precision: 'between', after: '2019-01-04T12:00:00.000Z', date: '2021-05-22T22:02:00.000Z', change: 'added', list: 'us-ofac-sdn' });
    expect(event.summary).toMatch(/^Added to the OFAC SDN list/);
    // Its sanction row says since when, as the event does: between the two publications.
    expect(added[0].sanctions.find((s) => s.list === 'us-ofac-sdn')).toMatchObject({ listedAfter: '2019-01-04', listedBy: '2021-05-22' });
    for (const id of ids2019) expect(after.some((e) => e.id === id)).toBe(true);
    const moved = after.find((e) => e.events.some((x) => x.type === 'program-changed'))!;
    expect(moved.events.find((x) => x.type === 'program-changed')!.summary).toMatch(/^Programs on the OFAC SDN list: VENEZUELA → .*VENEZUELA/);
    expect((await state('ofac-sdn')).publishedAt).toBe('2021-05-22T22:02:00.000Z');

    // 2021 to 2024: entries OFAC removed stay in the dataset, delisted, with the window they left in.
    publishers.ofac(SDN_2024, ALT_2019, ADD_2019, '2024-07-02T08:24:00Z');
    clock += 86_400_000;
    await engine.check(deps(), { manual: true, confirm: 'ofac-sdn' });
    const ids2021 = new Set(after.filter((e) => e.sanctions.some((s) => s.list === 'us-ofac-sdn' && s.status === 'active')).map((e) => e.id));
    const in2024 = new Set(SDN_2024.toString('latin1').split('\n').map((l) => `ofac-${l.split(',')[0]}`));
    const removed = [...ids2021].filter((id) => !in2024.has(id));
    expect(removed.length).toBeGreaterThan(0);
    const latest = await entities();
    for (const id of removed) {
      const e = latest.find((x) => x.id === id)!;
      expect(e.sanctions.filter((s) => s.list === 'us-ofac-sdn').every((s) => s.status === 'delisted')).toBe(true);
      expect(e.events.find((x) => x.type === 'delisted')).toMatchObject({ precision: 'between', after: '2021-05-22T22:02:00.000Z', date: '2024-07-02T08:24:00.000Z' });
    }
  });

  it('never installs a publication older than the list in use, and takes the same one as a day with no change', async () => {
    // SDN.XML's head dates each publication, as OFAC's own Publish_Date.
    const head = (mdy: string) => `<?xml version="1.0" standalone="yes"?>\r\n<sdnList><publshInformation><Publish_Date>${mdy}</Publish_Date><Record_Count>1</Record_Count></publshInformation></sdnList>`;
    await turnOn();
    publishers.ofac(SDN_2021, ALT_2019, ADD_2019, '2021-05-22T22:02:00Z');
    publishers.serve(PATHS.sdnXml, head('05/22/2021'), '2021-05-22T22:02:00Z');
    await engine.check(deps(), { manual: true });
    expect(await state('ofac-sdn')).toMatchObject({ outcome: 'installed', publishedAt: '2021-05-22T00:00:00.000Z', dated: 'publisher' });
    const version = (await storage.getMeta('active'))!.manifest.version;
    const events = (await entities()).flatMap((e) => e.events).length;

    publishers.ofac(SDN_2019, ALT_2019, ADD_2019, '2026-12-07T01:00:00Z');
    publishers.serve(PATHS.sdnXml, head('01/04/2019'), '2026-12-07T01:00:00Z');
    clock += 86_400_000;
    const refused = await engine.check(deps(), { manual: true, confirm: 'ofac-sdn' });
    expect(refused.installed).toBe(false);
    expect((await storage.getMeta('active'))!.manifest.version).toBe(version);
    expect((await entities()).flatMap((e) => e.events)).toHaveLength(events);
    const ofac = await state('ofac-sdn');
    expect(ofac).toMatchObject({ outcome: 'older', publishedAt: '2021-05-22T00:00:00.000Z', older: { publishedAt: '2019-01-04T00:00:00.000Z', inUse: '2021-05-22T00:00:00.000Z' } });
    expect(ofac.message).toBe('OFAC SDN list: the publisher served the list of 4 Jan 2019, older than the list of 22 May 2021 in use, so it was not installed.');
    // The next day the same older files answer 304: the line still says so.
    clock += 86_400_000;
    await engine.check(deps(), { manual: true });
    expect((await state('ofac-sdn')).outcome).toBe('older');

    // The publication in use served again (new bytes, the same date): no change, nothing installed.
    publishers.ofac(SDN_2021, ALT_2019, `${ADD_2019.toString('latin1')}\n`, '2026-12-09T01:00:00Z');
    publishers.serve(PATHS.sdnXml, head('05/22/2021'), '2026-12-09T01:00:00Z');
    clock += 86_400_000;
    expect((await engine.check(deps(), { manual: true })).installed).toBe(false);
    expect(await state('ofac-sdn')).toMatchObject({ outcome: 'unchanged', publishedAt: '2021-05-22T00:00:00.000Z' });
    expect((await state('ofac-sdn')).older).toBeUndefined();
    expect((await storage.getMeta('active'))!.manifest.version).toBe(version);
  });

  it('an OFAC entry folded into another for the same party is no delisting', async () => {
    await turnOn();
    const lines = SDN_2019.toString('latin1').split('\n').filter((l) => l.trim());
    const carvajal = lines.find((l) => l.startsWith('11186,'))!;
    // Without the birth place: an entry with the same name, day and place is one person's second entry, merged at
    // once (same-list-duplicates.ts); this one only the merge's name-and-day key ties to 11186.
    const twin = carvajal.replace(/^11186,/, '99999,').replace(' POB La Cruz, Venezuela;', '');
    publishers.ofac([...lines, twin].join('\n'), ALT_2019, ADD_2019, '2019-01-04T12:00:00Z');
    await engine.check(deps(), { manual: true });
    expect((await entities()).some((e) => e.id === 'ofac-99999')).toBe(true);
    publishers.ofac(lines.join('\n'), ALT_2019, ADD_2019, '2019-02-01T12:00:00Z');
    clock += 86_400_000;
    await engine.check(deps(), { manual: true });
    const after = await entities();
    expect(after.some((e) => e.id === 'ofac-99999')).toBe(false);
    const kept = after.find((e) => e.id === 'ofac-11186')!;
    expect(kept.sanctions.every((s) => s.status === 'active')).toBe(true);
    expect(kept.events.map((x) => x.summary)).toContain('Entry 99999 of the OFAC SDN list was merged into entry 11186 for the same party');
  });

  it('one source failing never blocks the others, and says so in words', async () => {
    await turnOn();
    await engine.check(deps(), { manual: true });
    publishers.faults.set(PATHS.un, { status: 500 });
    publishers.ofac(SDN_2021, ALT_2019, ADD_2019, '2021-05-22T22:02:00Z');
    clock += 86_400_000;
    const result = await engine.check(deps(), { manual: true, confirm: 'ofac-sdn' });
    expect(result.installed).toBe(true);
    const un = await state('un');
    expect(un.outcome).toBe('failed');
    expect(un.message).toMatch(/server had an error \(HTTP 500\); the list of 27 Feb 2026 is in use; next try/);
    expect(un.nextTryAt).not.toBeNull();
    expect((await entities()).some((e) => e.sanctions.some((s) => s.list === 'un-sc-consolidated'))).toBe(true);
    expect((await state('ofac-sdn')).outcome).toBe('installed');
  });

  it('calls a check with one failed source up to date, not failed, and one where every source failed, failed', async () => {
    await turnOn();
    await engine.check(deps(), { manual: true });
    publishers.faults.set(PATHS.uk, { status: 500 });
    clock += 86_400_000;
    await engine.check(deps(), { manual: true });
    const history = async () => (await storage.getMeta('history'))!.entries[0];
    expect(await history()).toMatchObject({ outcome: 'up-to-date', words: { code: 'publishers', installed: false, failed: ['uk'] } });
    for (const path of Object.values(PATHS)) publishers.faults.set(path, { status: 500 });
    clock += 86_400_000;
    await engine.check(deps(), { manual: true });
    expect((await history()).outcome).toBe('failed');
  });

  it('retries a server error twice, after 5 and 30 s; against loopback publishers (tests only) after 50 and 300 ms', async () => {
    await turnOn();
    publishers.faults.set(PATHS.un, { status: 500 });
    const slept: number[] = [];
    const recording = { ...deps(), sleep: async (ms: number) => void slept.push(ms) };
    await engine.setSettings({ ...DEFAULT_PUBLISHER_SETTINGS, on: true, sources: { ...DEFAULT_PUBLISHER_SETTINGS.sources, 'ofac-sdn': false, 'ofac-cons': false, eu: false, uk: false } });
    await engine.check(recording, { manual: true });
    expect(slept).toEqual([5_000, 30_000]);
    expect(publishers.requests.filter((p) => p === PATHS.un)).toHaveLength(3);
    slept.length = 0;
    await engine.setSettings({ ...(await engine.settings()), testOrigin: ORIGIN });
    await engine.check(recording, { manual: true });
    expect(slept).toEqual([50, 300]);
    expect((await state('un')).message).toMatch(/HTTP 500/);
  });

  it('holds back a well-formed publication that drops most entries, until a later check confirms it', async () => {
    await turnOn();
    await engine.check(deps(), { manual: true });
    const count = (await entities()).length;
    const lines = SDN_2019.toString('latin1').split('\n');
    publishers.ofac(lines.slice(0, 8).join('\n'), ALT_2019, ADD_2019, '2019-01-05T12:00:00Z');
    clock += 86_400_000;
    const held = await engine.check(deps(), { manual: true });
    expect(held.installed).toBe(false);
    const ofac = await state('ofac-sdn');
    expect(ofac.outcome).toBe('held');
    expect(ofac.message).toMatch(/would remove \d+ of \d+ entries at once, so it is held back/);
    expect((await entities()).length).toBe(count);
    clock += 86_400_000;
    const confirmed = await engine.check(deps(), { manual: true });
    expect(confirmed.installed).toBe(true);
    expect((await state('ofac-sdn')).outcome).toBe('installed');
  });

  it('refuses a broken file in words and keeps the list in use', async () => {
    await turnOn();
    await engine.check(deps(), { manual: true });
    const xml = read('uk-fcdo/UK-Sanctions-List.excerpt.xml');
    publishers.serve(PATHS.uk, xml.subarray(0, Math.floor(xml.byteLength / 2)), '2026-08-15T00:00:00Z');
    clock += 86_400_000;
    await engine.check(deps(), { manual: true });
    const uk = await state('uk');
    expect(uk.outcome).toBe('failed');
    expect(uk.message).toMatch(/^UK Sanctions List: The UK list could not be read/);
    expect((await entities()).some((e) => e.sanctions.some((s) => s.list === 'gb-fcdo-sanctions'))).toBe(true);
  });

  it('a worker stopped mid-install goes on at its next start, and the sources then show the installed lists', async () => {
    await turnOn();
    let batches = 0;
    const stopping = { ...deps(), batchSize: 10, shouldStop: () => ++batches > 3 };
    await expect(engine.check(stopping, { manual: true })).rejects.toThrow(/stopped/);
    expect(await storage.getMeta('active')).toBeUndefined();
    // The next start: a new engine over the same storage goes on from the checkpoint.
    const sync = createSyncEngine(storage);
    const restarted = createPublisherEngine(storage, sync);
    const resumed = await sync.resumePending({ ...deps(), allowed: async () => true });
    expect(resumed?.outcome).toBe('installed');
    const states = await restarted.states();
    expect(states.find((s) => s.id === 'ofac-sdn')).toMatchObject({ outcome: 'installed', publishedAt: '2019-01-04T12:00:00.000Z' });
    expect((await entities()).some((e) => e.id === 'ofac-11185')).toBe(true);
  });

  it('asks for nothing without the host permissions', async () => {
    await turnOn();
    granted = false;
    await engine.check(deps(), { manual: true });
    expect(publishers.requests).toEqual([]);
    expect((await state('ofac-sdn')).outcome).toBe('failed');
  });

  it('checks only the sources left on', async () => {
    await engine.setSettings({ on: true, sources: { 'ofac-sdn': false, 'ofac-cons': false, un: true, eu: false, uk: false } });
    await engine.check(deps(), { manual: true });
    expect(new Set(publishers.requests)).toEqual(new Set([PATHS.un]));
  });
});
