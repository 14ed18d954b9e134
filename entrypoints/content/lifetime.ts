// The content script lives as long as the extension that injected it: when the extension is reloaded, updated,
// disabled or removed, every feature stops and takes its marks, listeners and UIs off the page. WXT's context also
// ends when it sees a "content script started" event on the page, which the page itself can dispatch to switch us
// off; that signal is left out here, and the end is taken from what a page cannot fake: the browser takes the
// extension's runtime id away from an orphaned script.
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * How often an orphaned script looks for its extension. A port to the background would tell at once, but an MV3
 * worker that goes idle drops its ports too, and reconnecting would wake it every half minute from every tab.
 */
const CHECK_MS = 1000;

/** Whether the extension that injected this script is still there. */
export function extensionAlive(): boolean {
  return browser.runtime?.id !== undefined;
}

/**
 * A ContentScriptContext (what WXT's shadow-root UIs and timers take) invalidated only when the extension goes
 * away: `onInvalidated` listeners run then, once.
 */
export class ExtensionLifetime extends ContentScriptContext {
  constructor(options?: ContentScriptContext['options']) {
    super('sanctions-lens', options);
    const timer = setInterval(() => {
      if (!extensionAlive()) this.notifyInvalidated();
    }, CHECK_MS);
    this.onInvalidated(() => clearInterval(timer));
  }

  // WXT announces a start on the page so that an older copy of the script stops itself; the page can make the same
  // announcement. We neither announce nor listen: an older copy stops when its extension is gone, by the check above.
  override stopOldScripts(): void {}

  override listenForNewerScripts(): void {}
}
