// "el Estado Islámico" of ISLAMIC STATE: a worldwide group's name of two words translated, one of them a mere word of
// kind ("Estado", a noun that begins the name), which no country on the page can vouch for: sanctions words near it.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// Made up, shaped like ISLAMIC STATE OF IRAQ AND THE LEVANT (a.k.a. ISLAMIC STATE) and Syria's INDUSTRIAL BANK.
const index = buildNameIndex([
  entity('is', 'ISLAMIC STATE OF THE LEVANT', 'organization', true, { names: [{ name: 'ISLAMIC STATE OF THE LEVANT', type: 'primary' }, { name: 'ISLAMIC STATE', type: 'aka' }] }),
  entity('bank', 'INDUSTRIAL BANK', 'organization', true, { countries: ['Syria'] }),
]);
const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);
const STORY = 'El Departamento del Tesoro de Estados Unidos sancionó hoy a cinco personas y congeló sus activos.';

describe('a worldwide group\'s two-word name in Spanish', () => {
  it('is the group with sanctions words near it', () => {
    expect(found(`${STORY} Las sanciones alcanzan a financistas del Estado Islámico, según el comunicado.`)).toEqual(['Estado Islámico=is']);
  });

  it('is no one in lower case, far from sanctions words, or for a body the lists give a country', () => {
    expect(found(`${STORY} Las sanciones alcanzan a quienes sueñan con un estado islámico.`)).toEqual([]);
    expect(found('El Estado Islámico reivindicó el ataque de ayer en la capital, según la policía local.')).toEqual([]);
    expect(found(`${STORY} Las sanciones alcanzan al Banco Industrial, según el comunicado.`)).toEqual([]);
  });
});
