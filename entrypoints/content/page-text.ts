// The page's visible text as blocks, each a string with the text nodes it came from, so offsets found in
// the string map back to DOM ranges. Inline markup does not split a block: "Nicolás <b>Maduro</b>" is one name.
// Reading is time-sliced (no long task even with a million text nodes) and reaches into open shadow roots and
// same-origin frames, which a walk over the light DOM does not enter by itself.
import { segmentAt } from './block-offsets';
import type { Slicer } from './time-slice';

export interface Segment {
  node: Text;
  /** The offset of the node's first character in the block's text. */
  start: number;
  /** The node's length when read. */
  length: number;
}

export interface TextBlock {
  text: string;
  /**
   * Text nodes in order, for a block read node by node. Absent for a block read whole (an element holding only
   * plain inline markup, read with `textContent`): its nodes are looked up when a mark in it is first drawn.
   */
  segments?: Segment[];
  /** The nearest non-inline ancestor: the unit that is rescanned when something inside it changes. */
  container: Node;
}

/** A root a walk does not enter by itself: an open shadow root, or the document of a same-origin frame. */
export type NestedRoot = ShadowRoot | Document;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'CODE', 'PRE', 'HEAD', 'TITLE']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'FONT', 'WBR', 'INS', 'DEL', 'LABEL']);

/**
 * Any element that would make an element's `textContent` differ from what the walk below reads: not plain inline
 * markup (or a childless element such as <br> or <img>, which the walk passes over too), or hidden, or editable.
 * Custom elements (our own UI included), frames, code and form fields all fail the first test.
 */
const NOT_PLAIN = `:not(${[...INLINE, 'BR', 'IMG'].join(',').toLowerCase()}),[hidden],[aria-hidden="true" i],[contenteditable]:not([contenteditable="false" i])`;

/** Our own UI hosts are custom elements named sanctions-lens-*; their text is never scanned. */
export const OWN_UI_PREFIX = 'SANCTIONS-LENS-';

/** Characters of text per scan message: small enough to keep each background reply quick. */
export const BATCH_CHARS = 60_000;

function editable(el: Element): boolean {
  // The attribute, not isContentEditable: that getter forces a style recalculation, which on a huge page is
  // one long task we cannot slice. A rejected element's whole subtree is skipped, so inheritance is covered.
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** Elements whose text is never read: code, form fields, editable regions, hidden parts and our own UI. */
export function skipped(el: Element, tag = el.tagName.toUpperCase()): boolean {
  if (SKIP.has(tag) || tag.startsWith(OWN_UI_PREFIX)) return true;
  // Most elements have no attributes at all: one call tells, instead of three lookups.
  if (!el.hasAttributes()) return false;
  if (editable(el) || el.hasAttribute('hidden')) return true;
  return el.getAttribute('aria-hidden') === 'true' && tag !== 'BODY' && tag !== 'HTML';
}

function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host ?? null) : null;
}

/** True when `node` is inside something never read (an editable region, a form field, our UI), or a design-mode document. */
export function insideSkipped(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : parentAcrossShadow(node); el; el = parentAcrossShadow(el)) {
    if (skipped(el)) return true;
  }
  return false;
}

/** The block a node belongs to: its nearest non-inline ancestor, not above `root`. */
export function blockOf(node: Node, root?: Node): Node {
  let el = node.nodeType === Node.ELEMENT_NODE && !INLINE.has((node as Element).tagName.toUpperCase()) ? (node as Element) : node.parentElement;
  while (el && el !== root && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? root ?? node.parentNode ?? node;
}

function sameOriginDocument(frame: Element): Document | null {
  try {
    // contentDocument is null for cross-origin frames; a few engines throw instead.
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/** Text worth reading: anything but white space. */
const VISIBLE = /\S/;

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/**
 * The containers of `node`'s ancestors, from `root` down to its parent (each element's own block, see blockOf),
 * or null when `node` is no longer under `root`.
 */
function blocksAbove(node: Node, root: Node): Node[] | null {
  const chain: Node[] = [];
  for (let up = node.parentNode; up !== root; up = up.parentNode) {
    if (!up) return null;
    chain.push(up);
  }
  const blocks: Node[] = [root];
  for (let i = chain.length - 1; i >= 0; i--) {
    const el = chain[i] as Element;
    blocks.push(INLINE.has(tagOf(el)) ? blocks[blocks.length - 1] : el);
  }
  return blocks;
}

/**
 * Whether an element's text is exactly its `textContent`: everything inside it is plain inline markup. Then the
 * block is read in one call and none of its nodes is touched from script. That matters on big pages: every node
 * script touches gets a wrapper object, and on a page of a million text nodes the garbage collector's pauses for
 * those wrappers (60–80 ms each, in the page's main thread) were the longest tasks left. One limit: a <span> given
 * a shadow root of its own inside such a block is not entered (no selector finds shadow hosts).
 */
function readWhole(el: Element): boolean {
  return !INLINE.has(tagOf(el)) && el.querySelector(NOT_PLAIN) === null;
}

/** The block of an element read whole, or undefined when it holds only white space. */
function wholeBlock(el: Node): TextBlock | undefined {
  const text = el.textContent ?? '';
  return VISIBLE.test(text) ? { text, container: el } : undefined;
}

/**
 * Reads the text blocks under `root` in time slices, yielding them in batches of about BATCH_CHARS characters.
 * Open shadow roots and same-origin frame documents found on the way are handed to `onNested`, not entered.
 *
 * The walk follows firstChild/nextSibling itself rather than a TreeWalker with a filter: a filter is a call from
 * the browser into our script for every node, which on a page of a million nodes is most of the reading time. The
 * block of each text node comes from a stack kept on the way down, not from a walk up per node. An element holding
 * only plain inline markup (most paragraphs) is read whole (see readWhole).
 */
export async function* readBlocks(root: Node, slicer: Slicer, onNested: (nested: NestedRoot, host: Element) => void): AsyncGenerator<TextBlock[]> {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  if (root.nodeType === Node.ELEMENT_NODE && readWhole(root as Element)) {
    const whole = wholeBlock(root);
    if (whole) yield [whole];
    return;
  }
  let batch: TextBlock[] = [];
  let chars = 0;
  let current: TextBlock | undefined;
  let count = 0;
  const begin = function* (block: TextBlock): Generator<TextBlock[]> {
    if (chars >= BATCH_CHARS) {
      yield batch;
      batch = [];
      chars = 0;
    }
    current = block;
    batch.push(block);
    chars += block.text.length;
  };
  // blocks[i] is the container of the node i levels below root (blocks[0] = root itself).
  let blocks: Node[] = [root];
  let node: Node | null = root.firstChild;
  while (node) {
    // Checking the clock every 128 nodes keeps its cost negligible and a slice within its budget.
    if ((++count & 127) === 0 && slicer.due()) {
      await slicer.pause();
      // The page may have moved things meanwhile: take the containers from where the node is now.
      const now = blocksAbove(node, root);
      if (!now) return;
      blocks = now;
    }
    let child: Node | null = null;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      const data = text.data;
      const container = blocks[blocks.length - 1];
      const same = current?.container === container;
      // White space between inline elements is part of the text ("<b>Nicolás</b> <b>Maduro</b>"); alone it starts nothing.
      if (same || VISIBLE.test(data)) {
        if (!current || !same || !current.segments) yield* begin({ text: '', segments: [], container });
        const block = current as TextBlock & { segments: Segment[] };
        block.segments.push({ node: text, start: block.text.length, length: data.length });
        block.text += data;
        chars += data.length;
      }
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      if (tag === 'IFRAME' || tag === 'FRAME') {
        const inner = sameOriginDocument(el);
        if (inner) onNested(inner, el);
      } else if (!skipped(el, tag)) {
        if (el.shadowRoot) onNested(el.shadowRoot, el);
        child = el.firstChild;
        if (child && readWhole(el)) {
          child = null;
          const whole = wholeBlock(el);
          if (whole) yield* begin(whole);
        } else if (child) blocks.push(INLINE.has(tag) ? blocks[blocks.length - 1] : el);
      }
    }
    if (child) {
      node = child;
      continue;
    }
    // The next node in document order: a sibling, or the sibling of the nearest ancestor that has one.
    while (node) {
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      const parent: Node | null = node.parentNode;
      if (parent === root || !parent) {
        node = null;
        break;
      }
      blocks.pop();
      node = parent;
    }
  }
  if (batch.length) yield batch;
}

/**
 * The text nodes of a block, with their offsets: those read for a block read node by node; for a block read whole,
 * every text node under its container, found now. Null when the block's text is no longer what was read (the
 * page changed it; the change's own rescan marks it again).
 */
export function segmentsOf(block: TextBlock): Segment[] | null {
  if (block.segments) return block.segments;
  const root = block.container;
  const segments: Segment[] = [];
  let text = '';
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      segments.push({ node: node as Text, start: text.length, length: data.length });
      text += data;
    }
    const child: Node | null = node.nodeType === Node.ELEMENT_NODE ? node.firstChild : null;
    if (child) {
      node = child;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  if (text !== block.text) return null;
  block.segments = segments;
  return segments;
}

function locate(segments: Segment[], offset: number, preferEnd: boolean): { node: Text; offset: number } {
  const seg = segments[segmentAt(segments.length, (i) => segments[i].start, offset, preferEnd)];
  return { node: seg.node, offset: Math.min(offset - seg.start, seg.node.data.length) };
}

/** The DOM range of characters [start, end) of a block, or null when its text changed since it was read. */
export function rangeOf(block: TextBlock, start: number, end: number): Range | null {
  const segments = segmentsOf(block);
  if (!segments?.length) return null;
  const a = locate(segments, start, false);
  const b = locate(segments, end, true);
  for (const seg of segments) {
    if (seg.start >= end) break;
    if (seg.start + seg.length > start && (!seg.node.isConnected || seg.node.data.length !== seg.length)) return null;
  }
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
