// Arabic sentences put the verb first, and some past-tense verbs are also given names: "أشرف" supervised (Ashraf),
// "أكرم" honoured (Akram), "أسعد" pleased (As'ad). At the head of a clause, before a surname alone, such a word is the
// verb and the surname its subject ('خلال عقود من خدمته، أشرف مسجدي على برنامج': Masjedi supervised), not another
// person of that surname whose presence would make every later "مسجدي" uncertain (back-reference.ts).
import { isArabicUnit } from '../names/arabic';
import { wordAt, type ScanState } from './scan-state';

/** Past-tense verbs that are given names too, folded, with و or ف in front as well. */
const VERBS = new Set(['اشرف', 'اكرم', 'اسعد'].flatMap((w) => [w, 'و' + w, 'ف' + w]));

/** Whether Arabic token k opens a clause (a block's or a line's start, or after . ، ؛ : or a quote) and is such a verb. */
export function verbBeforeSurname(s: ScanState, k: number): boolean {
  const len = s.tokens.lengths[k];
  const text = s.block.text;
  if (len < 4 || len > 5 || !isArabicUnit(text.charCodeAt(s.tokens.starts[k]))) return false;
  let c = s.tokens.starts[k] - 1;
  while (c >= 0 && text.charCodeAt(c) === 32) c--;
  if (c >= 0 && !CLAUSE_END.includes(text.charCodeAt(c))) return false;
  return VERBS.has(wordAt(s, k));
}

/** What ends a clause before the verb: line break, full stop, Arabic comma and semicolon, colon, quotes. */
const CLAUSE_END = [10, 46, 0x60c, 0x61b, 58, 34, 0xab, 0xbb, 0x201c, 0x201d];
