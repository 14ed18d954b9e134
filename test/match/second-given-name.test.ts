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
