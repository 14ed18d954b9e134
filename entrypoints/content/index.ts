import '@/components/card.css';
import { browser } from 'wxt/browser';
import { CONTENT_PAYLOADS, createClient, isRequest, type Request, type Response, type ToBackground, type ToContent } from '@/lib/protocol';
import { entityCards } from './entity-cards';
import { Highlights, highlightsSupported } from './highlights';
import { createHoverCard } from './hover-card';
import { caretNode, watchHover, type Hover } from './hover';
import { madeOnDemand } from './made-on-demand';
import { createNameList } from './name-list';
import { OverlayMarks } from './overlay-marks';
import { PageMarks, type MarkPainter } from './page-marks';
import { PageWatch } from './page-watch';
import { watchSiteSwitch } from './site-switch';
import { pageSlicer } from './time-slice';
import { toolbarBadge } from './toolbar-badge';

function domContentLoaded(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  // Started before the page is parsed, so the highlight rules are in the document before its elements: adopted
  // into a built page, rules that apply to every element restyle all of them in one task (3 s with a million nodes).
  runAt: 'document_start',
  async main(ctx) {
    const highlights = highlightsSupported() ? new Highlights() : undefined;
    highlights?.attach(document);
    const background = createClient<ToBackground>((m) => browser.runtime.sendMessage(m));
    const badge = toolbarBadge(background);
    // Set once everything below exists; a settings change that arrives earlier is picked up by the reads below.
    let onSettings: (on: boolean) => void = () => undefined;
    const site = await watchSiteSwitch(location.hostname, (_settings, on) => onSettings(on));
    ctx.onInvalidated(site.stop);
    // The reader's styles while the document is still small, for the same reason.
    if (site.settings().boxes) highlights?.detach(document);
    else highlights?.setStyles(site.settings().styles);
    await domContentLoaded();

    // Marks: read the page (once the marks are on for it), draw, keep up with changes, count for the badge.
    const painter: MarkPainter = site.settings().boxes || !highlights ? new OverlayMarks(document) : highlights;
    painter.setStyles(site.settings().styles);
    let watch: PageWatch | undefined;
    // One id per page load: the background keeps what it learnt from earlier batches of this page under it.
    const pageId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const marks = new PageMarks(painter, async (texts) => (await background('scan', { texts, page: pageId })).mentions, pageSlicer(), (nested, host) =>
      watch?.onNested(nested, host),
    );
    const countChanged = () => badge(site.on() ? marks.sanctionedCount() : 0);
    // Performance marks for the measurements (scripts/measure-overlay.ts): reading started, first names drawn, page read.
    marks.onAdded = () => {
      performance.mark('sanctions-lens:first-marks');
      marks.onAdded = () => undefined;
    };
    const shadowRoots = new Map<Document, ShadowRoot[]>();
    // Same-origin frame documents met while reading; the hover controller, made below, listens in each.
    const frames: Document[] = [];
    let hoverReady: Hover | undefined;
    const start = () => {
      if (watch) return;
      performance.mark('sanctions-lens:reading');
      watch = new PageWatch(marks, {
        onRoot: (root) => {
          painter.attach(root);
          if (root.nodeType === Node.DOCUMENT_NODE) {
            if (root !== document) {
              frames.push(root as Document);
              hoverReady?.attach(root as Document);
            }
          } else if (root.ownerDocument) {
            shadowRoots.set(root.ownerDocument, [...(shadowRoots.get(root.ownerDocument) ?? []), root as ShadowRoot]);
          }
        },
        onChange: countChanged,
        onIdle: () => {
          countChanged();
          // Once: a live page would otherwise fill the page's performance timeline.
          if (performance.getEntriesByName('sanctions-lens:page-read').length === 0) performance.mark('sanctions-lens:page-read');
        },
      });
      ctx.onInvalidated(() => watch?.stop());
      watch.add(document);
    };
    // Read at once.
    if (site.on()) start();
    else painter.setVisible(false);

    // Cards: by hover (dwell), by tap, and from the keyboard list. The card's UI is built when first needed (while
    // the pointer rests on a name, before the dwell ends), the list's when first opened.
    const card = madeOnDemand(() =>
      createHoverCard(ctx, {
        onAlternative: (id) => {
          const m = cards.current();
          if (m) void cards.open(m, { focus: true, id });
        },
        onClose: () => {
          cards.forget();
          hover.reset();
          returnFocus?.focus();
          returnFocus = undefined;
        },
      }),
    );
    const cards = entityCards(background, card);
    let returnFocus: HTMLElement | undefined;
    const hover = watchHover({
      dwellMs: () => site.settings().dwellMs,
      graceMs: () => site.settings().graceMs,
      hit: (doc, x, y) => {
        if (!site.on()) return undefined;
        const node = caretNode(doc, x, y, shadowRoots.get(doc) ?? []);
        const m = node ? marks.at(node, x, y) : undefined;
        return m && site.settings().styles[m.status] !== 'hidden' ? m : undefined;
      },
      prefetch: cards.prefetch,
      open: (m) => void cards.open(m, { focus: false }),
      close: () => card.now()?.close(),
      isOverCard: (target) => target === card.now()?.host,
    });
    for (const doc of [document, ...frames]) hover.attach(doc);
    hoverReady = hover;
    ctx.onInvalidated(hover.stop);

    const list = madeOnDemand(() =>
      createNameList(ctx, (m, button) => {
        returnFocus = button;
        m.range()?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        hover.pin(m);
        void cards.open(m, { focus: true });
      }),
    );

    const answer = async (message: Request<ToContent>): Promise<Response<ToContent, keyof ToContent>> => {
      switch (message.type) {
        case 'pageMentions':
          return { mentions: marks.all.map(({ mention }) => ({ entityId: mention.entityId, text: mention.text, status: mention.status })) };
        case 'toggleSite':
          return { on: await site.toggle() };
        case 'showNameList':
          return { count: (await list.get()).open(site.on() ? marks.all : []) };
      }
    };
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isRequest<ToContent>(message, CONTENT_PAYLOADS)) return undefined;
      return answer(message);
    });

    onSettings = (on) => {
      painter.setStyles(site.settings().styles);
      painter.setVisible(on);
      if (on) start();
      else {
        card.now()?.close();
        list.now()?.close();
      }
      countChanged();
    };
    onSettings(site.on());
  },
});
