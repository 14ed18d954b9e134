// Helpers for the overlay's end-to-end files: an extension page to reach chrome.* APIs (storage, tabs, badge).
import type { Page } from 'playwright-core';
import type { Settings } from '../../lib/settings';
import type { Harness } from './harness';

/** The few chrome.* calls the tests make from an extension page (the project has no @types/chrome). */
interface ChromeApi {
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
  tabs: { create(p: { url: string }): Promise<{ id?: number }>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}
declare const chrome: ChromeApi;

/** An extension page (the options page), from which the tests read and write the extension's storage and tabs. */
export async function extensionPage(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  return page;
}

/** Saves settings as the popup or options page would (WXT storage item `local:settings`). */
export async function saveSettings(ext: Page, settings: Partial<Settings>): Promise<void> {
  await ext.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}

export async function clearSettings(ext: Page): Promise<void> {
  await ext.evaluate(() => chrome.storage.local.remove('settings'));
}

/**
 * Opens `url` in a tab created by the extension, so the test knows its tab id (tabs.query cannot match URLs without
 * the tabs permission, which the extension rightly does not ask for).
 */
export async function openTab(h: Harness, ext: Page, url: string): Promise<{ page: Page; tabId: number }> {
  const [page, tabId] = await Promise.all([
    h.context.waitForEvent('page', (p) => p.url() === url || p.url() === 'about:blank'),
    ext.evaluate(async (url) => (await chrome.tabs.create({ url })).id!, url),
  ]);
  await page.waitForLoadState('domcontentloaded');
  return { page, tabId };
}

/** Sends a ToContent request to a tab, as the background does for a shortcut and the popup for its switch. */
export async function sendToTab(ext: Page, tabId: number, type: string): Promise<unknown> {
  return ext.evaluate(({ tabId, type }) => chrome.tabs.sendMessage(tabId, { type, payload: {} }), { tabId, type });
}

/** The toolbar badge text of a tab. */
export async function badgeText(ext: Page, tabId: number): Promise<string> {
  return ext.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
}

/** How many ranges the page's highlight registry holds, by status (registered highlights only). */
export async function registeredCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, hl]) => [name.replace('sanctions-lens-', ''), hl.size])));
}
