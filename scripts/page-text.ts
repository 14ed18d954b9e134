// The text the command-line tools scan: a .txt file as it is, an .html file's visible text. Either way the
// text is cut into blocks (paragraphs, block elements) the way the content script hands the page over.
import { readFileSync } from 'node:fs';

export interface PageText {
  /** The scanned text; mention offsets point into it. */
  text: string;
  /** Each block's text and where it starts in `text`. */
  blocks: { start: number; text: string }[];
}

function splitBlocks(text: string): PageText {
  const blocks: PageText['blocks'] = [];
  const re = /\n[ \t]*\n/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) blocks.push({ start: last, text: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  if (last < text.length) blocks.push({ start: last, text: text.slice(last) });
  return { text, blocks };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…' };

const MARKS: Record<string, string> = { acute: '\u0301', grave: '\u0300', uml: '\u0308', circ: '\u0302', tilde: '\u0303', cedil: '\u0327', ring: '\u030a' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    const named = ENTITIES[e.toLowerCase()];
    if (named) return named;
    // Accented Latin letters by pattern: &oacute; &Ntilde; &uuml; &ccedil;.
    const accent = /^([a-z])(acute|grave|uml|circ|tilde|cedil|ring)$/i.exec(e);
    return accent ? (accent[1] + MARKS[accent[2].toLowerCase()]).normalize('NFC') : all;
  });
}

const BLOCK = /^(?:p|div|section|article|header|footer|nav|aside|main|h[1-6]|li|ul|ol|dl|dt|dd|table|tr|td|th|blockquote|pre|figure|figcaption|form|br|hr|title|body|html)$/i;

/** The visible text of an HTML document: no script, style, noscript, template or head; blocks apart. */
export function htmlText(html: string): PageText {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|head|svg|select|textarea)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  let out = '';
  for (const part of cleaned.split(/(<[^>]*>)/)) {
    if (part.startsWith('<')) {
      const name = /^<\/?\s*([a-z0-9]+)/i.exec(part)?.[1] ?? '';
      if (BLOCK.test(name)) out += '\n\n';
    } else out += decode(part.replace(/\s+/g, ' '));
  }
  const text = out.replace(/[ \t]*\n[ \t\n]*\n[ \t]*/g, '\n\n').replace(/^\s+|\s+$/g, '');
  return splitBlocks(text);
}

export function readPage(path: string): PageText {
  const raw = readFileSync(path, 'utf8');
  return /\.html?$/i.test(path) ? htmlText(raw) : splitBlocks(raw);
}
