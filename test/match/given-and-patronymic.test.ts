// A given name and a patronymic alone ("Владимир Владимирович") after the page named the listed person in full.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const ru = { countries: ['Russia'], nationalities: ['Russia'] };
// PUTIN, Vladimir Vladimirovich (ofac-35096) and DERIPASKA, Oleg Vladimirovich (ofac-24283) come with the fixtures.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('kadyrov', 'KADYROV, Ramzan Akhmatovich', 'person', true, ru),
  entity('ustinov', 'USTINOV, Vladimir Vladimirovich', 'person', true, ru),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a given name and a patronymic alone', () => {
  it('names the person the page named in full, in any case and in Ukrainian', () => {
    expect(marks('США ввели санкции против Владимира Путина. Владимир Владимирович ответил журналистам.')).toEqual(['Владимира Путина:ofac-35096:sanctioned', 'Владимир Владимирович:ofac-35096:sanctioned']);
    expect(marks('Санкции против главы Чечни Рамзана Кадырова. Рамзану Ахматовичу не страшно.')).toEqual(['Рамзана Кадырова:kadyrov:sanctioned', 'Рамзану Ахматовичу:kadyrov:sanctioned']);
    expect(marks('Санкції проти Олега Дерипаски. Олег Володимирович заявив, що оскаржить рішення.')).toEqual(['Олега Дерипаски:ofac-24283:sanctioned', 'Олег Володимирович:ofac-24283:sanctioned']);
  });

  it('names nobody when the page named nobody with those names, or two people who share them', () => {
    expect(marks('Владимир Владимирович ответил журналистам о санкциях США.')).toEqual([]);
    expect(marks('Санкции против Олега Дерипаски. Владимир Владимирович ответил журналистам.')).toEqual(['Олега Дерипаски:ofac-24283:sanctioned']);
    const both = marks('Санкции против Владимира Путина и Владимира Устинова. Владимир Владимирович ответил журналистам.');
    expect(both.filter((m) => m.startsWith('Владимир Владимирович'))).toEqual([]);
  });

  it('leaves a fuller name with another surname to the trie: "Владимир Владимирович Познер" is someone else', () => {
    expect(marks('США ввели санкции против Владимира Путина. Владимир Владимирович Познер ответил журналистам.')).toEqual(['Владимира Путина:ofac-35096:sanctioned']);
  });
});
