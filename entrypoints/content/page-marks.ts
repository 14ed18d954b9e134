// Scans the page's text blocks through the background (which holds the name index) and keeps the found
// mentions by block, painted by a MarkPainter (which makes their DOM ranges when it draws them). A changed part of
// the page is rescanned on its own: its marks are replaced, and marks whose text left the page are dropped.
import { spansOf, type PackedMentions } from '@/lib/match/packed-mentions';
import { documentOf } from './documents';
import { isHuge } from './huge-page';
import { MarkedMention, type MarkPainter } from './mark-types';
import { readBlocks, type NestedRoot, type TextBlock } from './page-text';
import type { Slicer } from './time-slice';

export type ScanTexts = (texts: string[]) => Promise<PackedMentions>;

/**
 * Scan messages in flight at once: the walk goes on while the background answers. On a huge page only one: with
 * three, on a page of a million text nodes, the main thread stayed busy until V8 had to finish sweeping the page's
 * heap in one pause at its next marking (62-229 ms, in 8 of 8 traced runs; with one, in 8 of 29, and 17-45 ms of
 * script and GC at most otherwise: `npx tsx scripts/trace-long-tasks.ts`), while on the 5 MB page one in flight
 * read in 1.4 s instead of 1.0 s.
 */
const IN_FLIGHT = 3;

/** The same name at the same place of the same text, its range (if made) still on that text. */
function sameMark(old: MarkedMention, found: MarkedMention): boolean {
  return (
    old.entityId === found.entityId &&
    old.start === found.start &&
    old.end === found.end &&
    old.block.text === found.block.text &&
    old.holdsItsText()
  );
}

export class PageMarks {
  private readonly byContainer = new Map<Node, MarkedMention[]>();
  /** Marks ever added: tells a rescan whether it found anything new. */
  private added = 0;
  /** Called after each mark is drawn (the live-page feature records when the first one is). */
  onAdded: () => void = () => undefined;
  private stopped = false;
  /** Entities the reader said are not the person meant on this site: their marks are kept but not drawn. */
  private hidden: ReadonlySet<string> = new Set();

  constructor(
    private readonly painter: MarkPainter,
    private readonly scan: ScanTexts,
    private readonly slicer: Slicer,
    private readonly onNested: (nested: NestedRoot, host: Element) => void,
  ) {}

  /** Every mark drawn (those of hidden entities left out). */
  get all(): MarkedMention[] {
    return [...this.byContainer.values()].flat().filter((m) => !this.hidden.has(m.entityId));
  }

  /**
   * Takes the marks of `ids` off the page and draws those of entities no longer in it ("Not this person" and its
   * undo): nothing is read again.
   */
  setHidden(ids: ReadonlySet<string>): void {
    const before = this.hidden;
    this.hidden = ids;
    for (const list of this.byContainer.values()) {
      for (const m of list) {
        const was = before.has(m.entityId);
        const is = ids.has(m.entityId);
        if (was && !is) this.painter.add(m);
        else if (!was && is) this.painter.delete(m);
      }
    }
  }

  /**
   * Reads `root` and marks the names in it. Marks already under `root` that are found again stay as they are
   * (no flicker); those not found again are removed.
   */
  async rescan(root: Node): Promise<boolean> {
    const before = this.under(root);
    const addedBefore = this.added;
    const kept = new Set<MarkedMention>();
    const inFlight = new Set<Promise<void>>();
    const limit = isHuge(documentOf(root)) ? 1 : IN_FLIGHT;
    for await (const batch of readBlocks(root, this.slicer, this.onNested)) {
      if (this.stopped) break;
      const job = this.scan(batch.map((b) => b.text)).then((results) => this.apply(batch, results, kept));
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job));
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (this.stopped) return false;
    let removed = 0;
    for (const m of before) if (!kept.has(m)) removed += this.remove(m);
    return removed > 0 || this.added > addedBefore;
  }

  /** Removes every mark under `root` (a region that became editable or hidden); returns how many. */
  clear(root: Node): number {
    let removed = 0;
    for (const m of this.under(root)) removed += this.remove(m);
    return removed;
  }

  /** Forgets every mark and ignores scans still in flight: the painter is being disposed of. */
  stop(): void {
    this.stopped = true;
    this.byContainer.clear();
  }

  private async apply(batch: TextBlock[], results: PackedMentions, kept: Set<MarkedMention>): Promise<void> {
    for (let j = 0; j < batch.length; j++) {
      if (this.stopped) return;
      for (const [start, end, finding] of spansOf(results, j, batch[j].text)) {
        const marked = new MarkedMention(batch[j], start, end, finding);
        const existing = this.byContainer.get(marked.container)?.find((m) => sameMark(m, marked));
        // Only marks that were there before are looked up in `kept`: a new one is not added to it.
        if (existing) kept.add(existing);
        else this.add(marked);
      }
      if (this.slicer.due()) await this.slicer.pause();
    }
  }

  private add(marked: MarkedMention): void {
    const list = this.byContainer.get(marked.container) ?? [];
    list.push(marked);
    this.byContainer.set(marked.container, list);
    if (!this.hidden.has(marked.entityId)) this.painter.add(marked);
    this.added++;
    this.onAdded();
  }

  private remove(marked: MarkedMention): 1 {
    if (!this.hidden.has(marked.entityId)) this.painter.delete(marked);
    const list = this.byContainer.get(marked.container)?.filter((m) => m !== marked) ?? [];
    if (list.length) this.byContainer.set(marked.container, list);
    else this.byContainer.delete(marked.container);
    return 1;
  }

  private under(root: Node): MarkedMention[] {
    const out: MarkedMention[] = [];
    for (const [container, list] of this.byContainer) if (root === container || root.contains(container)) out.push(...list);
    return out;
  }

  /**
   * Drops the marks of blocks taken out of the page. (Text changed or replaced inside a block that stays is read
   * again by the watcher, which replaces that block's marks.)
   */
  sweep(): number {
    let removed = 0;
    for (const [container, list] of [...this.byContainer]) {
      if (container.isConnected) continue;
      for (const m of list) removed += this.remove(m);
    }
    return removed;
  }

  /** The mention drawn under the viewport point (x, y), if any; `node` is the text node at that point. */
  at(node: Node, x: number, y: number): MarkedMention | undefined {
    if (node.nodeType !== Node.TEXT_NODE) return undefined;
    // The node's block is its nearest container with marks, give or take a rescan rooted at an inline element.
    for (let up = node.parentNode; up; up = up.parentNode) {
      const hit = this.byContainer.get(up)?.find((m) => {
        if (this.hidden.has(m.entityId)) return false;
        const range = m.range();
        return range !== null && range.intersectsNode(node) && [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      });
      if (hit) return hit;
    }
    return undefined;
  }

  sanctionedCount(): number {
    let n = 0;
    for (const list of this.byContainer.values()) for (const m of list) if (m.status === 'sanctioned' && !this.hidden.has(m.entityId)) n++;
    return n;
  }
}
