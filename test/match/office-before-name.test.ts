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
    entity('golovanova', 'GOLOVANOVA, Olga Yuryevna', 'person', true, { countries: ['Russia'] }),
    entity('governor', 'TROFIMOVA, Olga Petrovna', 'person', true, { countries: ['Russia'], positions: ['Governor of Tver Oblast'] }),
    entity('ivanova', 'IVANOVA, Olga Sergeyevna', 'person', true, { countries: ['Russia'] }),
    entity('yelcy', 'RODRIGUEZ PEREYRA, Yelcy Marina', 'person', true, { countries: ['Venezuela'], names: [{ name: 'RODRIGUEZ PEREYRA, Yelcy Marina', type: 'primary' }, { name: 'RODRIGUEZ, Yelcy', type: 'aka' }] }),
  ]);
  const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('is the listed person, with the title as the reason ("Deputy Prime Minister Olga Golodets")', () => {
    expect(marks(['A Russian council was set up this week. It is headed by Deputy Prime Minister Olga Golovanova.'])).toEqual(['Olga Golovanova:golovanova:sanctioned']);
    const [m] = scanPage(index, ['A Russian council was set up. It is headed by Deputy Prime Minister Olga Golovanova.']).flat();
    expect(m.reasons).toEqual(['title']);
  });

  it('counts in Russian word order, the ministry after the title ("министр обороны")', () => {
    expect(marks(['В России министр обороны Ольга Голованова открыла форум.'])).toEqual(['Ольга Голованова:golovanova:sanctioned']);
  });

  it('counts a minister\'s title before a long portfolio set off from the name by a comma', () => {
    expect(marks(['У Росії міністр із національної політики, зовнішніх зв’язків, друку та інформації, Ольга Голованова отримала підвищення.'])).toEqual(['Ольга Голованова:golovanova:sanctioned']);
    // Not a capitalised word between, nor a singer's apposition.
    expect(marks(['У Росії міністр Іван Петренко, друг і колега, Ольга Голованова отримала підвищення.'])).toEqual(['Ольга Голованова:golovanova:possible']);
    expect(marks(['У Росії на концерті виступила співачка, Ольга Голованова.'])).toEqual(['Ольга Голованова:golovanova:possible']);
  });

  it('counts on a page of sports words too: a sports page\'s namesakes are no ministers', () => {
    const sports = 'The Russian football league, the hockey championship and the coach of the national team met the players after the match. ';
    expect(marks([sports + 'Sports Minister Olga Golovanova attended.'])).toEqual(['Olga Golovanova:golovanova:sanctioned']);
    expect(marks([sports + 'The striker Olga Golovanova scored twice.'])).toEqual(['Olga Golovanova:golovanova:possible']);
  });

  it('is only possible without the person\'s country on the page, or for a club\'s president', () => {
    expect(marks(['The council is headed by Deputy Prime Minister Olga Golovanova.'])).toEqual(['Olga Golovanova:golovanova:possible']);
    expect(marks(['In Russia the club president Olga Golovanova spoke on Monday.'])).toEqual(['Olga Golovanova:golovanova:possible']);
  });

  it('is no evidence for a person who lists another role, nor for a common surname', () => {
    expect(marks(['In Russia, Deputy Prime Minister Olga Trofimova spoke on Monday.'])).toEqual(['Olga Trofimova:governor:possible']);
    expect(marks(['In Russia, Deputy Prime Minister Olga Ivanova spoke on Monday.'])).toEqual(['Olga Ivanova:ivanova:possible']);
  });
});

describe('a state\'s head said with the person\'s own country before a common name', () => {
  const index = buildNameIndex([
    ...fixtureEntities,
    entity('golovanova', 'GOLOVANOVA, Olga Yuryevna', 'person', true, { countries: ['Russia'] }),
    entity('yelcy', 'RODRIGUEZ PEREYRA, Yelcy Marina', 'person', true, { countries: ['Venezuela'], names: [{ name: 'RODRIGUEZ PEREYRA, Yelcy Marina', type: 'primary' }, { name: 'RODRIGUEZ, Yelcy', type: 'aka' }] }),
  ]);
  const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('is the listed person ("la presidenta interina de Venezuela, Delcy Rodríguez"), with a common surname too', () => {
    expect(marks(['La presidenta interina de Venezuela, Yelcy Rodríguez, habló el lunes.'])).toEqual(['Yelcy Rodríguez:yelcy:sanctioned']);
    expect(marks(['Venezuelan President Yelcy Rodríguez spoke on Monday.'])).toEqual(['Yelcy Rodríguez:yelcy:sanctioned']);
    expect(marks(['Вчера президент России Ольга Голованова открыла форум.'])).toEqual(['Ольга Голованова:golovanova:sanctioned']);
  });

  it('is only possible for another country\'s head, a bank\'s president, a federation\'s', () => {
    expect(marks(['La presidenta de Colombia, Yelcy Rodríguez, habló el lunes en Venezuela.'])).toEqual(['Yelcy Rodríguez:yelcy:possible']);
    expect(marks(['El presidente del Banco Central de Venezuela, Yelcy Rodríguez, habló el lunes.'])).toEqual(['Yelcy Rodríguez:yelcy:possible']);
    expect(marks(['Президент федерации триатлона России Ольга Голованова приехала в Красноярск.'])).toEqual(['Ольга Голованова:golovanova:possible']);
  });
});

describe('a governor\'s or a region\'s head\'s title before a common name', () => {
  const index = buildNameIndex([
    ...fixtureEntities,
    entity('golovanova', 'GOLOVANOVA, Olga Yuryevna', 'person', true, { countries: ['Russia'] }),
    entity('ivanova', 'IVANOVA, Olga Sergeyevna', 'person', true, { countries: ['Russia'] }),
  ]);
  const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('is the listed person after "губернатор" and the region in the genitive, the country on the page', () => {
    expect(marks(['В правительство РФ перейдет губернатор Курской области Ольга Голованова.'])).toEqual(['Ольга Голованова:golovanova:sanctioned']);
    expect(marks(['Министром станет губернатор Кузбасса Ольга Голованова, сообщили в РФ.'])).toEqual(['Ольга Голованова:golovanova:sanctioned']);
  });

  it('takes the region\'s noun after a head\'s title for the country: oblasts are Russia\'s, Ukraine\'s, Belarus\'s', () => {
    expect(marks(['Глава Свердловской области Ольга Голованова увеличила состав правительства региона.'])).toEqual(['Ольга Голованова:golovanova:sanctioned']);
  });

  it('takes the head of the government for the prime minister ("з головою уряду рф")', () => {
    expect(marks(['Він ділить друге місце з головою уряду РФ Ольгою Головановою.'])).toEqual(['Ольгою Головановою:golovanova:sanctioned']);
  });

  it('is only possible for a head of anything else, for a common surname, or with a name between', () => {
    expect(marks(['Глава федерации триатлона Ольга Голованова приехала в Красноярск.'])).toEqual(['Ольга Голованова:golovanova:possible']);
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

describe('a member of the nation\'s parliament named beside a common name', () => {
  const index = buildNameIndex([...fixtureEntities, entity('zarubchuk', 'ZARUBCHUK, Viktor', 'person', true, { birthPlaces: ['Kyiv, Ukraine'] })]);
  const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('is the listed person after "народного депутата", or with "депутат Верховної Ради" after a dash', () => {
    expect(marks(['В Україні затримали народного депутата Віктора Зарубчука.'])).toEqual(['Віктора Зарубчука:zarubchuk:sanctioned']);
    expect(marks(['Віктор Зарубчук – депутат Верховної Ради України.'])).toEqual(['Віктор Зарубчук:zarubchuk:sanctioned']);
  });

  it('is only possible for a town council\'s deputy, or a deputy of no nation\'s parliament', () => {
    expect(marks(['В Україні депутата міської ради Віктора Зарубчука нагородили.'])).toEqual(['Віктора Зарубчука:zarubchuk:possible']);
    expect(marks(['Віктор Зарубчук – депутат міської ради в Україні.'])).toEqual(['Віктор Зарубчук:zarubchuk:possible']);
  });
});
