// Scans the page's text blocks through the background (which holds the name index) and keeps the found
// mentions as DOM ranges, painted as highlights and indexed by text node for hit-testing.
import type { Mention } from '@/lib/match/scan';
import type { Highlights } from './highlights';
import { collectBlocks, rangeOf, type TextBlock } from './page-text';

export interface MarkedMention {
  mention: Mention;
  range: Range;
}

/** Text sent per message: small enough to keep each background reply quick. */
const BATCH_CHARS = 60_000;

export type ScanTexts = (texts: string[]) => Promise<Mention[][]>;

export class PageMarks {
  readonly all: MarkedMention[] = [];
  private readonly byNode = new Map<Text, MarkedMention[]>();

  constructor(private readonly highlights: Highlights, private readonly scan: ScanTexts) {}

  async markUnder(root: Node): Promise<MarkedMention[]> {
    const blocks = collectBlocks(root);
    const added: MarkedMention[] = [];
    for (let i = 0; i < blocks.length; ) {
      const batch: TextBlock[] = [];
      let chars = 0;
      while (i < blocks.length && (batch.length === 0 || chars + blocks[i].text.length <= BATCH_CHARS)) {
        chars += blocks[i].text.length;
        batch.push(blocks[i++]);
      }
      const results = await this.scan(batch.map((b) => b.text));
      results.forEach((mentions, j) => {
        for (const mention of mentions) added.push(this.add(batch[j], mention));
      });
    }
    return added;
  }

  private add(block: TextBlock, mention: Mention): MarkedMention {
    const marked = { mention, range: rangeOf(block, mention.start, mention.end) };
    this.all.push(marked);
    this.highlights.add(mention.status, marked.range);
    for (const seg of block.segments) {
      if (marked.range.intersectsNode(seg.node)) {
        const list = this.byNode.get(seg.node) ?? [];
        list.push(marked);
        this.byNode.set(seg.node, list);
      }
    }
    return marked;
  }

  /** The mention drawn under the viewport point (x, y), if any. */
  at(node: Node, x: number, y: number): MarkedMention | undefined {
    const candidates = node.nodeType === Node.TEXT_NODE ? this.byNode.get(node as Text) : undefined;
    if (!candidates) return undefined;
    return candidates.find((m) => [...m.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom));
  }

  sanctionedCount(): number {
    return this.all.filter((m) => m.mention.status === 'sanctioned').length;
  }
}
