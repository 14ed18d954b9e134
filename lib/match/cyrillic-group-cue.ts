// "ЧВК «Вагнер»", "«Группы Вагнера»": a firm's brand that is a common name too (WAGNER of PRIVATE MILITARY COMPANY
// 'WAGNER') is the firm in Russian and Ukrainian news when the page puts it in guillemets or quotes, as the press
// writes a body's name and never a person's, or after the word "group" in any case, which Russian puts before the
// brand in the genitive ("Группа Вагнера", the Wagner Group), capitalised when it begins the quoted name. Latin
// pages have their own rule ("the group Wagner": groupBefore in precision.ts).
import * as normalize from '../names/normalize';
import { fillsQuote } from './quoted-names';
import { wordAt, type ScanState } from './scan-state';

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
