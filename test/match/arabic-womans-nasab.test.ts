import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { isArabicWomansName } from '../../lib/names/arabic-womens-names';
import { foldWord } from '../../lib/names/normalize';
import { entity, fixtureEntities } from './fixtures';

const syria = { countries: ['Syria'], nationalities: ['Syria'] };
// bissanfm: the EU lists Mohammed Makhlouf's second widow "غادة أديب مهنا" (Ghada, daughter of Adib Muhanna); a
// listed Syrian, MUHANNA, Adib, carries her father's name.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('muhanna', 'MUHANNA, Adib', 'person', true, { ...syria, names: [{ name: 'MUHANNA, Adib', type: 'primary' }] }),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
const story = 'أعلن الاتحاد الأوروبي فرض عقوبات جديدة على رجال أعمال سوريين، وأدرجت وزارة الخزانة الأمريكية أسماءهم في القائمة السوداء وجمدت أصولهم. ';

describe("a listed man's name right after a woman's Arabic given name", () => {
  it('is her father\'s name in hers, no mention of him ("غادة أديب مهنا")', () => {
    expect(marks(story + 'وتم إدراج الأرملة الثانية غادة أديب مهنا وبناته الثلاث على قائمة العقوبات.').filter((m) => m.includes(':muhanna:'))).toEqual([]);
    expect(marks(story + 'وشملت العقوبات وغادة أديب مهنا أيضا.').filter((m) => m.includes(':muhanna:'))).toEqual([]);
  });

  it('stands alone, after a word that is no woman\'s name, and once the page named him apart', () => {
    expect(marks(story + 'وتم إدراج رجل الأعمال أديب مهنا على قائمة العقوبات.')).toContain('أديب مهنا:muhanna:sanctioned');
    const apart = marks(story + 'وتم إدراج رجل الأعمال أديب مهنا على القائمة، وابنته غادة أديب مهنا.');
    expect(apart.filter((m) => m.includes(':muhanna:')).length).toBe(2);
  });

  it("reads the table's women's names, not the everyday words among them", () => {
    expect(isArabicWomansName(foldWord('غادة'))).toBe(true);
    expect(isArabicWomansName(foldWord('وغادة'))).toBe(true);
    expect(isArabicWomansName(foldWord('بيان'))).toBe(false);
    expect(isArabicWomansName(foldWord('ذكرى'))).toBe(false);
    expect(isArabicWomansName(foldWord('أديب'))).toBe(false);
  });
});
