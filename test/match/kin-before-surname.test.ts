// A head of state's surname alone right after a word of kinship ("бывшая жена Путина") names him, whose relatives the
// page speaks of, even where the page also names an unlisted relative who carries the surname (kin-before-surname.ts).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

describe('a head of state\'s surname after a word of kinship', () => {
  const index = buildNameIndex([
    ...fixtureEntities,
    entity('head', 'ZORVANOV, Boris Petrovich', 'person', true, { countries: ['Russia'], positions: ['President of the Russian Federation'] }),
    entity('minister', 'KELDYSHEV, Oleg Ivanovich', 'person', true, { countries: ['Russia'], positions: ['Minister of Finance of the Russian Federation'] }),
  ]);
  const marks = (blocks: string[]) =>
    scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`)).filter((m) => m.includes('Зорванов') || m.includes('Келдышев'));
  const story = 'Великобритания ввела санкции против окружения президента России Бориса Зорванова.';

  it('is the head of state beside his unlisted cousin who carries the surname', () => {
    const page = [story, 'В список попала бывшая жена Зорванова Людмила, двоюродный брат президента Игорь Зорванов, а также сын Игоря.'];
    expect(marks(page)).toEqual(['Бориса Зорванова:head:sanctioned', 'Зорванова:head:sanctioned']);
  });

  it('stays unclear without the word of kinship, or for a person who heads no state', () => {
    expect(marks([story, 'В список попал Зорванов, двоюродный брат президента Игорь Зорванов, а также сын Игоря.'])).toEqual([
      'Бориса Зорванова:head:sanctioned',
      'Зорванов:head:possible',
    ]);
    const minister = 'Великобритания ввела санкции против министра финансов России Олега Келдышева.';
    expect(marks([minister, 'В список попала бывшая жена Келдышева Людмила, двоюродный брат министра Игорь Келдышев.'])).toEqual([
      'Олега Келдышева:minister:sanctioned',
      'Келдышева:minister:possible',
    ]);
  });
});
