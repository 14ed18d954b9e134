// "Bachar al Asad": French and Spanish write the Arabic sh as ch, for a person of an Arab country only.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('assad', 'AL-ASSAD, Bashar', 'person', true, { countries: ['Syria'] }),
  entity('shen', 'SHEN, Weiming', 'person', true, { countries: ['China'] }),
  entity('qadhafi', 'QADHAFI, Muammar', 'person', true, { birthPlaces: ['Sirte, Libya'], names: [{ name: 'QADHAFI, Muammar', type: 'primary' }, { name: 'QADDAFI, Muammar', type: 'aka' }] }),
  entity('qurban', 'QURBANOV, Rashad', 'person', true, { countries: ['Azerbaijan'] }),
  entity('khair', 'KHAIR, Abdelbasit Hamza Elhassan Mohamed', 'person', true, { nationalities: ['Sudan'] }),
  entity('khalil', 'AL-KHALIL, Husayn', 'person', true, { countries: ['Lebanon'] }),
  // Jalil is a listed word of its own, so the scan's Spanish reading of a first j (spanishFirstJ) leaves it be.
  entity('jalil', 'JALIL, Abdul', 'person', true, { countries: ['Afghanistan'] }),
  entity('khan', 'KHAN, Timur', 'person', true, { countries: ['Uzbekistan'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('the Arabic sh written ch', () => {
  it('finds a person of an Arab country', () => {
    expect(marks('La UE prorrogó las sanciones contra el régimen de Bachar al Asad en Siria.')).toEqual(['Bachar al Asad:assad:sanctioned']);
  });

  it('finds no one else so', () => {
    expect(marks('The Treasury sanctioned Chen Weiming of China.')).toEqual([]);
  });
});

describe('the Arabic qaf written k', () => {
  it('finds a person of an Arab country ("Muammar Kaddafi" of QADDAFI, Muammar)', () => {
    expect(marks('Kim Jong-un corre el riesgo de acabar como Muammar Kaddafi, dijo el Tesoro al anunciar sanciones.')).toEqual(['Muammar Kaddafi:qadhafi:sanctioned']);
  });

  it('finds no one else so', () => {
    expect(marks('The Treasury sanctioned Rashad Kurbanov of Azerbaijan.')).toEqual([]);
  });
});

describe('the Arabic kha written j', () => {
  it('finds a person of an Arab country by a short last word ("Mohamed Jair" of KHAIR)', () => {
    expect(marks('El Tesoro sancionó a Abdelbasit Hamza Elhassan Mohamed Jair, un financista de Hamás.')).toEqual(['Abdelbasit Hamza Elhassan Mohamed Jair:khair:sanctioned']);
  });

  it('keeps a j-word a name of its own in a name of two words ("Husayn al-Jalil" is no AL-KHALIL, Husayn)', () => {
    expect(marks('El Tesoro sancionó a Husayn al-Jalil, asesor político de Hezbolá.')).toEqual([]);
  });

  it('finds no one else so', () => {
    expect(marks('El Tesoro sancionó a Timur Jan de Uzbekistán.')).toEqual([]);
  });
});
