// Cards: by hover (dwell), by tap, and, asked for by the keyboard list, with focus. The card's UI is built when
// first needed (while the pointer rests on a name, before the dwell ends). One pointer controller serves the top
// document and every same-origin frame the reading meets; open shadow roots are searched for the name under it.
import type { Feature } from '../feature';
import { entityCards } from '../entity-cards';
import { createHoverCard } from '../hover-card';
import { caretNode, watchHover } from '../hover';
import { madeOnDemand } from '../made-on-demand';

export const hoverCards: Feature = {
  name: 'hover cards',
  start(page) {
    let stopped = false;
    let returnFocus: HTMLElement | undefined;
    const shadowRoots = new Map<Document, ShadowRoot[]>();
    const card = madeOnDemand(async () => {
      const made = await createHoverCard(page.lifetime, {
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
      });
      // Built while the feature stopped: it never shows.
      if (stopped) made.remove();
      return made;
    });
    const cards = entityCards(page.background, card);
    const hover = watchHover({
      dwellMs: () => page.settings().dwellMs,
      graceMs: () => page.settings().graceMs,
      hit: (doc, x, y) => {
        if (!page.on()) return undefined;
        const node = caretNode(doc, x, y, shadowRoots.get(doc) ?? []);
        const m = node ? page.marks.at(node, x, y) : undefined;
        return m && page.settings().styles[m.status] !== 'hidden' ? m : undefined;
      },
      prefetch: cards.prefetch,
      open: (m) => void cards.open(m, { focus: false }),
      close: () => card.now()?.close(),
      isOverCard: (target) => target === card.now()?.host,
    });
    hover.attach(document);

    const off = [
      page.events.on('root', (root) => {
        if (root.nodeType === Node.DOCUMENT_NODE) {
          if (root !== document) hover.attach(root as Document);
        } else if (root.ownerDocument) {
          shadowRoots.set(root.ownerDocument, [...(shadowRoots.get(root.ownerDocument) ?? []), root as ShadowRoot]);
        }
      }),
      page.events.on('settings', () => {
        if (!page.on()) card.now()?.close();
      }),
      page.events.on('openCard', ({ mark, returnFocus: from }) => {
        returnFocus = from;
        mark.range()?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        hover.pin(mark);
        void cards.open(mark, { focus: true });
      }),
    ];
    return () => {
      stopped = true;
      for (const f of off) f();
      hover.stop();
      cards.forget();
      card.now()?.remove();
    };
  },
};
