// Opens a card when the pointer rests on a marked name, and closes it when the pointer leaves both the name
// and the card, after a grace delay (WCAG 1.4.13: hoverable, dismissible, persistent).
import type { MarkedMention, PageMarks } from './page-marks';

export interface HoverOptions {
  dwellMs: number;
  graceMs: number;
  open: (m: MarkedMention) => void;
  close: () => void;
  isOverCard: (target: EventTarget | null) => boolean;
}

function caretNode(doc: Document, x: number, y: number): Node | null {
  // caretPositionFromPoint is the standard (Chrome 128+, Firefox); caretRangeFromPoint the older WebKit form.
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null };
  if (typeof d.caretPositionFromPoint === 'function') return d.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  return doc.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}

export function watchHover(doc: Document, marks: PageMarks, opts: HoverOptions): () => void {
  // What the pointer is on now: a marked name, the open card, or nothing.
  let under: MarkedMention | 'card' | undefined;
  let shown: MarkedMention | undefined;
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let last: PointerEvent | undefined;

  const settle = () => {
    frame = 0;
    const e = last;
    if (!e) return;
    let now: MarkedMention | 'card' | undefined = 'card';
    if (!opts.isOverCard(e.target)) {
      const node = caretNode(doc, e.clientX, e.clientY);
      now = node ? marks.at(node, e.clientX, e.clientY) : undefined;
    }
    if (now === under) return;
    under = now;
    clearTimeout(dwell);
    if (now === 'card' || (now && now === shown)) {
      clearTimeout(grace);
    } else if (now) {
      const target = now;
      dwell = setTimeout(() => {
        clearTimeout(grace);
        shown = target;
        opts.open(target);
      }, opts.dwellMs);
    } else if (shown) {
      clearTimeout(grace);
      grace = setTimeout(() => {
        shown = undefined;
        opts.close();
      }, opts.graceMs);
    }
  };

  const onMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    last = e;
    if (!frame) frame = requestAnimationFrame(settle);
  };
  const onTap = (e: PointerEvent) => {
    if (e.pointerType !== 'touch' || opts.isOverCard(e.target)) return;
    const node = caretNode(doc, e.clientX, e.clientY);
    const hit = node ? marks.at(node, e.clientX, e.clientY) : undefined;
    if (hit) {
      shown = hit;
      opts.open(hit);
    } else if (shown) {
      shown = undefined;
      opts.close();
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && shown) {
      shown = undefined;
      clearTimeout(dwell);
      opts.close();
    }
  };
  doc.addEventListener('pointermove', onMove, { passive: true });
  doc.addEventListener('pointerup', onTap, { passive: true });
  doc.addEventListener('keydown', onKey);
  return () => {
    doc.removeEventListener('pointermove', onMove);
    doc.removeEventListener('pointerup', onTap);
    doc.removeEventListener('keydown', onKey);
    clearTimeout(dwell);
    clearTimeout(grace);
  };
}
