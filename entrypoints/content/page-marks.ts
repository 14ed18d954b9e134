// Scans the page's text blocks through the background (which holds the name index) and keeps the found
// mentions as DOM ranges, painted by a MarkPainter and indexed by text node for hit-testing. A changed part of
// the page is rescanned on its own: its marks are replaced, and marks whose text left the page are dropped.
import type { Mention, MentionStatus } from '@/lib/match/scan';
import type { MarkStyle } from '@/lib/settings';
import { nodesOf, readBlocks, rangeOf, type NestedRoot, type TextBlock } from './page-text';
import type { Slicer } from './time-slice';

export interface MarkedMention {
  mention: Mention;
  range: Range;
  /** The block the mention was read from; rescanning a subtree replaces the marks of the blocks inside it. */
  container: Node;
  /** The text nodes the range touches. */
  nodes: Text[];
}

/** Draws and erases marks: CSS highlights, or boxes in our own layer where highlights are missing. */
export interface MarkPainter {
  add(status: MentionStatus, range: Range): void;
  delete(status: MentionStatus, range: Range): void;
  /** A document or open shadow root is about to be read: make the marks' styles apply in it. */
  attach(root: Document | ShadowRoot): void;
  /** Hides or shows every mark at once (the per-site switch); the ranges are kept. */
  setVisible(visible: boolean): void;
  setStyles(styles: Record<MentionStatus, MarkStyle>): void;
}

export type ScanTexts = (texts: string[]) => Promise<Mention[][]>;

/** Scan messages in flight at once: the walk goes on while the background answers. */
const IN_FLIGHT = 3;

function sameRange(a: MarkedMention, b: MarkedMention): boolean {
  return (
    a.mention.entityId === b.mention.entityId &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}

export class PageMarks {
  private readonly byContainer = new Map<Node, MarkedMention[]>();
  private readonly byNode = new Map<Text, MarkedMention[]>();
  /** Marks ever added: tells a rescan whether it found anything new. */
  private added = 0;
  /** Called after each mark is drawn (the entrypoint records when the first one is). */
  onAdded: () => void = () => undefined;

  constructor(
    private readonly painter: MarkPainter,
    private readonly scan: ScanTexts,
    private readonly slicer: Slicer,
    private readonly onNested: (nested: NestedRoot, host: Element) => void,
  ) {}

  get all(): MarkedMention[] {
    return [...this.byContainer.values()].flat();
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
    for await (const batch of readBlocks(root, this.slicer, this.onNested)) {
      const job = this.scan(batch.map((b) => b.text)).then((results) => this.apply(batch, results, kept));
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job));
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
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

  private async apply(batch: TextBlock[], results: Mention[][], kept: Set<MarkedMention>): Promise<void> {
    for (let j = 0; j < batch.length; j++) {
      for (const mention of results[j] ?? []) {
        const range = rangeOf(batch[j], mention.start, mention.end);
        // Null when the text changed while the background was matching: the change's own rescan will mark it.
        if (!range) continue;
        const nodes = nodesOf(batch[j], mention.start, mention.end);
        const marked: MarkedMention = { mention, range, container: batch[j].container, nodes };
        const existing = this.byContainer.get(marked.container)?.find((m) => sameRange(m, marked));
        if (existing) kept.add(existing);
        else kept.add(this.add(marked));
      }
      if (this.slicer.due()) await this.slicer.pause();
    }
  }

  private add(marked: MarkedMention): MarkedMention {
    const list = this.byContainer.get(marked.container) ?? [];
    list.push(marked);
    this.byContainer.set(marked.container, list);
    for (const node of marked.nodes) {
      const onNode = this.byNode.get(node) ?? [];
      onNode.push(marked);
      this.byNode.set(node, onNode);
    }
    this.painter.add(marked.mention.status, marked.range);
    this.added++;
    this.onAdded();
    return marked;
  }

  private remove(marked: MarkedMention): 1 {
    this.painter.delete(marked.mention.status, marked.range);
    const list = this.byContainer.get(marked.container)?.filter((m) => m !== marked) ?? [];
    if (list.length) this.byContainer.set(marked.container, list);
    else this.byContainer.delete(marked.container);
    for (const node of marked.nodes) {
      const onNode = this.byNode.get(node)?.filter((m) => m !== marked) ?? [];
      if (onNode.length) this.byNode.set(node, onNode);
      else this.byNode.delete(node);
    }
    return 1;
  }

  private under(root: Node): MarkedMention[] {
    const out: MarkedMention[] = [];
    for (const [container, list] of this.byContainer) if (root === container || root.contains(container)) out.push(...list);
    return out;
  }

  /** Drops the marks whose text is no longer in the page (removed subtrees, replaced text nodes). */
  sweep(): number {
    let removed = 0;
    for (const list of [...this.byContainer.values()]) {
      for (const m of list) {
        if (m.nodes.every((n) => n.isConnected)) continue;
        removed += this.remove(m);
      }
    }
    return removed;
  }

  /** The mention drawn under the viewport point (x, y), if any. */
  at(node: Node, x: number, y: number): MarkedMention | undefined {
    const candidates = node.nodeType === Node.TEXT_NODE ? this.byNode.get(node as Text) : undefined;
    if (!candidates) return undefined;
    return candidates.find((m) => [...m.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom));
  }

  sanctionedCount(): number {
    let n = 0;
    for (const list of this.byContainer.values()) for (const m of list) if (m.mention.status === 'sanctioned') n++;
    return n;
  }
}
