// The offices a list states only in a sanction's reason (the EU's Venezuela annex: "Vice-President of Venezuela, and
// since August 2024, Minister of Oil.") are the person's listed roles for the matcher (reason-offices.ts): a title on
// the page that fits one is evidence; a sentence about someone else gives no role, and no reason makes a head of state.
import { describe, expect, it } from 'vitest';
import type { Entity, Sanction } from '../../lib/dataset/format';
import { HEAD_OF_STATE, titleBits } from '../../lib/match/context-words';
import { reasonOffices, reasonRoleBits } from '../../lib/match/reason-offices';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const EU = { authority: 'EU', list: 'eu-2017-2063', program: 'EU-VEN', status: 'active' } as const;

/** A made-up person listed by the EU with this reason and no position. */
function listed(id: string, name: string, reason: string, extra: Partial<Entity> = {}): Entity {
  const sanction: Sanction = { ...EU, reason };
  return entity(id, name, 'person', true, { countries: ['Venezuela'], sanctions: [sanction], ...extra });
}

// The EU's own sentences (Annex IV of Regulation 2017/2063, consolidated 2025-12-17), names left out.
const DELCY = 'Vice-President of Venezuela, and since August 2024, Minister of Oil. Former Minister of the Economy, Finances and Trade. Former President of the illegitimate Constituent Assembly and former member of the Presidential Commission for the illegitimate National Constituent Assembly. Her actions in the Presidential Commission and then as President of the illegitimate Constituent Assembly have undermined democracy.';
const CABELLO = 'Minister of the Interior, Justice and Peace since August 2024. Member of the non-democratically elected National Assembly, former President of the Constituent Assembly and First Vice-President of the United Socialist Party of Venezuela (PSUV). Involved in undermining democracy.';
const CEBALLOS = 'Venezuela’s Ambassador to China. Former Minister of the Interior and Justice of Venezuela (August 2021 – August 2024) and Vice-President of the Government for Citizen Security.';
const bit = (word: string) => titleBits(word);

describe('the offices a sanction reason states', () => {
  it('reads the office that opens a sentence and each later office of its own clause', () => {
    expect(reasonOffices(listed('d', 'RODRIGUEZ GOMEZ, Delcy Eloina', DELCY))).toEqual(['Vice-President', 'Minister', 'Former Minister', 'Former President']);
    expect(reasonOffices(listed('p', 'PRIETO FERNANDEZ, Omar Jose', 'Former Governor of Zulia State (2017 – 2021). In this position he has undermined democracy.'))).toEqual(['Former Governor']);
    // "Member of ..." is the person's office, so the offices after it in the sentence count too.
    expect(reasonOffices(listed('c', 'CABELLO RONDON, Diosdado', CABELLO))).toEqual(['Minister', 'former President', 'First Vice-President']);
  });

  it('gives the title bits of those offices, so "ministro", "vicepresidenta", "gobernador" fit', () => {
    const delcy = reasonRoleBits(listed('d', 'RODRIGUEZ GOMEZ, Delcy Eloina', DELCY));
    for (const word of ['vicepresidenta', 'ministra', 'presidenta']) expect(delcy & bit(word)).not.toBe(0);
    expect(reasonRoleBits(listed('p', 'PRIETO FERNANDEZ, Omar Jose', 'Former Governor of Zulia State (2017 – 2021).')) & bit('gobernador')).not.toBe(0);
  });

  it('reads no office of a sentence about someone else or about what was done to the person', () => {
    const other = 'Son of President Nicolás Maduro. Close associate of Minister Tareck El Aissami. Appointed by President Maduro as head of the youth wing. The Minister of Defence ordered his promotion. Successor of General Rafael Blanco. As Director of SEBIN, he ordered arrests.';
    expect(reasonOffices(listed('s', 'MADURO GUERRA, Nicolas Ernesto', other))).toEqual([]);
    expect(reasonRoleBits(listed('s', 'MADURO GUERRA, Nicolas Ernesto', other))).toBe(0);
    // The office in apposition to the one who appointed the person, or to a relative, is theirs.
    const apposed = listed('a', 'RODRIGUEZ CABELLO, Alexis Jose', 'Director of the Bolivarian National Intelligence Service, appointed by Nicolás Maduro, President of Venezuela, on 14 October 2024. Governor of Táchira State, son of Nicolás Maduro, President of Venezuela.');
    expect(reasonOffices(apposed)).toEqual(['Director', 'Governor']);
    expect(reasonRoleBits(apposed) & bit('president')).toBe(0);
  });

  it('reads a ministry\'s or a court\'s word as no office ("Interior and Justice"), and a firm\'s president as no head of state', () => {
    const ceballos = reasonRoleBits(listed('r', 'CEBALLOS ICHASO, Remigio', CEBALLOS));
    expect(ceballos & bit('judge')).toBe(0);
    expect(ceballos & bit('ambassador') && ceballos & bit('minister')).not.toBe(0);
    const pdvsa = reasonRoleBits(listed('g', 'GONZALEZ LOPEZ, Gustavo Enrique', 'President of Petróleos de Venezuela (PDVSA). General Director of SEBIN between April 2019 and October 2024.'));
    expect(pdvsa & bit('president')).not.toBe(0);
    expect(pdvsa & HEAD_OF_STATE).toBe(0);
  });

  it('reads nothing of an organisation or of a sanction without a reason', () => {
    expect(reasonOffices({ ...listed('o', 'CONSEJO NACIONAL ELECTORAL', 'Minister of nothing.'), kind: 'organization' })).toEqual([]);
    expect(reasonOffices(entity('n', 'PEREZ, Juan', 'person', true))).toEqual([]);
  });
});

describe('a title on the page that fits an office the reason states', () => {
  const index = buildNameIndex([...fixtureEntities, listed('delcy', 'RODRIGUEZ GOMEZ, Delcy Eloina', DELCY, { names: [{ name: 'RODRIGUEZ GOMEZ, Delcy Eloina', type: 'primary' }, { name: 'RODRIGUEZ, Delcy', type: 'aka' }] })]);
  const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}:${(m.reasons ?? []).join('+')}`));

  it('confirms a brief name with a common surname ("la vicepresidenta Delcy Rodríguez")', () => {
    expect(marks('La vicepresidenta Delcy Rodríguez habló el lunes con la prensa.')).toEqual(['Delcy Rodríguez:delcy:sanctioned:title']);
    expect(marks('La ministra de Petróleo, Delcy Rodríguez, habló el lunes con la prensa.')).toEqual(['Delcy Rodríguez:delcy:sanctioned:title']);
  });

  it('leaves the name possible under a title the reason does not state', () => {
    expect(marks('La jueza Delcy Rodríguez habló el lunes con la prensa.')).toEqual(['Delcy Rodríguez:delcy:possible:']);
  });
});
