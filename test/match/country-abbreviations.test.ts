import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const rosneft = {
  ...entity('rosneft', 'OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY', 'organization', true, { countries: ['Russia'] }),
  names: [
    { name: 'OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY', type: 'primary' as const },
    { name: 'ROSNEFT', type: 'aka' as const },
  ],
};
const index = buildNameIndex([...fixtureEntities, rosneft]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a country written as its two-letter abbreviation', () => {
  it('"РФ" names Russia, the evidence a Russian firm\'s brand needs', () => {
    expect(marks('Санкции США против РФ коснулись и главы «Роснефти».')).toEqual(['Роснефти:rosneft']);
    expect(marks('Санкции США коснулись и главы «Роснефти».')).toEqual([]);
  });

  it('is no country as the ISO code it is keyed by ("ve" is no word of Venezuela)', () => {
    expect(marks('Санкции США против VE коснулись и главы «Роснефти».')).toEqual([]);
  });
});
