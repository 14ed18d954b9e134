import { describe, expect, it } from 'vitest';
import { SENSE_AUTHORITY, SENSE_NONE, isSanctionsWord, sanctionsSense } from '../../lib/match/context-words';
import { foldWord } from '../../lib/names/normalize';

const none = () => '';

describe('a US designation reported without the word "sanctions"', () => {
  it('reads CAATSA, the sanctions act, as a sanctions word', () => {
    expect(isSanctionsWord(foldWord('CAATSA'))).toBe(true);
  });

  it('reads the State Department in one Russian or Ukrainian word ("Госдеп") as the sanctioning body', () => {
    for (const w of ['Госдепартамента', 'Госдеп', 'госдепа', 'Держдеп', 'Держдепартаменту']) expect(sanctionsSense(foldWord(w), none, true, false)).toBe(SENSE_AUTHORITY);
    expect(sanctionsSense(foldWord('департамента'), none, false, false)).toBe(SENSE_NONE);
  });
});
