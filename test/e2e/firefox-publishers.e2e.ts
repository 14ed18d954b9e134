// Updates from the publishers in a real Firefox (the Firefox build, an MV2 background page), through the options page
// the add-on opens on install: "Turn on updates" and the first check of every source from the publishers played on
// loopback. Driven over Marionette (scripts/marionette.ts), since WebDriver BiDi cannot reach an extension's page.
// Firefox's own automation preference answers the optional-permission request as a reader's "Allow" would. A mirror
// holding OFAC's list of 2019 is installed first through the Dataset URL, so OFAC's 2021 publication is newer (a list
// never goes back). Then the next OFAC publication through its change file alone (the bytes the loopback publisher
// sent), dated on a card, and a publication older than the list in use, refused and said so.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../lib/i18n/format-date';
import type { PublisherSettings, PublisherStatus } from '../../lib/sync/publishers/status';
import { ensureFirefox } from '../../scripts/firefox';
import { startMarionette, type Marionette } from '../../scripts/marionette';
import { sendFromPage, until } from './firefox-pages';
import { changesPath } from '../../scripts/publishers/ofac-changes';
import { allPublications, OFAC_NEXT_DAY, OFAC_PATHS, ofacNextDayPublication, ofacPublication, UK_PATH } from '../../scripts/publishers/publications';
import { startPublisherServer, type PublisherServer } from '../../scripts/publishers/server';
import { startDatasetServer, type DatasetServer } from '../../scripts/dataset/server';
import { olderOfacMirror } from '../../scripts/publishers/older-mirror';

const ADDON = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const ADDON_ID = 'sanctions-lens@sanctions-lens.dev';
// Firefox gives an add-on a random internal address; this preference fixes it, so the test knows its pages.
const UUID = '5a0c1e2d-7b3f-4c8e-9d6a-1f2e3d4c5b6a';
const OPTIONS = `moz-extension://${UUID}/options.html`;

let firefox: Marionette;
let server: PublisherServer;
let mirror: DatasetServer;
let mirrorVersion: string;

const send = <T>(type: string, payload: unknown): Promise<T> => sendFromPage<T>(firefox, type, payload);

const pageText = () => firefox.execute<string>('return document.body.innerText');

beforeAll(async () => {
  if (!existsSync(join(ADDON, 'manifest.json'))) throw new Error(`No Firefox build in ${ADDON}: run \`npm run build:firefox\` first.`);
  // OFAC's list of 2021, newer than the mirror's of 2019; the UK answers HTTP 500.
  server = await startPublisherServer({ files: allPublications({ ofac: '2021-05-22', eu: 1, uk: 1 }) });
  server.setFault(UK_PATH, { kind: 'status', status: 500 });
  const published = olderOfacMirror();
  mirrorVersion = published.manifest.version;
  mirror = await startDatasetServer(published.files);
  firefox = await startMarionette(ensureFirefox(), {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
    'extensions.webextOptionalPermissionPrompts': false,
  });
  await firefox.command('Addon:Install', { path: ADDON, temporary: true });
  // The add-on opens its options page on install, in the window's tab.
  await until('the options page opened on install', () => firefox.execute<string>('return location.href'), (href) => href === OPTIONS, 60_000);
  await until('the options page drawn', pageText, (text) => text.includes('Turn on updates'), 60_000);
}, 180_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  await mirror?.close();
});

/** A message sent as the options page's buttons send it, not waited for (a check outlasts a script's time). */
const post = (type: string, payload: unknown) => firefox.execute(`void browser.runtime.sendMessage({ type: arguments[0], payload: arguments[1] });`, type, payload);

describe('updates from the publishers in Firefox', () => {
  it('"Turn on updates" installs every source from the publishers; one failing does not stop the others', async () => {
    // Tests only: the publishers' paths on the loopback server, which the reader grants in a click.
    const settings: PublisherSettings = { on: null, sources: { 'ofac-sdn': true, 'ofac-cons': true, un: true, eu: true, uk: true }, testOrigin: server.origin, testRedirectOrigin: server.redirectOrigin };
    expect(await send('setPublisherSettings', settings)).toEqual({ ok: true });
    await firefox.execute(`
      const b = document.createElement('button');
      b.id = 'grant-loopback';
      b.textContent = 'grant loopback';
      b.onclick = () => browser.permissions.request({ origins: ['http://127.0.0.1/*', 'http://localhost/*'] }).then((g) => (b.dataset.granted = String(g)));
      document.body.prepend(b);`);
    await firefox.click('#grant-loopback');
    await until('loopback granted', () => firefox.execute<string>("return document.getElementById('grant-loopback').dataset.granted ?? ''"), (g) => g === 'true', 20_000);
    // The mirror with OFAC's list of 2019, through the Dataset URL; then the URL is cleared.
    expect(await send('setSyncSettings', { url: mirror.manifestUrl, intervalHours: 24 })).toEqual({ ok: true });
    await post('syncNow', {});
    // Its OFAC list is older than the one in use: held back, and said so, until the reader's "Install it anyway".
    await until('the mirror held', () => send<{ heldOlder: { version: string } | null }>('syncStatus', {}), (s) => s.heldOlder?.version === mirrorVersion, 150_000);
    await firefox.command('WebDriver:Refresh');
    await until('the held mirror said', pageText, (text) => text.includes("In the mirror's dataset the OFAC SDN list is of 4 Jan 2019, older than the one in use (2 Jul 2024): not installed."), 30_000);
    await firefox.execute(`for (const b of document.querySelectorAll('.sl-held-mirror button')) b.id = 'install-older';`);
    await firefox.click('#install-older');
    await until('the mirror installed', () => send<{ manifest?: { version: string } }>('datasetInfo', {}), (d) => d.manifest?.version === mirrorVersion, 150_000);
    expect(await send('setSyncSettings', { url: '', intervalHours: 24 })).toEqual({ ok: true });
    await firefox.command('WebDriver:Refresh');
    await until('the options page drawn again', pageText, (text) => text.includes('Turn on updates'), 30_000);

    await firefox.execute(`for (const b of document.querySelectorAll('button')) if (b.textContent.trim() === 'Turn on updates') b.id = 'turn-on';`);
    await firefox.click('#turn-on');
    const status = await until(
      'the first check of every source',
      () => send<PublisherStatus>('publisherStatus', {}),
      (s) => s.settings.on === true && !s.running && s.sources.every((src) => src.outcome !== 'never'),
      150_000,
    );
    expect(status.sources.map((s) => [s.id, s.outcome])).toEqual([
      ['ofac-sdn', 'installed'],
      // The non-SDN list's and the UN's publications are the ones in use (the shipped lists'): a day with no change.
      ['ofac-cons', 'unchanged'],
      ['un', 'unchanged'],
      ['eu', 'installed'],
      ['uk', 'failed'],
    ]);
    expect(server.requests.get(OFAC_PATHS.sdn)).toBeGreaterThan(0);
    // Each source's line says its state in words on the page.
    const text = await until('the lines drawn', pageText, (t) => /UK Sanctions List[^\n]*HTTP 500/.test(t), 30_000);
    expect(text).toMatch(/UN Security Council Consolidated List[^\n]*the list of 27 Feb 2026 is in use, checked today/);
    // OFAC's date is its own (SDN.XML's Publish_Date), not the server's date of the CSV files.
    expect(text).toMatch(/OFAC SDN list[^\n]*list of 22 May 2021, checked today/);
    writeFileSync(join(inject('outputDir'), 'firefox-publishers-options.png'), await firefox.screenshot());

    // The popup's search answers from the installed lists.
    const found = await send<{ hits: { name: string }[] }>('find', { query: 'maduro moros', limit: 5 });
    expect(found.hits.map((h) => h.name)).toContain('MADURO MOROS, Nicolas');
  }, 240_000);

  it("the next OFAC publication comes through its change file alone, and dates its additions on a card; an older one is refused", async () => {
    const ofac = async () => (await send<PublisherStatus>('publisherStatus', {})).sources.find((s) => s.id === 'ofac-sdn')!;
    const settled = (what: string, ok: (s: Awaited<ReturnType<typeof ofac>>) => boolean) =>
      until(what, async () => ({ running: (await send<PublisherStatus>('publisherStatus', {})).running, s: await ofac() }), (x) => !x.running && ok(x.s), 150_000).then((x) => x.s);

    // The next day's publication: its change file applied to the installed rows, no full file.
    const next = ofacNextDayPublication();
    server.setPublication(next);
    const full = [OFAC_PATHS.sdn, OFAC_PATHS.alt, OFAC_PATHS.add].reduce((n, p) => n + next.get(p)!.byteLength, 0);
    const before = server.totalSent();
    const sdnRequests = server.requests.get(OFAC_PATHS.sdn);
    await post('checkPublishers', {});
    let state = await settled(`${OFAC_NEXT_DAY} installed`, (s) => s.publishedAt?.startsWith(OFAC_NEXT_DAY) === true);
    expect(state.message).toMatch(/installed from the publisher's change files \(1 publication\)/);
    expect(server.requests.get(changesPath(OFAC_NEXT_DAY))).toBeGreaterThan(0);
    expect(server.requests.get(OFAC_PATHS.sdn)).toBe(sdnRequests);
    const sent = server.totalSent() - before;
    expect(sent).toBeLessThan(full / 20);
    console.log(`Firefox, OFAC 2021-05-22 -> ${OFAC_NEXT_DAY}: ${sent} bytes for the whole check; the full files are ${full} bytes`);
    // The page was not the one that asked (the messages were sent for it): drawn again, it reads the new state.
    await firefox.command('WebDriver:Refresh');
    await until('the line of 3 Jun 2021', pageText, (t) => /OFAC SDN list[^\n]*list of 3 Jun 2021, checked today/.test(t), 30_000);

    // OFAC's full files of 4 Jan 2019 (its history does not name the list in use): older, refused, and said so.
    server.setPublication(ofacPublication('2019-01-04'));
    const version = (await send<{ manifest?: { version: string } }>('datasetInfo', {})).manifest?.version;
    const checked = (await ofac()).lastCheckAt;
    await post('checkPublishers', {});
    state = await settled('the check of 2019-01-04', (s) => s.lastCheckAt !== checked);
    expect(state).toMatchObject({ outcome: 'older', publishedAt: '2021-06-03T00:00:00.000Z' });
    expect((await send<{ manifest?: { version: string } }>('datasetInfo', {})).manifest?.version).toBe(version);
    await firefox.command('WebDriver:Refresh');
    await until('the line of the older list', pageText, (t) => /OFAC SDN list[^\n]*the publisher served the list of 4 Jan 2019, older than the one in use, so it was not installed; the list of 3 Jun 2021 is in use/.test(t), 30_000);

    // NOVE PARTNERS OOD (ent_num 31891) is one of the 67 entries added on 3 Jun 2021: the popup's page, its search and card.
    // Marionette may not navigate to an extension's page; the options page may, to its own popup page.
    await firefox.execute("location.assign('popup.html')");
    await until('the popup drawn', () => firefox.execute<boolean>("return !!document.getElementById('sl-search')"), (x) => x, 30_000);
    await firefox.execute(`
      const input = document.getElementById('sl-search');
      input.value = 'nove partners ood';
      input.dispatchEvent(new Event('input', { bubbles: true }));`);
    await until(
      'the search result',
      () => firefox.execute<boolean>(`for (const b of document.querySelectorAll('#sl-results button')) if (/NOVE PARTNERS OOD/.test(b.textContent)) { b.id = 'nove'; return true; } return false;`),
      (x) => x,
      30_000,
    );
    await firefox.click('#nove');
    const card = await until('the card', () => firefox.execute<string>("return document.querySelector('.sl-card')?.innerText ?? ''"), (t) => t.length > 0, 30_000);
    expect(card).toContain(formatDate(OFAC_NEXT_DAY));
    expect(card).toMatch(/Added to the OFAC SDN list \(GLOMAG\)/);
    writeFileSync(join(inject('outputDir'), 'firefox-publishers-card-next-day.png'), await firefox.screenshot());
  }, 400_000);
});
