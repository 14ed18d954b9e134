// Updates from the publishers in a real Firefox (the Firefox build, an MV2 background page), through the options page
// the add-on opens on install: "Turn on updates" and the first check of every source from the publishers played on
// loopback. Driven over Marionette (scripts/marionette.ts), since WebDriver BiDi cannot reach an extension's page.
// Firefox's own automation preference answers the optional-permission request as a reader's "Allow" would.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PublisherSettings, PublisherStatus } from '../../lib/sync/publishers/status';
import { ensureFirefox } from '../../scripts/firefox';
import { startMarionette, type Marionette } from '../../scripts/marionette';
import { allPublications, OFAC_PATHS, UK_PATH } from '../../scripts/publishers/publications';
import { startPublisherServer, type PublisherServer } from '../../scripts/publishers/server';

const ADDON = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const ADDON_ID = 'sanctions-lens@sanctions-lens.dev';
// Firefox gives an add-on a random internal address; this preference fixes it, so the test knows its pages.
const UUID = '5a0c1e2d-7b3f-4c8e-9d6a-1f2e3d4c5b6a';
const OPTIONS = `moz-extension://${UUID}/options.html`;

let firefox: Marionette;
let server: PublisherServer;

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | Error | undefined;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      last = e as Error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: still ${last instanceof Error ? last.message : JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** A message to the background from the options page, as the page itself sends it. */
function send<T>(type: string, payload: unknown): Promise<T> {
  return firefox.executeAsync<T>(
    `const done = arguments[arguments.length - 1];
     browser.runtime.sendMessage({ type: arguments[0], payload: arguments[1] }).then(done, (e) => done({ thrown: String(e) }));`,
    type,
    payload,
  );
}

const pageText = () => firefox.execute<string>('return document.body.innerText');

beforeAll(async () => {
  if (!existsSync(join(ADDON, 'manifest.json'))) throw new Error(`No Firefox build in ${ADDON}: run \`npm run build:firefox\` first.`);
  // OFAC's list of 2024 (the shipped one's own file), so no guard holds it back; the UK answers HTTP 500.
  server = await startPublisherServer({ files: allPublications({ ofac: '2024-07-02', eu: 1, uk: 1 }) });
  server.setFault(UK_PATH, { kind: 'status', status: 500 });
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
});

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
      ['ofac-cons', 'installed'],
      ['un', 'installed'],
      ['eu', 'installed'],
      ['uk', 'failed'],
    ]);
    expect(server.requests.get(OFAC_PATHS.sdn)).toBeGreaterThan(0);
    // Each source's line says its state in words on the page.
    const text = await until('the lines drawn', pageText, (t) => /UK Sanctions List[^\n]*HTTP 500/.test(t), 30_000);
    expect(text).toMatch(/UN Security Council Consolidated List[^\n]*list of 27 Feb 2026, checked today/);
    // OFAC's date is its own (SDN.XML's Publish_Date), not the server's date of the CSV files.
    expect(text).toMatch(/OFAC SDN list[^\n]*list of 2 Jul 2024, checked today/);
    writeFileSync(join(inject('outputDir'), 'firefox-publishers-options.png'), await firefox.screenshot());

    // The popup's search answers from the installed lists.
    const found = await send<{ hits: { name: string }[] }>('find', { query: 'maduro moros', limit: 5 });
    expect(found.hits.map((h) => h.name)).toContain('MADURO MOROS, Nicolas');
  }, 240_000);
});
