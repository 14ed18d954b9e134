import { describe, expect, it } from 'vitest';
import { countryCode, countryKeys } from '../../lib/search/country-codes';

describe('countryCode', () => {
  it('gives one ISO code for every way the lists write a country', () => {
    const same: [string, string[]][] = [
      ['IR', ['Iran', 'Iran (Islamic Republic of)', 'Islamic Republic of Iran']],
      ['RU', ['Russia', 'Russian Federation']],
      ['SY', ['Syria', 'Syrian Arab Republic']],
      ['TR', ['Turkey', 'Türkiye']],
      ['MM', ['Burma', 'Myanmar']],
      ['KP', ['Korea, North', "Democratic People's Republic of Korea", 'North Korea']],
      ['KR', ['Korea, South']],
      ['CD', ['Congo, Democratic Republic of the', 'Democratic Republic of the Congo']],
      ['CG', ['Congo, Republic of the']],
      ['CI', ['Cote d Ivoire', "Côte d'Ivoire"]],
      ['KN', ['St. Kitts & Nevis', 'Saint Kitts and Nevis']],
      ['BS', ['Bahamas, The']],
      ['IM', ['Man, Isle of']],
      ['GB', ['United Kingdom', 'United Kingdom of Great Britain and Northern Ireland']],
      ['VN', ['Viet Nam', 'Vietnam']],
      ['HK', ['China, Hong Kong Special Administrative Region', 'Hong Kong']],
    ];
    for (const [code, written] of same) for (const w of written) expect([w, countryCode(w)]).toEqual([w, code]);
  });

  it('gives no code to a name that means two countries or none', () => {
    expect(countryCode('Congo')).toBeUndefined();
    expect(countryCode('Region: Crimea')).toBeUndefined();
    expect(countryCode('Atlantis')).toBeUndefined();
  });
});

describe('countryKeys', () => {
  it('joins countries and nationalities, one key per country', () => {
    expect(countryKeys(['Iran'], ['Iran (Islamic Republic of)'])).toEqual(['IR']);
    expect(countryKeys([], ['Iran'])).toEqual(['IR']);
    expect(countryKeys(['Venezuela'], ['Colombia'])).toEqual(['VE', 'CO']);
  });

  it('keeps places that are no country as written, and leaves out words that name no place', () => {
    expect(countryKeys(['Region: Crimea', 'Region: West Bank', 'West Bank'])).toEqual(['Crimea', 'West Bank']);
    expect(countryKeys(['undetermined', 'None Identified', 'na'], ['possibly Palestinian;arrested 23 Apr 2002'])).toEqual([]);
  });
});
