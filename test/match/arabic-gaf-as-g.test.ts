import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const sudan = { countries: ['Sudan'], nationalities: ['Sudan'] };
// The RSF's deputy as OFAC writes him, in Latin letters only (iqraa24.com, sudantrend: "عبد الرحيم حمدان دقلو"), and a
// made-up listed Jasim, whose name Egyptian ج writes with the key letter of a ق said g.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('dagalo', 'DAGALO, Abdelrahim Hamdan', 'person', true, { ...sudan, names: [{ name: 'DAGALO, Abdelrahim Hamdan', type: 'primary' }, { name: 'DAGLO MOUSA, Abdul Rahim Hamdan', type: 'aka' }] }),
  entity('jasim', 'AL-JASIM, Ali Hassan', 'person', true, { countries: ['Iraq'] }),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
const story = 'أعلنت وزارة الخزانة الأمريكية فرض عقوبات وأدرجت في القائمة السوداء ';

describe('ق read as the g of Sudan, Upper Egypt and the Gulf', () => {
  it('finds a Sudanese family name the lists write with g ("دقلو": DAGALO)', () => {
    expect(marks(story + 'نائب قائد قوات الدعم السريع عبد الرحيم حمدان دقلو في السودان.')).toContain('عبد الرحيم حمدان دقلو:dagalo:sanctioned');
  });

  it('reads it so only as a Latin word that writes a g: "علي حسن القاسم" is no AL-JASIM, Ali Hassan', () => {
    expect(marks(story + 'علي حسن القاسم في العراق.').filter((m) => m.includes(':jasim:'))).toEqual([]);
  });
});
