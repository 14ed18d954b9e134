import '@/components/card.css';
import { createContentContext } from './content-context';
import { startFeatures } from './feature';
import { FEATURES } from './features';
import { ExtensionLifetime } from './lifetime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  // Started before the page is parsed, so the highlight rules are in the document before its elements (see
  // createContentContext).
  runAt: 'document_start',
  async main(ctx) {
    // WXT's `ctx` ends when the page dispatches a forged start event; ours ends only with the extension (lifetime.ts).
    const lifetime = new ExtensionLifetime(ctx.options);
    // WXT's context is unused, but its listener for start events goes with ours.
    lifetime.onInvalidated(() => ctx.notifyInvalidated());
    const page = await createContentContext(lifetime);
    if (page) startFeatures(page, FEATURES);
  },
});
