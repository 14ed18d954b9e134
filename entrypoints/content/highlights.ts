// Marks names with the CSS Custom Highlight API: the page's DOM is never changed, so hydration and selection
// keep working. One highlight per status and document (a same-origin frame has its own registry), styled by
// ::highlight() rules in a constructed stylesheet adopted by the document and by each open shadow root.
import type { MentionStatus } from '@/lib/match/scan';
import type { MarkPainter } from './page-marks';

export const STATUSES: readonly MentionStatus[] = ['sanctioned', 'delisted', 'not-sanctioned', 'possible'];

const STYLE = `
::highlight(sanctions-lens-sanctioned) { background-color: rgba(220, 38, 38, 0.22); text-decoration: underline 2px rgb(185, 28, 28); }
::highlight(sanctions-lens-delisted) { background-color: rgba(217, 119, 6, 0.18); text-decoration: underline 2px rgb(180, 83, 9); }
::highlight(sanctions-lens-not-sanctioned) { background-color: rgba(37, 99, 235, 0.12); text-decoration: underline 1px rgb(37, 99, 235); }
::highlight(sanctions-lens-possible) { background-color: rgba(107, 114, 128, 0.14); text-decoration: underline dotted 2px rgb(75, 85, 99); }
`;

type PageWindow = Window & typeof globalThis;

export function highlightsSupported(win: Window = window): boolean {
  const w = win as PageWindow;
  return typeof w.CSS !== 'undefined' && 'highlights' in w.CSS && typeof w.Highlight === 'function';
}

interface DocumentMarks {
  sheet: CSSStyleSheet;
  sets: Map<MentionStatus, Highlight>;
}

export class Highlights implements MarkPainter {
  private readonly docs = new Map<Document, DocumentMarks>();
  private visible = true;
  private css = STYLE;

  private forDocument(doc: Document): DocumentMarks | undefined {
    const known = this.docs.get(doc);
    if (known) return known;
    const win = doc.defaultView as PageWindow | null;
    if (!win || !highlightsSupported(win)) return undefined;
    // Each document gets objects from its own realm: a constructed sheet can only be adopted where it was made.
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(this.css);
    const sets = new Map<MentionStatus, Highlight>();
    for (const status of STATUSES) {
      const h = new win.Highlight();
      sets.set(status, h);
      if (this.visible) win.CSS.highlights.set(`sanctions-lens-${status}`, h);
    }
    const marks = { sheet, sets };
    this.docs.set(doc, marks);
    return marks;
  }

  /** Makes the mark styles apply in a document or an open shadow root (page styles do not cross into one). */
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

  /** Hides or shows every mark at once (the per-site switch); the ranges are kept. */
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
