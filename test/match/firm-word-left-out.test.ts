import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('wings', 'CHAMO WINGS AIRLINES', 'organization', true, { countries: ['Syria'] }),
  entity('sewa', 'SEWO SECURITY SERVICES', 'organization', true, { countries: ['Central African Republic'] }),
  entity('freight', 'IRAQI FREIGHT SERVICES LIMITED', 'organization', true, { countries: ['United Kingdom'] }),
  entity('bank', 'MOSCOW INDUSTRIAL BANK', 'organization', true, { countries: ['Russia'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a firm of three words by two of them', () => {
  it('reads an airline without the word between its own word and "Airlines", in a sanctions story', () => {
    expect(marks(['Под санкции попадут сирийская чартерная авиакомпания Chamo Airlines и турецкий провайдер.'])).toEqual(['Chamo Airlines:wings']);
    expect(marks(['The EU sanctioned the charter airline Chamo Airlines on Monday.'])).toEqual(['Chamo Airlines:wings']);
  });

  it('reads a firm without its last word of trade, "Services"', () => {
    expect(marks(['Под санкции попали Sewo Security, действующие в ЦАР.'])).toEqual(['Sewo Security:sewa']);
  });

  it('asks evidence: no sanctions story and no country, no mark', () => {
    expect(marks(['Chamo Airlines flew to Dubai yesterday.'])).toEqual([]);
    expect(marks(['Sewo Security hired more guards this year.'])).toEqual([]);
  });

  it('never shortens a name whose own word is a place, nor a bank', () => {
    expect(marks(['The sanctions hit Iraqi Freight and others.'])).toEqual([]);
    expect(marks(['The sanctions hit Moscow Bank and others.'])).toEqual([]);
  });
});
