import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Made-up organisations whose acronyms are pronounceable, a plural's letters, or an everyday word.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('hamas-like', 'HARAKAT AL-MUQAWAMA TEST', 'organization', true, { names: [{ name: 'HARAKAT AL-MUQAWAMA TEST', type: 'primary' }, { name: 'HAMAZ', type: 'aka' }] }),
  entity('mps-firm', 'MARITIME PORT SERVICES TEST', 'organization', true, { names: [{ name: 'MARITIME PORT SERVICES TEST', type: 'primary' }, { name: 'MPS', type: 'aka' }] }),
  entity('elite-firm', 'ELECTRONIC LINE TECHNOLOGIES', 'organization', true, { names: [{ name: 'ELECTRONIC LINE TECHNOLOGIES', type: 'primary' }, { name: 'ELITE', type: 'aka' }] }),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('acronyms in mixed case', () => {
  it('finds an acronym the list writes in capitals written PdVSA or Pdvsa', () => {
    expect(found('La estatal PdVSA exportó menos crudo.')).toEqual(['PdVSA=ofac-26367']);
    expect(found('Chevron y Pdvsa firmaron un acuerdo.')).toEqual(['Pdvsa=ofac-26367']);
  });

  it('leaves pronounceable or short title-case words, plurals and everyday words alone', () => {
    expect(found('Hamaz said the talks were over.')).toEqual([]);
    expect(found('Irgc in title case is not the guard.')).toEqual([]);
    expect(found('Five MPs from Sanctions Street voted against the sanctions.')).toEqual([]);
    expect(found('An Elite squad of cooks won the prize.')).toEqual([]);
  });

  it('still finds the acronyms in capitals', () => {
    expect(found('HAMAZ said the talks were over.')).toEqual(['HAMAZ=hamas-like']);
    expect(found('PDVSA exportó menos crudo.')).toEqual(['PDVSA=ofac-26367']);
  });
});

describe('a body\'s acronym in title case once the page has named the body', () => {
  // Made up, shaped as OFAC lists ISIL (aka ISLAMIC STATE OF IRAQ AND SYRIA, ISIS): the acronym its own name spells,
  // which some papers write "Isis", also a given name.
  const state = buildNameIndex([{ ...entity('isis-like', 'ISLAMIC EMIRATE OF ORAN AND SYRTE', 'organization', true), names: [{ name: 'ISLAMIC EMIRATE OF ORAN AND SYRTE', type: 'primary' as const }, { name: 'IEOS', type: 'aka' as const }] }]);
  const marks = (text: string) => scanText(state, text).map((m) => `${m.text}=${m.entityId}`);

  it('finds it after the acronym in capitals or the full name', () => {
    expect(marks('He led the war against IEOS, she said. His family organized forces fighting Ieos, the group.')).toEqual(['IEOS=isis-like', 'Ieos=isis-like']);
  });

  it('leaves it alone where the page has not named the body, or beside a capitalised word', () => {
    expect(marks('His family organized forces fighting Ieos, the group.')).toEqual([]);
    expect(marks('He led the war against IEOS, she said. Ieos Valverde starred in the film.')).toEqual(['IEOS=isis-like']);
  });
});

describe('a body\'s acronym in title case after a Spanish article', () => {
  // Made up, shaped as OFAC lists the ELN (aka EJERCITO DE LIBERACION NACIONAL, ELN), which Colombian papers write
  // "el Eln", "del Eln".
  const army = buildNameIndex([{ ...entity('eln-like', 'PEOPLE\'S LIBERATION FRONT TEST', 'organization', true), names: [{ name: 'PEOPLE\'S LIBERATION FRONT TEST', type: 'primary' as const }, { name: 'FRENTE POPULAR DE LIBERACION', type: 'aka' as const }, { name: 'FPL', type: 'aka' as const }] }]);
  const marks = (text: string) => scanText(army, text).map((m) => `${m.text}=${m.entityId}`);

  it('finds it after el, la, los, las, del or al, where the page has not named the body', () => {
    expect(marks('El Gobierno negocia con el Fpl y con las disidencias.')).toEqual(['Fpl=eln-like']);
    expect(marks('Los combatientes del Fpl se retiraron.')).toEqual(['Fpl=eln-like']);
  });

  it('leaves it alone without the article, or beside a capitalised word', () => {
    expect(marks('Fpl dijo que no.')).toEqual([]);
    expect(marks('Habló con el Fpl Martínez del barrio.')).toEqual([]);
  });
});
