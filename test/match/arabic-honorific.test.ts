import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { isArabicHonorific } from '../../lib/names/arabic';
import { entity, fixtureEntities } from './fixtures';

// Hezbollah's and the Houthis' leaders and a listed Said, as OFAC writes them: in Latin letters only.
const lebanon = { countries: ['Lebanon'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('nasrallah', 'NASRALLAH, Hasan', 'person', true, lebanon),
  entity('sayyid', 'AL-SAYYID, Ibrahim Amin', 'person', true, lebanon),
  entity('houthi', 'AL HOUTHI, Abdul Malik', 'person', true, { countries: ['Yemen'] }),
  entity('said-jan', "'ABD AL-SALAM, Said Jan", 'person', true, { countries: ['Afghanistan'] }),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`)).filter((m) => !m.includes(':ofac-') && !m.includes(':curated'));
const story = 'فرضت وزارة الخزانة الأمريكية عقوبات على قادة الحزب وأدرجتهم على القائمة السوداء وجمدت أصولهم. ';

describe('the honorific السيد before an Arabic name', () => {
  it('is the honorific with the article, behind a prefix too, and not the given name', () => {
    expect(['السيد', 'والسيد', 'للسيد', 'السيده'].map(isArabicHonorific)).toEqual([true, true, true, true]);
    expect(['سيد', 'السعيد', 'الاسياد'].map(isArabicHonorific)).toEqual([false, false, false]);
  });

  it('lets the name after it stand, and is read as no Said (sentences after nmisr.com)', () => {
    expect(marks(story + 'ومنهم الأمين العام السيد حسن نصر الله ونائبه.')).toEqual(['حسن نصر الله:nasrallah']);
    expect(marks(story + 'وزعيم الحوثيين السيد عبد الملك الحوثي.')).toEqual(['عبد الملك الحوثي:houthi']);
  });

  it('keeps the family name al-Sayyid at a name\'s end', () => {
    expect(marks(story + 'وشملت القياديين وإبراهيم أمين السيد.')).toEqual(['وإبراهيم أمين السيد:sayyid']);
  });
});
