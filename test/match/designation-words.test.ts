// OFAC's own designation ("Specially Designated Global Terrorists") says sanctions for certain, as "sanctioned" does;
// a common name that runs on into a particle and a family name ("Mohamed Ali al-Houthi") is a longer name.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Made up, of common name words as OFAC's AL HAKIM, Abdullah Yahya (Yemen) and 'ALI, Muhammad are.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('hakim-like', 'HASSAN, Mohammed Ali', 'person', true, { countries: ['Yemen'] }),
  entity('ali-like', 'ALI, Mohamed', 'person', true, { countries: ['Yemen'] }),
]);
const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}:${m.status}`);

describe('designation words and longer names', () => {
  it('confirms a common name where the page names OFAC\'s designation', () => {
    expect(marks('Pompeo said he would designate three of the leaders, among them Mohammed Ali Hassan, as Specially Designated Global Terrorists.')).toEqual(['Mohammed Ali Hassan=hakim-like:sanctioned']);
    expect(marks('Pompeo said he would designate three of the leaders, among them Mohammed Ali Hassan, as terrorists.')).toEqual(['Mohammed Ali Hassan=hakim-like:possible']);
  });

  it('does not mark a common name that goes on with a particle and a family name', () => {
    expect(marks('The Treasury sanctioned the group. Its political commander Mohamed Ali al-Houthi said in a tweet that they would respond.')).toEqual([]);
    expect(marks('The Treasury sanctioned the financier Mohamed Ali of Yemen on Tuesday.')).toEqual(['Mohamed Ali=ali-like:sanctioned']);
  });
});
