// Opens a card when the pointer rests on a marked name, and closes it when the pointer leaves both the name
// and the card, after a grace delay, or on Escape (WCAG 1.4.13: dismissible, hoverable, persistent). A tap opens
// it on touch screens. One controller serves the top document and every same-origin frame, so moving from a
// name in a frame onto the card (in the top document) keeps it open.
import type { MarkedMention } from './mark-types';

export interface HoverOptions {
  dwellMs: () => number;
  graceMs: () => number;
  /** The marked name at a point of a document's viewport. */
  hit: (doc: Document, x: number, y: number) => MarkedMention | undefined;
  /** The pointer has rested on a name for half the dwell: a good moment to ask for its record. */
  prefetch: (m: MarkedMention) => void;
  open: (m: MarkedMention) => void;
  close: () => void;
  isOverCard: (target: EventTarget | null) => boolean;
}

export interface Hover {
  /** Listens for the pointer and Escape in another document (a same-origin frame). */
  attach: (doc: Document) => void;
  /** A card opened another way (the keyboard list): Escape closes it, the pointer does not. */
  pin: (m: MarkedMention) => void;
  /** Forget the open card (it was closed by its button or the list). */
  reset: () => void;
  stop: () => void;
}

export function watchHover(opts: HoverOptions): Hover {
  // What the pointer is on now: a marked name, the open card, or nothing.
  let under: MarkedMention | 'card' | undefined;
  let shown: MarkedMention | undefined;
  let pinned = false;
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let early: ReturnType<typeof setTimeout> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let last: { doc: Document; e: PointerEvent } | undefined;
  const detach: (() => void)[] = [];

  const closeNow = () => {
    shown = undefined;
    pinned = false;
    clearTimeout(dwell);
    clearTimeout(early);
    clearTimeout(grace);
    opts.close();
  };

  const settle = () => {
    frame = 0;
    if (!last) return;
    const { doc, e } = last;
    const now: MarkedMention | 'card' | undefined = opts.isOverCard(e.target) ? 'card' : opts.hit(doc, e.clientX, e.clientY);
    if (now === under) return;
    under = now;
    clearTimeout(dwell);
    clearTimeout(early);
    if (now === 'card' || (now && now === shown)) {
      clearTimeout(grace);
    } else if (now) {
      const target = now;
      const ms = opts.dwellMs();
      early = setTimeout(() => opts.prefetch(target), ms / 2);
      dwell = setTimeout(() => {
        clearTimeout(grace);
        shown = target;
        pinned = false;
        opts.open(target);
      }, ms);
    } else if (shown && !pinned) {
      clearTimeout(grace);
      grace = setTimeout(closeNow, opts.graceMs());
    }
  };

  const attach = (doc: Document) => {
    const onMove = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      last = { doc, e };
      if (!frame) frame = requestAnimationFrame(settle);
    };
    const onTap = (e: PointerEvent) => {
      if (e.pointerType !== 'touch' || opts.isOverCard(e.target)) return;
      const hit = opts.hit(doc, e.clientX, e.clientY);
      if (hit) {
        shown = hit;
        pinned = false;
        opts.open(hit);
      } else if (shown) closeNow();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && shown) {
        e.stopPropagation();
        closeNow();
      }
    };
    const onLeave = () => {
      // The pointer left the window: treat it as leaving the name.
      last = undefined;
      if (under !== undefined && under !== 'card') {
        under = undefined;
        clearTimeout(dwell);
        clearTimeout(early);
      }
    };
    doc.addEventListener('pointermove', onMove, { passive: true });
    doc.addEventListener('pointerup', onTap, { passive: true });
    doc.addEventListener('keydown', onKey, true);
    // A frame met while its document is still the empty initial one may have no root element yet (that document is
    // replaced when the frame loads, and the new one is attached then).
    const root = doc.documentElement;
    root?.addEventListener('pointerleave', onLeave, { passive: true });
    detach.push(() => {
      doc.removeEventListener('pointermove', onMove);
      doc.removeEventListener('pointerup', onTap);
      doc.removeEventListener('keydown', onKey, true);
      root?.removeEventListener('pointerleave', onLeave);
    });
  };

  return {
    attach,
    pin(m) {
      clearTimeout(dwell);
      clearTimeout(grace);
      shown = m;
      pinned = true;
    },
    reset() {
      shown = undefined;
      pinned = false;
      clearTimeout(grace);
    },
    stop() {
      for (const d of detach) d();
      clearTimeout(dwell);
      clearTimeout(early);
      clearTimeout(grace);
      cancelAnimationFrame(frame);
    },
  };
}

interface CaretPosition {
  offsetNode: Node;
}
type CaretDocument = Document & { caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null };

/** The text node under a viewport point, looking into the given open shadow roots. */
export function caretNode(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Node | null {
  // caretPositionFromPoint is the standard (Chrome 128+, Firefox); only with `shadowRoots` does it return nodes
  // inside them. caretRangeFromPoint is the older WebKit form.
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') return d.caretPositionFromPoint(x, y, { shadowRoots })?.offsetNode ?? null;
  return doc.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}
