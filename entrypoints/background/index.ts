import { browser } from 'wxt/browser';
import { ensureBundledDataset } from './bundled-dataset';
import { answer, runCommand } from './handlers';
import { startSync } from './sync';
import { startPublisherSync } from './publisher-sync';
import { LOOKUP_COMMAND, lookUpInTab, registerLookupMenu } from './lookup-selection';
import { startManaged } from './apply-managed';

export default defineBackground(() => {
  // Start loading the shipped dataset at once; requests that arrive meanwhile wait for it.
  void ensureBundledDataset();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void ensureBundledDataset();
    // The options page offers updates from the publishers once, on install; an update or a reload opens nothing.
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
  // Alarms, a half-done install left by a stopped worker, an overdue check.
  startSync();
  startPublisherSync();
  registerLookupMenu();
  // The organisation's settings, now and whenever its policy changes.
  startManaged();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // A content script's sender is the web page it runs in; the popup and options page are the extension's own.
    const extensionPage = typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
    return answer(message, sender.tab?.id, extensionPage);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === LOOKUP_COMMAND) {
      if (tab?.id !== undefined) lookUpInTab(tab.id, tab.windowId).catch((e: unknown) => console.warn('Sanctions Lens: no selection could be read in this tab:', e));
      return;
    }
    // A tab without our content script (a browser page, a store page) cannot act on a shortcut: say so, no more.
    runCommand(command, tab?.id).catch((e: unknown) => console.warn(`Sanctions Lens: shortcut ${command} not handled in this tab:`, e));
  });
});
