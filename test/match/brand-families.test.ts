import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// A made-up parent bank and two firms whose names begin with its brand, one of them in another country.
const index = buildNameIndex([
  entity('parent', 'PUBLIC JOINT STOCK COMPANY SBERBANKO', 'organization', true, { countries: ['Russia'] }),
  entity('capital', 'LIMITED LIABILITY COMPANY SBERBANKO CAPITAL', 'organization', true, { countries: ['Russia'] }),
  entity('europe', 'SBERBANKO EUROPE AG', 'organization', true, { countries: ['Austria'] }),
  entity('lone', 'TRANSNEFTO TRADING LTD', 'organization', true, { countries: ['Cyprus'] }),
  entity('militia', "KATA'IB SBERBANKO", 'organization', true, { countries: ['Iraq'], names: [{ name: "KATA'IB SBERBANKO", type: 'primary' }, { name: 'SBERBANKO BRIGADES', type: 'aka' }] }),
]);

const scan = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}${m.alternatives.length ? ` (${m.alternatives.join(', ')})` : ''}`);

describe('a brand and the firms that share it', () => {
  it('links the brand to the parent and offers the firms that share it as alternatives', () => {
    expect(scan('The US sanctions on Russia cut Sberbanko off from the dollar.')).toEqual(['Sberbanko=parent (capital, europe)']);
  });

  it('leaves out a body whose alias only begins with the word', () => {
    expect(scan('The US sanctions on Russia cut Sberbanko off.')[0]).not.toContain('militia');
  });

  it('still links a firm named in full to itself', () => {
    expect(scan('The US sanctions on Russia hit Sberbanko Europe in Vienna.')).toEqual(['Sberbanko Europe=europe']);
  });

  it('never marks a brand for a firm that only shares it', () => {
    expect(scan('The US sanctions on Russia and Cyprus hit Transnefto as well.')).toEqual([]);
  });
});

// A concern whose brand is two words joined by a hyphen, and its design bureau that carries the brand in quotes among
// words of its own (made-up names of the shape OFAC gives ALMAZ-ANTEY and its MSDB).
const concerns = buildNameIndex([
  { ...entity('bureau', 'JOINT STOCK COMPANY ALMAZO-ANTEYO AIR DEFENSE CONCERN MAIN SYSTEM DESIGN BUREAU', 'organization', true, { countries: ['Russia'] }), names: [{ name: 'JOINT STOCK COMPANY ALMAZO-ANTEYO AIR DEFENSE CONCERN MAIN SYSTEM DESIGN BUREAU', type: 'primary' as const }, { name: "JSC 'ALMAZO-ANTEYO' MSDB", type: 'aka' as const }] },
  entity('concern', 'JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN ALMAZO-ANTEYO', 'organization', true, { countries: ['Russia'] }),
]);

describe('a brand of two words after the word of kind', () => {
  it('links the concern first and offers the firm that carries its brand in quotes ("концерн «Алмазо-Антейо»")', () => {
    const marks = scanText(concerns, 'Под санкции попали концерн «Алмазо-Антейо» и другие российские предприятия.').map((m) => `${m.text}=${m.entityId} (${m.alternatives.join(', ')})`);
    expect(marks).toEqual(['Алмазо-Антейо=concern (bureau)']);
  });
});

describe('a brand of five letters and the firm named by it and a legal form alone', () => {
  // Made-up, shaped as OFAC lists KAMAZ PJSC and its trading firm, whose English alias gives the brand after its words
  // of kind; the trading firm first, as the order of the dataset does not decide.
  const ru = { countries: ['Russia'] };
  const trading = 'AKTSIONERNOE OBSHCHESTVO TORGOVO-FINANSOVAYA KOMPANIYA KAMAO';
  const index = buildNameIndex([
    { ...entity('trading', trading, 'organization', true, ru), names: [{ name: trading, type: 'primary' as const }, { name: 'JOINT-STOCK COMPANY TRADING-FINANCIAL COMPANY KAMAO', type: 'aka' as const }] },
    { ...entity('parent', 'KAMAO PUBLICLY TRADED COMPANY', 'organization', true, ru), names: [{ name: 'KAMAO PUBLICLY TRADED COMPANY', type: 'primary' as const }, { name: 'KAMAO PJSC', type: 'aka' as const }] },
    entity('lone', 'ZORKO PJSC', 'organization', true, ru),
  ]);
  const scan = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}${m.alternatives.length ? ` (${m.alternatives.join(', ')})` : ''}`);

  it('names the firm whose name is the brand and its legal form first, the one that gives the brand after its kind as an alternative', () => {
    expect(scan('The US sanctions on Russia hit the head of "Kamao", the truck maker.')).toEqual(['Kamao=parent (trading)']);
  });

  it('gives no firm its one word of five letters where no listed name gives it as a brand', () => {
    expect(scan('The US sanctions on Russia hit the head of "Zorko", the truck maker.')).toEqual([]);
  });
});
