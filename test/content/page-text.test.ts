import { describe, expect, it } from 'vitest';
import { nodesOf, type TextBlock } from '../../entrypoints/content/page-text';

/** A block read from text nodes with these texts ("Nicolás <b>Maduro</b> said"): stand-ins, only their identity matters. */
function block(...texts: string[]): TextBlock {
  let at = 0;
  const segments = texts.map((data) => {
    const seg = { node: { data } as unknown as Text, start: at, length: data.length };
    at += data.length;
    return seg;
  });
  return { text: texts.join(''), segments, container: {} as Node };
}

describe('the text nodes a mark touches', () => {
  const b = block('President Nicolás ', 'Maduro', ' said');
  const [first, name, after] = b.segments.map((s) => s.node);

  it('are those holding its first to its last character, across inline markup', () => {
    const start = b.text.indexOf('Nicolás');
    expect(nodesOf(b, start, start + 'Nicolás Maduro'.length)).toEqual([first, name]);
  });

  it('do not include a node that the mark only borders', () => {
    const start = b.text.indexOf('Maduro');
    expect(nodesOf(b, start, start + 'Maduro'.length)).toEqual([name]);
    expect(nodesOf(b, 0, 'President'.length)).toEqual([first]);
    expect(nodesOf(b, b.text.indexOf('said'), b.text.length)).toEqual([after]);
  });
});
