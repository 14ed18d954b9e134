// Marks for browsers without the CSS Custom Highlight API (and for readers who choose boxes): translucent boxes
// drawn over each name in a fixed layer inside our own shadow root. The page's text is never wrapped or moved;
// the layer takes no pointer events, so the page and our hit-testing work as with highlights.
import type { MentionStatus } from '@/lib/match/scan';
import { DEFAULT_SETTINGS, type MarkStyle } from '@/lib/settings';
import { whenStyled } from './highlights';
import { statusColours } from './mark-style';
import { ownName } from './own-ui';
import type { MarkPainter } from './page-marks';

export class OverlayMarks implements MarkPainter {
  private readonly marks = new Map<Range, MentionStatus>();
  private readonly host: HTMLElement;
  private readonly layer: HTMLElement;
  private styles: Record<MentionStatus, MarkStyle> = DEFAULT_SETTINGS.styles;
  private visible = true;
  private frame = 0;
  private dark = false;

  constructor(private readonly doc: Document) {
    whenStyled(doc, (dark) => {
      this.dark = dark;
      this.schedule();
    });
    this.host = doc.createElement('sanctions-lens-marks');
    let shadow: ShadowRoot;
    try {
      shadow = this.host.attachShadow({ mode: 'open' });
    } catch (e) {
      // The page has defined <sanctions-lens-marks> and given it a shadow root of its own (see own-ui.ts).
      console.warn('Sanctions Lens: the page has taken the element name <sanctions-lens-marks>; using a name of our own', e);
      this.host = doc.createElement(ownName('sanctions-lens-marks'));
      shadow = this.host.attachShadow({ mode: 'open' });
    }
    // Inline styles on our own host: `all: initial` shields it from page rules such as `* { display: none }`.
    this.host.setAttribute('style', 'all: initial !important; position: fixed !important; inset: 0 !important; pointer-events: none !important; z-index: 2147483646 !important; contain: strict !important;');
    this.layer = doc.createElement('div');
    shadow.append(this.layer);
    doc.documentElement.append(this.host);
    const schedule = () => this.schedule();
    doc.defaultView?.addEventListener('scroll', schedule, { passive: true, capture: true });
    doc.defaultView?.addEventListener('resize', schedule, { passive: true });
  }

  attach(): void {
    // Boxes live in our layer: nothing to adopt in the page's shadow roots. (Same-origin frames are drawn by
    // translating their rectangles, see draw().)
  }

  add(status: MentionStatus, range: Range): void {
    this.marks.set(range, status);
    this.schedule();
  }

  delete(_status: MentionStatus, range: Range): void {
    if (this.marks.delete(range)) this.schedule();
  }

  setStyles(styles: Record<MentionStatus, MarkStyle>): void {
    this.styles = styles;
    this.schedule();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.schedule();
  }

  /** Redraws on the next frame: scrolling and bursts of new marks cost one layout read per frame. */
  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const vw = this.doc.documentElement.clientWidth;
    const vh = this.doc.defaultView?.innerHeight ?? 0;
    const boxes: HTMLElement[] = [];
    if (this.visible) {
      for (const [range, status] of this.marks) {
        const style = this.styles[status];
        if (style === 'hidden') continue;
        const offset = frameOffset(range.startContainer.ownerDocument, this.doc);
        const c = statusColours(status, this.dark);
        for (const r of range.getClientRects()) {
          const top = r.top + offset.y;
          const left = r.left + offset.x;
          // Only what is on screen: a long page with thousands of names draws a few dozen boxes.
          if (top > vh || top + r.height < 0 || left > vw || left + r.width < 0) continue;
          const box = this.doc.createElement('div');
          box.dataset.status = status;
          box.style.cssText = `position:absolute;box-sizing:border-box;top:${top}px;left:${left}px;width:${r.width}px;height:${r.height}px;border-bottom:${c.lineWidth}px ${c.lineStyle} ${c.line};${style === 'background' ? `background:${c.background};` : ''}`;
          boxes.push(box);
        }
      }
    }
    this.layer.replaceChildren(...boxes);
  }
}

/** Where a frame's viewport sits in the top document's viewport (zero for the top document itself). */
export function frameOffset(doc: Document | null, top: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let d = doc; d && d !== top; ) {
    const frame = d.defaultView?.frameElement;
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    x += r.left + frame.clientLeft;
    y += r.top + frame.clientTop;
    d = frame.ownerDocument;
  }
  return { x, y };
}
