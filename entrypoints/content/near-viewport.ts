// On a page with thousands of marks, only the marks of blocks within a screen of the viewport are registered as
// highlights: Chromium's highlight painting grows with the registered total. The blocks are kept in document order,
// so the ones near the viewport are found by a binary search over their positions on each scrolled frame: a few
// dozen layout reads, whatever the page's size. (An IntersectionObserver per block did the same, but it recomputes
// every target on every frame: 100 ms a frame with 50,000 blocks.)
import type { MentionStatus } from '@/lib/match/mention';
import type { PageWindow } from './documents';
import type { MarkedMention } from './mark-types';

interface Span {
  top: number;
  bottom: number;
}

/** A block's vertical extent on screen, or null when it has no box (display: none, or removed). */
export type SpanAt = (i: number) => Span | null;

/** The blocks reaching into a band: their indices, and where the blocks past it begin. */
export interface BandBlocks {
  within: number[];
  /**
   * The index from which blocks are taken to lie past the band: the first of the run of `slack` blocks past it that
   * ended the search, or `count` when the search reached the last block.
   */
  beyond: number;
}

/**
 * The blocks (in document order, so mostly in order on screen) that reach into [top, bottom]. Blocks without a box
 * are passed over. Layout that goes back up the page (columns, floats, fixed parts) can hide a block from the search
 * until it scrolls; `slack` blocks past the band are still looked at for that.
 */
export function blocksInBand(count: number, spanAt: SpanAt, top: number, bottom: number, slack = 8): BandBlocks {
  // The first block whose bottom reaches the band's top.
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let probe = mid;
    let span = spanAt(probe);
    while (!span && probe + 1 < hi) span = spanAt(++probe);
    if (!span) {
      hi = mid;
      continue;
    }
    if (span.bottom < top) lo = probe + 1;
    else hi = mid;
  }
  const within: number[] = [];
  let beyond = 0;
  let firstBeyond = count;
  for (let i = lo; i < count; i++) {
    const span = spanAt(i);
    if (!span) continue;
    if (span.top > bottom) {
      if (beyond++ === 0) firstBeyond = i;
      if (beyond > slack) return { within, beyond: firstBeyond };
      continue;
    }
    beyond = 0;
    if (span.bottom >= top) within.push(i);
  }
  return { within, beyond: count };
}

/** Whether `b` comes after `a` in document order. */
const follows = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

export class NearViewport {
  /** Blocks with marks, in document order. */
  private readonly blocks: Element[] = [];
  private readonly byBlock = new Map<Element, MarkedMention[]>();
  private shown = new Set<Element>();
  /**
   * Whether the last update found blocks past the band (so a block appended after them needs no update to stay
   * hidden); cleared when a block is inserted before the end or removed.
   */
  private pastBand = false;
  private frame = 0;
  private readonly schedule = () => {
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  };
  private readonly resized: ResizeObserver;

  constructor(private readonly win: PageWindow, private readonly sets: Map<MentionStatus, Highlight>) {
    // Capture: inner scrollers move their blocks too.
    win.addEventListener('scroll', this.schedule, { passive: true, capture: true });
    win.addEventListener('resize', this.schedule, { passive: true });
    // The page's layout changes (content above grows, images load): the band may hold other blocks.
    this.resized = new win.ResizeObserver(this.schedule);
    this.resized.observe(win.document.documentElement);
  }

  /** Stops following the viewport (the marks are taken off the page by the caller). */
  stop(): void {
    this.win.removeEventListener('scroll', this.schedule, { capture: true });
    this.win.removeEventListener('resize', this.schedule);
    this.resized.disconnect();
    this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Registers a mark's range now if its block is near the viewport; the range is made only then. */
  private show(mark: MarkedMention): void {
    const range = mark.range();
    if (range) this.sets.get(mark.status)?.add(range);
  }

  add(mark: MarkedMention): void {
    const block = mark.container;
    if (block.nodeType !== Node.ELEMENT_NODE) {
      this.show(mark);
      return;
    }
    const el = block as Element;
    let marks = this.byBlock.get(el);
    let appended = false;
    if (!marks) {
      // An array, not a set: 50,000 blocks of a few marks each, and every object here is work for the page's GC.
      marks = [];
      this.byBlock.set(el, marks);
      appended = this.insert(el);
    }
    marks.push(mark);
    if (this.shown.has(el)) this.show(mark);
    // Reading a long page adds blocks below the band batch after batch: no update is asked for those (each would
    // read the layout of a few dozen blocks to change nothing).
    else if (!(appended && this.pastBand)) this.schedule();
  }

  /** Forgets a mark (its range, if registered, is taken out of the highlight by the caller). */
  delete(mark: MarkedMention): void {
    const el = mark.container as Element;
    const marks = this.byBlock.get(el);
    const at = marks?.indexOf(mark) ?? -1;
    if (!marks || at < 0) return;
    marks.splice(at, 1);
    if (marks.length > 0) return;
    this.byBlock.delete(el);
    this.shown.delete(el);
    this.pastBand = false;
    const i = this.blocks.indexOf(el);
    if (i >= 0) this.blocks.splice(i, 1);
  }

  /** Keeps `blocks` in document order: reading appends, a rescan of a changed part inserts. True if appended. */
  private insert(el: Element): boolean {
    const last = this.blocks[this.blocks.length - 1];
    // Reading appends, so mostly the last block alone is compared: the order of two far-apart siblings costs a walk
    // over all the siblings between them.
    if (!last || follows(last, el)) {
      this.blocks.push(el);
      return true;
    }
    this.pastBand = false;
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (follows(this.blocks[mid], el)) lo = mid + 1;
      else hi = mid;
    }
    this.blocks.splice(lo, 0, el);
    return false;
  }

  /** Registers the marks of the blocks within a screen of the viewport, and unregisters the others. */
  private update(): void {
    const height = this.win.innerHeight;
    const spanAt: SpanAt = (i) => {
      const r = this.blocks[i].getBoundingClientRect();
      return r.width === 0 && r.height === 0 ? null : { top: r.top, bottom: r.bottom };
    };
    const band = blocksInBand(this.blocks.length, spanAt, -height, 2 * height);
    const next = new Set(band.within.map((i) => this.blocks[i]));
    this.pastBand = band.beyond < this.blocks.length;
    for (const el of this.shown) {
      if (next.has(el)) continue;
      for (const mark of this.byBlock.get(el) ?? []) {
        const range = mark.rangeIfMade();
        if (range) this.sets.get(mark.status)?.delete(range);
      }
    }
    for (const el of next) {
      if (this.shown.has(el)) continue;
      for (const mark of this.byBlock.get(el) ?? []) this.show(mark);
    }
    this.shown = next;
  }
}
