// A person of a Spanish-speaking country by the second of two given names and the family name ("Rolando Castro" of
// CASTRO, Oscar Rolando, El Salvador's minister of labour), with a common name's evidence.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  // Made up, shaped like OFAC's CASTRO, Oscar Rolando (Salvadoran Minister of Labor).
  entity('castro-like', 'CASTRILLO, Oscar Rolando', 'person', true, { countries: ['El Salvador'], positions: ['Salvadoran Minister of Labor'] }),
  // The same shape for a person of a country where the second given name is no name used alone.
  entity('russian-like', 'KASTRILOV, Oleg Rolando', 'person', true, { countries: ['Russia'] }),
]);

const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}:${m.status}`);

describe('the second given name with the family name', () => {
  it('finds a person of a Spanish-speaking country so, with the evidence a common name asks', () => {
    expect(marks('La OFAC anunció sanciones contra el ministro del Trabajo, Rolando Castrillo, por corrupción.')).toEqual(['Rolando Castrillo=castro-like:sanctioned']);
  });

  it('is only possible without evidence', () => {
    expect(marks('El cantante Rolando Castrillo llenó el estadio el sábado.')).toEqual(['Rolando Castrillo=castro-like:possible']);
  });

  it('is no form of a person of another country', () => {
    expect(marks('The Treasury sanctioned Rolando Kastrilov of Russia.')).toEqual([]);
  });
});

describe('an Iranian without the Mohammad of a compound given name', () => {
  const iran = buildNameIndex([
    ...fixtureEntities,
    // Made up, shaped like OFAC's ZARIF, Mohammad Javad (Iran's foreign minister).
    entity('zarifi-like', 'ZARIFANI, Mohammad Javad', 'person', true, { countries: ['Iran'], nationalities: ['Iran'] }),
    entity('arab-like', 'ZARIFANI, Mohammad Hasan', 'person', true, { countries: ['Syria'] }),
  ]);
  const found = (text: string) => scanText(iran, text).map((m) => `${m.text}=${m.entityId}:${m.status}`);

  it('finds the person by the second given name and the family name, in Latin and Cyrillic letters', () => {
    expect(found('The Treasury sanctioned Iran\'s foreign minister Javad Zarifani on Wednesday.')).toEqual(['Javad Zarifani=zarifi-like:sanctioned']);
    expect(found('США ввели санкції проти Ірану: під санкції потрапив Джавад Заріфані.')).toEqual(['Джавад Заріфані=zarifi-like:sanctioned']);
  });

  it('is no form of a person of another country, whose Mohammad may be the name used', () => {
    expect(found('The Treasury sanctioned Hasan Zarifani of Syria.')).toEqual([]);
  });

  it('is no form of a person of another nationality whom the lists place in Iran', () => {
    // Shaped like OFAC's EL ZEIN, Mohamed (Lebanese; countries Lebanon and Iran; a.k.a. AL-ZAYN, Muhammad 'Ali):
    // "وعلى الذين" ("and on those who") was read as his "Ali al-Zayn" on a sanctions page.
    const lebanese = buildNameIndex([
      ...fixtureEntities,
      entity('zein-like', 'EL ZEIN, Mohamed', 'person', true, {
        countries: ['Lebanon', 'Iran'], nationalities: ['Lebanon'],
        names: [{ name: 'EL ZEIN, Mohamed', type: 'primary' }, { name: "AL-ZAYN, Muhammad 'Ali", type: 'aka' }],
      }),
    ]);
    const text = 'فرضت وزارة الخزانة الأمريكية عقوبات على شخصيات فاسدة، وقال إن بلاده ستفرض عقوبات على الفاسدين، وعلى الذين يقتلون المحتجين.';
    expect(scanText(lebanese, text).map((m) => m.text)).toEqual([]);
    expect(scanText(lebanese, 'The Treasury sanctioned Ali al-Zayn on Friday.').map((m) => m.text)).toEqual([]);
  });
});
