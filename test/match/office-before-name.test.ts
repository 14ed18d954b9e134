// A high office right before a common name is evidence that the page means the listed person of that name, when the
// lists give the person no position to compare the title with (office-before-name.ts): a government minister's
// title before a name with a rare surname, on a page that names the person's country; a state's head said with the
// person's own country.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

describe('a minister\'s title before a common name', () => {
  const index = buildNameIndex([
    ...fixtureEntities,
    entity('golovanets', 'GOLOVANETS, Olga Yuryevna', 'person', true, { countries: ['Russia'] }),
    entity('governor', 'TRUBNIKOVETS, Olga Petrovna', 'person', true, { countries: ['Russia'], positions: ['Governor of Tver Oblast'] }),
    entity('ivanova', 'IVANOVA, Olga Sergeyevna', 'person', true, { countries: ['Russia'] }),
    entity('yelcy', 'RODRIGUEZ PEREYRA, Yelcy Marina', 'person', true, { countries: ['Venezuela'], names: [{ name: 'RODRIGUEZ PEREYRA, Yelcy Marina', type: 'primary' }, { name: 'RODRIGUEZ, Yelcy', type: 'aka' }] }),
  ]);
  const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('is the listed person, with the title as the reason ("Deputy Prime Minister Olga Golodets")', () => {
    expect(marks(['A Russian council was set up this week. It is headed by Deputy Prime Minister Olga Golovanets.'])).toEqual(['Olga Golovanets:golovanets:sanctioned']);
    const [m] = scanPage(index, ['A Russian council was set up. It is headed by Deputy Prime Minister Olga Golovanets.']).flat();
    expect(m.reasons).toEqual(['title']);
  });

  it('counts in Russian word order, the ministry after the title ("министр обороны")', () => {
    expect(marks(['В России министр обороны Ольга Голованец открыла форум.'])).toEqual(['Ольга Голованец:golovanets:sanctioned']);
  });

  it('counts on a page of sports words too: a sports page\'s namesakes are no ministers', () => {
    const sports = 'The Russian football league, the hockey championship and the coach of the national team met the players after the match. ';
    expect(marks([sports + 'Sports Minister Olga Golovanets attended.'])).toEqual(['Olga Golovanets:golovanets:sanctioned']);
    expect(marks([sports + 'The striker Olga Golovanets scored twice.'])).toEqual(['Olga Golovanets:golovanets:possible']);
  });

  it('is only possible without the person\'s country on the page, or for a club\'s president', () => {
    expect(marks(['The council is headed by Deputy Prime Minister Olga Golovanets.'])).toEqual(['Olga Golovanets:golovanets:possible']);
    expect(marks(['In Russia the club president Olga Golovanets spoke on Monday.'])).toEqual(['Olga Golovanets:golovanets:possible']);
  });

  it('is no evidence for a person who lists another role, nor for a common surname', () => {
    expect(marks(['In Russia, Deputy Prime Minister Olga Trubnikovets spoke on Monday.'])).toEqual(['Olga Trubnikovets:governor:possible']);
    expect(marks(['In Russia, Deputy Prime Minister Olga Ivanova spoke on Monday.'])).toEqual(['Olga Ivanova:ivanova:possible']);
  });
});

describe('a state\'s head said with the person\'s own country before a common name', () => {
  const index = buildNameIndex([
    ...fixtureEntities,
    entity('golovanets', 'GOLOVANETS, Olga Yuryevna', 'person', true, { countries: ['Russia'] }),
    entity('yelcy', 'RODRIGUEZ PEREYRA, Yelcy Marina', 'person', true, { countries: ['Venezuela'], names: [{ name: 'RODRIGUEZ PEREYRA, Yelcy Marina', type: 'primary' }, { name: 'RODRIGUEZ, Yelcy', type: 'aka' }] }),
  ]);
  const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('is the listed person ("la presidenta interina de Venezuela, Delcy Rodríguez"), with a common surname too', () => {
    expect(marks(['La presidenta interina de Venezuela, Yelcy Rodríguez, habló el lunes.'])).toEqual(['Yelcy Rodríguez:yelcy:sanctioned']);
    expect(marks(['Venezuelan President Yelcy Rodríguez spoke on Monday.'])).toEqual(['Yelcy Rodríguez:yelcy:sanctioned']);
    expect(marks(['Вчера президент России Ольга Голованец открыла форум.'])).toEqual(['Ольга Голованец:golovanets:sanctioned']);
  });

  it('is only possible for another country\'s head, a bank\'s president, a federation\'s', () => {
    expect(marks(['La presidenta de Colombia, Yelcy Rodríguez, habló el lunes en Venezuela.'])).toEqual(['Yelcy Rodríguez:yelcy:possible']);
    expect(marks(['El presidente del Banco Central de Venezuela, Yelcy Rodríguez, habló el lunes.'])).toEqual(['Yelcy Rodríguez:yelcy:possible']);
    expect(marks(['Президент федерации триатлона России Ольга Голованец приехала в Красноярск.'])).toEqual(['Ольга Голованец:golovanets:possible']);
  });
});

describe('a governor\'s or a region\'s head\'s title before a common name', () => {
  const index = buildNameIndex([
    ...fixtureEntities,
    entity('golovanets', 'GOLOVANETS, Olga Yuryevna', 'person', true, { countries: ['Russia'] }),
    entity('ivanova', 'IVANOVA, Olga Sergeyevna', 'person', true, { countries: ['Russia'] }),
  ]);
  const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('is the listed person after "губернатор" and the region in the genitive, the country on the page', () => {
    expect(marks(['В правительство РФ перейдет губернатор Курской области Ольга Голованец.'])).toEqual(['Ольга Голованец:golovanets:sanctioned']);
    expect(marks(['Министром станет губернатор Кузбасса Ольга Голованец, сообщили в РФ.'])).toEqual(['Ольга Голованец:golovanets:sanctioned']);
  });

  it('takes the region\'s noun after a head\'s title for the country: oblasts are Russia\'s, Ukraine\'s, Belarus\'s', () => {
    expect(marks(['Глава Свердловской области Ольга Голованец увеличила состав правительства региона.'])).toEqual(['Ольга Голованец:golovanets:sanctioned']);
  });

  it('takes the head of the government for the prime minister ("з головою уряду рф")', () => {
    expect(marks(['Він ділить друге місце з головою уряду РФ Ольгою Голованець.'])).toEqual(['Ольгою Голованець:golovanets:sanctioned']);
  });

  it('is only possible for a head of anything else, for a common surname, or with a name between', () => {
    expect(marks(['Глава федерации триатлона Ольга Голованец приехала в Красноярск.'])).toEqual(['Ольга Голованец:golovanets:possible']);
    expect(marks(['Губернатор Курской области Ольга Иванова открыла форум в России.'])).toEqual(['Ольга Иванова:ivanova:possible']);
  });
});

describe('a state propagandist\'s title before a common name', () => {
  const index = buildNameIndex([
    ...fixtureEntities,
    entity('host', 'SKALEYEVA, Olga Vladimirovna', 'person', true, { countries: ['Russia'] }),
    entity('ivanova', 'IVANOVA, Olga Sergeyevna', 'person', true, { countries: ['Russia'] }),
  ]);
  const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('is the listed host, in Russian and Ukrainian, with the Kremlin between', () => {
    expect(marks(['Одіозна російська пропагандистка Ольга Скалєєва відреагувала на закон.'])).toEqual(['Ольга Скалєєва:host:sanctioned']);
    expect(marks(['Топ-пропагандистка Кремля Ольга Скалеева снова выступила о России.'])).toEqual(['Ольга Скалеева:host:sanctioned']);
  });

  it('is only possible without it, without the country, or for a common surname', () => {
    expect(marks(['Российская актриса Ольга Скалеева сыграла в спектакле.'])).toEqual(['Ольга Скалеева:host:possible']);
    expect(marks(['Пропагандистка Ольга Скалеева выступила.'])).toEqual(['Ольга Скалеева:host:possible']);
    expect(marks(['Российская пропагандистка Ольга Иванова выступила.'])).toEqual(['Ольга Иванова:ivanova:possible']);
  });
});
