import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { DEFAULT_DATASET, loadDataset } from '../../scripts/dataset-files';
import { readPage } from '../../scripts/page-text';

describe('a past-tense verb that is also a given name, at the head of a clause', () => {
  it('is the verb before a surname alone, which still names the listed person (shipped dataset, sputniknews.com)', () => {
    const shipped = buildNameIndex(loadDataset(DEFAULT_DATASET).entities);
    const page = readPage(resolve(import.meta.dirname, '../corpus/news/ar-sputnik-masjedi-ambassador-quds-force.txt'));
    const found = scanPage(shipped, page.blocks.map((b) => b.text)).flat();
    // 'خلال عقود من خدمته، أشرف مسجدي على برنامج': Masjedi supervised, no Ashraf Masjedi; and so the later
    // "استغل مسجدي منصبه" is no shared surname.
    const alone = found.filter((m) => m.text === 'مسجدي');
    expect(alone.length).toBeGreaterThanOrEqual(3);
    expect(alone.every((m) => m.entityId === 'ofac-30182' && m.status === 'sanctioned')).toBe(true);
    // Inside a clause the word is a given name: another Masjedi, and the surname alone after it is uncertain.
    const other = scanPage(shipped, [...page.blocks.map((b) => b.text), 'والتقى الوزير أمس بالسيد أشرف مسجدي في طهران.', 'وقال مسجدي إن العقوبات لن تؤثر.']).flat();
    expect(other.at(-1)?.status).not.toBe('sanctioned');
  });
});
