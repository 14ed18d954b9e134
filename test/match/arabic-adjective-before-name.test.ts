import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { DEFAULT_DATASET, loadDataset } from '../../scripts/dataset-files';
import { readPage } from '../../scripts/page-text';

describe('an adjective with the article before an Arabic name', () => {
  it('qualifies the noun before it and begins no fuller name (shipped dataset, nabaa.news, aredonews.com)', () => {
    const shipped = buildNameIndex(loadDataset(DEFAULT_DATASET).entities);
    const found = (page: string) => scanPage(shipped, readPage(resolve(import.meta.dirname, '../corpus/news', page)).blocks.map((b) => b.text)).flat();
    // "البرلمان العراقي خميس فرحان الخنجر العيساوي", "رجل الأعمال العراقي خميس...": the Iraqi parliament, businessman,
    // though AL-IRAQI ends listed names.
    const khanjar = found('ar-nabaatv-khazali-lami-khanjar.txt').filter((m) => m.text === 'خميس فرحان الخنجر العيساوي');
    expect(khanjar.map((m) => `${m.entityId}:${m.status}`)).toEqual(['ofac-28023:sanctioned', 'ofac-28023:sanctioned']);
    // "والقائد العسكري الكبير خالد كاظم جاسم السكيني": the senior commander, no AL-KABIR's fuller name.
    const sukayni = found('ar-aredonews-kataib-hezbollah-six.txt').filter((m) => m.text === 'خالد كاظم جاسم السكيني');
    expect(sukayni.map((m) => `${m.entityId}:${m.status}`)).toEqual(['ofac-46268:sanctioned']);
  });
});
