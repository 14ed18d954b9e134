import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([entity('q', 'AL BANAWI, Ali Reda', 'person', true, { countries: ['Qatar'] })]);
const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('the Arabic article in a name written in Cyrillic', () => {
  it('is stepped over as the Latin al- is, in lower case or capitalised', () => {
    expect(found('Минфин США ввел санкции против граждан Катара: Али аль-Банави.')).toEqual(['Али аль-Банави=q']);
    expect(found('Мінфін США запровадив санкції проти громадян Катару: Алі Аль-Банаві.')).toEqual(['Алі Аль-Банаві=q']);
  });
});
