import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const veb = {
  ...entity('veb', 'STATE CORPORATION BANK FOR DEVELOPMENT AND FOREIGN ECONOMIC AFFAIRS VNESHECONOMBANK', 'organization', true, { countries: ['Russia'] }),
  names: [
    { name: 'STATE CORPORATION BANK FOR DEVELOPMENT AND FOREIGN ECONOMIC AFFAIRS VNESHECONOMBANK', type: 'primary' as const },
    { name: 'VEB.RF', type: 'aka' as const },
  ],
};
const index = buildNameIndex([...fixtureEntities, veb, entity('bm-like', 'BZ BANKO JSC', 'organization', true, { countries: ['Russia', 'Ukraine'] })]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a brand with a dot inside', () => {
  it('is one name in Latin and in Cyrillic ("VEB.RF", "ВЭБ.РФ")', () => {
    expect(marks('Санкции США: глава ВЭБ.РФ Игорь Шувалов.')).toEqual(['ВЭБ.РФ:veb']);
    expect(marks('US sanctions on VEB.RF were announced.')).toEqual(['VEB.RF:veb']);
  });

  it('is not a dot that ends a sentence, with a space after it', () => {
    expect(marks('Санкции США коснулись ВЭБ. РФ ответила.')).toEqual([]);
  });

  it('reads two Cyrillic capitals before a brand\'s word by their Latin spelling ("БЗ Банко"), with a firm\'s evidence', () => {
    expect(marks('Санкції РНБО проти банків Росії: ПАТ "БЗ Банко" та інші.')).toEqual(['БЗ Банко:bm-like']);
    expect(marks('Вчера в Москве БЗ Банко открыл офис.')).toEqual([]);
  });
});
