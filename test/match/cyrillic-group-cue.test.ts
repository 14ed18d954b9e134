import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity } from './fixtures';

// A firm whose brand is a common surname too (Wagner), as OFAC lists PMC Wagner.
const index = buildNameIndex([
  { ...entity('pmc', "PRIVATE MILITARY COMPANY 'WAGNER'", 'organization', true, { countries: ['Russia'] }), names: [{ name: "PRIVATE MILITARY COMPANY 'WAGNER'", type: 'primary' }, { name: 'WAGNER GROUP', type: 'aka' }] },
]);
const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('a brand that is a common name, called a firm in Cyrillic', () => {
  it('is the firm in guillemets or after the word "group", on a sanctions page naming its country', () => {
    expect(found('Минфин США объявил «Группу Вагнера» преступной организацией, санкции против России.')).toEqual(['Вагнера=pmc']);
    expect(found('Санкции США против России: включена частная военная компания «Вагнер».')).toEqual(['Вагнер=pmc']);
    expect(found('Санкції США проти Росії: до списку внесено групу Вагнера.')).toEqual(['Вагнера=pmc']);
  });

  it('is the firm after ЧВК written out, "частная военная компания", unquoted', () => {
    expect(found('Санкции США против России: к оборонному сектору причислены частная военная компания Вагнер и другие.')).toEqual(['Вагнер=pmc']);
    expect(found('Санкції США проти Росії: бійці приватної військової компанії Вагнера.')).toEqual(['Вагнера=pmc']);
    expect(found('Санкции США против России: военная компания закупила оперу, Вагнер сказал.')).toEqual([]);
  });

  it('is a person\'s name otherwise, and nothing without the sanctions story', () => {
    expect(found('Санкции США против России. Композитор Рихард Вагнер написал оперу. Вагнер сказал.')).toEqual([]);
    expect(found('В театре России поставили оперу «Вагнер».')).toEqual([]);
  });
});

describe('a one-word brand in quotes after "group"', () => {
  // A firm whose brand is an everyday word (alliance) and whose names hold no "group".
  const firms = buildNameIndex([
    { ...entity('alyans-like', 'OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU ALYANSO', 'organization', true, { countries: ['Russia'] }), names: [{ name: 'OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU ALYANSO', type: 'primary' }, { name: 'ALYANSO OOO', type: 'aka' }] },
    { ...entity('pmc', "PRIVATE MILITARY COMPANY 'WAGNER'", 'organization', true, { countries: ['Russia'] }), names: [{ name: "PRIVATE MILITARY COMPANY 'WAGNER'", type: 'primary' }, { name: 'WAGNER GROUP', type: 'aka' }] },
  ]);
  const marks = (text: string) => scanText(firms, text).map((m) => `${m.text}=${m.entityId}`);
  const story = 'Санкції США проти Росії, санкції ЄС і нові санкції. ';

  it('is a business group, not a listed firm of that brand with no "group" in its names', () => {
    expect(marks(story + 'Серед них глава групи “Альянсо” Муса Бажаєв.')).toEqual([]);
    expect(marks(story + 'Серед них компанія “Альянсо” з Москви.')).toEqual(['Альянсо=alyans-like']);
  });

  it('is the listed group where its names say "group"', () => {
    expect(marks(story + 'Бійці групи «Вагнер» воювали в Африці.')).toEqual(['Вагнер=pmc']);
  });
});
