// Keeps the marks in step with a changing page (infinite scroll, single-page navigation, live blogs, hydration):
// a MutationObserver collects the changed blocks, and every 100 ms the outermost of them are rescanned, one at a
// time, in slices. Open shadow roots and same-origin frames found on the way are read and watched the same way.
import { outermost } from './block-offsets';
import { blockOf, insideSkipped, skipped, type NestedRoot } from './page-text';
import type { PageMarks } from './page-marks';

/** How long changes are collected before a rescan: a throttle, not a debounce, so a steady stream still gets read. */
const BATCH_MS = 100;

export interface PageWatchHooks {
  /** A document or open shadow root is about to be read for the first time (adopt styles, listen for the pointer). */
  onRoot: (root: NestedRoot) => void;
  /** Marks were added or removed. */
  onChange: () => void;
  /** Everything queued so far has been read. */
  onIdle: () => void;
}

function isInline(node: Node): boolean {
  return node.nodeType !== Node.ELEMENT_NODE || blockOf(node) !== node;
}

export class PageWatch {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  private readonly known = new WeakSet<Node>();
  /** Removes the frames' load listeners on stop, without our holding on to the frames. */
  private readonly frameListeners = new AbortController();
  private sweepNeeded = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly marks: PageMarks, private readonly hooks: PageWatchHooks) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  /** Starts reading and watching a document, shadow root or frame document; the first read is queued at once. */
  add(root: NestedRoot): void {
    if (this.known.has(root) || this.stopped) return;
    this.known.add(root);
    try {
      this.hooks.onRoot(root);
    } catch (e) {
      // Our UI failing to attach to one root must not cost the reading of the page (it runs inside a read).
      console.warn('Sanctions Lens: could not attach to a shadow root or frame; its names are still read', e);
    }
    this.observer.observe(root, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'aria-hidden', 'contenteditable'] });
    this.pending.add(root.nodeType === Node.DOCUMENT_NODE ? ((root as Document).body ?? root) : root);
    this.schedule(0);
  }

  /** A frame's document is replaced when it navigates: read the new one. */
  private watchFrame(frame: Element): void {
    if (this.known.has(frame)) return;
    this.known.add(frame);
    const onLoad = () => {
      const doc = (frame as HTMLIFrameElement).contentDocument;
      if (doc) this.add(doc);
    };
    frame.addEventListener('load', onLoad, { signal: this.frameListeners.signal });
  }

  /** Called by the page reader for every shadow root and frame document it meets. */
  readonly onNested = (nested: NestedRoot, host: Element): void => {
    if (host.tagName.toUpperCase() === 'IFRAME' || host.tagName.toUpperCase() === 'FRAME') this.watchFrame(host);
    this.add(nested);
  };

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      const target = r.target;
      if (r.type === 'characterData') {
        this.pending.add(blockOf(target));
        continue;
      }
      if (r.type === 'attributes') {
        this.pending.add(target);
        continue;
      }
      if (r.target.nodeType === Node.ELEMENT_NODE && skipped(r.target as Element)) continue;
      for (const node of r.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName.toUpperCase().startsWith('SANCTIONS-LENS-')) continue;
        this.pending.add(isInline(node) ? blockOf(target) : node);
      }
      if (r.removedNodes.length) {
        this.sweepNeeded = true;
        // Text taken out of a block changes that block's text: read it again.
        if ([...r.removedNodes].some(isInline)) this.pending.add(blockOf(target));
      }
    }
    this.schedule(BATCH_MS);
  }

  private schedule(delay: number): void {
    if (this.timer !== undefined || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.running.then(() => this.flush()).catch((e: unknown) => {
        console.error('Sanctions Lens: could not read the changed part of the page', e);
      });
    }, delay);
  }

  private async flush(): Promise<void> {
    let changed = false;
    if (this.sweepNeeded) {
      this.sweepNeeded = false;
      changed = this.marks.sweep() > 0;
    }
    const roots = outermost(this.pending, (n) => n.parentNode);
    this.pending.clear();
    for (const root of roots) {
      if (this.stopped) return;
      if (!root.isConnected) continue;
      // A region that became editable (or hidden) loses its marks; its text is never read.
      if (insideSkipped(root)) changed = this.marks.clear(root) > 0 || changed;
      else changed = (await this.marks.rescan(root)) || changed;
    }
    if (this.stopped) return;
    if (changed) this.hooks.onChange();
    if (this.timer === undefined && this.pending.size === 0) this.hooks.onIdle();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.frameListeners.abort();
  }
}
