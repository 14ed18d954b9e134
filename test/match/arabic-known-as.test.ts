import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { DEFAULT_DATASET, loadDataset } from '../../scripts/dataset-files';
import { readPage } from '../../scripts/page-text';

describe('given names before "known as" and the listed alias', () => {
  it('are the alias\'s person when they are the listed given names (shipped dataset, gulan-media.com)', () => {
    const shipped = buildNameIndex(loadDataset(DEFAULT_DATASET).entities);
    const page = readPage(resolve(import.meta.dirname, '../corpus/news/ar-gulanmedia-khazali-brothers-lami-khanjar.txt'));
    const found = (blocks: string[]) => scanPage(shipped, blocks).flat().map((m) => `${m.text}:${m.entityId}:${m.status}`);
    const blocks = page.blocks.map((b) => b.text);
    // "مدير أمن الحشد الشعبي حسين فالح المعروف باسم أبو زينب اللامي": AL-LAMI, Hussein Falah, a.k.a. Abu Zainab.
    expect(found(blocks)).toEqual(expect.arrayContaining(['حسين فالح:ofac-27994:sanctioned', 'أبو زينب اللامي:ofac-27994:sanctioned']));
    // Given names that are not the listed ones before the same alias are not taken.
    const other = blocks.map((b) => b.replace('حسين فالح المعروف', 'علي كريم المعروف'));
    expect(found(other).some((m) => m.includes(':ofac-27994:') && !m.startsWith('أبو زينب'))).toBe(false);
  });
});
