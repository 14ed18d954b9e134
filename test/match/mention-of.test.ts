// Every finder builds its mentions through mentionOf: the words are the text's own, empty optional fields left out.
import { describe, expect, it } from 'vitest';
import { mentionOf } from '../../lib/match/mention';

describe('mentionOf', () => {
  it('takes the words from the text and leaves out what is empty', () => {
    const m = mentionOf('The Treasury named Alex Saab today.', 19, 28, 'saab', 'sanctioned', [], { reasons: [] });
    expect(m).toStrictEqual({ text: 'Alex Saab', start: 19, end: 28, entityId: 'saab', status: 'sanctioned', alternatives: [] });
  });

  it('keeps why a match is only possible and what linked it', () => {
    const m = mentionOf('Saab', 0, 4, 'saab', 'possible', ['other'], { possibleBecause: 'shared-surname', reasons: ['earlier-full-name'] });
    expect(m.possibleBecause).toBe('shared-surname');
    expect(m.reasons).toEqual(['earlier-full-name']);
    expect(m.alternatives).toEqual(['other']);
  });
});
