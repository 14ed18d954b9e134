// Our UI hosts are custom elements named sanctions-lens-*. The page's custom element registry also governs the
// elements a content script creates, so a page that defines one of our names first (and attaches a shadow root of
// its own, or throws, in the constructor) would stop our UI from being built. Then the host takes a name of its own.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUiOptions } from 'wxt/utils/content-script-ui/shadow-root';

/** `name` with a random suffix: still sanctions-lens-*, so still skipped when the page is read. */
export function ownName(name: string): string {
  return `${name}-${Math.random().toString(36).slice(2, 10)}`;
}

/** WXT's shadow-root UI under `options.name`, or under a name of our own if the page has taken that one. */
export async function createOwnShadowRootUi<T>(ctx: ContentScriptContext, options: ShadowRootContentScriptUiOptions<T>) {
  try {
    return await createShadowRootUi(ctx, options);
  } catch (e) {
    console.warn(`Sanctions Lens: the page has taken the element name <${options.name}>; using a name of our own`, e);
    return createShadowRootUi(ctx, { ...options, name: ownName(options.name) });
  }
}
