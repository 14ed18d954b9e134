// One given name in two spellings across a person's listed names, each with its own family spelling.
import { describe, expect, it } from 'vitest';
import { crossedSpellings } from '../../lib/names/crossed-spellings';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from '../match/fixtures';

describe('crossed spellings of a listed person', () => {
  it('gives each spelling of the given name with the other name\'s family', () => {
    expect(crossedSpellings(['QADHAFI, Ayesha', 'GADHAFI, Aisha', 'GADDAFI, Ayesha']).sort()).toEqual(['gaddafi, aisha', 'gadhafi, ayesha', 'qadhafi, aisha']);
  });

  it('crosses nothing between names that are not one given name (a nom de guerre)', () => {
    expect(crossedSpellings(['ALI, Mohammed', 'HASSAN, Ahmed'])).toEqual([]);
  });

  it('lets the page join the spellings its own way, for a person of an Arab country', () => {
    const index = buildNameIndex([
      entity('aisha-like', 'QADHAFIE, Ayesha', 'person', true, { birthPlaces: ['Tripoli, Libya'], names: [{ name: 'QADHAFIE, Ayesha', type: 'primary' }, { name: 'GADHAFIE, Aisha', type: 'aka' }, { name: 'GADDAFIE, Ayesha', type: 'aka' }] }),
    ]);
    expect(scanText(index, 'The UN Security Council sanctions committee kept Aisha Gaddafie of Libya on its asset freeze list.').map((m) => m.entityId)).toEqual(['aisha-like']);
  });
});
