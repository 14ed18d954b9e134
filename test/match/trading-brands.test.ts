// A trader by its brand without "trading" and its word of kind, as the news lists a designation's firms.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { DEFAULT_DATASET, loadDataset } from '../../scripts/dataset-files';
import { entity } from './fixtures';

// Made-up firms shaped like OFAC's North Korea round of April 2022.
const kp = { countries: ['Korea, North'] };
const index = buildNameIndex([
  entity('hapjang-like', 'HAPJANGGANGO TRADING CORPORATION', 'organization', true, kp),
  entity('rounsan-like', 'KOREA ROUNSANO TRADING CORPORATION', 'organization', true, kp),
  entity('sungni-like', 'SUNGNISANO TRADING CORPORATION', 'organization', true, kp),
  entity('unchon-like', 'UNCHONO TRADING CORPORATION', 'organization', true, kp),
  entity('golden-like', 'GOLDEN TRADING LIMITED', 'organization', true, kp),
]);

const found = (text: string) => scanText(index, text).map((m) => [m.text, m.entityId]);
const STORY = 'EE.UU. sanciona a proveedores del programa de misiles de Corea del Norte.';

describe('a trading firm by its brand', () => {
  it('is the firm in a sanctions story that names its country, its country word kept or not', () => {
    expect(found(`${STORY} Washington sancionó a las compañías norcoreanas Sungnisano, Korea Rounsano, Hapjanggango y Unchono.`)).toEqual([
      ['Sungnisano', 'sungni-like'], ['Korea Rounsano', 'rounsan-like'], ['Hapjanggango', 'hapjang-like'], ['Unchono', 'unchon-like'],
    ]);
    expect(found('The US Treasury sanctioned North Korean firms on Friday. It named Unchono and Hapjanggango, traders of the missile ministry.')).toEqual([['Unchono', 'unchon-like'], ['Hapjanggango', 'hapjang-like']]);
  });

  it('needs the story and the country, and an everyday word is no brand', () => {
    expect(found('Washington visitó las compañías Sungnisano, Korea Rounsano y Unchono.')).toEqual([]);
    expect(found(`${STORY} Washington sancionó a las compañías norcoreanas y la Golden de Corea del Norte.`)).toEqual([]);
  });
});

describe('a trader of another country (shipped dataset)', () => {
  // OFAC's MABROOKA TRADING CO L.L.C. of the Emirates: its word is the Latin reading of "مباركة" (blessed), here in
  // quotes as an Arabic page names Mobarakeh Steel (hournews.net, a page of the corpus).
  it('is not found by its word alone', () => {
    const shipped = buildNameIndex(loadDataset(DEFAULT_DATASET).entities);
    const page = 'الولايات المتحدة تفرض عقوبات جديدة ضد إيران تشمل شركات متمركزة في الإمارات\nوأصدرت وزارة الخزانة الأمريكية قرارا بفرض العقوبات على 8 شركات، بينها 4 متمركزة في إيران، و3 في الإمارات، قالت إنها على صلة بمجموعة "مباركة" للصلب.';
    expect(scanText(shipped, page).map((m) => m.entityId)).not.toContain('ofac-19254');
  });
});
