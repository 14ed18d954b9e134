// "Look up in Sanctions Lens": the context menu on selected text, and a shortcut that takes the current selection,
// open the popup's search on it. The text goes from the page to the popup inside the browser; nothing is fetched.
import { browser } from 'wxt/browser';
import { popupPathFor, selectionQuery } from '@/lib/search/selection-query';

const MENU_ID = 'look-up-selection';
/** The manifest command (wxt.config.ts) whose shortcut looks up the selection of the active tab. */
export const LOOKUP_COMMAND = 'look-up-selection';
const POPUP = 'popup.html';

export type LookupOutcome = 'popup' | 'window' | 'nothing';

/**
 * Opens the popup's search on `text`: the toolbar popup where the browser lets the extension open it, else a window
 * the popup's size showing the same page. Both read the query from `?q=`.
 */
export async function lookUp(text: string | undefined, windowId?: number): Promise<LookupOutcome> {
  const query = selectionQuery(text);
  if (!query) return 'nothing';
  const path = popupPathFor(query);
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  if (typeof action.openPopup === 'function') {
    try {
      // Both calls leave within the menu click: Firefox opens a popup only from a user action, not after an await.
      await Promise.all([action.setPopup({ popup: path }), action.openPopup(windowId === undefined ? undefined : { windowId })]);
      return 'popup';
    } catch (e) {
      // No focused window of ours (a headless or minimised browser), or a browser without a user action here.
      console.info('Sanctions Lens: the toolbar popup could not open, so the search opens in a window:', e);
    } finally {
      await action.setPopup({ popup: POPUP });
    }
  }
  await browser.windows.create({ url: browser.runtime.getURL(`/${path}`), type: 'popup', width: 420, height: 640 });
  return 'window';
}

/** The shortcut: the tab's selection, read by a one-line script the shortcut's activeTab grant allows. */
export async function lookUpInTab(tabId: number, windowId?: number): Promise<LookupOutcome> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: () => getSelection()?.toString() ?? '' });
  return lookUp(typeof frame?.result === 'string' ? frame.result : undefined, windowId);
}

/** The menu item on selected text, in the browser's language, made once per install or update. */
export function registerLookupMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    void (async () => {
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuLookUp'), contexts: ['selection'] });
    })().catch((e: unknown) => console.error('Sanctions Lens: the context menu could not be made:', e));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    lookUp(info.selectionText, tab?.windowId).catch((e: unknown) => console.error('Sanctions Lens: the look-up could not open:', e));
  });
}
