// Marks names with the CSS Custom Highlight API: the page's DOM is never changed, so hydration and selection
// keep working. One highlight per status and document (a same-origin frame has its own registry), styled by
// ::highlight() rules in a constructed stylesheet adopted by the document and by each open shadow root; on a huge
// page they are registered under the tint-only names.
import { MENTION_STATUSES, type MentionStatus } from '@/lib/match/mention';
import { DEFAULT_SETTINGS, type MarkStyle } from '@/lib/settings';
import { documentOf, highlightsSupported, whenStyled, type PageWindow } from './documents';
import { highlightCss, highlightName } from './mark-style';
import type { MarkedMention, MarkPainter } from './mark-types';
import { isHuge } from './huge-page';
import { NearViewport } from './near-viewport';

/**
 * Above this many marks in one document, only the marks of blocks near the viewport are registered. Chromium's
 * highlight painting grows with the registered total: with 95,000 marks (a page of a million text nodes) reading
 * took 160 s with one 9 s task, against 30 s and no task over 0.4 s when only visible marks were drawn.
 */
const ALL_AT_ONCE = 3000;

interface DocumentMarks {
  sheet: CSSStyleSheet;
  /** The sheet's text: it is replaced only when it changes, since every replacement restyles the whole document. */
  css: string;
  dark: boolean;
  /** Whether the highlights are in the document's registry: only once there is something to draw. */
  registered: boolean;
  /** Whether they are registered under the tint-only names (a huge page). */
  tint: boolean;
  sets: Map<MentionStatus, Highlight>;
  /** The marks drawn directly, until there are more than ALL_AT_ONCE (then `near` holds them all). */
  direct: Set<MarkedMention>;
  /** Set once the document has more than ALL_AT_ONCE marks: registers blocks as they come near the viewport. */
  near?: NearViewport;
  /** The document and shadow roots the sheet is adopted into, to take it out again on dispose. */
  roots: Set<Document | ShadowRoot>;
}

export class Highlights implements MarkPainter {
  private readonly docs = new Map<Document, DocumentMarks>();
  private visible = true;
  private styles: Record<MentionStatus, MarkStyle> = DEFAULT_SETTINGS.styles;
  private disposed = false;

  private forDocument(doc: Document): DocumentMarks | undefined {
    const known = this.docs.get(doc);
    if (known || this.disposed) return known;
    const win = doc.defaultView as PageWindow | null;
    if (!win || !highlightsSupported(win)) return undefined;
    // Each document gets objects from its own realm: a constructed sheet can only be adopted where it was made.
    // The light palette until the page's colours are known (one frame).
    const sheet = new win.CSSStyleSheet();
    const css = highlightCss(this.styles, false);
    sheet.replaceSync(css);
    const sets = new Map<MentionStatus, Highlight>();
    for (const status of MENTION_STATUSES) sets.set(status, new win.Highlight());
    const marks: DocumentMarks = { sheet, css, dark: false, registered: false, tint: false, sets, direct: new Set(), roots: new Set() };
    this.docs.set(doc, marks);
    whenStyled(doc, (dark) => {
      if (this.disposed) return;
      marks.dark = dark;
      this.restyle(marks);
    });
    return marks;
  }

  /** Replaces the rules if the styles or the palette changed them (a style recalculation of the whole document). */
  private restyle(marks: DocumentMarks): void {
    const css = highlightCss(this.styles, marks.dark);
    if (css === marks.css) return;
    marks.css = css;
    marks.sheet.replaceSync(css);
  }

  private register(doc: Document, marks: DocumentMarks): void {
    const registry = (doc.defaultView as PageWindow | null)?.CSS.highlights;
    if (!registry) return;
    for (const [status, h] of marks.sets) {
      registry.delete(highlightName(status, !marks.tint));
      if (this.visible && marks.registered) registry.set(highlightName(status, marks.tint), h);
      else registry.delete(highlightName(status, marks.tint));
    }
  }

  /**
   * Adopts the rules into a document or shadow root. Adding rules for every element restyles all of them: the
   * content script adopts into the top document before the page is parsed (document_start), when that is free.
   */
  attach(root: Document | ShadowRoot): void {
    const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
    const marks = doc && this.forDocument(doc);
    // adoptedStyleSheets adds no element to the page, so frameworks that diff the DOM never see it.
    if (!marks) return;
    marks.roots.add(root);
    if (!root.adoptedStyleSheets.includes(marks.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, marks.sheet];
  }

  /** Takes the rules out of a document again (the reader chose boxes); done before the page is parsed, it is free. */
  detach(root: Document | ShadowRoot): void {
    const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
    const marks = doc && this.docs.get(doc);
    if (!marks) return;
    marks.roots.delete(root);
    if (root.adoptedStyleSheets.includes(marks.sheet)) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== marks.sheet);
  }

  /**
   * Takes every mark and rule of ours off the page and stops watching it. Only our own highlights are unregistered:
   * a newer copy of the script (after an update) may already have registered its own under the same names.
   */
  dispose(): void {
    this.disposed = true;
    for (const [doc, marks] of this.docs) {
      marks.near?.stop();
      const registry = (doc.defaultView as PageWindow | null)?.CSS.highlights;
      for (const [status, h] of marks.sets) {
        h.clear();
        for (const name of [highlightName(status), highlightName(status, true)]) if (registry?.get(name) === h) registry.delete(name);
      }
      for (const root of [...marks.roots]) this.detach(root);
    }
    this.docs.clear();
  }

  add(mark: MarkedMention): void {
    const doc = documentOf(mark.container);
    const marks = this.forDocument(doc);
    if (!marks) return;
    if (!marks.registered) {
      marks.registered = true;
      // A huge page: near the viewport from the first mark, and tints (see highlightCss: with a text decoration, every
      // change to such a page costs Chromium a relayout of its overflow; on a page of a million text nodes, 58 ms a
      // frame against 13 ms).
      if (isHuge(doc)) {
        marks.tint = true;
        marks.near = new NearViewport(doc.defaultView as PageWindow, marks.sets);
      }
      this.register(doc, marks);
    }
    if (marks.near) {
      marks.near.add(mark);
      return;
    }
    marks.direct.add(mark);
    if (marks.direct.size > ALL_AT_ONCE) {
      // From now on only blocks near the viewport are registered (and their ranges made); they come back as it finds them.
      marks.near = new NearViewport(doc.defaultView as PageWindow, marks.sets);
      for (const h of marks.sets.values()) h.clear();
      if (isHuge(doc)) {
        marks.tint = true;
        this.register(doc, marks);
      }
      for (const m of marks.direct) marks.near.add(m);
      marks.direct.clear();
      return;
    }
    const range = mark.range();
    if (range) marks.sets.get(mark.status)?.add(range);
  }

  delete(mark: MarkedMention): void {
    const marks = this.docs.get(documentOf(mark.container));
    if (!marks) return;
    marks.direct.delete(mark);
    marks.near?.delete(mark);
    const range = mark.rangeIfMade();
    if (range) marks.sets.get(mark.status)?.delete(range);
  }

  setStyles(styles: Record<MentionStatus, MarkStyle>): void {
    this.styles = styles;
    for (const marks of this.docs.values()) this.restyle(marks);
  }

  setVisible(visible: boolean): void {
    // Settings arrive again on every change and once at start: a needless re-registration repaints the whole page.
    if (visible === this.visible) return;
    this.visible = visible;
    for (const [doc, marks] of this.docs) this.register(doc, marks);
  }
}
