// A two-letter capitalised Cyrillic word is a name's word only as a Korean syllable between or beside others ("Чон Ён
// Нама", "Чхве Рён Хэ": lib/names/korean-in-cyrillic.ts). Every other two-letter word is left out as before: a
// sentence's first "Но", "На", "Он" would otherwise read as a listed word (Na, On) and run on into the name after it.
import * as normalize from '../names/normalize';
import type { ScanState } from './scan-state';

const { CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;

// Two-letter Russian, Ukrainian and Belarusian words that begin sentences, in lower case. Not the particle "ли",
// which follows the word it asks about and never begins one: a capitalised "Ли" is the Korean surname Ri or Li
// ("Ли Пён Чхоль" for RI, Pyong Chol).
const FUNCTION_WORDS = new Set(
  'но на по он из за до мы вы их её ее не ни то же уж да ну бы ко со во об от та те ту як чи ще їх ми ви ні це ці аж бо ды'.split(' '),
);

/** Whether token i is a two-letter capitalised Cyrillic word joined to a capitalised word on either side. */
export function koreanSyllableWord(s: ScanState, i: number): boolean {
  const { flags, lengths, starts, ends } = s.tokens;
  if (lengths[i] !== 2 || (flags[i] & (CYRILLIC | CAPITALIZED | CASELESS)) !== (CYRILLIC | CAPITALIZED)) return false;
  const b = s.block;
  const capital = (k: number) => (flags[k] & (CYRILLIC | CAPITALIZED | CASELESS)) === (CYRILLIC | CAPITALIZED);
  const before = i > b.first && (flags[i] & JOINED) !== 0 && capital(i - 1);
  const after = i + 1 < b.last && (flags[i + 1] & JOINED) !== 0 && capital(i + 1);
  if (!before && !after) return false;
  return !FUNCTION_WORDS.has(s.block.text.slice(starts[i], ends[i]).toLowerCase());
}
