import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const group = (id: string, latin: string, arabic: string) => ({
  ...entity(id, latin, 'organization', true),
  names: [{ name: latin, type: 'primary' as const }, { name: arabic, type: 'script' as const }],
});
const index = buildNameIndex([...fixtureEntities, group('qaida', 'AL-QAIDA', 'القاعدة'), group('aqap', 'AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)', 'القاعدة في جزيرة العرب')]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a group the UN names in Arabic with one word', () => {
  it('is the group after its word of kind ("تنظيم القاعدة", also with a prefix: "لتنظيم القاعدة")', () => {
    expect(marks('قتل زعيم تنظيم القاعدة في كابول.')).toEqual(['القاعدة:qaida']);
    expect(marks('انضم لتنظيم القاعدة عام 1998.')).toEqual(['القاعدة:qaida']);
  });

  it('is a word elsewhere ("القاعدة العسكرية": the military base), and a longer listed name wins', () => {
    expect(marks('وصلت القوات إلى القاعدة العسكرية.')).toEqual([]);
    expect(marks('أعلن تنظيم القاعدة في جزيرة العرب مسؤوليته.')).toEqual(['القاعدة في جزيرة العرب:aqap']);
  });

  it('is the group alone in quotes on a sanctions page, as Arabic marks a name (sentence from jisrtv.com), and a word in quotes elsewhere', () => {
    expect(marks('أدرجت الأمم المتحدة قادة في القائمة السوداء الخاص بفرض عقوبات على تنظيمي تنظيم الدولة و"القاعدة"، بتهمة الإرهاب.')).toEqual(['القاعدة:qaida']);
    expect(marks('قال المدرب إن "القاعدة" هي الفوز.')).toEqual([]);
  });

  it('is the group alone once the page named it, with a prefix too ("بالقاعدة"), but not before a definite adjective', () => {
    expect(marks('قتل زعيم تنظيم القاعدة في كابول، والجماعات المرتبطة بالقاعدة تتوعد.')).toEqual(['القاعدة:qaida', 'بالقاعدة:qaida']);
    expect(marks('استهدف تنظيم القاعدة القوات، ثم عادت الطائرات إلى القاعدة الجوية.')).toEqual(['القاعدة:qaida']);
    expect(marks('الجماعات المرتبطة بالقاعدة تتوعد.')).toEqual([]);
  });
});

// HAMAS has an Arabic name in lib/names/arabic-org-names.ts: "حركة حماس", and "حماس" alone, which is zeal too.
const hamas = buildNameIndex([...fixtureEntities, entity('hamas', 'HAMAS', 'organization', true)]);
const hamasMarks = (text: string) => scanPage(hamas, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('"حماس": the movement or zeal', () => {
  it('is the movement after its word of kind, and alone later on that page (sentences from arabicpost.net)', () => {
    expect(hamasMarks('فرض عقوبات تستهدف حركة حماس الفلسطينية. المسؤول في حماس الذي أدرج على القائمة عمل في وزارة المالية التابعة لحماس.')).toEqual([
      'حركة حماس:hamas',
      'حماس:hamas',
      'لحماس:hamas',
    ]);
  });

  it('is zeal on a page that never names the movement', () => {
    expect(hamasMarks('لعب الفريق بحماس كبير وفاز في المباراة. حماس الجماهير كان واضحا.')).toEqual([]);
  });
});

const taliban = buildNameIndex([...fixtureEntities, entity('taliban', 'TALIBAN', 'organization', true)]);
const talibanMarks = (text: string) => scanPage(taliban, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('"طالبان": the movement or two students', () => {
  it('is the movement alone once the page named it as "حركة طالبان" (sentences from nokhbahnews.com)', () => {
    expect(talibanMarks('وافقت عليه لجنة عقوبات على حركة طالبان في مجلس الأمن. ويخضع قادة طالبان لعقوبات الأمم المتحدة.')).toEqual([
      'حركة طالبان:taliban',
      'طالبان:taliban',
    ]);
  });

  it('is two students on a page that never names the movement', () => {
    expect(talibanMarks('فاز طالبان من المدرسة بالجائزة الأولى في المسابقة.')).toEqual([]);
  });
});
