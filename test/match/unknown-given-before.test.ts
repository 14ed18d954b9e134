// A surname alone after a given name no table knows, in the surname's case ("Фонда Акмата Кадырова", the father's
// name misspelt), is someone else's: it does not link back to the listed person the page named in full before.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([...fixtureEntities, entity('kadyrov', 'KADYROV, Ramzan Akhmatovich', 'person', true, { countries: ['Russia'] })]);

const marks = (...blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a surname alone after an unknown given name', () => {
  it('is another person, in any case the two words share', () => {
    const named = 'Рамзан Кадыров попал в санкционные списки США.';
    expect(marks(named, 'Кадыров выступил, известен работой с Фондом Акмата Кадырова.')).toEqual(['Рамзан Кадыров:kadyrov', 'Кадыров:kadyrov']);
    expect(marks(named, 'Лондон ввел ограничения в отношении фонда, названного Акматом Кадыровым.')).toEqual(['Рамзан Кадыров:kadyrov']);
    expect(marks(named, 'Пам’ятник присвятили Акмату Кадирову.')).toEqual(['Рамзан Кадыров:kadyrov']);
  });

  it('links back after a word of kind, a context word, at a sentence start, or in another case', () => {
    const named = 'Рамзан Кадыров попал в санкционные списки США.';
    expect(marks(named, 'Лондон ввел ограничения в отношении Фонда Кадырова.')).toEqual(['Рамзан Кадыров:kadyrov', 'Кадырова:kadyrov']);
    expect(marks(named, 'Глава Чечни Кадыров ответил.')).toEqual(['Рамзан Кадыров:kadyrov', 'Кадыров:kadyrov']);
    expect(marks(named, 'Грозный. Кадыров ответил Акмату Кадырова.')).toEqual(['Рамзан Кадыров:kadyrov', 'Кадыров:kadyrov', 'Кадырова:kadyrov']);
  });
});
