// "Mikhail Friedman" is FRIDMAN, Mikhail: German and Yiddish write with ie before two consonants the i Russian has,
// and Slavic names their ие so or as ye ("Kirienko", "Kiriyenko"): one skeleton for all (transliterate.ts).
import { describe, expect, it } from 'vitest';
import { needsSkeletonRange } from '../../lib/names/lexicon';
import { tokenize } from '../../lib/names/normalize';
import { skeleton } from '../../lib/names/transliterate';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

describe('an ie before two consonants', () => {
  const index = buildNameIndex([
    ...fixtureEntities,
    entity('fridman', 'FRIDMAN, Mikhail Maratovich', 'person', true, { countries: ['Russia'] }),
    entity('andrienko', 'ANDRIYENKO, Oleg Petrovich', 'person', true, { countries: ['Russia'] }),
  ]);
  const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

  it('reads "Mikhail Friedman" as the listed FRIDMAN on a sanctions page', () => {
    expect(marks('The EU sanctioned the owners of Alfa Group, Mikhail Friedman among them.')).toEqual(['Mikhail Friedman:fridman:sanctioned']);
  });

  it('still reads both Slavic spellings of one name', () => {
    expect(marks('The EU sanctioned Oleg Andrienko. Oleg Andriyenko is a Russian general.')).toEqual([
      'Oleg Andrienko:andrienko:sanctioned',
      'Oleg Andriyenko:andrienko:sanctioned',
    ]);
  });

  it('keeps the page lexer asking for a skeleton exactly where one differs', () => {
    for (const w of ['Friedman', 'Friedrich', 'Dietrich', 'Daniel', 'Gabriel', 'Pierre', 'Lieberman', 'Valerievna', 'Andrienko']) {
      const folded = w.toLowerCase();
      tokenize(w);
      expect(needsSkeletonRange(w, 0, w.length)).toBe(skeleton(folded) !== folded);
    }
  });
});
