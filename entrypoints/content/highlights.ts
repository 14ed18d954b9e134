// Marks names with the CSS Custom Highlight API: the page's DOM is never changed, so hydration and selection
// keep working. One highlight per status and document (a same-origin frame has its own registry), styled by
// ::highlight() rules in a constructed stylesheet adopted by the document and by each open shadow root.
import type { MentionStatus } from '@/lib/match/scan';
import { DEFAULT_SETTINGS, type MarkStyle } from '@/lib/settings';
import { highlightCss, isDarkPage } from './mark-style';
import type { MarkPainter } from './page-marks';

export const STATUSES: readonly MentionStatus[] = ['sanctioned', 'delisted', 'not-sanctioned', 'possible'];

type PageWindow = Window & typeof globalThis;

export function highlightsSupported(win: Window = window): boolean {
  const w = win as PageWindow;
  return typeof w.CSS !== 'undefined' && 'highlights' in w.CSS && typeof w.Highlight === 'function';
}

/** Whether a document reads as dark; asked once per document, when its first mark is drawn. */
export function documentIsDark(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  const of = (el: Element | null) => (el ? win.getComputedStyle(el) : null);
  const body = of(doc.body);
  const root = of(doc.documentElement);
  return isDarkPage([body?.backgroundColor ?? '', root?.backgroundColor ?? ''], body?.color ?? root?.color ?? '');
}

interface DocumentMarks {
  sheet: CSSStyleSheet;
  dark: boolean;
  sets: Map<MentionStatus, Highlight>;
}

export class Highlights implements MarkPainter {
  private readonly docs = new Map<Document, DocumentMarks>();
  private visible = true;
  private styles: Record<MentionStatus, MarkStyle> = DEFAULT_SETTINGS.styles;

  private forDocument(doc: Document): DocumentMarks | undefined {
    const known = this.docs.get(doc);
    if (known) return known;
    const win = doc.defaultView as PageWindow | null;
    if (!win || !highlightsSupported(win)) return undefined;
    // Each document gets objects from its own realm: a constructed sheet can only be adopted where it was made.
    const dark = documentIsDark(doc);
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(highlightCss(this.styles, dark));
    const sets = new Map<MentionStatus, Highlight>();
    for (const status of STATUSES) {
      const h = new win.Highlight();
      sets.set(status, h);
      if (this.visible) win.CSS.highlights.set(`sanctions-lens-${status}`, h);
    }
    const marks = { sheet, dark, sets };
    this.docs.set(doc, marks);
    return marks;
  }

  attach(root: Document | ShadowRoot): void {
    const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
    const marks = doc && this.forDocument(doc);
    // adoptedStyleSheets adds no element to the page, so frameworks that diff the DOM never see it.
    if (marks && !root.adoptedStyleSheets.includes(marks.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, marks.sheet];
  }

  add(status: MentionStatus, range: Range): void {
    this.forDocument(range.startContainer.ownerDocument ?? document)?.sets.get(status)?.add(range);
  }

  delete(status: MentionStatus, range: Range): void {
    this.docs.get(range.startContainer.ownerDocument ?? document)?.sets.get(status)?.delete(range);
  }

  setStyles(styles: Record<MentionStatus, MarkStyle>): void {
    this.styles = styles;
    for (const marks of this.docs.values()) marks.sheet.replaceSync(highlightCss(styles, marks.dark));
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    for (const [doc, marks] of this.docs) {
      const registry = (doc.defaultView as PageWindow | null)?.CSS.highlights;
      if (!registry) continue;
      for (const [status, h] of marks.sets) {
        if (visible) registry.set(`sanctions-lens-${status}`, h);
        else registry.delete(`sanctions-lens-${status}`);
      }
    }
  }
}
