// The memo of Arabic page words that arabic-words.ts reads each word into, kept per index, and what other rules
// read back from it: a module of its own, so that the rules that read it need not import the readers.
import { perIndex } from './per-index';
import type { ScanState } from './scan-state';
import { WrittenWordMemo } from './written-word-memo';

/**
 * Per index: each Arabic page word's readings, kept across pages; cleared when it grows large. Keyed by the word as
 * the page writes it (its lexicon id, and so which of the two readers of arabic-words.ts reads it, is a function of it), found
 * by the lexer's hash of it (written-word-memo.ts): every Arabic word of a page comes here, once. Each entry's number
 * is its skeleton + 1 (0: none), doubled, plus 1 when it has readings, the entry's value: a word met before costs
 * its slot, its letters and, only when it has readings, their list's place; the list itself is not read.
 */
export const arabicWordMemo = perIndex(() => new WrittenWordMemo<readonly number[]>(20000));

/** Where token i's entry is in the memo, or -1. */
export function findArabicWord(s: ScanState, i: number): number {
  return arabicWordMemo(s.index).find(s.block.text, s.tokens.starts[i], s.tokens.ends[i], s.tokens.hashes[i]);
}

/**
 * Whether token k, an Arabic word the index does not know as written, is a listed word behind its prefix (has own
 * readings: arabicReading), as read when its page was lexed; undefined when the memo no longer holds it.
 */
export function keptAsListedBehindPrefix(s: ScanState, k: number): boolean | undefined {
  const at = findArabicWord(s, k);
  return at < 0 ? undefined : arabicWordMemo(s.index).numberAt(at) >= 2;
}
