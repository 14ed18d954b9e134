import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('shahro', 'BANK-E SHAHRO', 'organization', true, { countries: ['Iran'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('an Iranian bank listed with the Persian ezafe ("BANK-E SHAHR"), in the English order', () => {
  it('reads "Shahro Bank" in a sanctions story, in Latin letters on a Cyrillic page too', () => {
    expect(marks(['Нові санкції США проти Ірану торкнулися й державного Shahro Bank, який фінансував репресії.'])).toEqual(['Shahro Bank:shahro']);
    expect(marks(['The Treasury also sanctioned Shahro Bank on Tuesday.'])).toEqual(['Shahro Bank:shahro']);
  });

  it('asks the evidence a firm without its legal form asks: no sanctions words, no Iran, no mark', () => {
    expect(marks(['Shahro Bank opened a new branch downtown.'])).toEqual([]);
  });
});
