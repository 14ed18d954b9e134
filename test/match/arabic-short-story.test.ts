import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const sudan = { countries: ['Sudan'], nationalities: ['Sudan'] };
const libya = { countries: ['Libya'], nationalities: ['Libya'] };
// sudantrend: the UK's sanctions on four RSF commanders, told in six lines; almogaz: the Security Council lifts the
// travel ban on Qadhafi's widow. Both pages have fewer than three sanctions story words.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('dagalo', 'DAGALO, Abdelrahim Hamdan', 'person', true, { ...sudan, names: [{ name: 'DAGALO, Abdelrahim Hamdan', type: 'primary' }, { name: 'DAGLO MOUSA, Abdul Rahim Hamdan', type: 'aka' }] }),
  entity('farkash', 'FARKASH, Safia', 'person', true, { ...libya, names: [{ name: 'FARKASH, Safia', type: 'primary' }, { name: 'FARKASH AL-BARASSI, Safia', type: 'aka' }] }),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a name read by its Latin letters on a short page of sanctions', () => {
  it('stands with two story words, one near it, on a page that names a sanctioning body', () => {
    const page = 'فرضت بريطانيا اليوم الجمعة عقوبات على 4 من قادة الدعم السريع بينهم عبد الرحيم دقلو.\nوكانت وزارة الخارجية الأمريكية قد أعلنت أن العقوبات على الشبكة تضعف قدرتها.';
    expect(marks(page)).toContain('عبد الرحيم دقلو:dagalo:sanctioned');
  });

  it('stands near a travel ban the Security Council lifts', () => {
    const page = 'قرر مجلس الأمن الدولي، رفع حظر السفر عن أرملة الزعيم الليبي السابق، صفية فركاش، وابنته.';
    expect(marks(page)).toContain('صفية فركاش:farkash:sanctioned');
  });

  it('is found anywhere on a short page with a word of sanctions for certain, not far from it on a long one', () => {
    const filler = 'وأشار المتحدث إلى أن الاجتماع ناقش قضايا عدة تتعلق بالوضع في المنطقة. ';
    const head = 'قرر مجلس الأمن الدولي رفع حظر السفر عن أرملة الزعيم الليبي السابق وابنته. ';
    const tail = 'وقالت صفية فركاش إنها ستسافر قريبا.';
    // Found there; how sure (sanctioned or possible) is the evidence's to say, as for any name (evidence.ts).
    expect(marks(head + filler.repeat(6) + tail).filter((m) => m.includes(':farkash:')).length).toBe(1);
    expect(marks(head + filler.repeat(30) + tail).filter((m) => m.includes(':farkash:'))).toEqual([]);
  });

  it('does not stand near a travel ban no sanctioning body imposes, nor with story words no body anchors', () => {
    expect(marks('قررت وزارة الصحة رفع حظر السفر عن المسافرين، وقالت صفية فركاش إن القرار تأخر.').filter((m) => m.includes(':farkash:'))).toEqual([]);
    expect(marks('أعلن الحكم عقوبات على لاعبين، بينهم عبد الرحيم دقلو، وقال إن العقوبات نهائية.').filter((m) => m.includes(':dagalo:'))).toEqual([]);
  });
});
