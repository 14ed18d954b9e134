import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { DEFAULT_DATASET, loadDataset } from '../../scripts/dataset-files';
import { readPage } from '../../scripts/page-text';

// Built once for both cases: the shipped index takes seconds.
let built: ReturnType<typeof buildNameIndex> | undefined;
const shippedIndex = () => (built ??= buildNameIndex(loadDataset(DEFAULT_DATASET).entities));

describe('an adjective with the article before an Arabic name', () => {
  it('qualifies the noun before it and begins no fuller name (shipped dataset, nabaa.news, aredonews.com)', () => {
    const shipped = shippedIndex();
    const found = (page: string) => scanPage(shipped, readPage(resolve(import.meta.dirname, '../corpus/news', page)).blocks.map((b) => b.text)).flat();
    // "البرلمان العراقي خميس فرحان الخنجر العيساوي", "رجل الأعمال العراقي خميس...": the Iraqi parliament, businessman,
    // though AL-IRAQI ends listed names.
    const khanjar = found('ar-nabaatv-khazali-lami-khanjar.txt').filter((m) => m.text === 'خميس فرحان الخنجر العيساوي');
    expect(khanjar.map((m) => `${m.entityId}:${m.status}`)).toEqual(['ofac-28023:sanctioned', 'ofac-28023:sanctioned']);
    // "والقائد العسكري الكبير خالد كاظم جاسم السكيني": the senior commander, no AL-KABIR's fuller name.
    const sukayni = found('ar-aredonews-kataib-hezbollah-six.txt').filter((m) => m.text === 'خالد كاظم جاسم السكيني');
    expect(sukayni.map((m) => `${m.entityId}:${m.status}`)).toEqual(['ofac-46268:sanctioned']);
  });

  it('qualifies a noun behind a preposition too: "بالرئيس السوري بشار الأسد" (shipped dataset, khabarlb.com)', () => {
    const shipped = shippedIndex();
    // The country's adjective is a listed name's word ("المصرف المركزي السوري", arabic-central-banks.ts).
    const page = 'فرض الاتحاد الأوروبي عقوبات جديدة وأدرج في القائمة السوداء رجال أعمال يرتبطون بالرئيس السوري بشار الأسد.';
    const assad = scanPage(shipped, [page]).flat().filter((m) => m.text === 'بشار الأسد');
    expect(assad.map((m) => `${m.entityId}:${m.status}`)).toEqual(['ofac-12735:sanctioned']);
  });
});
