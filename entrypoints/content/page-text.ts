// The page's visible text as blocks, each a string with the text nodes it came from, so offsets found in
// the string map back to DOM ranges. Inline markup does not split a block: "Nicolás <b>Maduro</b>" is one name.

export interface TextBlock {
  text: string;
  /** Text nodes in order, each with the offset of its first character in `text`. */
  segments: { node: Text; start: number }[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT', 'CANVAS', 'SVG', 'MATH', 'CODE', 'PRE']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'FONT', 'WBR', 'INS', 'DEL', 'LABEL']);

/** Our own UI hosts are custom elements named sanctions-lens-*; their text is never scanned. */
export const OWN_UI_PREFIX = 'SANCTIONS-LENS-';

function skipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase()) || el.tagName.startsWith(OWN_UI_PREFIX)) return true;
  if (el instanceof HTMLElement && (el.isContentEditable || el.hidden)) return true;
  return el.getAttribute('aria-hidden') === 'true' && el.tagName !== 'BODY';
}

function blockOf(node: Node, root: Node): Node {
  let el = node.parentElement;
  while (el && el !== root && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? root;
}

/** Collects the text blocks under `root`, skipping scripts, form fields, editable regions and our own UI. */
export function collectBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) return skipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      return (node as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  let current: TextBlock | undefined;
  let currentBlock: Node | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const block = blockOf(text, root);
    if (!current || block !== currentBlock) {
      current = { text: '', segments: [] };
      currentBlock = block;
      blocks.push(current);
    }
    current.segments.push({ node: text, start: current.text.length });
    current.text += text.data;
  }
  return blocks;
}

function locate(block: TextBlock, offset: number, preferEnd: boolean): { node: Text; offset: number } {
  let i = block.segments.length - 1;
  while (i > 0 && (block.segments[i].start > offset || (preferEnd && block.segments[i].start === offset))) i--;
  const seg = block.segments[i];
  return { node: seg.node, offset: Math.min(offset - seg.start, seg.node.data.length) };
}

/** The DOM range of characters [start, end) of a block. */
export function rangeOf(block: TextBlock, start: number, end: number): Range {
  const a = locate(block, start, false);
  const b = locate(block, end, true);
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
