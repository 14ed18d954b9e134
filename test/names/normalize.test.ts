import { describe, expect, it } from 'vitest';
import { nameKey, tokenize } from '../../lib/names/normalize';

const keys = (text: string) => tokenize(text).map((t) => t.key);

describe('tokenize', () => {
  it('folds accents and case, whatever the script writes: Nicolás, Guaidó, Ștefan, Łukasz', () => {
    expect(keys('Nicolás GUAIDÓ Ștefan Łukasz')).toEqual(['nicolas', 'guaido', 'stefan', 'lukasz']);
  });

  it('reads decomposed accents (NFD text) as the composed ones', () => {
    expect(keys('Nicola\u0301s')).toEqual(['nicolas']);
  });

  it('drops possessives and keeps the offsets on the name itself', () => {
    const text = 'Maduro’s men and Maduro\'s';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.key)).toEqual(['maduro', 'men', 'and', 'maduro']);
    expect(text.slice(tokens[3].start, tokens[3].end)).toBe('Maduro');
  });

  it('ignores soft hyphens and zero-width characters inside a word', () => {
    expect(keys('Ma\u00ADduro Ma\u200Bduro')).toEqual(['maduro', 'maduro']);
  });

  it('splits hyphens, apostrophes and initials alike in the list and on the page', () => {
    expect(keys('al-Assad')).toEqual(['al', 'assad']);
    expect(nameKey('J.P. Morgan')).toBe(nameKey('J. P. Morgan'));
    expect(nameKey("O'Neil")).toBe('o neil');
  });

  it('gives offsets as JavaScript string indices, after emoji and other astral characters', () => {
    const text = '🇻🇪 Nicolás';
    const [t] = tokenize(text);
    expect(text.slice(t.start, t.end)).toBe('Nicolás');
  });
});
