// "على" (on) folds to "علي" (Ali): "فرضت عقوبات على حسين" (sanctions on Hussein) read as the listed Ali Hussein, and
// "على حسين سلامي" hid the name after it. Arabic news writes the name Ali with ى too (Egyptian outlets do:
// "على ابراهيم"), but such a name opens a clause or stands after a title ("الرئيس على عبدالله صالح"), or after the
// preposition itself ("عقوبات على على عبدالله صالح": on Ali). After any other word of its clause (a verb, a noun such
// as عقوبات) it is the preposition, and no name begins at it; the walk begins at the next word.
import { CASELESS, JOINED } from '../names/normalize';
import type { ScanState } from './scan-state';
import { isTitleWord, titleWordBits } from './title-word-bits';

const AIN = 0x639;
const LAM = 0x644;
const ALEF_MAQSURA = 0x649;

/** Whether page token k is "على" written with ى, as it stands (no prefix). */
function isAla(s: ScanState, k: number): boolean {
  const start = s.tokens.starts[k];
  const text = s.block.text;
  return s.tokens.ends[k] - start === 3 && text.charCodeAt(start + 2) === ALEF_MAQSURA && text.charCodeAt(start) === AIN && text.charCodeAt(start + 1) === LAM;
}

/** Whether Arabic token i, a name's first word, is the preposition "على" after another word of its clause. */
export function prepositionNotName(s: ScanState, i: number): boolean {
  const flags = s.tokens.flags;
  if ((flags[i] & (JOINED | CASELESS)) !== (JOINED | CASELESS) || i <= s.block.first || !isAla(s, i)) return false;
  const before = i - 1;
  if (!(flags[before] & CASELESS) || isAla(s, before)) return false;
  const id = s.tokens.ids[before];
  return !(id >= 0 && isTitleWord(titleWordBits(s.index), id));
}
