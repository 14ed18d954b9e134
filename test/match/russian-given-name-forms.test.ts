// A Russian given name in Latin letters read as the same name's Ukrainian form, which the lists give for a Ukrainian.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('saldo-like', 'SALDOV, Volodymyr Vasylovych', 'person', true, { countries: ['Ukraine'] }),
  entity('tikhonova-like', 'TIKHONOVSKA, Katerina Vladimirovna', 'person', true, { countries: ['Russia'], names: [{ name: 'TIKHONOVSKA, Katerina Vladimirovna', type: 'primary' }, { name: 'TIKHONOVSKA, Katerina', type: 'aka' }] }),
]);

const found = (text: string) => scanText(index, text).map((m) => [m.text, m.entityId, m.status]);

describe('a Russian given name for a listed Ukrainian form', () => {
  it('finds the listed person under the Russian form the news writes', () => {
    expect(found('Estados Unidos sancionó al gobernador impuesto por Moscú en Jersón, Vladimir Saldov, por la anexión.')).toEqual([['Vladimir Saldov', 'saldo-like', 'sanctioned']]);
    expect(found('Estados Unidos también impuso sanciones a las dos hijas adultas de Vladimir Putin, Ekaterina Tikhonovska y otra.')).toEqual([['Ekaterina Tikhonovska', 'tikhonova-like', 'sanctioned']]);
  });

  it('still needs the surname: a given name alone names no one', () => {
    expect(found('Estados Unidos sancionó a Vladimir y a Ekaterina.')).toEqual([]);
  });
});
