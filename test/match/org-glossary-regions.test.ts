import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { glossaryWordKind, mayBeRegionWord, orgGlossaryWords } from '../../lib/names/org-glossary';
import { joinedCompounds } from '../../lib/match/joined-compounds';
import { entity } from './fixtures';

const ru = { countries: ['Russia'] };
const index = buildNameIndex([
  entity('far-eastern', 'FAR EASTERN BANK', 'organization', true, ru),
  entity('industrial', 'INDUSTRIAL BANK', 'organization', true, ru),
]);

const found = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);
// Three sanctions words: a page that tells a sanctions story.
const story = 'Минфин США ввел санкции, санкции OFAC и новые санкции против российских банков. ';

describe('a Russian firm named by its region and its word of kind ("Дальневосточный банк": FAR EASTERN BANK)', () => {
  it('reads one Russian word as the two English ones the index joins', () => {
    expect(orgGlossaryWords('дальневосточный')).toEqual(['fareastern']);
    expect(glossaryWordKind('дальневосточного')).toBe('region');
    expect(joinedCompounds(['far', 'eastern', 'bank'])).toEqual(['fareastern', 'bank']);
    expect(joinedCompounds(['industrial', 'bank'])).toBeUndefined();
  });

  it('finds it with the word of kind in lower case, on a sanctions page only', () => {
    expect(found(story + 'Под санкции попали Дальневосточный банк и другие.')).toEqual(['Дальневосточный банк=far-eastern']);
    expect(found('Дальневосточный банк открыл новое отделение в Хабаровске.')).toEqual([]);
  });

  it("tells a region's word from its first letters as the glossary does, in any case and language", () => {
    for (const w of ['Дальневосточный', 'ДАЛЬНЕВОСТОЧНОГО', 'Далекосхідний', 'дальневосточной', 'Промышленный', 'Дальний', 'Далекосхід', 'Путин', 'Dalnevostochny']) {
      const text = `«${w}»`;
      // The quick check may say yes where the glossary says no, never the reverse.
      if (glossaryWordKind(w.toLowerCase()) === 'region') expect(mayBeRegionWord(text, 1, 1 + w.length)).toBe(true);
    }
    expect(mayBeRegionWord('Промышленный', 0, 12)).toBe(false);
    expect(mayBeRegionWord('Дальний', 0, 7)).toBe(false);
    expect(mayBeRegionWord('ДАЛЬНЕВОСТОЧНОГО', 0, 16)).toBe(true);
  });

  it('still never marks two everyday glossary words, whatever the page', () => {
    expect(found(story + 'Промышленный банк ответил.')).toEqual([]);
  });
});
