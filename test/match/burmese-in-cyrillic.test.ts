import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { burmeseSpellings } from '../../lib/names/burmese-in-cyrillic';
import { entity, fixtureEntities } from './fixtures';

const burma = { countries: ['Burma'], nationalities: ['Burma'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('myint', 'SHWE, Myint Naing', 'person', true, burma),
  entity('soe', 'HTAY, Soe', 'person', true, burma),
  entity('win', 'OO, Zaw Win', 'person', true, burma),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('Burmese names as Russian writes them', () => {
  it('spells a Burmese syllable in Cyrillic the way the lists romanise it', () => {
    expect(burmeseSpellings('шве')).toEqual(['swe', 'sway', 'shwe', 'shway']);
    expect(burmeseSpellings('мьинт')).toEqual(['myint']);
    expect(burmeseSpellings('вин')).toEqual(['win', 'wing']);
    expect(burmeseSpellings('путин')).toEqual([]);
  });

  it('finds a Burmese name in Russian news: w as в, my- as мь, -ng as н, Soe as Со mid-sentence', () => {
    const page = ['Минфин США ввел санкции против военных Мьянмы: генерал Мьинт Найн Шве, министр Со Хтей и полковник Зо Вин Оо.'];
    expect(marks(page)).toEqual(['Мьинт Найн Шве:myint:sanctioned', 'Со Хтей:soe:sanctioned', 'Зо Вин Оо:win:sanctioned']);
  });

  it('never reads a sentence\'s first "Со" as a syllable of a name', () => {
    expect(marks(['Санкции США против Мьянмы. Со Хтей никто не говорил.'])).toEqual([]);
  });
});
