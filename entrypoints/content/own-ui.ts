// Our UI hosts are custom elements named sanctions-lens-*. The page's custom element registry also governs the
// elements a content script creates, so a page that defines one of our names first (and attaches a shadow root of
// its own, or throws, in the constructor) would stop our UI from being built. Then the host takes a name of its own.
//
// Every shadow root we make on a page (the cards, the name list, the box layer) takes its mode from here: open by
// default, closed in private mode, so the page's scripts cannot read what is inside (READINGS.md, "Shadow roots").
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUiOptions } from 'wxt/utils/content-script-ui/shadow-root';

let rootMode: ShadowRootMode = 'open';

/** Sets the mode of the shadow roots made from now on; set once a page, from the reader's settings, before any UI. */
export function setOwnRootMode(mode: ShadowRootMode): void {
  rootMode = mode;
}

export function ownRootMode(): ShadowRootMode {
  return rootMode;
}

/** `name` with a random suffix: still sanctions-lens-*, so still skipped when the page is read. */
export function ownName(name: string): string {
  return `${name}-${Math.random().toString(36).slice(2, 10)}`;
}

/** WXT's shadow-root UI under `options.name`, or under a name of our own if the page has taken that one. */
export async function createOwnShadowRootUi<T>(ctx: ContentScriptContext, options: ShadowRootContentScriptUiOptions<T>) {
  const withMode = { ...options, mode: rootMode };
  try {
    return await createShadowRootUi(ctx, withMode);
  } catch (e) {
    console.warn(`Sanctions Lens: the page has taken the element name <${options.name}>; using a name of our own`, e);
    return createShadowRootUi(ctx, { ...withMode, name: ownName(options.name) });
  }
}
