import { describe, expect, it } from 'vitest';
import { buildLexicon, extendLexicon, hashWord, lexiconId, lexiconOf, lexText, needsSkeletonRange, PageTokens } from '../../lib/names/lexicon';
import { skeleton } from '../../lib/names/transliterate';
import { tokenize, tokenizeInto, TokenBuffer } from '../../lib/names/normalize';

const TRICKY = 'Nicolás MADURO’s man, Ștefan al-Assad (J.P. Co. Ltd) Ma\u00ADduro Nicola\u0301s — 🇻🇪 Łukasz O\'Neil; Kim Jong-un\nNext';

describe('the page lexer', () => {
  it('splits and flags a page exactly as the name tokenizer does', () => {
    const lex = buildLexicon(['maduro', 'nicolas', 'assad']);
    const page = new PageTokens();
    lexText(lex, TRICKY, page);
    const ref = new TokenBuffer();
    tokenizeInto(TRICKY, ref);
    expect(page.count).toBe(ref.count);
    for (let i = 0; i < ref.count; i++) {
      expect([page.starts[i], page.ends[i], page.flags[i]]).toEqual([ref.starts[i], ref.ends[i], ref.flags[i]]);
      expect(page.ids[i]).toBe(lexiconId(lex, ref.keys[i]));
    }
  });

  it('finds a word however the page writes it: case, accents, soft hyphens', () => {
    const lex = buildLexicon(['maduro', 'nicolas']);
    const page = new PageTokens();
    lexText(lex, 'NICOLÁS Ma\u00ADduro', page);
    expect([page.ids[0], page.ids[1]]).toEqual([1, 0]);
    expect(tokenize('NICOLÁS Ma\u00ADduro').map((t) => t.key)).toEqual(['nicolas', 'maduro']);
  });
});

describe('a lexicon made from parts made once (the index build, lower-case-leaders.ts)', () => {
  const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
  const lower = (list: string[]) => buildLexicon([], list).lower;

  it('is the lexicon buildLexicon makes, from hashes and a lower-case filter given', () => {
    expect(lexiconOf(words, lower(words.slice(0, 5)), words.map(hashWord))).toEqual(buildLexicon(words, words.slice(0, 5)));
  });

  it('is the lexicon of all the words when words are added to a shared one, whether its table keeps its size or grows', () => {
    const base = buildLexicon(words.slice(0, 30), []);
    for (const more of [words.slice(30, 32), words.slice(30)]) {
      const before = base.table.slice();
      expect(extendLexicon(base, more, ['word1'])).toEqual(buildLexicon([...words.slice(0, 30), ...more], ['word1']));
      expect(base.table).toEqual(before);
    }
  });

  it('finds each of its words and no other, past the filter of the slots where some word begins its probe', () => {
    const lex = buildLexicon(words);
    words.forEach((w, i) => expect(lexiconId(lex, w)).toBe(i));
    for (let i = 40; i < 2000; i++) expect(lexiconId(lex, `word${i}`)).toBe(-1);
    const tokens = new PageTokens();
    lexText(lex, 'Word7 WORD39 Word40 word2', tokens);
    expect(Array.from(tokens.ids.subarray(0, tokens.count))).toEqual([7, 39, -1, 2]);
  });
});

describe('a "+" glued to a word', () => {
  it('keeps it in the word, on the page as in a listed name, and nowhere else', () => {
    const text = 'EN+ GROUP PLC and En+, C++ code, 1+1, Rusal+En+ and a + b';
    expect(tokenize(text).map((t) => t.key)).toEqual(['en+', 'group', 'plc', 'and', 'en+', 'c+', 'code', '1', '1', 'rusal', 'en+', 'and', 'a', 'b']);
    const lex = buildLexicon(['en+', 'group']);
    const page = new PageTokens();
    lexText(lex, text, page);
    const ref = new TokenBuffer();
    tokenizeInto(text, ref);
    expect(page.count).toBe(ref.count);
    for (let i = 0; i < ref.count; i++) {
      expect([page.starts[i], page.ends[i], page.flags[i], page.lengths[i]]).toEqual([ref.starts[i], ref.ends[i], ref.flags[i], ref.keys[i].length]);
      expect(page.ids[i]).toBe(lexiconId(lex, ref.keys[i]));
    }
    expect(page.ids[4]).toBe(0);
  });
});

describe('respellings read from the page', () => {
  it('knows, without making a string, which words differ from their skeleton', () => {
    for (const w of ['Kirienko', 'Kiriyenko', 'Lukashenka', 'Maduro', 'Alexey', 'Phillip', 'Khan', 'Youssef', 'Ștefan', 'Wagner', 'Mnuchin', 'Mijaíl', 'Serguéi', 'Juan', 'Guaidó', 'Miguel', 'Mahomed', 'Mohamed', 'Muhamad', 'Marianne', 'Htun', 'Ahtun', 'Abdul', 'Abdelrahim', 'Abdallah', 'Abdo', 'Shamsedin', 'Nasredine', 'Safieddine', 'Borodin', 'Sardine', 'Edin']) {
      const folded = w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      tokenize(w); // the page lexer has seen its letters (and classified them) before it asks
      expect(needsSkeletonRange(w, 0, w.length)).toBe(skeleton(folded) !== folded);
    }
  });
});
