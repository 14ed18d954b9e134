// "ЧВК «Вагнер»", "«Группы Вагнера»": a firm's brand that is a common name too (WAGNER of PRIVATE MILITARY COMPANY
// 'WAGNER') is the firm in Russian and Ukrainian news when the page puts it in guillemets or quotes, as the press
// writes a body's name and never a person's, or after the word "group" in any case, which Russian puts before the
// brand in the genitive ("Группа Вагнера", the Wagner Group), capitalised when it begins the quoted name. Latin
// pages have their own rule ("the group Wagner": groupBefore in precision.ts).
import { lexiconId } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { skeleton } from '../names/transliterate';
import type { NameIndex } from './name-index';
import { perIndex } from './per-index';
import { fillsQuote } from './quoted-names';
import { readingsOf, wordAt, type ScanState } from './scan-state';

const { CYRILLIC, JOINED, foldWord } = normalize;

const GROUP_WORDS_CYRILLIC = new Set(
  ['группа', 'группы', 'группе', 'группу', 'группой', 'группою', 'група', 'групи', 'групі', 'групу', 'групою', 'чвк', 'пвк'].map(foldWord),
);

// ЧВК written out: "частная военная компания Вагнер", "частной военной компании", Ukrainian "приватна військова компанія".
const COMPANY_WORDS_CYRILLIC = new Set(['компания', 'компании', 'компанию', 'компанией', 'компанія', 'компанії', 'компанію', 'компанією'].map(foldWord));
const MILITARY_WORDS_CYRILLIC = new Set(['военная', 'военной', 'военную', 'військова', 'військової', 'військову', 'військовою'].map(foldWord));

/** Whether Cyrillic token i, a brand that is a common name too, is called a firm by its quotes or a word "group". */
export function cyrillicGroupCue(s: ScanState, i: number): boolean {
  const flags = s.tokens.flags;
  if (!(flags[i] & CYRILLIC)) return false;
  if (fillsQuote(s, i, i)) return true;
  if (i <= s.block.first || (flags[i] & JOINED) === 0 || (flags[i - 1] & CYRILLIC) === 0) return false;
  const before = wordAt(s, i - 1);
  if (GROUP_WORDS_CYRILLIC.has(before)) return true;
  return i - 1 > s.block.first && COMPANY_WORDS_CYRILLIC.has(before) && (flags[i - 1] & JOINED) !== 0 && MILITARY_WORDS_CYRILLIC.has(wordAt(s, i - 2));
}

/** The skeletons of "group" as the lists write it in English and in Russian, per index. */
const groupSkeletons = perIndex((index: NameIndex): Int32Array =>
  Int32Array.from(['group', 'groups', 'gruppa', 'grupa'].map((w) => lexiconId(index.skeletons, skeleton(w))).filter((k) => k >= 0)),
);

/** The trie state below `state` on an edge of skeleton `skel`, or -1. */
function child(index: NameIndex, state: number, skel: number): number {
  if (state < 0) return -1;
  for (let c = index.firstChild[state]; c < index.firstChild[state + 1]; c++) if (index.edgeSkel[c] === skel) return c;
  return -1;
}

/**
 * "глава групи “Альянс”": a one-word brand in quotes right after "group" in any case names a business group, not a
 * listed firm of that brand whose names have no "group" in them (ALYANS OOO, a limited company: an everyday word
 * many firms take). Whether Cyrillic token i is such a brand; a listed name with the brand and "group" on either side
 * of it ("WAGNER GROUP", "GRUPPA ...") is the group. The quote and the letter first, then the word's string.
 */
export function groupOfOtherKind(s: ScanState, i: number): boolean {
  const { flags, starts } = s.tokens;
  const text = s.block.text;
  if (i === s.block.first || (flags[i - 1] & (CYRILLIC | normalize.CAPITALIZED)) !== CYRILLIC || !fillsQuote(s, i, i)) return false;
  const first = text.charCodeAt(starts[i - 1]);
  if ((first !== 0x433 && first !== 0x413) || s.tokens.ends[i - 1] + 2 !== starts[i]) return false;
  const before = wordAt(s, i - 1);
  if (!GROUP_WORDS_CYRILLIC.has(before) || before === 'чвк' || before === 'пвк') return false;
  const index = s.index;
  const groups = groupSkeletons(index);
  for (const sk of s.alts[i] >= 0 ? readingsOf(s, i) : [s.skels[i]]) {
    if (sk < 0) continue;
    for (let g = 0; g < groups.length; g++) {
      if (child(index, index.rootChild[sk], groups[g]) >= 0 || child(index, index.rootChild[groups[g]], sk) >= 0) return false;
    }
  }
  return true;
}
