// The badge of a card opened from a mention: the mark's status on its own entity, never on another entry the card
// offers as an alternative.
import { describe, expect, it } from 'vitest';
import { cardPossibleWhy, cardStatus } from '../../lib/match/mention';

describe('cardStatus', () => {
  it("shows the mention's status on the mention's own entity, also when it is weaker than the entity's", () => {
    expect(cardStatus({ id: 'a', status: 'sanctioned' }, { entityId: 'a', status: 'possible' })).toBe('possible');
    expect(cardStatus({ id: 'a', status: 'sanctioned' }, { entityId: 'a', status: 'sanctioned' })).toBe('sanctioned');
  });
  it("never lends the mark's status to an alternative: a delisted or unsanctioned entry shows its own", () => {
    expect(cardStatus({ id: 'b', status: 'delisted' }, { entityId: 'a', status: 'sanctioned' })).toBe('delisted');
    expect(cardStatus({ id: 'b', status: 'not-sanctioned' }, { entityId: 'a', status: 'sanctioned' })).toBe('not-sanctioned');
  });
  it('shows a sanctioned alternative as a possible match, whatever the mark is', () => {
    expect(cardStatus({ id: 'b', status: 'sanctioned' }, { entityId: 'a', status: 'sanctioned' })).toBe('possible');
    expect(cardStatus({ id: 'b', status: 'sanctioned' }, { entityId: 'a', status: 'delisted' })).toBe('possible');
  });
  it('keeps an alternative of a possible mark possible', () => {
    expect(cardStatus({ id: 'b', status: 'sanctioned' }, { entityId: 'a', status: 'possible' })).toBe('possible');
  });

  it('says why a card is only possible: the mention\'s own reason on its entity, a shared name on another entry', () => {
    expect(cardPossibleWhy({ id: 'a', status: 'sanctioned' }, { entityId: 'a', status: 'possible', possibleBecause: 'shared-surname' })).toBe('shared-surname');
    expect(cardPossibleWhy({ id: 'b', status: 'sanctioned' }, { entityId: 'a', status: 'possible', possibleBecause: 'common-name' })).toBe('other-entry');
    expect(cardPossibleWhy({ id: 'b', status: 'sanctioned' }, { entityId: 'a', status: 'sanctioned' })).toBe('other-entry');
    expect(cardPossibleWhy({ id: 'b', status: 'delisted' }, { entityId: 'a', status: 'sanctioned' })).toBeUndefined();
    expect(cardPossibleWhy({ id: 'a', status: 'sanctioned' }, { entityId: 'a', status: 'sanctioned' })).toBeUndefined();
  });
});
