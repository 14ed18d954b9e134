import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml, XmlError, XmlRecordReader, type XmlElement } from '../../lib/dataset/xml';

const sample = readFileSync(join(__dirname, '../fixtures/un/UN_consolidated_2026-02-27.sample.xml'), 'utf8');

function records(chunks: string[]): XmlElement[] {
  const found: XmlElement[] = [];
  const reader = new XmlRecordReader({ isRecord: (name) => name === 'INDIVIDUAL' || name === 'ENTITY', onRecord: (el) => found.push(el) });
  for (const c of chunks) reader.write(c);
  reader.close();
  return found;
}

describe('XML records read as a stream', () => {
  it('gives the same records whether the file comes whole or in small chunks', () => {
    const whole = records([sample]);
    const chunks = sample.match(/[\s\S]{1,37}/g) ?? [];
    expect(whole.length).toBeGreaterThan(0);
    expect(records(chunks)).toEqual(whole);
  });

  it('decodes entities and CDATA, and keeps attributes', () => {
    const doc = parseXml('<a x="1 &amp; 2"><b>Tom &amp; Jerry &#233;<![CDATA[<raw>]]></b><c/></a>');
    expect(doc.attrs).toEqual({ x: '1 & 2' });
    expect(doc.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(doc.children[0].text).toBe('Tom & Jerry é<raw>');
  });

  it('refuses a document that is not well-formed, saying where', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlError);
    expect(() => parseXml('<a><b></a>')).toThrow(/^line 1, column \d+: /);
  });
});
