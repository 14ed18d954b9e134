import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  { ...entity('bank', 'JOINT STOCK COMPANY BETA-BANK', 'organization', true, { countries: ['Russia'] }), names: [{ name: 'JOINT STOCK COMPANY BETA-BANK', type: 'primary' }, { name: 'BETA-BANK', type: 'aka' }] },
]);
const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('a firm\'s word of kind after a hyphen, in lower case', () => {
  it('is read as the name\'s word, in any case', () => {
    expect(found('Минфин США ввел санкции против российских банков, в том числе Бета-банка. Бета-банк ответил.')).toEqual(['Бета-банка=bank', 'Бета-банк=bank']);
  });

  it('makes no name where none goes on with it, nor after a space', () => {
    expect(found('Минфин США ввел санкции против российских банков: Бета банк ответил.')).toEqual([]);
    expect(found('Минфин США ввел санкции против российских банков: Бета-завод ответил.')).toEqual([]);
  });
});
