import { describe, expect, it } from 'vitest';
import { foldLookAlikes } from '../../lib/names/confusables';
import { foldWord, nameKey, tokenize } from '../../lib/names/normalize';

const keys = (text: string) => tokenize(text).map((t) => t.key);

describe('look-alike letters, folded only inside a word that mixes scripts', () => {
  it('reads a Latin name with a Cyrillic or Greek letter slipped in as the Latin name', () => {
    expect(keys('M\u0430duro')).toEqual(['maduro']); // Cyrillic а
    expect(keys('\u041c\u0410DURO')).toEqual(['maduro']); // Cyrillic М and А
    expect(keys('Nic\u03bfl\u00e1s')).toEqual(['nicolas']); // Greek ο
    expect(nameKey('Nicolás M\u0430duro M\u043eros')).toBe('nicolas maduro moros');
  });

  it('reads a Cyrillic word with a Latin letter slipped in as the Cyrillic word', () => {
    expect(foldLookAlikes('П\u0079тин')).toBe('Путин'); // Latin y
    expect(foldWord('П\u0079тин')).toBe(foldWord('Путин'));
  });

  it('never folds a word written wholly in Cyrillic or Greek: СОВА is not COBA', () => {
    expect(keys('СОВА')).toEqual(['сова']);
    expect(keys('СОВА')).not.toEqual(keys('COBA'));
    expect(foldLookAlikes('ΚΟΑ')).toBe('ΚΟΑ');
  });
});

describe('compatibility forms and bidi controls', () => {
  it('folds full-width letters and ligatures as NFKC does', () => {
    expect(keys('\uff2d\uff21\uff24\uff35\uff32\uff2f')).toEqual(['maduro']);
    expect(keys('Gri\ufb03n')).toEqual(['griffin']);
  });

  it('keeps offsets on the page text when a letter expands', () => {
    const text = 'Mr Gri\ufb03n';
    const t = tokenize(text)[1];
    expect(text.slice(t.start, t.end)).toBe('Gri\ufb03n');
  });

  it('strips bidi controls inside and around a name', () => {
    expect(keys('\u202eMaduro\u202c')).toEqual(['maduro']);
    expect(keys('Ma\u200fdu\u2066ro')).toEqual(['maduro']);
    expect(nameKey('Nicolás\u200e Maduro')).toBe('nicolas maduro');
  });
});
