import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('terek', 'TEREK SPECIAL RAPID RESPONSE TEAM', 'organization', true, { countries: ['Russia'] }),
  entity('alfa-like', 'KGB ALFO', 'organization', true, { countries: ['Belarus'] }),
  entity('neft-like', 'SEVERNEFTO OAO', 'organization', true, { countries: ['Russia'] }),
  { ...entity('mak-like', 'MAKHTABO AL-KHIDMO', 'organization', true), names: [{ name: 'MAKHTABO AL-KHIDMO', type: 'primary' }, { name: 'MAK', type: 'aka' }] },
  entity('rayan-like', 'RAYAN ROSHDO AFZARO COMPANY', 'organization', true, { countries: ['Iran'] }),
  { ...entity('kalash-like', 'JOINT STOCK COMPANY CONCERN KALASHNIKOVO', 'organization', true, { countries: ['Russia'] }), names: [{ name: 'JOINT STOCK COMPANY CONCERN KALASHNIKOVO', type: 'primary' }, { name: 'KALASHNIKOVO CONCERN', type: 'aka' }] },
  { ...entity('usm', 'OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU KHOLDINGOVAYA KOMPANIYA YUESEM', 'organization', true, { countries: ['Russia'] }), names: [{ name: 'OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU KHOLDINGOVAYA KOMPANIYA YUESEM', type: 'primary' }, { name: 'USM HOLDINGS LIMITED', type: 'aka' }] },
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a brand after its Russian word of kind', () => {
  it('reads "холдинга USM" as USM HOLDINGS', () => {
    expect(marks(['Под санкции США попал совладелец холдинга USM Владимир Скоч.'])).toEqual(['USM:usm']);
    expect(marks(['Санкції США торкнулися холдингу USM.'])).toEqual(['USM:usm']);
  });

  it('reads a brand in quotes after "группа компаний" as the holding whatever its listed word of kind', () => {
    expect(marks(['Под санкции попали группа компаний «Калашниково» и другие российские предприятия.'])).toEqual(['Калашниково:kalash-like']);
    expect(marks(['Під санкції потрапила група компаній «Калашниково» та інші російські підприємства.'])).toEqual(['Калашниково:kalash-like']);
    expect(marks(['Под санкции попали компании «Калашниково» и другие российские предприятия.'])).toEqual([]);
  });

  it('reads a brand of several words after the word of kind, in the Ukrainian instrumental too: "компанією Rayan Roshdo Afzaro"', () => {
    expect(marks(['Санкції США проти організацій, пов’язаних із компанією Rayan Roshdo Afzaro.'])).toEqual(['Rayan Roshdo Afzaro:rayan-like']);
    expect(marks(['Санкції США проти компанії Rayan Roshdo Afzaro.'])).toEqual(['Rayan Roshdo Afzaro:rayan-like']);
    expect(marks(['Санкції США проти компанії Rayan Roshdo Mehr.'])).toEqual([]);
    expect(marks(['Учасники зустрілися з компанією Rayan Roshdo Afzaro в Лондоні.'])).toEqual([]);
  });

  it('needs sanctions words near or the firm\'s country on the page, and a noun of kind', () => {
    expect(marks(['Акционеры холдинга USM собрались в Лондоне.'])).toEqual([]);
    expect(marks(['Под санкции США попал совладелец транспортной USM.'])).toEqual([]);
  });

  it('reads a brand in quotes as the listed name it begins, ending with the word of kind: «Терек» after "отряда"', () => {
    expect(marks(['Санкции США: в список попал командир отряда «Терек».'])).toEqual(['Терек:terek']);
    expect(marks(['Санкції США проти загону "Терек".'])).toEqual(['Терек:terek']);
  });

  it('leaves the football club of the same name alone, sanctions words or not', () => {
    expect(marks(['Игроки клуба «Терек» и команда «Терек» обыграли «Уфу».'])).toEqual([]);
    expect(marks(['Несмотря на санкции, футболисты клуба «Терек» обыграли «Уфу».'])).toEqual([]);
  });

  it('reads a Cyrillic word in capitals before a name in quotes as its word of kind, not as a listed acronym', () => {
    expect(marks(['Санкции ЕС введены против директора МАК «Вымпел».'])).toEqual([]);
    expect(marks(['Санкции ЕС введены против МАК и его директора.'])).toEqual(['МАК:mak-like']);
  });

  it('reads a body\'s brand in quotes after its acronym as the listed name in a row: "КГБ «Альфо»" for KGB ALFO', () => {
    expect(marks(['США ввели санкции против спецназа КГБ «Альфо» и минского ОМОНа.'])).toEqual(['КГБ «Альфо:alfa-like']);
    expect(marks(['Санкції США проти підрозділу КДБ "Альфо".'])).toEqual([]);
  });

  it('reads a firm\'s brand between its head\'s title and the head\'s name: "президента Севернефто Ивана Петренко"', () => {
    const firm = (text: string) => marks([text]).filter((m) => m.endsWith(':neft-like'));
    expect(firm('Санкции США против России коснулись президента Севернефто Ивана Петренко.')).toEqual(['Севернефто:neft-like']);
    expect(firm('Санкции США против России коснулись президента Севернефто Ивана Ивановича Петренко.')).toEqual([]);
  });
});

describe('a brand after its word of kind and the trade or sport before it', () => {
  const clubs = buildNameIndex([
    ...fixtureEntities,
    { ...entity('mma', 'AKHMAT MMA', 'organization', true, { countries: ['Russia'] }), names: [{ name: 'AKHMAT MMA', type: 'primary' }, { name: 'AKHMAT MMA FIGHT CLUB', type: 'aka' }] },
    entity('catering', 'CONCORD CATERING', 'organization', true, { countries: ['Russia'] }),
    entity('management', 'LIMITED LIABILITY COMPANY CONCORD MANAGEMENT AND CONSULTING', 'organization', true, { countries: ['Russia'], names: [{ name: 'LIMITED LIABILITY COMPANY CONCORD MANAGEMENT AND CONSULTING', type: 'primary' }, { name: 'KONKORD MENEDZHMENT I KONSALTING, OOO', type: 'aka' }] }),
  ]);
  const found = (blocks: string[]) => scanPage(clubs, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

  it('reads a club\'s brand as the listed club of the sport the page names ("Бойцовский клуб «Ахмат»": AKHMAT MMA FIGHT CLUB)', () => {
    expect(found(['Минфин США внес в санкционный список против России бойцовский клуб «Ахмат».'])).toEqual(['Ахмат:mma']);
  });

  it('never reads the club of another sport, or a club with no sport said, as it, even after the page named it', () => {
    expect(found(['Минфин США внес в санкционный список против России футбольный клуб «Ахмат» и клуб «Ахмат».'])).toEqual([]);
    expect(found(['Санкции США против России: бойцовский клуб «Ахмат».', 'Футбольный клуб «Ахмат» сыграл вничью.'])).toEqual(['Ахмат:mma']);
  });

  it('reads the trade\'s word after the brand as the end of its name ("кейтеринговая компания «Конкорд»": CONCORD CATERING)', () => {
    expect(found(['В санкционный список США против России включена кейтеринговая компания «Конкорд».'])).toEqual(['Конкорд:catering']);
  });
});
