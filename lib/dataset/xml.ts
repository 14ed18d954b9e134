// The XML reader for the list files we import (UN consolidated list, EU Financial Sanctions Files): elements,
// attributes, text. lib/ runs where there is no DOMParser (Node, the service worker), so it is saxes underneath: a
// streaming parser in plain JavaScript that checks well-formedness as it goes. A list file is read as a stream of
// the records it holds, each a small tree handed over when it closes, so a 30 MB file never becomes one tree in
// memory, and a hostile file cannot make one text or one record fill it either (the limits below).
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export class XmlError extends Error {}
/** A document refused for its size (a run of text or a record too long), not for its syntax. */
export class XmlLimitError extends XmlError {}

/** The most characters the parser holds between two pieces of markup, unless a reader says otherwise (1 MiB). */
export const MAX_RUN_LENGTH = 1 << 20;
/** The most characters one record may span, unless a reader says otherwise (16 MiB). */
export const MAX_RECORD_LENGTH = 1 << 24;
// Chunks are handed to the parser in slices of this size, so the limits above are checked while a chunk is read.
const SLICE = 1 << 16;

export interface XmlRecordOptions {
  /** Whether an element is a record, from its name and its ancestors' names (the root first). */
  isRecord: (name: string, ancestors: readonly string[]) => boolean;
  /** Each record as a tree, when its end tag is read; `ancestors` as for isRecord; `line` is where its start tag begins. */
  onRecord: (record: XmlElement, ancestors: readonly string[], line: number) => void;
  /** A DOCTYPE's text and line. Its entity declarations are never expanded: a reference to one is an error. */
  onDoctype?: (doctype: string, line: number) => void;
  /**
   * The most characters of text, one attribute value, a comment or a DOCTYPE the parser may hold before the next
   * markup (default MAX_RUN_LENGTH). saxes keeps such a run whole until it ends, so without this a file with one
   * endless text node would fill the memory.
   */
  maxRunLength?: number;
  /** The most characters one record may span (default MAX_RECORD_LENGTH): its tree is held until it closes. */
  maxRecordLength?: number;
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
  private readonly maxRun: number;
  private readonly maxRecord: number;
  /** Characters written so far, and the stream position after the last markup the parser reported. */
  private fed = 0;
  private lastEvent = 0;
  /** Line where the latest start tag begins, and the position and line where the open record began. */
  private tagLine = 1;
  private recordStart = 0;
  private recordLine = 1;

  constructor(options: XmlRecordOptions) {
    const { parser, path, open } = this;
    this.maxRun = options.maxRunLength ?? MAX_RUN_LENGTH;
    this.maxRecord = options.maxRecordLength ?? MAX_RECORD_LENGTH;
    const seen = () => (this.lastEvent = parser.position);
    parser.on('opentagstart', () => {
      this.tagLine = parser.line;
      seen();
    });
    parser.on('opentag', (tag) => {
      seen();
      const el: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], text: '' };
      if (open.length > 0) {
        open[open.length - 1].children.push(el);
        open.push(el);
      } else {
        if (!this.root) this.root = el;
        if (options.isRecord(tag.name, path)) {
          open.push(el);
          this.recordStart = parser.position;
          this.recordLine = this.tagLine;
        } else path.push(tag.name);
      }
    });
    parser.on('text', (text) => {
      seen();
      if (open.length > 0) open[open.length - 1].text += text;
    });
    parser.on('cdata', (text) => {
      seen();
      if (open.length > 0) open[open.length - 1].text += text;
    });
    parser.on('comment', seen);
    parser.on('processinginstruction', seen);
    parser.on('xmldecl', seen);
    parser.on('doctype', (doctype) => {
      seen();
      options.onDoctype?.(doctype, parser.line);
    });
    parser.on('closetag', () => {
      seen();
      if (open.length === 0) {
        path.pop();
        return;
      }
      const el = open.pop() as XmlElement;
      if (open.length === 0) options.onRecord(el, path, this.recordLine);
    });
    parser.on('error', (err) => {
      // saxes says "12:40: unexpected close tag."; a reader of an import problem gets the words.
      throw new XmlError(err.message.replace(/^(\d+):(\d+): /, 'line $1, column $2: '));
    });
  }

  write(chunk: string): void {
    for (let i = 0; i < chunk.length; i += SLICE) {
      const slice = chunk.slice(i, i + SLICE);
      this.parser.write(slice);
      this.fed += slice.length;
      this.checkLimits();
    }
  }

  private checkLimits(): void {
    const { parser } = this;
    if (this.fed - this.lastEvent > this.maxRun) {
      throw new XmlLimitError(
        `line ${parser.line}: more than ${this.maxRun} characters of text, one attribute or a comment without markup; ` +
          'no list entry has one so long, so the file is refused',
      );
    }
    if (this.open.length > 0 && this.fed - this.recordStart > this.maxRecord) {
      throw new XmlLimitError(
        `line ${this.recordLine}: the <${this.open[0].name}> that starts here is longer than ${this.maxRecord} characters; ` +
          'no list entry is so long, so the file is refused',
      );
    }
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

/** saxes says "unclosed tag" when a file stops early; the reader of a failed sync gets what happened. */
/** Closes a reader at the end of a list file, saying "the file is cut short" when it ends inside an element. */
export function closeSayingCutShort(reader: XmlRecordReader): void {
  try {
    reader.close();
  } catch (err) {
    if (err instanceof XmlError) throw new XmlError(cutShortMessage(err.message));
    throw err;
  }
}

export function cutShortMessage(message: string): string {
  const m = /^(line \d+, column \d+): unclosed tag: (.+)$/.exec(message);
  return m ? `the file is cut short: it ends at ${m[1]}, inside <${m[2]}>` : message;
}
