import { browser } from 'wxt/browser';
import { BACKGROUND_TYPES, isRequest, type Request, type ToBackground } from '@/lib/protocol';
import { ensureBundledDataset } from './bundled-dataset';
import { handlers, runCommand } from './handlers';
import { startSync } from './sync';

export default defineBackground(() => {
  // Start loading the shipped dataset at once; requests that arrive meanwhile wait for it.
  void ensureBundledDataset();
  browser.runtime.onInstalled.addListener(() => void ensureBundledDataset());
  // Alarms, a half-done install left by a stopped worker, an overdue check.
  startSync();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (!isRequest<ToBackground>(message, BACKGROUND_TYPES)) return undefined;
    return dispatch(message, sender.tab?.id);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    // A tab without our content script (a browser page, a store page) cannot act on a shortcut: say so, no more.
    runCommand(command, tab?.id).catch((e: unknown) => console.warn(`Sanctions Lens: shortcut ${command} not handled in this tab:`, e));
  });
});

function dispatch(message: Request<ToBackground>, tabId: number | undefined): Promise<unknown> {
  const handler = handlers[message.type] as (payload: unknown, tabId: number | undefined) => Promise<unknown>;
  return handler(message.payload, tabId);
}
