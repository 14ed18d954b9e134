import { describe, expect, it } from 'vitest';
import { packMentions, spansOf, unpackMention } from '../../lib/match/packed-mentions';
import type { Mention } from '../../lib/match/mention';

const texts = ['President Nicolás Maduro met Maduro again.', 'Nothing here.', 'Juan Guaidó and Nicolás Maduro.'];

function mention(text: string, words: string, entityId: string, status: Mention['status'], from = 0, extra: Partial<Mention> = {}): Mention {
  const start = text.indexOf(words, from);
  return { text: words, start, end: start + words.length, entityId, status, alternatives: [], ...extra };
}

describe('the packed scan reply', () => {
  const mentions: Mention[][] = [
    [mention(texts[0], 'Nicolás Maduro', 'NS-1', 'sanctioned'), mention(texts[0], 'Maduro', 'NS-1', 'sanctioned', 25)],
    [],
    [mention(texts[2], 'Juan Guaidó', 'NS-2', 'possible', 0, { possibleBecause: 'common-name', alternatives: ['NS-3'] }), mention(texts[2], 'Nicolás Maduro', 'NS-1', 'sanctioned')],
  ];

  it('gives back every mention as it was, with one finding per distinct entity and status', () => {
    const packed = packMentions(mentions);
    expect(packed.findings).toHaveLength(2);
    const back = texts.map((t, i) => [...spansOf(packed, i, t)].map(([s, e, f]) => unpackMention(t, s, e, f)));
    expect(back).toEqual(mentions);
    // It is what crosses the message channel: JSON as Chrome sends it.
    expect(JSON.parse(JSON.stringify(packed))).toEqual(packed);
  });

  it('keeps apart the same entity found with another status', () => {
    const packed = packMentions([[mention(texts[0], 'Nicolás Maduro', 'NS-1', 'sanctioned'), mention(texts[0], 'Maduro', 'NS-1', 'possible', 25, { possibleBecause: 'shared-surname' })]]);
    expect(packed.findings.map((f) => f.status)).toEqual(['sanctioned', 'possible']);
  });

  it('yields nothing for spans that do not fit their text or point at no finding', () => {
    const packed = { findings: [{ entityId: 'NS-1', status: 'sanctioned' as const, alternatives: [] }], spans: [[0, 5, 0, 3, 2, 0, 0, 500, 0, 1.5, 4, 0, 0, 4, 7, -1, 3, 0]] };
    expect([...spansOf(packed, 0, 'Some text here')].map(([s, e]) => [s, e])).toEqual([[0, 5]]);
    expect([...spansOf(packed, 1, 'Other')]).toEqual([]);
    expect([...spansOf({} as never, 0, 'x')]).toEqual([]);
  });
});
