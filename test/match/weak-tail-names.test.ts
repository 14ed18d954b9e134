// A body's weak alias of three words or more that ends its own longer listed name ("PRESIDENTIAL SPORTS CLUB" of
// REPUBLICAN STATE PUBLIC ASSOCIATION PRESIDENTIAL SPORTS CLUB): the body on a page that tells a sanctions story about
// its own country, and nobody on a page about another country or with no sanctions story.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { bodyWeakTailsOfOwnNames } from '../../lib/match/weak-own-names';
import { entity } from './fixtures';

// Shaped like OFAC's entry 33392 (Belarus), made up.
const club = {
  ...entity('club', 'REPUBLICAN STATE PUBLIC ASSOCIATION PRESIDENTIAL RUNNING CLUB', 'organization', true, { countries: ['Belarus'] }),
  names: [
    { name: 'REPUBLICAN STATE PUBLIC ASSOCIATION PRESIDENTIAL RUNNING CLUB', type: 'primary' as const },
    { name: 'PRESIDENTIAL RUNNING CLUB', type: 'weak' as const },
    { name: 'RUNNING CLUB', type: 'weak' as const },
  ],
};
const index = buildNameIndex([club]);
const marks = (text: string) => scanPage(index, [text]).flat().map((m) => `${m.text}:${m.entityId}:${m.status}`);

describe("a body's weak alias that ends its own name", () => {
  it('is taken when it has three words or more', () => {
    expect(bodyWeakTailsOfOwnNames(club)).toEqual([['presidential', 'running', 'club']]);
  });

  it("is the body in a sanctions story about the body's own country", () => {
    expect(marks('The US Treasury imposed sanctions on firms in Belarus on Thursday, among them the Presidential Running Club.')).toEqual([
      'Presidential Running Club:club:sanctioned',
    ]);
  });

  it('is nobody on a page about another country, or with no sanctions story', () => {
    expect(marks('The US Treasury imposed sanctions on firms in Belarus and Kazakhstan on Thursday; the Presidential Running Club was not among them.')).toEqual([]);
    expect(marks('In Belarus the Presidential Running Club held its spring race on Sunday.')).toEqual([]);
  });
});
