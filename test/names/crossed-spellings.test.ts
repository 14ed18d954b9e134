// One given name in two spellings across a person's listed names, each with its own family spelling.
import { describe, expect, it } from 'vitest';
import { crossedSpellings, fullerGivenNames } from '../../lib/names/crossed-spellings';
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

describe('the fuller given names of a listed person with each family spelling', () => {
  it('gives the longer given names with the other spelling of the family name, ق as gh or q', () => {
    expect(fullerGivenNames(['BAGHERI, Mohammad', 'BAGHERI AFSHORDI, Mohammad', 'BAQERI, Mohammad Hossein', 'BAGHERI, Mohammed'])).toEqual(['bagheri, mohammad hossein']);
  });

  it('never a shorter name, nor one across two family names or given names that differ', () => {
    expect(fullerGivenNames(['BAQERI, Mohammad Hossein', 'BAQERI, Mohammad'])).toEqual([]);
    expect(fullerGivenNames(['SALEHI, Ali Akbar', 'RAHIMI, Ali'])).toEqual([]);
    expect(fullerGivenNames(['SADEGHI, Reza', 'SADEQI, Ali Reza'])).toEqual([]);
  });

  it('finds the general as the news writes him, an Iranian (a sentence from thenationalnews.com)', () => {
    const index = buildNameIndex([
      entity('bagheri-like', 'BAGHERIE, Mohammad', 'person', true, { nationalities: ['Iran'], names: [{ name: 'BAGHERIE, Mohammad', type: 'primary' }, { name: 'BAQERIE, Mohammad Hossein', type: 'aka' }] }),
    ]);
    const text = 'The three people named in the sanctions ― Maj Gen Mohammad Hossein Bagherie and two other generals ― are part of the IRGC.';
    expect(scanText(index, text).map((m) => `${m.text}=${m.entityId}`)).toEqual(['Mohammad Hossein Bagherie=bagheri-like']);
  });
});
