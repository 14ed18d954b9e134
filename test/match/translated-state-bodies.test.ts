// A state's body that Spanish news names translated with its country's name or adjective ("Banco Central de Siria",
// "Banco Central Sirio" for CENTRAL BANK OF SYRIA): words of kind only, but one body of one state.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('cbs', 'CENTRAL BANK OF SYRIA', 'organization', true, { countries: ['Syria'] }),
  entity('cbi', 'COMMERCIAL BANK OF IRAN', 'organization', true, { countries: ['Iran'] }),
]);
const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}=${m.status}`);

describe('a state\'s body translated into Spanish with its country', () => {
  it('reads the country\'s name after "de" and its adjective after the noun', () => {
    expect(marks('Estados Unidos impuso sanciones a la esposa del presidente sirio y al Banco Central Sirio.')).toEqual(['Banco Central Sirio=cbs=sanctioned']);
    expect(marks('El Tesoro sancionó hoy al Banco Central de Siria por financiar al régimen.')).toEqual(['Banco Central de Siria=cbs=sanctioned']);
    expect(marks('Las nuevas sanciones de la OFAC alcanzan al Banco Comercial de Irán.')).toEqual(['Banco Comercial de Irán=cbi=sanctioned']);
  });

  it('leaves such a name alone outside a sanctions story, and another country\'s bank of the same words', () => {
    expect(marks('El Banco Central de Siria fijó un nuevo tipo de cambio para la libra siria este lunes.')).toEqual([]);
    expect(marks('El Tesoro sancionó a funcionarios sirios; el Banco Central de Irak no respondió.')).toEqual([]);
  });
});
