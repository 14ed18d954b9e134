import { describe, expect, it } from 'vitest';
import { soundKey } from '../../lib/match/cyrillic-sound-readings';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { skeleton } from '../../lib/names/transliterate';
import { entity } from './fixtures';

// Made-up Iranians as OFAC romanises them; Russian news writes them by sound (tengrinews.kz, November 2019).
const index = buildNameIndex([
  entity('bag', 'BAGHERIAN, Mohammad', 'person', true, { countries: ['Iran'] }),
  entity('rai', 'RAISIAN, Ebrahim', 'person', true, { countries: ['Iran'] }),
  entity('zar', 'ZARIFAN, Mohammad Javad', 'person', true, { countries: ['Iran'] }),
]);
const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('Persian names in Russian letters', () => {
  it('reads Мохаммад, Мухаммед, Махаммад as the one name Muhammad', () => {
    for (const w of ['mokhammad', 'mukhammed', 'makhammad', 'mohammad']) expect(skeleton(w)).toBe(skeleton('muhammad'));
    expect(skeleton('mikhail')).not.toBe(skeleton('muhammad'));
  });

  it('reads г for the Persian gh by sound', () => {
    expect(soundKey('bagerian')).toBe(soundKey('bagherian'));
  });

  it('finds the person with any of these given names, declined too', () => {
    expect(found('США ввели санкции против Ирана: глава генштаба ВС Ирана Махаммад Багериан.')).toEqual(['Махаммад Багериан=bag']);
    expect(found('США ввели санкции против Ирана: Мохаммада Джавада Зарифана.')).toEqual(['Мохаммада Джавада Зарифана=zar']);
  });

  it('reads Ибрахим and Ибрагим as the Persian Ebrahim the list writes', () => {
    expect(found('США ввели санкции против Ирана: председатель Верховного суда Ибрахим Раисиан.')).toEqual(['Ибрахим Раисиан=rai']);
    expect(found('США ввели санкции против Ирана: Ибрагим Раисиан.')).toEqual(['Ибрагим Раисиан=rai']);
  });
});
