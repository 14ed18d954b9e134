// Cards: by hover (dwell), by tap, and, asked for by the keyboard list, with focus. The card's UI is built when
// first needed (while the pointer rests on a name, before the dwell ends). One pointer controller serves the top
// document and every same-origin frame the reading meets; open shadow roots are searched for the name under it.
// An open card follows its name when the page scrolls, and closes once the name has left the window. Its menu
// acts here: "Not this person" and "Turn off on this site" change the stored settings (the marks feature and the
// notices follow them), "Settings" asks the background to open the options page. "Not this person" on an
// alternative's card sets that alternative aside, not the entity the mark points to.
import { notThisPersonOn, withNotThisPerson, withSite, type Settings } from '@/lib/settings';
import { updateSettings } from '@/utils/settings-store';
import { t } from '@/utils/translate';
import type { Feature } from '../feature';
import { entityCards, markAnchor } from '../entity-cards';
import { createHoverCard } from '../hover-card';
import { caretNode, watchHover } from '../hover';
import { madeOnDemand } from '../made-on-demand';

export const hoverCards: Feature = {
  name: 'hover cards',
  start(page) {
    let stopped = false;
    let returnFocus: HTMLElement | undefined;
    // Where the keyboard list is, while the card it opened is open.
    let avoid: (() => DOMRect | undefined) | undefined;
    let frame = 0;
    const shadowRoots = new Map<Document, ShadowRoot[]>();

    /** Saves a change of the settings and applies it to this page at once, not only when the storage event comes. */
    const change = async (edit: (s: Settings) => Settings) => {
      const next = await updateSettings(edit);
      if (!stopped) page.setSettings(next);
    };
    const failed = (what: string) => (e: unknown) => console.warn(`Sanctions Lens: could not ${what}`, e);

    const card = madeOnDemand(async () => {
      const made = await createHoverCard(page.lifetime, {
        onAlternative: (id) => {
          const m = cards.current();
          if (m) void cards.open(m, { focus: true, id, avoid });
        },
        onClose: () => {
          cards.forget();
          hover.reset();
          avoid = undefined;
          returnFocus?.focus();
          returnFocus = undefined;
        },
        onNotThisPerson: ({ entity, mention }) => {
          const who = { id: entity.id, name: entity.name };
          const m = cards.current();
          // Said on an alternative's card, it is about that alternative: it is no longer offered (here and wherever
          // it would be marked on the site), and the card goes back to the entity the mark points to, which stays.
          const alternative = entity.id !== mention.entityId && m !== undefined;
          if (!alternative) card.now()?.close();
          change((s) => withNotThisPerson(s, page.hostname, who, true)).then(
            () => {
              if (alternative && cards.current() === m) void cards.open(m, { focus: true, avoid });
              page.events.emit('notice', {
                message: alternative ? t('notice_notThisPersonAlternative', entity.name, page.hostname) : t('notice_notThisPerson', entity.name, page.hostname),
                undoLabel: t('hidden_undo'),
                undo: () => void change((s) => withNotThisPerson(s, page.hostname, who, false)).catch(failed('mark the name again')),
              });
            },
            failed('remember "Not this person"'),
          );
        },
        onSiteOff: () => {
          card.now()?.close();
          // The notices feature says so once the settings have changed.
          change((s) => withSite(s, page.hostname, false)).catch(failed('turn the marks off for this site'));
        },
        onSettings: () => {
          page.background('openOptions', {}).catch(failed('open the settings'));
        },
      });
      // Built while the feature stopped: it never shows.
      if (stopped) made.remove();
      return made;
    });
    const cards = entityCards(page.background, card, () => notThisPersonOn(page.settings(), page.hostname));
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
      open: (m) => {
        avoid = undefined;
        void cards.open(m, { focus: false });
      },
      close: () => card.now()?.close(),
      isOverCard: (target) => target === card.now()?.host,
    });

    // After a scroll, once a frame: beside the name again, or closed when the name is out of the window.
    const follow = () => {
      frame = 0;
      const open = card.now();
      const m = cards.current();
      if (!open?.isOpen() || !m) return;
      const anchor = markAnchor(m);
      const gone = !anchor || (anchor.width === 0 && anchor.height === 0) || anchor.bottom < 0 || anchor.top > window.innerHeight || anchor.right < 0 || anchor.left > document.documentElement.clientWidth;
      if (gone) open.close();
      else open.move(anchor, avoid?.());
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(follow);
    };
    const scrolled = new Set<Document>();
    const watchScroll = (doc: Document) => {
      if (scrolled.has(doc)) return;
      scrolled.add(doc);
      // Capture: scrolling boxes inside the page send scroll events that do not bubble.
      doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
    };
    hover.attach(document);
    watchScroll(document);

    const off = [
      page.events.on('root', (root) => {
        if (root.nodeType === Node.DOCUMENT_NODE) {
          if (root !== document) {
            hover.attach(root as Document);
            watchScroll(root as Document);
          }
        } else if (root.ownerDocument) {
          shadowRoots.set(root.ownerDocument, [...(shadowRoots.get(root.ownerDocument) ?? []), root as ShadowRoot]);
        }
      }),
      page.events.on('settings', () => {
        const m = cards.current();
        if (!page.on() || (m && notThisPersonOn(page.settings(), page.hostname).has(m.entityId))) card.now()?.close();
      }),
      page.events.on('openCard', ({ mark, returnFocus: from, avoid: list }) => {
        returnFocus = from;
        avoid = list;
        mark.range()?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        hover.pin(mark);
        void cards.open(mark, { focus: true, avoid });
      }),
    ];
    return () => {
      stopped = true;
      for (const f of off) f();
      for (const doc of scrolled) doc.removeEventListener('scroll', onScroll, { capture: true });
      cancelAnimationFrame(frame);
      hover.stop();
      cards.forget();
      card.now()?.remove();
    };
  },
};
