// A surname alone that one listed person carries and that is rare in the world, with no full name on the page
// ("Deripaska", "Вексельберга"): that person in a sanctions story naming the person's country, and nowhere else.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const entities: Entity[] = [
  entity('deripaska', 'DERIPASKA, Oleg Vladimirovich', 'person', true, { countries: ['Russia'] }),
  entity('vallarta', 'VALLARTA ESCALANTE, Luis Francisco', 'person', true, { countries: ['Mexico'] }),
  entity('ivanov', 'IVANOV, Sergei', 'person', true, { countries: ['Russia'] }),
  entity('pavlova', 'PAVLOVA, Margarita Nikolayevna', 'person', true, { countries: ['Russia'] }),
  entity('dodik', 'DODIK, Milorad', 'person', true, { countries: ['Bosnia and Herzegovina'] }),
  entity('dodik-igor', 'DODIK, Igor', 'person', true, { countries: ['Bosnia and Herzegovina'] }),
  entity('pavlova', 'PAVLOVA, Margarita Nikolayevna', 'person', true, { countries: ['Russia'] }),
  entity('kataev', 'KATAEV, Ayub Vakhaevich', 'person', true, { countries: ['Russia'] }),
  entity('sobyanin', 'SOBYANIN, Sergey Semyonovich', 'person', true, { countries: ['Russia'] }),
  entity('sobyanina', 'SOBYANINA, Olga Sergeevna', 'person', true, { countries: ['Russia'] }),
  entity('skabeyeva', 'SKABEYEVA, Olga Vladimirovna', 'person', true, {
    countries: ['Russia'], names: [{ name: 'SKABEYEVA, Olga Vladimirovna', type: 'primary' }, { name: 'SKABEEVA, Olga Vladimirovna', type: 'aka' }],
  }),
  entity('chiwenga', 'CHIWENGA, Constantino Guveya', 'person', true, { countries: ['Zimbabwe'] }),
  entity('shoigu', 'SHOIGU, Sergei Kuzhugetovich', 'person', true, { countries: ['Russia'] }),
  entity('shoigu-irina', 'SHOIGU, Irina Aleksandrovna', 'person', true, { countries: ['Russia'], links: [{ relation: 'linked-to', name: 'SHOIGU, Sergei Kuzhugetovich', id: 'shoigu' }] }),
  entity('shoigu-kseniya', 'SHOIGU, Kseniya Sergeyevna', 'person', true, { countries: ['Russia'], links: [{ relation: 'linked-to', name: 'SHOIGU, Sergei Kuzhugetovich', id: 'shoigu' }] }),
  // A made-up family: a son listed for his father (the index links them both ways), the wife and a daughter too.
  entity('dorokhin', 'DOROKHIN, Gleb Petrovich', 'person', true, { countries: ['Russia'] }),
  entity('dorokhin-ilya', 'DOROKHIN, Ilya Glebovich', 'person', true, { countries: ['Russia'], links: [{ relation: 'linked-to', name: 'DOROKHIN, Gleb Petrovich', id: 'dorokhin' }] }),
  entity('dorokhina-vera', 'DOROKHINA, Vera Ivanovna', 'person', true, { countries: ['Russia'], links: [{ relation: 'linked-to', name: 'DOROKHIN, Gleb Petrovich', id: 'dorokhin' }] }),
  entity('dorokhina-anna', 'DOROKHINA, Anna Glebovna', 'person', true, { countries: ['Russia'], links: [{ relation: 'linked-to', name: 'DOROKHIN, Gleb Petrovich', id: 'dorokhin' }] }),
  entity('sibanda', 'SIBANDA, Levy', 'person', true, { countries: ['Zimbabwe'], positions: ['Deputy Police Commissioner'] }),
  entity('putin', 'PUTIN, Vladimir Vladimirovich', 'person', true, { countries: ['Russia'], positions: ['President of the Russian Federation'] }),
  entity('tikhonova', 'TIKHONOVA, Katerina Vladimirovna', 'person', true, {
    countries: ['Russia'], names: [{ name: 'TIKHONOVA, Katerina Vladimirovna', type: 'primary' }, { name: 'PUTINA, Yekaterina', type: 'aka' }],
  }),
  entity('vorontsova', 'VORONTSOVA, Maria Vladimirovna', 'person', true, {
    countries: ['Russia'], names: [{ name: 'VORONTSOVA, Maria Vladimirovna', type: 'primary' }, { name: 'PUTINA, Maria', type: 'aka' }],
  }),
];
const index = buildNameIndex(entities);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

const STORY = 'The US Treasury imposed sanctions on Russian tycoons on Friday; OFAC froze their assets and added them to the SDN list.';

describe('a rare surname alone', () => {
  it('is the one listed person who carries it, in a sanctions story that names the country', () => {
    expect(marks(`${STORY} Deripaska said he would challenge the sanctions.`).filter((m) => m.startsWith('Deripaska'))).toEqual(['Deripaska:deripaska:sanctioned']);
  });

  it('is also found in a Russian case', () => {
    expect(marks('Минфин США ввел санкции против российских бизнесменов: под санкции попали активы Дерипаски в России, OFAC заморозил счета.').filter((m) => m.startsWith('Дерипаски'))).toEqual(['Дерипаски:deripaska:sanctioned']);
  });

  it('is nobody on a page with no sanctions story, or without the country', () => {
    expect(marks('Deripaska said the aluminium market in Russia was busy this week.')).toEqual([]);
    expect(marks(STORY.replace('Russian ', '') + ' Deripaska said he would challenge them.').filter((m) => m.startsWith('Deripaska'))).toEqual([]);
  });

  it('is no place beside another capitalised word, and no common surname', () => {
    expect(marks('OFAC sanctioned 13 companies based in Puerto Vallarta, Mexico, and froze their assets on the SDN list.').filter((m) => m.includes('Vallarta'))).toEqual([]);
    expect(marks(`${STORY} Ivanov said nothing.`).filter((m) => m.startsWith('Ivanov'))).toEqual([]);
  });

  it('is no one alone in brackets right after a name, which it glosses (teletype.in: "актера Дмитрия Дюжева (Астрахань)")', () => {
    const story = 'Минфин США ввел санкции против российских бизнесменов, OFAC заморозил счета в России.';
    expect(marks(`${story} Санкции наложены на актера Дмитрия Дюжева (Дерипаска).`).filter((m) => m.startsWith('Дерипаска'))).toEqual([]);
    expect(marks(`${story} Санкции наложены на компанию (Дерипаска).`).filter((m) => m.startsWith('Дерипаска'))).toEqual(['Дерипаска:deripaska:sanctioned']);
  });

  it('is the person after a title, unless the title says another role than the listed one', () => {
    const story = 'The EU lifted sanctions on Zimbabwe officials on Monday and froze the assets of the arms maker; OFAC keeps its SDN list.';
    expect(marks(`${story} Vice President Chiwenga welcomed it.`).filter((m) => m.startsWith('Chiwenga'))).toEqual(['Chiwenga:chiwenga:sanctioned']);
    expect(marks(`${story} General Sibanda welcomed it.`).filter((m) => m.startsWith('Sibanda'))).toEqual([]);
  });

  it('is no feminine form of a common surname, which is as often the genitive of any bearer ("Павлова" of Pavlov)', () => {
    expect(marks(`${STORY} Pavlova said nothing.`).filter((m) => m.startsWith('Pavlova'))).toEqual([]);
    expect(marks('Минфин США ввел санкции против российских чиновников: OFAC заморозил активы Павлова в России.').filter((m) => m.startsWith('Павлова'))).toEqual([]);
  });

  it('names no one of two listed people who share it', () => {
    expect(marks('OFAC sanctioned allies in Bosnia and Herzegovina and froze their assets on the SDN list. Dodik said nothing.').filter((m) => m.startsWith('Dodik'))).toEqual([]);
  });

  it('is the man his listed relatives are listed for, when the lists tie each of them to him ("Министр обороны Шойгу")', () => {
    const story = 'Минфин США ввел санкции против российских чиновников и их семей, OFAC заморозил их активы в России.';
    expect(marks(`${story} Министр обороны Шойгу ответил на санкции.`).filter((m) => m.startsWith('Шойгу'))).toEqual(['Шойгу:shoigu:sanctioned']);
    // A relative named in full is hers: the surname alone then links back to the full name, not to him.
    expect(marks(`${story} Ксения Шойгу ответила на санкции.`).filter((m) => m.includes('Шойгу'))).toEqual(['Ксения Шойгу:shoigu-kseniya:sanctioned']);
  });

  it('is no woman\'s surname when the word is also a common man\'s surname in the genitive', () => {
    // "Павлова": PAVLOVA's nominative, and the genitive of Pavlov, one of the world's commonest surnames.
    const page = 'Американські санкції OFAC проти Кадирова, Катаєва, Павлова і Шешеня: Міністерство фінансів США внесло їх до чорного списку, Росія.';
    expect(marks(page)).toEqual(['Катаєва:kataev:sanctioned']);
    expect(marks(page.replace('Катаєва', 'Катаева'))).toEqual(['Катаева:kataev:sanctioned']);
  });

  it('is still the woman whose surname the word reads as in two of her own spellings', () => {
    expect(marks('Санкции США против Скабеевой: Минфин США заморозил активы в России, OFAC внес ее в черный список.')).toEqual(['Скабеевой:skabeyeva:sanctioned']);
  });

  it('is the man in a list after a preposition that governs the genitive, where a woman\'s surname would read -ой', () => {
    const story = 'Минфин США и OFAC внесли россиян в черный список: санкции против России.';
    // Alone the word is Sobyanin's genitive or his listed daughter's nominative: no one.
    expect(marks(`${story} Собянина не было в Москве.`).filter((m) => m.startsWith('Собянин'))).toEqual([]);
    expect(marks(`${story} Санкции введены против Катаева и Собянина.`).filter((m) => m.startsWith('Собянин'))).toEqual(['Собянина:sobyanin:sanctioned']);
    expect(marks(`${story} Санкції запроваджено проти Катаєва, Собяніна.`).filter((m) => m.startsWith('Собянін'))).toEqual(['Собяніна:sobyanin:sanctioned']);
  });

  it('is the man right after a man\'s title in the genitive, where a woman\'s surname would read -ой ("олігарха Потаніна")', () => {
    const story = 'Минфин США и OFAC внесли россиян в черный список: санкции против России.';
    expect(marks(`${story} Под санкции попали люди из окружения мэра Собянина.`).filter((m) => m.startsWith('Собянин'))).toEqual(['Собянина:sobyanin:sanctioned']);
    expect(marks(`${story} Раніше санкції запровадили щодо кремлівського олігарха Собяніна.`).filter((m) => m.startsWith('Собянін'))).toEqual(['Собяніна:sobyanin:sanctioned']);
    // A title in the nominative heads a woman's name as well: no one.
    expect(marks(`${story} Глава Собянина не ответила.`).filter((m) => m.startsWith('Собянин'))).toEqual([]);
  });

  it('is the man after "and" and a surname the page has just read as a listed man\'s genitive ("дочок Путіна і Собяніна")', () => {
    const story = 'Мінфін США запровадив санкції проти Росії, OFAC заморозив активи.';
    expect(marks(`${story} Під обмеження потрапили дочки Путіна і Собяніна.`)).toEqual(['Путіна:putin:sanctioned', 'Собяніна:sobyanin:sanctioned']);
    expect(marks(`${story} Під обмеження потрапили дочки Путіна та Собяніна.`)).toEqual(['Путіна:putin:sanctioned', 'Собяніна:sobyanin:sanctioned']);
    // After a word read as no listed man, or after a comma, the pair may be two women: no one.
    expect(marks(`${story} Під обмеження потрапили Петрова і Собяніна.`).filter((m) => m.startsWith('Собянін'))).toEqual([]);
    expect(marks(`${story} Під обмеження потрапили дочки Путіна, Собяніна.`).filter((m) => m.startsWith('Собянін'))).toEqual([]);
  });

  it('is the father among a son listed for him and the family\'s women, who carry the feminine form', () => {
    const story = 'Минфин США ввел санкции против российских бизнесменов и их семей, OFAC заморозил их активы в России.';
    expect(marks(`${story} Дорохин ответил на санкции.`).filter((m) => m.startsWith('Дорохин'))).toEqual(['Дорохин:dorokhin:sanctioned']);
    expect(marks(`${story} Активы олигарха Дорохина заморожены.`).filter((m) => m.startsWith('Дорохин'))).toEqual(['Дорохина:dorokhin:sanctioned']);
    // Alone, the word is his genitive or his wife's and daughter's nominative: no one.
    expect(marks(`${story} Дорохина не было в Москве.`).filter((m) => m.startsWith('Дорохин'))).toEqual([]);
  });

  it('reads a surname\'s genitive over a feminine the lists hold only as aliases: "Путіна" is Putin, not his daughters\' PUTINA', () => {
    const page = 'Мінфін США запровадив санкції проти Росії. Під санкції потрапили особи з оточення Путіна, які працюють у структурах Кремля.';
    expect(marks(page)).toEqual(['Путіна:putin:sanctioned']);
    // A feminine that is someone's own surname still makes the word say neither ("Павлова", "Собянина").
    expect(marks('Минфин США ввел санкции против России: под санкции попали люди из окружения Собянина, OFAC заморозил счета.').filter((m) => m.startsWith('Собянина'))).toEqual([]);
  });
});
