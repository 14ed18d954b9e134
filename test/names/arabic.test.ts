import { describe, expect, it } from 'vitest';
import { arabicNameForms, arabicPersonName, arabicReadings, isNeverName, mayBeNeverName, mayContinueName, mayContinueNameAt, withoutNisba } from '../../lib/names/arabic';
import { foldWord, nameKey } from '../../lib/names/normalize';

describe('Arabic letters, attached words and compounds', () => {
  it('folds alef forms, alef maqsura, ta marbuta, Persian letters; drops tashkeel and tatweel', () => {
    expect(foldWord('أحمد')).toBe(foldWord('احمد'));
    expect(foldWord('إبراهيم')).toBe(foldWord('ابراهيم'));
    expect(foldWord('آغا')).toBe(foldWord('اغا'));
    expect(foldWord('يحيى')).toBe('يحيي');
    expect(foldWord('الجلاهمة')).toBe('الجلاهمه');
    expect(foldWord('خلیل')).toBe('خليل');
    expect(foldWord('مُحَمَّد')).toBe('محمد');
    expect(foldWord('شعبـان')).toBe('شعبان');
  });

  it('reads a word without the conjunction and preposition attached in front', () => {
    expect(arabicReadings('والحوثي')).toEqual(['الحوثي']);
    expect(arabicReadings('للحوثي')).toEqual(['الحوثي', 'لحوثي']);
    expect(arabicReadings('لصالح')).toEqual(['صالح']);
    expect(arabicReadings('وعبد')).toEqual(['عبد']);
    expect(arabicReadings('علي')).toEqual([]);
  });

  it('writes the compounds apart and together', () => {
    expect(arabicNameForms('عبدالخالق الحوثي')).toEqual(['عبد الخالق الحوثي']);
    expect(arabicNameForms('عبد الله يحيى الحاكم')).toEqual(['عبدالله يحيى الحاكم']);
    expect(arabicNameForms('أيمن الظواهري')).toEqual([]);
  });

  it('takes the last word of a name of three words or more as the family\'s, unless the list cut the name off', () => {
    const keyOf = (s: string) => nameKey(s).split(' ');
    expect(arabicPersonName('أيمن محمد ربيع الظواهري', keyOf)).toEqual({ given: ['ايمن', 'محمد', 'ربيع'], family: ['الظواهري'] });
    expect(arabicPersonName('اشرف محمد يوسف عثمان عبد', keyOf).family).toEqual([]);
    expect(arabicPersonName('يحيى جوادي', keyOf).family).toEqual([]);
    // A last word after "عبد" is a compound name's tail: the two are the family name's place.
    expect(arabicPersonName('عبد الباري نسيم عبد الغفور', keyOf)).toEqual({ given: ['عبد', 'الباري', 'نسيم'], family: ['عبد', 'الغفور'] });
    expect(withoutNisba('رغد صدام حسين التكريتي')).toBe('رغد صدام حسين');
    expect(withoutNisba('عبد الملك دروكدال')).toBeUndefined();
  });

  it('never lets a preposition that folds to a name, or a word after "and", go on a name', () => {
    expect(mayContinueName('على', true)).toBe(false);
    expect(mayContinueName('وعبد', false)).toBe(false);
    expect(mayContinueName('علي', true)).toBe(true);
    // "48 ساعة بعد وصوله" (48 hours after his arrival, almashhad.com): "بعد" has the letters of ABUD, BAABOOD.
    expect(isNeverName('بعد')).toBe(true);
    expect(isNeverName('قبل')).toBe(true);
    expect(isNeverName('عبود')).toBe(false);
    // "يقود معلم أيمن ما يسمى" (somalalyaum.com): "ما" (what) is MA's letters, and ran the name on.
    expect(mayContinueName('ما', true)).toBe(false);
  });

  it('reads a page word for that in place as it reads the word cut out (the scan makes no string for it)', () => {
    const text = 'قال على لسان علي وعبد الله حتى الى فحسن بعد ساعة ما';
    for (const m of text.matchAll(/\S+/gu)) {
      const [start, end] = [m.index, m.index + m[0].length];
      for (const listed of [true, false]) expect(mayContinueNameAt(text, start, end, listed)).toBe(mayContinueName(m[0], listed));
      if (isNeverName(m[0])) expect(mayBeNeverName(text, start, end)).toBe(true);
    }
  });
});
