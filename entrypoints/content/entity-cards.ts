// Fills cards: one `entity` message per card, sent when the pointer has rested on a name for half the dwell, so
// the reply is usually in before the dwell ends; replies are kept for the page's life. The time from the dwell's
// end (or the keyboard's Enter) to the card on screen is recorded as a performance measure and on the card's host.
import type { Client, Response, ToBackground } from '@/lib/protocol';
import type { HoverCard } from './hover-card';
import type { MadeOnDemand } from './made-on-demand';
import { frameOffset } from './documents';
import type { MarkedMention } from './mark-types';

type EntityReply = Response<ToBackground, 'entity'>;

/** Replies kept: a page rarely has more distinct names than this, and a record is a few kilobytes. */
const CACHE_SIZE = 200;

export const CARD_MEASURE = 'sanctions-lens:card-open';

export interface EntityCards {
  prefetch: (m: MarkedMention) => void;
  /** `avoid`: where another of our panels is (the keyboard list), which the card must not cover. */
  open: (m: MarkedMention, opts: { focus: boolean; id?: string; avoid?: () => DOMRect | undefined }) => Promise<void>;
  /** The mention whose card is open or opening. */
  current: () => MarkedMention | undefined;
  forget: () => void;
}

/** `hidden`: the entities the reader said are not the person meant on this site, never offered as alternatives. */
export function entityCards(background: Client<ToBackground>, cardUi: MadeOnDemand<HoverCard>, hidden: () => ReadonlySet<string>): EntityCards {
  const replies = new Map<string, Promise<EntityReply>>();
  let current: MarkedMention | undefined;

  const fetchEntity = (m: MarkedMention, id: string): Promise<EntityReply> => {
    const skip = hidden();
    const alternatives = [m.mention.entityId, ...m.mention.alternatives].filter((a) => a !== id && !skip.has(a));
    const key = `${id}\u0000${alternatives.join(',')}\u0000${m.mention.text}`;
    let reply = replies.get(key);
    if (!reply) {
      reply = background('entity', { id, alternatives, text: m.mention.text });
      // A failed request is not kept: the next hover asks again.
      reply.catch(() => replies.delete(key));
      replies.set(key, reply);
      if (replies.size > CACHE_SIZE) replies.delete(replies.keys().next().value as string);
    }
    return reply;
  };

  return {
    prefetch: (m) => {
      void fetchEntity(m, m.mention.entityId).catch(() => undefined);
      void cardUi.get().catch((e: unknown) => console.warn('Sanctions Lens: the card could not be built', e));
    },
    async open(m, { focus, id = m.mention.entityId, avoid }) {
      const start = performance.now();
      current = m;
      const [reply, card] = await Promise.all([fetchEntity(m, id), cardUi.get()]);
      const anchor = markAnchor(m);
      if (current !== m || !reply.entity || !anchor) return;
      card.show({ entity: reply.entity, mention: m.mention, alternatives: reply.alternatives, lists: reply.lists }, anchor, { focus, avoid: avoid?.() });
      // The frame after the render is the one that shows the card; its task ends once it is painted.
      requestAnimationFrame(() =>
        setTimeout(() => {
          const end = performance.now();
          performance.measure(CARD_MEASURE, { start, end });
          card.host.dataset.openMs = (end - start).toFixed(1);
        }, 0),
      );
    },
    current: () => current,
    forget: () => {
      current = undefined;
    },
  };
}

/** Where a mark is in the top document's viewport (a frame's mark offset by its frame), or null when it has no range. */
export function markAnchor(m: MarkedMention): DOMRect | null {
  const range = m.range();
  if (!range) return null;
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  const offset = frameOffset(range.startContainer.ownerDocument, document);
  return new DOMRect(rect.left + offset.x, rect.top + offset.y, rect.width, rect.height);
}
