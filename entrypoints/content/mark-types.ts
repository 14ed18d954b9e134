// What the page's marks are made of: a name found in a text block (its range made when first needed), and the
// painter that draws and erases such marks. A leaf: the painters, the page's marks and the cards all use it.
import { unpackMention, type Finding } from '@/lib/match/packed-mentions';
import type { Mention, MentionStatus } from '@/lib/match/mention';
import type { MarkStyle } from '@/lib/settings';
import { rangeOf, type TextBlock } from './page-text';

/**
 * A name found in a block of the page. Its DOM range is made when first asked for: on a page with a hundred
 * thousand names only those near the viewport are ever drawn, and a range means finding the block's text nodes.
 */
export class MarkedMention {
  private made: Range | null | undefined;
  private full: Mention | undefined;

  constructor(
    /** The block the mention was read from; rescanning a subtree replaces the marks of the blocks inside it. */
    readonly block: TextBlock,
    readonly start: number,
    readonly end: number,
    /** Who was found, shared by every mark of the same entity in a reply. */
    readonly finding: Finding,
  ) {}

  get container(): Node {
    return this.block.container;
  }

  get status(): MentionStatus {
    return this.finding.status;
  }

  get entityId(): string {
    return this.finding.entityId;
  }

  /** The mention in full (for a card or the list of names), made when first asked for. */
  get mention(): Mention {
    this.full ??= unpackMention(this.block.text, this.start, this.end, this.finding);
    return this.full;
  }

  /** The mark's range; null when the block's text changed since it was read (its rescan marks it again). */
  range(): Range | null {
    if (this.made === undefined) this.made = rangeOf(this.block, this.start, this.end);
    return this.made;
  }

  /** The range if it has been made (to take it off the screen without making it first). */
  rangeIfMade(): Range | undefined {
    return this.made ?? undefined;
  }

  /** Whether a range already made still holds the text it was made for (the page may have replaced its nodes). */
  holdsItsText(): boolean {
    if (this.made === undefined) return true;
    return this.made !== null && this.made.startContainer.isConnected && this.made.toString() === this.block.text.slice(this.start, this.end);
  }
}

/** Draws and erases marks: CSS highlights, or boxes in our own layer where highlights are missing. */
export interface MarkPainter {
  add(mark: MarkedMention): void;
  delete(mark: MarkedMention): void;
  /** A document or open shadow root is about to be read: make the marks' styles apply in it. */
  attach(root: Document | ShadowRoot): void;
  /** Hides or shows every mark at once (the per-site switch); the ranges are kept. */
  setVisible(visible: boolean): void;
  setStyles(styles: Record<MentionStatus, MarkStyle>): void;
  /** Takes every mark off the page for good, with the listeners and observers drawing them needed. */
  dispose(): void;
}
