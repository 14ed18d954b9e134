// Small DOM helpers shared by the painters, the cards and the reading: which document a node is in, whether its
// window has the Highlight API, when its colours can be read cheaply, and where a frame sits on screen.
import { isDarkPage } from './mark-style';

export type PageWindow = Window & typeof globalThis;

/** The document a node belongs to (itself, for a document). */
export function documentOf(node: Node): Document {
  return node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : (node.ownerDocument ?? document);
}

export function highlightsSupported(win: Window = window): boolean {
  const w = win as PageWindow;
  return typeof w.CSS !== 'undefined' && 'highlights' in w.CSS && typeof w.Highlight === 'function';
}

/**
 * Calls `then` with whether the document reads as dark, after a frame in which it has a body: computed styles are
 * then up to date, so asking costs nothing. Asked at once, on a huge page it would force a style recalculation of
 * every element into our task (seconds on a page with a million nodes).
 */
export function whenStyled(doc: Document, then: (dark: boolean) => void): void {
  const win = doc.defaultView ?? window;
  const afterFrame = () => {
    if (doc.body) win.setTimeout(() => then(documentIsDark(doc)), 0);
    else win.requestAnimationFrame(afterFrame);
  };
  win.requestAnimationFrame(afterFrame);
}

/** Whether a document reads as dark. Reads computed styles: call it when the page's style is up to date. */
export function documentIsDark(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  const of = (el: Element | null) => (el ? win.getComputedStyle(el) : null);
  const body = of(doc.body);
  const root = of(doc.documentElement);
  return isDarkPage([body?.backgroundColor ?? '', root?.backgroundColor ?? ''], body?.color ?? root?.color ?? '');
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
