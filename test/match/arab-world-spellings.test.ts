// "Bachar al Asad": French and Spanish write the Arabic sh as ch, for a person of an Arab country only.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('assad', 'AL-ASSAD, Bashar', 'person', true, { countries: ['Syria'] }),
  entity('shen', 'SHEN, Weiming', 'person', true, { countries: ['China'] }),
  entity('qadhafi', 'QADHAFI, Muammar', 'person', true, { birthPlaces: ['Sirte, Libya'], names: [{ name: 'QADHAFI, Muammar', type: 'primary' }, { name: 'QADDAFI, Muammar', type: 'aka' }] }),
  entity('qurban', 'QURBANOV, Rashad', 'person', true, { countries: ['Azerbaijan'] }),
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
