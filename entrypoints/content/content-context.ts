// The page's context for the content script's features (feature.ts): made once a page, before any feature starts.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CONTENT_PAYLOADS, createClient, isRequest, type ToBackground, type ToContent } from '@/lib/protocol';
import { marksOn, type Settings } from '@/lib/settings';
import { loadSettings } from '@/utils/settings-store';
import { highlightsSupported } from './documents';
import { channel, type ContentContext, type ContentEvents } from './feature';
import { extensionAlive } from './lifetime';
import { Highlights } from './highlights';
import type { MarkPainter } from './mark-types';
import { OverlayMarks } from './overlay-marks';
import { setOwnRootMode } from './own-ui';
import { PageMarks } from './page-marks';
import { pageSlicer } from './time-slice';

function domContentLoaded(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/** The answers to requests, through one runtime.onMessage listener while any feature answers. */
function answers(): ContentContext['answer'] {
  const byType = new Map<keyof ToContent, (payload: never) => Promise<unknown>>();
  const listener = (message: unknown) => {
    if (!isRequest<ToContent>(message, CONTENT_PAYLOADS)) return undefined;
    return byType.get(message.type)?.(message.payload as never);
  };
  return (type, answer) => {
    if (byType.size === 0) browser.runtime.onMessage.addListener(listener);
    byType.set(type, answer);
    return () => {
      if (byType.get(type) === answer) byType.delete(type);
      // An orphaned script's listeners went with its extension, and the API throws when asked.
      if (byType.size === 0 && extensionAlive()) browser.runtime.onMessage.removeListener(listener);
    };
  };
}

/**
 * The page's context: the painter is chosen, the reader's settings read. Started before the page is parsed, so the
 * highlight rules are in the document before its elements: adopted into a built page, rules that apply to every
 * element restyle all of them in one task (3 s with a million nodes). Undefined when the extension went away meanwhile.
 */
export async function createContentContext(lifetime: ContentScriptContext): Promise<ContentContext | undefined> {
  const highlights = highlightsSupported() ? new Highlights() : undefined;
  highlights?.attach(document);
  // Until the marks feature owns the painter, the rules adopted here are taken out again if the extension goes.
  const early = lifetime.onInvalidated(() => highlights?.dispose());
  let settings = await loadSettings();
  if (lifetime.isInvalid) return undefined;
  // Private mode: the marks go in our closed layer, and every shadow root we make is closed (own-ui.ts).
  const boxes = settings.boxes || settings.privateMode;
  setOwnRootMode(settings.privateMode ? 'closed' : 'open');
  // The reader's styles while the document is still small, for the same reason.
  if (boxes) highlights?.detach(document);
  else highlights?.setStyles(settings.styles);
  await domContentLoaded();
  if (lifetime.isInvalid) return undefined;
  early();

  const painter: MarkPainter = boxes || !highlights ? new OverlayMarks(document) : highlights;
  if (painter !== highlights) highlights?.dispose();
  painter.setStyles(settings.styles);
  const background = createClient<ToBackground>((m) => browser.runtime.sendMessage(m));
  const events = channel<ContentEvents>();
  // One id per page load: the background keeps what it learnt from earlier batches of this page under it.
  const pageId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const marks = new PageMarks(painter, async (texts) => (await background('scan', { texts, page: pageId })).mentions, pageSlicer(), (root, host) =>
    events.emit('nested', { root, host }),
  );
  const hostname = location.hostname;
  return {
    lifetime,
    background,
    hostname,
    settings: () => settings,
    on: () => marksOn(settings, hostname),
    setSettings(next) {
      if (JSON.stringify(next) === JSON.stringify(settings)) return;
      settings = next;
      events.emit('settings');
    },
    marks,
    painter,
    events,
    answer: answers(),
  };
}
