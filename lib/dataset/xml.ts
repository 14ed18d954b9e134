// A small XML reader for the list files we import (UN consolidated list): elements, attributes, text.
// lib/ runs where there is no DOMParser (Node, the service worker), so this is our own; no DTDs, no namespaces.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

export class XmlError extends Error {}

/** Parses a document into its root element; throws XmlError with the offset of the first mismatch. */
export function parseXml(src: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>/g;
  let last = 0;
  for (let m = tag.exec(src); m; m = tag.exec(src)) {
    const top = stack[stack.length - 1];
    if (m.index > last) top.text += decodeXmlText(src.slice(last, m.index));
    last = tag.lastIndex;
    if (m[5] !== undefined) {
      top.text += m[5];
      continue;
    }
    if (!m[2]) continue; // declaration, comment, doctype
    if (m[1]) {
      if (top.name !== m[2]) throw new XmlError(`</${m[2]}> at ${m.index} closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3].matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = decodeXmlText(a[2] ?? a[3] ?? '');
    const el: XmlElement = { name: m[2], attrs, children: [], text: '' };
    top.children.push(el);
    if (!m[4]) stack.push(el);
  }
  if (stack.length !== 1) throw new XmlError(`<${stack[stack.length - 1].name}> is not closed`);
  const doc = root.children[0];
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
