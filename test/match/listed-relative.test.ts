import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const ve = { countries: ['Venezuela'] };
// A made-up listed family: a minister, his wife under her own and his surname, her son under her first husband's.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('head', 'ZORNOZA PALACIOS, Ernesto', 'person', true, ve),
  entity('wife', 'FLORES DE ZORNOZA, Marisela Adela', 'person', true, ve),
  entity('elder', 'QUIBORAN FLORES, Walter Jacinto', 'person', true, ve),
  entity('younger', 'QUIBORAN FLORES, Yonder Alexis', 'person', true, ve),
  entity('abroad', 'GARCIA DE ZORNOZA, Luisa', 'person', true, { countries: ['Spain'] }),
  // A head of state whose country is his role's, and his wife whose only country is her passport's (MUGABE, Grace).
  entity('president', 'ZUNDAMAI, Tefo Lerato', 'person', false, { positions: ['President of the Republic of Zimbabwe'] }),
  entity('spouse', 'ZUNDAMAI, Grace', 'person', false, { positions: ['Spouse of Tefo Zundamai'], identifiers: [{ type: 'Passport', value: 'ZN001159', country: 'Zimbabwe' }] }),
  entity('card', 'ZUNDAMAI, Mary', 'person', false, { identifiers: [{ type: 'Tax ID', value: '991', country: 'Zimbabwe' }] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}:${(m.reasons ?? []).join('+')}`));
const family = 'Ernesto Zornoza Palacios spent the weekend at home.';

describe('a common name whose listed person shares a rare surname with a listed relative the page confirmed', () => {
  it('is the listed person: the wife by her everyday name, her sons by their brother', () => {
    expect(marks([family, 'His wife Marisela Flores and her sons Walter Jacinto Quiboran Flores and Yonder Quiboran Flores were with him.'])).toEqual([
      'Ernesto Zornoza Palacios:head:sanctioned:distinctive-name',
      'Marisela Flores:wife:sanctioned:listed-relative',
      'Walter Jacinto Quiboran Flores:elder:sanctioned:distinctive-name',
      'Yonder Quiboran Flores:younger:sanctioned:listed-relative',
    ]);
  });

  it('needs the relative named before, sharing a rare surname and a country', () => {
    expect(marks(['Marisela Flores spent the weekend at home.', family])).toContain('Marisela Flores:wife:possible:');
    // Flores is many people's: the elder son does not vouch for his mother.
    expect(marks(['Walter Jacinto Quiboran Flores spent the weekend at home.', 'Marisela Flores was with him.'])).toContain('Marisela Flores:wife:possible:');
    // Listed with Spain only: no relative of the Venezuelan minister.
    expect(marks([family, 'Luisa Garcia was with him.'])).toContain('Luisa Garcia:abroad:possible:');
  });

  it("takes a person's passport country as theirs, where the entry gives no other", () => {
    const president = 'President Tefo Zundamai spent the weekend at home.';
    expect(marks([president, 'His wife Grace Zundamai was with him.'])).toContain('Grace Zundamai:spouse:delisted:listed-relative');
    // A tax number's country says where the person pays, not whose national they are.
    expect(marks([president, 'Mary Zundamai was with him.'])).toContain('Mary Zundamai:card:possible:');
  });

  it('counts for nothing on a sports page', () => {
    const match = 'The goalkeeper Ernesto Zornoza Palacios saved a penalty in the second half and the team won the match 2-1; the coach praised the defence, the league table and the fans.';
    expect(marks([match, 'Marisela Flores scored the winning goal of the match for the team in the league final.'])).toContain('Marisela Flores:wife:possible:sports-page');
  });
});
