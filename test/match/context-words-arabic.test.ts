import { describe, expect, it } from 'vitest';
import { buildNameIndex, createPageContext, scanPage } from '../../lib/match/scan';
import { fixtureEntities } from './fixtures';

const index = buildNameIndex(fixtureEntities);
/** The page's count of sanctions words and of story words after scanning the text. */
const words = (text: string) => {
  const ctx = createPageContext();
  scanPage(index, [text], ctx);
  return { sanctions: ctx.sanctionsWords, story: ctx.storyWords };
};

// Sentences from russia-now.com (ar-russianow-makhlouf-brothers), whose story none of the Arabic context words read.
describe('the sanctions story of an Arabic page, in the words the Levant press writes it', () => {
  it('reads the blacklist written with "لائحة"', () => {
    expect(words('أضافت على ما أسمتها “اللائحة السوداء” 5 أشخاص.').sanctions).toBe(1);
    expect(words('أضافت على القائمة السوداء 5 أشخاص.').sanctions).toBe(1);
  });

  it('reads sanctions with the pronoun attached, and frozen accounts and deposits, as story words', () => {
    expect(words('أعلنت الحكومة توسيع لائحة عقوباتها.').story).toBe(1);
    expect(words('وتجميد حساباتهم وودائعهم الماليّة في البنوك.').story).toBe(1);
  });

  it('reads sanctions after "ل" (to, under) with the sanctioning state\'s adjective as sanctions for certain (enooma.com)', () => {
    expect(words('الذي يخضع بالأصل لعقوبات أميركية.').sanctions).toBe(1);
  });

  it('reads no story from a list, accounts or deposits alone', () => {
    expect(words('نشرت اللائحة الداخلية للنادي وحسابات الموسم وودائع البنوك.')).toEqual({ sanctions: 0, story: 0 });
  });
});
