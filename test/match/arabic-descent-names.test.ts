import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// WALID, Hafiz Khalid (OFAC 15416, a.k.a. WALEED, Khalid) against Khalid ibn al-Walid, the Prophet's companion whose
// name mosques and schools carry; Usama bin Ladin, whose family name the list writes with "BIN"; and UN entries in
// Arabic script that make "حافظ", "خالد", "بن", "الوليد", "علي", "صالح" and "الأحمر" words a listed Arabic name has,
// as the real UN list does.
const un = (id: string, latin: string, arabic: string) => ({ ...entity(id, latin, 'person', true), names: [{ name: latin, type: 'primary' as const }, { name: arabic, type: 'script' as const }] });
const index = buildNameIndex([
  ...fixtureEntities,
  { ...entity('walid', 'WALID, Hafiz Khalid', 'person', true, { nationalities: ['Pakistan'] }), names: [{ name: 'WALID, Hafiz Khalid', type: 'primary' }, { name: 'WALEED, Khalid', type: 'aka' }] },
  entity('bin-ladin', 'BIN LADIN, Usama', 'person', true),
  entity('khattab', 'KHATTAB, Omar', 'person', true),
  entity('ahmar', 'SALEH AL-AHMAR, Ali Abdullah', 'person', true),
  un('un-1', 'OMAR KHALID HASAN', 'عمر خالد حسن'),
  un('un-2', 'AHMAD BIN MUHAMMAD', 'أحمد بن محمد'),
  un('un-3', 'SALIM AL-WALID', 'سالم الوليد'),
  un('un-4', 'HAFIZ SAID', 'حافظ سعيد'),
  un('un-5', 'ALI HASAN', 'علي حسن'),
  un('un-6', 'SALIH MAHMUD', 'صالح محمود'),
  un('un-7', 'SAID AL-AHMAR', 'سعيد الأحمر'),
]);

const marks = (...blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
const story = 'أعلنت وزارة الخزانة الأمريكية فرض عقوبات وأدرجت في القائمة السوداء ';

describe('Words of descent in Arabic names read through Latin ones', () => {
  it('reads the word after "بن" as a father\'s name, never as a family name the list writes without "bin"', () => {
    expect(marks('قال خالد بن الوليد إن الطريق مغلق.')).toEqual([]);
    // Not even in a sanctions story: Khalid, son of al-Walid, is not WALEED, Khalid by his family name.
    expect(marks(story + 'وقال خالد بن الوليد إن الطريق مغلق.')).toEqual([]);
    expect(marks('Omar bin Khattab said the road was closed.')).toEqual([]);
  });

  it('still finds a family name the list writes with "bin", in either script', () => {
    expect(marks(story + 'زعيم تنظيم القاعدة أسامة بن لادن')).toContain('أسامة بن لادن:bin-ladin:sanctioned');
    expect(marks('Usama bin Ladin')).toContain('Usama bin Ladin:bin-ladin:sanctioned');
  });

  it('counts no "بن" among a name\'s words: two names and "بن" need the evidence a two-word name does', () => {
    // Without the rule for fathers' names, "خالد بن الوليد" read as three listed Arabic words stood alone; "خالد
    // الوليد" (two words) never did. Here the family name is read as such (no "بن"), and needs a sanctions story.
    expect(marks('قال خالد الوليد إن الطريق مغلق.')).toEqual([]);
    expect(marks(story + 'وقال خالد الوليد إن الطريق مغلق.')).toContain('خالد الوليد:walid:sanctioned');
    // "الوليد بن خالد" (al-Walid, son of Khalid) is two names for the family-first form "WALEED Khalid": not three.
    expect(marks('قال الوليد بن خالد إن الطريق مغلق.')).toEqual([]);
  });

  it('takes a name that leaves out a listed given name as part of a name, which needs evidence', () => {
    // Three listed Arabic words stand alone when they are the whole name ("حافظ خالد الوليد"); "علي صالح الأحمر"
    // leaves out Abdullah of SALEH AL-AHMAR, Ali Abdullah, and stands only in a sanctions story.
    expect(marks('قال حافظ خالد الوليد إن الطريق مغلق.')).toContain('حافظ خالد الوليد:walid:sanctioned');
    expect(marks('قال علي صالح الأحمر إن الطريق مغلق.')).toEqual([]);
    expect(marks(story + 'وقال علي صالح الأحمر إن الطريق مغلق.')).toContain('علي صالح الأحمر:ahmar:sanctioned');
  });
});

describe('A name after an Arabic word of place or institution', () => {
  it('names the mosque, the school or the street, not the person', () => {
    for (const place of ['مسجد', 'مدرسة', 'شارع', 'مستشفى', 'ساحة', 'حي', 'بمسجد', 'لمدرسة', 'استاد', 'باستاد', 'ستاد']) {
      expect(marks(story + `وصل الوفد إلى ${place} حافظ خالد الوليد في لاهور.`), place).toEqual([]);
    }
  });

  it('leaves the same name after another word alone', () => {
    expect(marks(story + 'وصل الوفد مع حافظ خالد الوليد إلى لاهور.')).toContain('حافظ خالد الوليد:walid:sanctioned');
  });
});
