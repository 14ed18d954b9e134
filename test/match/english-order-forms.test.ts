// A Cuban body the lists name in Spanish, as English news translates it: "Revolutionary National Police" (POLICIA
// NACIONAL REVOLUCIONARIA), "Special National Brigade" (BRIGADA ESPECIAL NACIONAL DEL MINISTERIO DEL INTERIOR), on a
// sanctions page about Cuba; never on a page about another country, nor two words of kind alone.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { englishOrderForms, spanishFormsWithoutAdjective } from '../../lib/match/english-order-forms';
import { entity } from './fixtures';

const pnr = entity('pnr', 'POLICIA NACIONAL REVOLUCIONARIA', 'organization', true, { countries: ['Cuba'] });
const ben = entity('ben', 'BRIGADA ESPECIAL NACIONAL DEL MINISTERIO DEL INTERIOR', 'organization', true, { countries: ['Cuba'] });
const index = buildNameIndex([pnr, ben]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe("a Spanish-named body's English translation", () => {
  it('is found with its adjectives in either order on a sanctions page about its country', () => {
    expect(marks("Treasury imposed sanctions on the Cuban Ministry of the Interior's Special National Brigade and designated the Cuban Revolutionary National Police for the crackdown in Cuba.")).toEqual([
      'Special National Brigade:ben',
      'Revolutionary National Police:pnr',
    ]);
    expect(marks('Treasury sanctioned the National Revolutionary Police of Cuba.')).toEqual(['National Revolutionary Police:pnr']);
  });

  it("is not found on a page about another country, nor on one that tells no sanctions story", () => {
    expect(marks('Treasury sanctioned the Revolutionary National Police of Nicaragua.')).toEqual([]);
    expect(marks('The Revolutionary National Police band played in Havana, Cuba.')).toEqual([]);
  });

  it('is made only of a Spanish noun and two adjectives or more, one more than a word of kind', () => {
    expect(englishOrderForms(entity('pn', 'POLICIA NACIONAL', 'organization', true, { countries: ['Nicaragua'] }))).toEqual([]);
    expect(englishOrderForms(entity('cn', 'CONSEJO NACIONAL ESPECIAL', 'organization', true, { countries: ['Cuba'] }))).toEqual([]);
    expect(englishOrderForms(entity('ru', 'POLICIA NACIONAL REVOLUCIONARIA', 'organization', true, { countries: ['Russia'] }))).toEqual([]);
  });
});

describe("a Spanish-named unit's own name with an adjective left out", () => {
  // Made up, shaped like BRIGADA ESPECIAL NACIONAL DEL MINISTERIO DEL INTERIOR and MINISTERIO DEL INTERIOR.
  const units = buildNameIndex([
    entity('def', 'MINISTERIO DE DEFENSA', 'organization', true, { countries: ['Cuba'] }),
    entity('bed', 'BRIGADA ESPECIAL NACIONAL DEL MINISTERIO DE DEFENSA', 'organization', true, { countries: ['Cuba'] }),
  ]);
  const found = (text: string) => scanPage(units, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

  it('is the unit, not the body it belongs to, on a sanctions page about its country', () => {
    expect(found('El gobierno de Estados Unidos impuso sanciones a la Brigada Especial del Ministerio de Defensa de Cuba, anunció el Tesoro.')).toEqual([
      'Brigada Especial del Ministerio de Defensa:bed',
    ]);
  });

  it('is made only for a unit named with its body after "de", "del"', () => {
    expect(spanishFormsWithoutAdjective(pnr)).toEqual([]);
    expect(spanishFormsWithoutAdjective(ben).map((f) => f.tokens.join(' '))).toEqual(['brigada nacional del ministerio del interior', 'brigada especial del ministerio del interior']);
  });
});

