import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { koreanSpellings } from '../../lib/names/korean-in-cyrillic';
import { entity, fixtureEntities } from './fixtures';

const nk = { countries: ['Korea, North'], nationalities: ['Korea, North'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('jong', 'JONG, Yong Nam', 'person', true, { countries: ['Belarus'] }),
  entity('choe', 'CHOE, Ryong Hae', 'person', true, nk),
  entity('na-on', 'NA, On Ho', 'person', true, nk),
  entity('ri', 'RI, Pyong Chol', 'person', true, nk),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('Korean names as Russian writes them', () => {
  it('spells a Korean syllable in Cyrillic the way the lists romanise it', () => {
    expect(koreanSpellings('ён')).toEqual(['yong', 'yon']);
    expect(koreanSpellings('чхве')).toEqual(['choe', 'chwe']);
    expect(koreanSpellings('путин')).toEqual([]);
  });

  it('finds a Korean name in Russian news, declined, with its two-letter syllables', () => {
    const page = ['США ввели санкции против КНДР: под санкции попали Чхве Рён Хэ и гражданин Беларуси Чон Ён Нам.', 'Санкции против Чон Ён Нама вступили в силу.'];
    expect(marks(page)).toEqual(['Чхве Рён Хэ:choe:sanctioned', 'Чон Ён Нам:jong:sanctioned', 'Чон Ён Нама:jong:sanctioned']);
  });

  it('reads "Ли" as the Korean surname Ri, in Kontsevich\'s spelling of the name', () => {
    expect(marks(['США ввели санкции против КНДР: Ким Чон Сик и Ли Пён Чхоль.', 'Санкции против Ли Пён Чхоля.'])).toEqual([
      'Ли Пён Чхоль:ri:sanctioned',
      'Ли Пён Чхоля:ri:sanctioned',
    ]);
  });

  it('never reads a sentence\'s first two-letter word as a syllable of a name', () => {
    expect(marks(['Санкции США против КНДР. На Он Хо никто не ответил.'])).toEqual([]);
    expect(marks(['Санкции США против КНДР. Он Ён Нам.'])).toEqual([]);
  });

  it('reads the syllables Ukrainian writes with its own letters: "Кім Чен Ин", "Чве Рьон Хе", declined too', () => {
    expect(koreanSpellings('ин')).toContain('un');
    expect(koreanSpellings('рьон')).toContain('ryong');
    expect(koreanSpellings('хе')).toContain('hae');
    const page = ['Мінфін США запровадив санкції проти КНДР: Кім Чен Ин і Чве Рьон Хе.', 'Санкції проти Кім Чен Ина набули чинності.'];
    expect(marks(page)).toEqual(['Кім Чен Ин:ofac-20157:sanctioned', 'Чве Рьон Хе:choe:sanctioned', 'Кім Чен Ина:ofac-20157:sanctioned']);
  });
});
