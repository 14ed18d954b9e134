// Marks names with the CSS Custom Highlight API: the page's DOM is never changed, so hydration and selection
// keep working. One highlight per status, styled by ::highlight() rules in a constructed stylesheet.
import type { MentionStatus } from '@/lib/match/scan';

export const STATUSES: readonly MentionStatus[] = ['sanctioned', 'delisted', 'not-sanctioned', 'possible'];

const STYLE = `
::highlight(sanctions-lens-sanctioned) { background-color: rgba(220, 38, 38, 0.22); text-decoration: underline 2px rgb(185, 28, 28); }
::highlight(sanctions-lens-delisted) { background-color: rgba(217, 119, 6, 0.18); text-decoration: underline 2px rgb(180, 83, 9); }
::highlight(sanctions-lens-not-sanctioned) { background-color: rgba(37, 99, 235, 0.12); text-decoration: underline 1px rgb(37, 99, 235); }
::highlight(sanctions-lens-possible) { background-color: rgba(107, 114, 128, 0.14); text-decoration: underline dotted 2px rgb(75, 85, 99); }
`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

let sheet: CSSStyleSheet | undefined;

function installStyle(doc: Document): void {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  // adoptedStyleSheets adds no element to the page, so frameworks that diff the DOM never see it.
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

export class Highlights {
  private readonly sets = new Map<MentionStatus, Highlight>();

  constructor(doc: Document) {
    installStyle(doc);
    for (const status of STATUSES) {
      const h = new Highlight();
      this.sets.set(status, h);
      CSS.highlights.set(`sanctions-lens-${status}`, h);
    }
  }

  add(status: MentionStatus, range: Range): void {
    this.sets.get(status)?.add(range);
  }

  clear(): void {
    for (const h of this.sets.values()) h.clear();
  }

  /** Hides or shows every mark at once (the per-site switch). */
  setVisible(visible: boolean): void {
    for (const status of STATUSES) {
      const name = `sanctions-lens-${status}`;
      const h = this.sets.get(status);
      if (!h) continue;
      if (visible) CSS.highlights.set(name, h);
      else CSS.highlights.delete(name);
    }
  }
}
