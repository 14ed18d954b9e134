// A country phrase with a word no listed name has ("United Kingdom": "kingdom") is read from the page's strings; one
// whose words the index knows ("United States") by the tokens' numbers, whatever unknown word follows it
// (country-phrases.ts). Either is a country the page names (lex-page.ts notes it in the page context).
import { describe, expect, it } from 'vitest';
import { countryIndex } from '../../lib/match/context-words';
import { lexPage } from '../../lib/match/lex-page';
import { buildNameIndex, createPageContext } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([entity('states-word', 'UNITED STATES TRADING', 'organization', false)]);
const countries = (page: string) => {
  const ctx = createPageContext();
  ctx.index = index;
  lexPage(index, [page], ctx);
  return [...ctx.countries].sort((a, b) => a - b);
};

describe('a country phrase before a word the index lacks', () => {
  it('is read when the phrase has a word the index lacks', () => {
    expect(countries('Firms in the United Kingdom xyzzyq were sanctioned.')).toEqual([countryIndex('gb')]);
  });

  it('is read by the tokens when its words are the index’s, an unknown word after it', () => {
    expect(countries('Firms in the United States xyzzyq were sanctioned.')).toEqual([countryIndex('us')]);
  });

  it('is no country where the words spell none', () => {
    expect(countries('Firms in the United Xyzzyq Trading were sanctioned.')).toEqual([]);
  });
});
