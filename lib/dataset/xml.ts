// The XML reader for the list files we import (UN consolidated list): elements, attributes, text. lib/ runs where
// there is no DOMParser (Node, the service worker), so it is saxes underneath: a streaming parser in plain
// JavaScript that checks well-formedness as it goes. A list file is read as a stream of the records it holds,
// each a small tree handed over when it closes, so a 30 MB file never becomes one tree in memory.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export class XmlError extends Error {}

export interface XmlRecordOptions {
  /** Whether an element is a record, from its name and its ancestors' names (the root first). */
  isRecord: (name: string, ancestors: readonly string[]) => boolean;
  /** Each record as a tree, when its end tag is read; `ancestors` as for isRecord. */
  onRecord: (record: XmlElement, ancestors: readonly string[]) => void;
}

/**
 * Reads a document chunk by chunk (`write`, then `close`), handing over the elements `isRecord` picks, each with
 * its whole subtree; the rest is only walked through. `root` is the root element (with its children only when
 * it is itself a record).
 * Throws XmlError (with the line and column) at the first place the document is not well-formed.
 */
export class XmlRecordReader {
  root: XmlElement | null = null;
  private readonly parser = new SaxesParser({ position: true });
  /** Names of the open elements outside any record. */
  private readonly path: string[] = [];
  /** The open elements of the record being read, its top first. */
  private readonly open: XmlElement[] = [];

  constructor(options: XmlRecordOptions) {
    const { parser, path, open } = this;
    parser.on('opentag', (tag) => {
      const el: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], text: '' };
      if (open.length > 0) {
        open[open.length - 1].children.push(el);
        open.push(el);
      } else {
        if (!this.root) this.root = el;
        if (options.isRecord(tag.name, path)) open.push(el);
        else path.push(tag.name);
      }
    });
    parser.on('text', (text) => {
      if (open.length > 0) open[open.length - 1].text += text;
    });
    parser.on('cdata', (text) => {
      if (open.length > 0) open[open.length - 1].text += text;
    });
    parser.on('closetag', () => {
      if (open.length === 0) {
        path.pop();
        return;
      }
      const el = open.pop() as XmlElement;
      if (open.length === 0) options.onRecord(el, path);
    });
    parser.on('error', (err) => {
      // saxes says "12:40: unexpected close tag."; a reader of an import problem gets the words.
      throw new XmlError(err.message.replace(/^(\d+):(\d+): /, 'line $1, column $2: '));
    });
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  close(): void {
    this.parser.close();
  }
}

/** Parses a whole document into its root element (for small files; list files go through XmlRecordReader). */
export function parseXml(src: string): XmlElement {
  let doc: XmlElement | null = null;
  const reader = new XmlRecordReader({
    isRecord: (_, ancestors) => ancestors.length === 0,
    onRecord: (el) => (doc = el),
  });
  reader.write(src);
  reader.close();
  if (!doc) throw new XmlError('no root element');
  return doc;
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

export function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** Trimmed text of a child element, '' when absent. */
export function childText(el: XmlElement, name: string): string {
  return child(el, name)?.text.trim() ?? '';
}
