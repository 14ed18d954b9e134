import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('q', 'AL BANAWI, Ali Reda', 'person', true, { countries: ['Qatar'] }),
  entity('ubl', 'BIN LADIN, Usama', 'person', true, { countries: ['Saudi Arabia'], names: [{ name: 'BIN LADIN, Usama', type: 'primary' }, { name: 'BIN LADEN, Usama', type: 'aka' }] }),
]);
const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('the Arabic article in a name written in Cyrillic', () => {
  it('is stepped over as the Latin al- is, in lower case or capitalised', () => {
    expect(found('Минфин США ввел санкции против граждан Катара: Али аль-Банави.')).toEqual(['Али аль-Банави=q']);
    expect(found('Мінфін США запровадив санкції проти громадян Катару: Алі Аль-Банаві.')).toEqual(['Алі Аль-Банаві=q']);
  });

  it('steps over "son of" as Russian and Ukrainian also write it, бен and бін', () => {
    expect(found('Во времена международного террориста Усамы бен Ладена члены его семьи.')).toEqual(['Усамы бен Ладена=ubl']);
    expect(found('Санкції проти Усами бін Ладена.')).toEqual(['Усами бін Ладена=ubl']);
  });
});
