import { describe, expect, it } from 'vitest';
import { WrittenWordMemo } from '../../lib/match/written-word-memo';

describe('a memo of page words found by their place in the text and their hash', () => {
  const text = 'قال علي عبدالله صالح';

  it('finds a word kept before wherever a page writes it', () => {
    const memo = new WrittenWordMemo<number>(100);
    memo.set('علي', 7, 1);
    expect(memo.get(text, 4, 7, 7)).toBe(1);
    expect(memo.get('ثم علي', 3, 6, 7)).toBe(1);
    expect(memo.get(text, 0, 3, 7)).toBeUndefined();
  });

  it('tells apart two words that share a hash, and a word from a longer one', () => {
    const memo = new WrittenWordMemo<string>(100);
    memo.set('علي', 42, 'ali');
    memo.set('على', 42, 'on');
    expect(memo.get('على', 0, 3, 42)).toBe('on');
    expect(memo.get(text, 4, 7, 42)).toBe('ali');
    expect(memo.get(text, 8, 16, 42)).toBeUndefined();
  });

  it("keeps a number in the word's slot beside its value, and no word of 256 units or more", () => {
    const memo = new WrittenWordMemo<string>(100);
    memo.set('صالح', 9, 'saleh', 12);
    const at = memo.find('قال صالح', 4, 8, 9);
    expect(memo.numberAt(at)).toBe(12);
    expect(memo.valueAt(at)).toBe('saleh');
    expect(memo.find('قال صالح', 0, 3, 9)).toBe(-1);
    const long = 'ب'.repeat(300);
    memo.set(long, 5, 'long', 1);
    expect(memo.get(long, 0, 300, 5)).toBeUndefined();
  });

  it('keeps thousands of words, and forgets them all past its limit', () => {
    const memo = new WrittenWordMemo<number>(5000);
    const word = (n: number) => `w${n}`;
    for (let n = 0; n < 5000; n++) memo.set(word(n), n * 31, n);
    for (let n = 0; n < 5000; n += 499) expect(memo.get(word(n), 0, word(n).length, n * 31)).toBe(n);
    memo.set('more', 1, -1);
    expect(memo.get('w0', 0, 2, 0)).toBeUndefined();
    expect(memo.get('more', 0, 4, 1)).toBe(-1);
  });
});
