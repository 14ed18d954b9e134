// A firm by its brand without the words of its trade ("Cancri" of CANCRI GEMS & JEWELLERY CO., LTD.), also with the
// legal form after it ("Cancri Co."), where the page names its country and tells a sanctions story.
import { describe, expect, it } from 'vitest';
import { brandOf } from '../../lib/names/org-forms';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

// A made-up gem trader shaped like OFAC's Burma entries.
const index = buildNameIndex([entity('gems-like', 'KANDRAVI GEMS & JEWELLERY CO., LTD.', 'organization', true, { countries: ['Burma'] })]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a firm by its brand without its trade words', () => {
  it('is the brand once the gem trade is taken off', () => {
    expect(brandOf(['kandravi', 'gems', 'jewellery'])).toBe('kandravi');
    expect(brandOf(['kandravi', 'gems', 'and', 'jewelry'])).toBe('kandravi');
    expect(brandOf(['tet', 'kham', 'gems', 'jewellery'])).toBeUndefined();
  });

  it('is the firm with its legal form after it, on a sanctions page naming its country', () => {
    expect(marks(['The Treasury sanctioned three Burma gem companies: Myanmar Ruby Enterprise, Kandravi Co. and others.'])).toEqual(['Kandravi Co:gems-like']);
    expect(marks(['El Tesoro sancionó a militares de Myanmar. Las empresas sancionadas: Ruby Enterprise y Kandravi (Gemas y Joyas) Co LTD, por sus vínculos con el ejército.'])).toEqual(['Kandravi:gems-like']);
  });

  it('is nothing after another capitalised word, or without the story', () => {
    expect(marks(['The Treasury sanctioned firms in Burma, among them Hotel Kandravi Co. and others.'])).toEqual([]);
    expect(marks(['Kandravi Co. opened a new shop in Burma.'])).toEqual([]);
  });
});
