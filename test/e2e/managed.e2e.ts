// Settings an organisation sets: a real Chromium policy (the Linux policy file, "3rdparty" → the extension's id)
// fills storage.managed; the options page shows those settings disabled, "Set by your organisation", and the
// background uses them. Its own Chromium, with a copy of the build at a path of its own: the copy gets an id of its
// own, so the policy reaches this browser's extension and no other (the shared browser's is left alone).
// Writing /etc/chromium/policies needs root; without it the test is skipped (lib/sync/managed.ts is unit-tested).
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startChromium, type RunningChromium } from '../../scripts/chromium';
import { waitForInstallPage } from './harness';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { managed: { get(): Promise<Record<string, unknown>> } };
};

const POLICY_DIR = '/etc/chromium/policies/managed';
const canWritePolicy = process.getuid?.() === 0;

/** The id Chromium gives an unpacked extension: the sha256 of its path, first 32 hex digits written a–p. */
function unpackedId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

let dir: string;
let policyFile: string;
let running: RunningChromium;
let browser: Browser;
let id: string;
const mirror = `${inject('origin')}/mirror/manifest.json`;

beforeAll(async () => {
  if (!canWritePolicy) return;
  dir = mkdtempSync(join(tmpdir(), 'sanctions-lens-managed-'));
  cpSync(resolve(import.meta.dirname, '../../.output/chrome-mv3'), dir, { recursive: true });
  id = unpackedId(dir);
  policyFile = join(POLICY_DIR, `sanctions-lens-e2e-${id}.json`);
  mkdirSync(POLICY_DIR, { recursive: true });
  writePolicy({ datasetUrl: mirror, checkIntervalHours: 6, publisherSources: { eu: false } });
  running = await startChromium({ extensionDir: dir, headless: true });
  browser = await chromium.connectOverCDP(running.cdpUrl);
  await waitForInstallPage(browser.contexts()[0], id);
});

afterAll(async () => {
  if (!canWritePolicy) return;
  await browser?.close();
  await running?.stop();
  rmSync(policyFile, { force: true });
  rmSync(dir, { recursive: true, force: true });
});

function writePolicy(settings: object): void {
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: settings } } }, null, 2));
}

async function optionsPage(): Promise<Page> {
  const page = await browser.contexts()[0].newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  return page;
}

describe.skipIf(!canWritePolicy)('settings an organisation sets', () => {
  it('reach the extension through the browser’s policy, and the background uses them', async () => {
    const page = await optionsPage();
    await expect.poll(() => page.evaluate(() => chrome.storage.managed.get()), { timeout: 30_000 }).toEqual({ datasetUrl: mirror, checkIntervalHours: 6, publisherSources: { eu: false } });
    // The sync runs on the organisation's mirror and interval, and a page cannot change them.
    const status = () => page.evaluate(() => chrome.runtime.sendMessage({ type: 'syncStatus', payload: {} })) as Promise<{ settings: { url: string; intervalHours: number } }>;
    await expect.poll(async () => (await status()).settings).toEqual({ url: mirror, intervalHours: 6 });
    expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'setSyncSettings', payload: { url: '', intervalHours: 24 } }))).toEqual({ ok: true });
    expect((await status()).settings).toEqual({ url: mirror, intervalHours: 6 });
    // And it checked the mirror at once, with no grant from the reader: the test server has no mirror, so a 404.
    const history = () => page.evaluate(async () => ((await chrome.runtime.sendMessage({ type: 'syncStatus', payload: {} })) as { history: { message: string }[] }).history.map((h) => h.message));
    await expect.poll(async () => (await history()).some((m) => m.includes('HTTP 404')), { timeout: 30_000 }).toBe(true);
    // The publishers' EU list is off, and switching it on from a page leaves it off.
    const eu = () => page.evaluate(async () => ((await chrome.runtime.sendMessage({ type: 'publisherStatus', payload: {} })) as { settings: { sources: { eu: boolean } } }).settings.sources.eu);
    await expect.poll(eu).toBe(false);
    await page.evaluate(async () => {
      const { settings } = (await chrome.runtime.sendMessage({ type: 'publisherStatus', payload: {} })) as { settings: { sources: Record<string, boolean> } };
      await chrome.runtime.sendMessage({ type: 'setPublisherSettings', payload: { ...settings, on: false, sources: { ...settings.sources, eu: true } } });
    });
    expect(await eu()).toBe(false);
    await page.close();
  });

  it('show in the options page as set by the organisation, their controls disabled', async () => {
    const page = await optionsPage();
    await page.getByText('Your organisation sets some of these settings.').waitFor({ timeout: 20_000 });
    const url = page.getByLabel('Dataset URL');
    await expect.poll(() => url.inputValue()).toBe(mirror);
    expect(await url.isDisabled()).toBe(true);
    expect(await page.getByLabel('Check interval').isDisabled()).toBe(true);
    expect(await page.getByLabel('Check interval').inputValue()).toBe('6');
    expect(await page.locator('#sl-url-managed').innerText()).toBe('Set by your organisation');
    // With updates on (from the loopback test origin, which needs no grant), the EU list's switch is the
    // organisation's and the others stay the reader's.
    await page.evaluate(async (testOrigin) => {
      const { settings } = (await chrome.runtime.sendMessage({ type: 'publisherStatus', payload: {} })) as { settings: object };
      await chrome.runtime.sendMessage({ type: 'setPublisherSettings', payload: { ...settings, on: true, testOrigin } });
    }, inject('origin'));
    await page.reload();
    const euSwitch = page.locator('li[data-source="eu"] input[role="switch"]');
    await euSwitch.waitFor({ timeout: 20_000 });
    expect(await euSwitch.isDisabled()).toBe(true);
    expect(await euSwitch.isChecked()).toBe(false);
    expect(await page.locator('#sl-source-managed-eu').innerText()).toBe('Set by your organisation');
    expect(await page.locator('li[data-source="uk"] input[role="switch"]').isDisabled()).toBe(false);
    await page.screenshot({ path: join(inject('outputDir'), 'managed-options.png'), fullPage: true });
    await page.close();
  });

  it('follow a change of policy while the browser runs', async () => {
    const page = await optionsPage();
    writePolicy({ datasetUrl: mirror, checkIntervalHours: 24, publisherSources: { eu: false, uk: false } });
    // Chromium watches its policy folder and reloads it after the file settles.
    await expect.poll(() => page.evaluate(() => chrome.storage.managed.get()), { timeout: 60_000, interval: 1000 }).toMatchObject({ checkIntervalHours: 24 });
    await expect.poll(async () => ((await page.evaluate(() => chrome.runtime.sendMessage({ type: 'syncStatus', payload: {} }))) as { settings: object }).settings).toEqual({ url: mirror, intervalHours: 24 });
    // The background hands the publishers’ engine the new sources on the change (publisherStatus reads its own store).
    const sources = () => page.evaluate(async () => ((await chrome.runtime.sendMessage({ type: 'publisherStatus', payload: {} })) as { settings: { sources: Record<string, boolean> } }).settings.sources);
    await expect.poll(sources).toMatchObject({ eu: false, uk: false, un: true });
    await page.close();
  });
});
