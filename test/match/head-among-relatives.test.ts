// A surname alone shared by listed relatives on the page: the head of state's, when one of them is the head of a
// country the page names; and a block's first line reaches forward to a full name as a headline does.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('head', 'ZORVANOV, Boris Petrovich', 'person', true, { countries: ['Belarus'], positions: ['President of the Republic of Belarus'] }),
  entity('son', 'ZORVANOV, Dmitry Borisovich', 'person', true, { countries: ['Belarus'] }),
  entity('brother', 'KELMOVICH, Pavel Ivanovich', 'person', true, { countries: ['Belarus'] }),
  entity('brother2', 'KELMOVICH, Oleg Ivanovich', 'person', true, { countries: ['Belarus'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a surname alone that listed relatives share', () => {
  it('is the head of state of a country the page names, in Latin and Cyrillic text', () => {
    expect(marks(['The EU sanctioned Boris Zorvanov of Belarus and his son Dmitry Zorvanov.', 'Zorvanov called it an aggression.'])).toEqual([
      'Boris Zorvanov:head:sanctioned',
      'Dmitry Zorvanov:son:sanctioned',
      'Zorvanov:head:sanctioned',
    ]);
    expect(marks(['ЕС ввел санкции против Дмитрия Зорванова, сына Бориса Зорванова, в Беларуси.', 'Зорванов назвал это агрессией.'])).toEqual([
      'Дмитрия Зорванова:son:sanctioned',
      'Бориса Зорванова:head:sanctioned',
      'Зорванов:head:sanctioned',
    ]);
  });

  it('stays possible when no one of them is a head of state, or the head\'s country is not on the page', () => {
    expect(marks(['The EU listed Pavel Kelmovich and Oleg Kelmovich of Belarus.', 'Kelmovich denied it.']).at(-1)).toBe('Kelmovich:brother:possible');
    expect(marks(['Sanctions named Boris Zorvanov and Dmitry Zorvanov.', 'Zorvanov denied it.']).at(-1)).toBe('Zorvanov:head:possible');
  });

  it('before a given name and surname is still the surname alone ("пресс-секретарь Зорванова Наталья ...")', () => {
    expect(marks(['ЕС ввел санкции против Бориса Зорванова в Беларуси.', 'Санкции затронули пресс-секретаря Зорванова Дмитрия Зорванова.'])).toEqual([
      'Бориса Зорванова:head:sanctioned',
      'Зорванова:head:sanctioned',
      'Дмитрия Зорванова:son:sanctioned',
    ]);
  });
});

describe('a rare surname alone that listed relatives share, with no full name on the page', () => {
  it('is the head of state on a sanctions page that names his country, in any case', () => {
    expect(marks(['Санкции США против Зорванова и чиновников Беларуси: OFAC заморозил активы, санкции вступают в силу.'])).toEqual(['Зорванова:head:sanctioned']);
    expect(marks(['US sanctions hit Zorvanov and officials of Belarus.', 'The Treasury froze their assets under the sanctions program; OFAC said.'])).toEqual(['Zorvanov:head:sanctioned']);
  });

  it('says why: not that the surname is one person\'s alone, but that of those who carry it the head of state is meant', () => {
    const [m] = scanPage(index, ['US sanctions hit Zorvanov and officials of Belarus.', 'The Treasury froze their assets under the sanctions program; OFAC said.']).flat();
    expect(m.reasons).toEqual(['head-of-state-surname', 'sanctions-story', 'country']);
  });

  it('is no one without a head among them, or without a sanctions story', () => {
    expect(marks(['Санкции США против Кельмовича и чиновников Беларуси: OFAC заморозил активы, санкции вступают в силу.'])).toEqual([]);
    expect(marks(['Зорванов открыл новый завод в Беларуси.'])).toEqual([]);
  });
});

describe('a block\'s first line', () => {
  it('names someone by surname before the text names him in full, as a headline block does', () => {
    expect(marks(['ЕС ввел санкции против Зорванова и его окружения\nЕвропейский Союз расширил санкции против чиновников Беларуси, добавив в список еще 15 человек, включая президента Бориса Зорванова, его помощников и руководителей силовых ведомств страны.'])).toEqual([
      'Зорванова:head:sanctioned',
      'Бориса Зорванова:head:sanctioned',
    ]);
  });

  it('does not reach forward from a later line, nor from a long first line', () => {
    const body = 'Европейский Союз расширил санкции против чиновников, добавив в список еще 15 человек, включая руководителей силовых ведомств страны и их заместителей по кадрам.';
    expect(marks([`${body}\nЗорванов не ответил\nСанкции затронули Бориса Зорванова в Беларуси.`])).toEqual(['Бориса Зорванова:head:sanctioned']);
    expect(marks([`Зорванов ${body} ${body}\nСанкции затронули Бориса Зорванова в Беларуси.`])).toEqual(['Бориса Зорванова:head:sanctioned']);
  });
});
