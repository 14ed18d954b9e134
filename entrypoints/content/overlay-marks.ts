// Marks for browsers without the CSS Custom Highlight API (and for readers who choose boxes): translucent boxes
// over each name in a layer of our own. The page's text is never wrapped or moved; the layer takes no pointer
// events, so the page and our hit-testing work as with highlights.
//
// The layer sits in the document and scrolls with it, so scrolling the page moves no box: positions are measured
// once per mark, in the layer's coordinates, and again only when the layout may have moved them (a resize, a
// change to the page, an inner scroller or frame scrolling, fonts loading). Only the boxes within a screen of the
// viewport are in the layer; the set is brought up to date when the page has scrolled half a screen.
import { MENTION_STATUSES, type MentionStatus } from '@/lib/match/mention';
import { DEFAULT_SETTINGS, type MarkStyle } from '@/lib/settings';
import { frameOffset, whenStyled } from './documents';
import { statusColours } from './mark-style';
import { ownName, ownRootMode } from './own-ui';
import type { MarkedMention, MarkPainter } from './mark-types';
import { SLICE_MS } from './time-slice';

/** A rectangle on screen (client coordinates) or in the layer's (the document's, give or take the layer's offset). */
export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

interface Mark {
  status: MentionStatus;
  /** Undefined until measured, and again once the layout may have moved it. */
  rects?: Rect[];
  /** The boxes in the layer: present only while the mark is near the viewport. */
  boxes: HTMLElement[];
}

/** The vertical band (layer coordinates) whose marks are drawn: the viewport and a screen above and below. */
export interface Band {
  top: number;
  bottom: number;
}

export function bandAround(viewportTop: number, viewportHeight: number): Band {
  return { top: viewportTop - viewportHeight, bottom: viewportTop + 2 * viewportHeight };
}

/** Whether the drawn band still covers the viewport with half a screen to spare on either side. */
export function bandCovers(band: Band, viewportTop: number, viewportHeight: number): boolean {
  return viewportTop - band.top >= viewportHeight / 2 && band.bottom - (viewportTop + viewportHeight) >= viewportHeight / 2;
}

export function inBand(rects: readonly Rect[], band: Band): boolean {
  return rects.some((r) => r.top + r.height >= band.top && r.top <= band.bottom);
}

/** The part of `r` inside `clip`, or null when nothing of it is. */
export function intersect(r: Rect, clip: Rect | null): Rect | null {
  if (!clip) return r;
  const top = Math.max(r.top, clip.top);
  const left = Math.max(r.left, clip.left);
  const bottom = Math.min(r.top + r.height, clip.top + clip.height);
  const right = Math.min(r.left + r.width, clip.left + clip.width);
  return bottom > top && right > left ? { top, left, width: right - left, height: bottom - top } : null;
}

/**
 * Client rectangles (clipped to `clip`, in the frame's viewport) as layer rectangles, given where the layer's origin
 * is on screen and the frame's offset in the top viewport.
 */
export function toLayer(rects: Iterable<Rect>, clip: Rect | null, origin: { x: number; y: number }, frame: { x: number; y: number }): Rect[] {
  const out: Rect[] = [];
  for (const rect of rects) {
    const r = intersect(rect, clip);
    if (!r || (r.width === 0 && r.height === 0)) continue;
    out.push({ top: r.top + frame.y - origin.y, left: r.left + frame.x - origin.x, width: r.width, height: r.height });
  }
  return out;
}

/**
 * The client rectangle that clips `node`'s text: the intersection of its scrolled-out-of-view ancestors' client
 * areas, null for none. `cache` keeps each element's own clip for one measuring pass (layout is clean during it).
 */
function clipOf(node: Node, cache: Map<Element, Rect | null>): Rect | null {
  let clip: Rect | null = null;
  for (let el = node.parentElement; el && el !== el.ownerDocument.body && el !== el.ownerDocument.documentElement; el = el.parentElement) {
    let own = cache.get(el);
    if (own === undefined) {
      own = null;
      // Reading sizes first: only an element that overflows can hide text, and only then is its style asked.
      if (el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth) {
        const overflow = el.ownerDocument.defaultView?.getComputedStyle(el).overflow ?? 'visible';
        if (!/^visible( visible)?$/.test(overflow)) {
          const b = el.getBoundingClientRect();
          own = { top: b.top + el.clientTop, left: b.left + el.clientLeft, width: el.clientWidth, height: el.clientHeight };
        }
      }
      cache.set(el, own);
    }
    if (own) clip = clip ? (intersect(clip, own) ?? { top: 0, left: 0, width: 0, height: 0 }) : own;
  }
  return clip;
}

function sameRects(a: readonly Rect[], b: readonly Rect[]): boolean {
  return a.length === b.length && a.every((r, i) => Math.abs(r.top - b[i].top) < 0.5 && Math.abs(r.left - b[i].left) < 0.5 && Math.abs(r.width - b[i].width) < 0.5 && Math.abs(r.height - b[i].height) < 0.5);
}

/** After the last scroll event, how long until the drawn boxes are checked against fixed and sticky elements. */
const SCROLL_END_MS = 150;

export class OverlayMarks implements MarkPainter {
  private readonly marks = new Map<Range, Mark>();
  private readonly host: HTMLElement;
  private readonly layer: HTMLElement;
  private styles: Record<MentionStatus, MarkStyle> = DEFAULT_SETTINGS.styles;
  private visible = true;
  private dark = false;
  private frame = 0;
  /** Marks to measure on the next frame. */
  private readonly stale = new Set<Range>();
  private allStale = false;
  /** Inner scrollers and frame documents that scrolled since the last frame: their marks are measured again. */
  private readonly scrolled = new Set<Node>();
  /** The top document's scroll offset minus the viewport's top in layer coordinates, from the last measure. */
  private layerOffsetY = 0;
  /** The band drawn last; undefined when the boxes must be brought up to date on the next frame. */
  private band: Band | undefined;
  private scrollEnd: ReturnType<typeof setTimeout> | undefined;
  /** The documents whose scrolling we follow, with the listener to remove on dispose. */
  private readonly scrollers = new Map<Document, (e: Event) => void>();
  private readonly observers: { disconnect(): void }[] = [];
  private readonly invalidate = () => this.invalidateAll();
  private disposed = false;

  constructor(private readonly doc: Document) {
    whenStyled(doc, (dark) => {
      if (dark === this.dark || this.disposed) return;
      this.dark = dark;
      this.redrawAll();
    });
    this.host = doc.createElement('sanctions-lens-marks');
    let shadow: ShadowRoot;
    // Closed in private mode: the page cannot list the boxes, nor tell by their status which names are marked.
    const mode = ownRootMode();
    try {
      shadow = this.host.attachShadow({ mode });
    } catch (e) {
      // The page has defined <sanctions-lens-marks> and given it a shadow root of its own (see own-ui.ts).
      console.warn('Sanctions Lens: the page has taken the element name <sanctions-lens-marks>; using a name of our own', e);
      this.host = doc.createElement(ownName('sanctions-lens-marks'));
      shadow = this.host.attachShadow({ mode });
    }
    // Inline styles on our own host: `all: initial` shields it from page rules such as `* { display: none }`.
    // Absolute at the document's origin, it scrolls with the page; size containment keeps our boxes out of the
    // page's layout (no scrollbars from us), and `overflow: visible` lets them show.
    this.host.setAttribute('style', 'all: initial !important; display: block !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; pointer-events: none !important; z-index: 2147483646 !important; contain: size layout style !important;');
    this.layer = doc.createElement('div');
    shadow.append(this.layer);
    doc.documentElement.append(this.host);
    this.listen(doc);
    const win = doc.defaultView;
    win?.addEventListener('resize', this.invalidate, { passive: true });
    // Layout moves without a mutation we would see: images and fonts loading, the page resizing its parts.
    if (win && 'ResizeObserver' in win) {
      const resized = new win.ResizeObserver(this.invalidate);
      resized.observe(doc.documentElement);
      if (doc.body) resized.observe(doc.body);
      this.observers.push(resized);
    }
    doc.fonts?.addEventListener('loadingdone', this.invalidate);
    // Any change to the page outside our layer may move text: measure again (at most once a frame).
    if (win) {
      const mutations = new win.MutationObserver((records) => {
        if (records.some((r) => !this.host.contains(r.target))) this.invalidateAll();
      });
      mutations.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true });
      this.observers.push(mutations);
    }
  }

  /** Takes the layer off the page and removes every observer and listener it installed. */
  dispose(): void {
    this.disposed = true;
    for (const o of this.observers) o.disconnect();
    this.doc.defaultView?.removeEventListener('resize', this.invalidate);
    this.doc.fonts?.removeEventListener('loadingdone', this.invalidate);
    for (const [doc, onScroll] of this.scrollers) doc.defaultView?.removeEventListener('scroll', onScroll, { capture: true });
    this.scrollers.clear();
    (this.doc.defaultView ?? window).cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.scrollEnd);
    this.marks.clear();
    this.stale.clear();
    this.host.remove();
  }

  /** Scrolling: the top document's moves nothing but the band; an inner scroller's or a frame's moves its marks. */
  private listen(doc: Document): void {
    if (this.scrollers.has(doc) || this.disposed) return;
    const onScroll = (e: Event) => {
      const target = e.target;
      if (target === this.doc || target === this.doc.documentElement || target === this.doc.scrollingElement) this.onPageScroll();
      else {
        this.scrolled.add(target instanceof Node ? target : doc);
        this.schedule();
      }
    };
    this.scrollers.set(doc, onScroll);
    doc.defaultView?.addEventListener('scroll', onScroll, { passive: true, capture: true });
  }

  attach(root: Document | ShadowRoot): void {
    // A same-origin frame's document: its scrolling moves its marks. Shadow roots need nothing: boxes live in our layer.
    if (root.nodeType === Node.DOCUMENT_NODE && root !== this.doc) this.listen(root as Document);
  }

  add(marked: MarkedMention): void {
    if (this.disposed) return;
    // Every mark is measured (once), so its range is made now.
    const range = marked.range();
    if (!range) return;
    this.marks.set(range, { status: marked.status, boxes: [] });
    this.stale.add(range);
    this.schedule();
  }

  delete(marked: MarkedMention): void {
    const range = marked.rangeIfMade();
    const mark = range && this.marks.get(range);
    if (!range || !mark) return;
    for (const box of mark.boxes) box.remove();
    this.marks.delete(range);
    this.stale.delete(range);
  }

  setStyles(styles: Record<MentionStatus, MarkStyle>): void {
    // Settings arrive again on every change and once at start: redraw only when the styles did change.
    if (MENTION_STATUSES.every((s) => styles[s] === this.styles[s])) return;
    this.styles = styles;
    this.redrawAll();
  }

  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    this.redrawAll();
  }

  private onPageScroll(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    // Nothing to do while the drawn band still covers the viewport: the boxes scroll with the page.
    if (this.band && bandCovers(this.band, win.scrollY - this.layerOffsetY, win.innerHeight)) {
      this.afterScroll();
      return;
    }
    this.band = undefined;
    this.schedule();
    this.afterScroll();
  }

  /** Fixed and sticky parts of a page move against the document while it scrolls: check the drawn boxes once it stops. */
  private afterScroll(): void {
    clearTimeout(this.scrollEnd);
    this.scrollEnd = setTimeout(() => {
      for (const [range, mark] of this.marks) if (mark.boxes.length) this.stale.add(range);
      this.schedule();
    }, SCROLL_END_MS);
  }

  private invalidateAll(): void {
    this.allStale = true;
    this.schedule();
  }

  private redrawAll(): void {
    for (const mark of this.marks.values()) this.clearBoxes(mark);
    this.band = undefined;
    this.schedule();
  }

  private schedule(): void {
    if (this.frame || this.disposed) return;
    const win = this.doc.defaultView ?? window;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  /** One frame's work: measure what is stale (within the slice's budget), then add and remove boxes for the band. */
  private update(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const deadline = performance.now() + SLICE_MS;
    if (this.allStale) {
      this.allStale = false;
      this.scrolled.clear();
      for (const range of this.marks.keys()) this.stale.add(range);
    }
    if (this.scrolled.size) {
      const scrolled = [...this.scrolled];
      this.scrolled.clear();
      for (const range of this.marks.keys()) {
        const start = range.startContainer;
        if (scrolled.some((n) => (n.nodeType === Node.DOCUMENT_NODE ? start.ownerDocument === n : n.contains(start)))) this.stale.add(range);
      }
    }
    const origin = this.host.getBoundingClientRect();
    const at = { x: origin.left, y: origin.top };
    this.layerOffsetY = win.scrollY + origin.top;
    const band = bandAround(-origin.top, win.innerHeight);
    const measured = new Set<Range>();
    const clips = new Map<Element, Rect | null>();
    let n = 0;
    for (const range of this.stale) {
      // Only as much as a slice allows; the rest is measured on the next frame.
      if ((++n & 15) === 0 && performance.now() >= deadline) break;
      this.stale.delete(range);
      const mark = this.marks.get(range);
      if (!mark) continue;
      const rects = toLayer(range.getClientRects(), clipOf(range.startContainer, clips), at, frameOffset(range.startContainer.ownerDocument, this.doc));
      if (mark.rects && sameRects(mark.rects, rects)) continue;
      mark.rects = rects;
      measured.add(range);
    }
    const drawnBand = this.band ?? band;
    for (const [range, mark] of this.marks) {
      if (!mark.rects) continue;
      const show = this.visible && this.styles[mark.status] !== 'hidden' && mark.rects.length > 0 && inBand(mark.rects, drawnBand);
      if (!show) this.clearBoxes(mark);
      else if (measured.has(range) || mark.boxes.length === 0) this.draw(mark);
    }
    this.band = drawnBand;
    if (this.stale.size || this.allStale || this.scrolled.size) this.schedule();
  }

  private clearBoxes(mark: Mark): void {
    for (const box of mark.boxes) box.remove();
    mark.boxes = [];
  }

  private draw(mark: Mark): void {
    const style = this.styles[mark.status];
    const c = statusColours(mark.status, this.dark);
    const rects = mark.rects ?? [];
    // Reuse the mark's boxes: only their position changes.
    while (mark.boxes.length > rects.length) mark.boxes.pop()?.remove();
    rects.forEach((r, i) => {
      let box = mark.boxes[i];
      if (!box) {
        box = this.doc.createElement('div');
        box.dataset.status = mark.status;
        this.layer.append(box);
        mark.boxes.push(box);
      }
      box.style.cssText = `position:absolute;box-sizing:border-box;top:${r.top}px;left:${r.left}px;width:${r.width}px;height:${r.height}px;border-bottom:${c.lineWidth}px ${c.lineStyle} ${c.line};${style === 'background' ? `background:${c.background};` : ''}`;
    });
  }
}

