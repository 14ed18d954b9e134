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

describe('a Hong Kong firm', () => {
  const duling = entity('duling', 'DULING TECHNOLOGY HK LIMITED', 'organization', true, {
    countries: ['China'],
    identifiers: [{ type: 'Company Number', value: '2874017', country: 'Hong Kong' }],
  });
  const hk = buildNameIndex([...fixtureEntities, duling]);
  const found = (text: string) => scanPage(hk, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

  it('goes without its "HK Limited", with the place it is registered in named on the page, in Ukrainian too', () => {
    expect(found('Обмеження введені проти компанії Duling Technology з Гонконгу.')).toEqual(['Duling Technology:duling']);
    expect(found('The firm Duling Technology of Hong Kong was named.')).toEqual(['Duling Technology:duling']);
  });

  it('needs that evidence: two words of a firm\'s name alone are anything', () => {
    expect(found('Обмеження введені проти компанії Duling Technology.')).toEqual([]);
  });
});
