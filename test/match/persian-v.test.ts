// "ولي الله سيف" of SEIF, Valiollah: an Iranian's v, which Persian says for و, read as the و Arabic news writes, for
// an Iranian person only, on Arabic pages only (in Latin letters the skeleton already makes v and w one).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('seif', 'SEIF, Valiollah', 'person', true, { nationalities: ['Iran'] }),
  entity('syrian', 'SEIF, Valid', 'person', true, { countries: ['Syria'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe("an Iranian's v as و", () => {
  it('finds "ولي الله سيف" of SEIF, Valiollah', () => {
    expect(marks('وقالت وزارة الخزانة الأمريكية: فرضنا عقوبات على محافظ البنك المركزي الإيراني ولي الله سيف، وأضافت أن العقوبات تستهدف الإرهاب.')).toEqual(['ولي الله سيف:seif:sanctioned']);
  });

  it('finds no one not of Iran so ("وليد سيف" is no SEIF, Valid of Syria)', () => {
    expect(marks('وقالت وزارة الخزانة الأمريكية: فرضنا عقوبات على وليد سيف، وأضافت أن العقوبات تستهدف الإرهاب.')).toEqual([]);
  });
});
