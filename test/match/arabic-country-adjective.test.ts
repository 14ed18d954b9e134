import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { DEFAULT_DATASET, loadDataset } from '../../scripts/dataset-files';
import { readPage } from '../../scripts/page-text';

describe('a country adjective before an Arabic name', () => {
  it('qualifies the noun before it and begins no fuller name of an AL-IRAQI (shipped dataset, nabaa.news)', () => {
    const shipped = buildNameIndex(loadDataset(DEFAULT_DATASET).entities);
    // "البرلمان العراقي خميس فرحان الخنجر العيساوي", "رجل الأعمال العراقي خميس...": the Iraqi parliament, businessman.
    const page = readPage(resolve(import.meta.dirname, '../corpus/news/ar-nabaatv-khazali-lami-khanjar.txt'));
    const found = scanPage(shipped, page.blocks.map((b) => b.text)).flat();
    const khanjar = found.filter((m) => m.text === 'خميس فرحان الخنجر العيساوي');
    expect(khanjar.map((m) => `${m.entityId}:${m.status}`)).toEqual(['ofac-28023:sanctioned', 'ofac-28023:sanctioned']);
  });
});
