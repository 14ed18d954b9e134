// Where a card goes: beside the name, never over it. Pure geometry, tested in Node.

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above' | 'right' | 'left';
  /** Set when no side has room for the whole card: it scrolls inside this height instead of covering the name. */
  maxHeight?: number;
}

const MARGIN = 4;

/**
 * Below the name when the card fits there, else above, else to the right or left of it; when it fits nowhere,
 * on the taller of below and above with its height capped. The name's own box is never covered.
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, gap = 6, avoid?: Box): Placement {
  const placed = placeIn(anchor, card, viewport, gap);
  if (!avoid || !overlaps(boxOf(placed, card), avoid)) return placed;
  // Another of our panels (the keyboard list, on the right) is on screen: the card goes in the room left of it,
  // or right of it, and stays where it was when neither has room.
  for (const room of [{ left: 0, width: avoid.left }, { left: avoid.left + avoid.width, width: viewport.width - avoid.left - avoid.width }]) {
    if (room.width < card.width + 2 * MARGIN) continue;
    const p = placeIn({ ...anchor, left: anchor.left - room.left }, card, { width: room.width, height: viewport.height }, gap);
    const moved = { ...p, left: p.left + room.left };
    if (!overlaps(boxOf(moved, card), avoid) && !overlaps(boxOf(moved, card), anchor)) return moved;
  }
  return placed;
}

function boxOf(p: Placement, card: { width: number; height: number }): Box {
  return { top: p.top, left: p.left, width: card.width, height: p.maxHeight ?? card.height };
}

function placeIn(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, gap: number): Placement {
  const clampX = (x: number) => Math.min(Math.max(MARGIN, x), Math.max(MARGIN, viewport.width - card.width - MARGIN));
  const clampY = (y: number) => Math.min(Math.max(MARGIN, y), Math.max(MARGIN, viewport.height - card.height - MARGIN));
  const bottom = anchor.top + anchor.height;
  const right = anchor.left + anchor.width;
  const below = viewport.height - bottom - gap - MARGIN;
  const above = anchor.top - gap - MARGIN;
  if (card.height <= below) return { top: bottom + gap, left: clampX(anchor.left), side: 'below' };
  if (card.height <= above) return { top: anchor.top - gap - card.height, left: clampX(anchor.left), side: 'above' };
  if (card.width <= viewport.width - right - gap - MARGIN) return { top: clampY(anchor.top), left: right + gap, side: 'right' };
  if (card.width <= anchor.left - gap - MARGIN) return { top: clampY(anchor.top), left: anchor.left - gap - card.width, side: 'left' };
  if (below >= above) return { top: bottom + gap, left: clampX(anchor.left), side: 'below', maxHeight: Math.max(0, below) };
  const maxHeight = Math.max(0, above);
  return { top: anchor.top - gap - maxHeight, left: clampX(anchor.left), side: 'above', maxHeight };
}

/** Whether two boxes overlap (used by the tests and by the e2e check that a card never covers its name). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
