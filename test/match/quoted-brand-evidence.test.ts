// A Cyrillic brand in «guillemets», the way Russian news writes a firm's name, needs one word of sanctions on a page
// that names the firm's country, where the same word unquoted needs two or the sanctions word near it (precision.ts).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const rosneft = {
  ...entity('rosneft', 'OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY', 'organization', true, { countries: ['Russia'] }),
  names: [
    { name: 'OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY', type: 'primary' as const },
    { name: 'ROSNEFT', type: 'aka' as const },
  ],
};
const index = buildNameIndex([...fixtureEntities, rosneft]);
const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`)).filter((m) => m.includes('rosneft'));

const opening = 'Советник президента объявил о введении санкций в отношении венесуэльской нефтяной компании.';
const filler = 'Переговоры о поставках, ценах и сроках шли несколько месяцев подряд, и стороны не раз возвращались к обсуждению условий.';
const later = (brand: string) => `В декабре Россия и Венесуэла подписали несколько контрактов. Тогда компания заключила с ${brand} контракты по схеме «нефть в обмен на кредит».`;

describe('a Cyrillic brand in guillemets on a page with one word of sanctions', () => {
  it('is the firm, far from that word, on a page that names its country', () => {
    expect(marks([opening, filler, filler, filler, later('«Роснефтью»')])).toEqual(['Роснефтью:rosneft']);
  });

  it('is not, unquoted, or on a page with no word of sanctions', () => {
    expect(marks([opening, filler, filler, filler, later('Роснефтью')])).toEqual([]);
    expect(marks(['Советник президента встретился с руководством нефтяной компании.', filler, later('«Роснефтью»')])).toEqual([]);
  });
});
