// Places of birth and UN regimes in Spanish: the country named in Spanish through its ISO code, the city or region
// left as the list's words; a UN regime named after a country is that country; names and OFAC's tags stay.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import { english } from '../../lib/i18n/english';
import { placeWords, programName } from '../../lib/i18n/place-names';

const es = translator(catalogGetMessage(JSON.parse(readFileSync(join(__dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Catalog));

describe('places of birth', () => {
  it('name the country in Spanish and keep the city and region as the list wrote them', () => {
    expect(placeWords('Qom, Iran', es)).toEqual({ local: 'Qom', country: 'Irán' });
    expect(placeWords('Culiacan, Sinaloa, Mexico', es)).toEqual({ local: 'Culiacan, Sinaloa', country: 'México' });
    expect(placeWords('Russia', es)).toEqual({ country: 'Rusia' });
    // A country the list writes turned round is still one country, not a place in "North".
    expect(placeWords('Korea, North', es)).toEqual({ country: 'Corea del Norte' });
    // No country at the end: all of it is the list's words.
    expect(placeWords('Region: Crimea', es)).toEqual({ local: 'Region: Crimea' });
  });
});

describe('programs', () => {
  it("word a UN regime named after a country, in Spanish only; leave names, OFAC's tags and English alone", () => {
    expect(programName('un-sc-consolidated', 'Iran', es)).toBe('Irán');
    expect(programName('un-sc-consolidated', 'DRC', es)).toBe('República Democrática del Congo');
    expect(programName('un-sc-consolidated', 'GB', es)).toBe('Guinea-Bisáu');
    expect(programName('un-sc-consolidated', 'Al-Qaida', es)).toBe('Al-Qaida');
    expect(programName('us-ofac-sdn', 'IRAN', es)).toBe('IRAN');
    expect(programName('un-sc-consolidated', 'Iran', english)).toBe('Iran');
  });
});
