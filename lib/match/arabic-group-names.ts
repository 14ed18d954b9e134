// A group the UN names in Arabic script with one word: "القاعدة" (al-Qaida, also "the base" or "the rule"),
// "المرابطون", "الملثمون". Arabic news names such a group with its word of kind in front, "تنظيم القاعدة" (the
// al-Qaida organisation), as English writes "the Sinaloa cartel": there, and only there, the one word is the group.
import { arabicReadings, isArabicKey } from '../names/arabic';
import * as normalize from '../names/normalize';
import { sanctionsStoryWords } from './page-context';
import { fillsQuote } from './quoted-names';
import { wordAt, type ScanState } from './scan-state';

// Module-local copy (see scan-state.ts).
const { CASELESS, JOINED } = normalize;

// Organisation, group, movement, battalion, militia(s), front, network; folded as normalize.ts folds (ة is ه).
const GROUP_WORDS = new Set(['تنظيم', 'جماعه', 'حركه', 'كتيبه', 'ميليشيا', 'مليشيا', 'ميليشيات', 'جبهه', 'شبكه']);

/** Whether Arabic token i comes right after a word of kind of a group ("تنظيم", also "لتنظيم", "وتنظيم"). */
export function afterArabicGroupWord(s: ScanState, i: number): boolean {
  const { flags } = s.tokens;
  if (i <= s.block.first || !(flags[i] & JOINED) || !(flags[i] & CASELESS) || !(flags[i - 1] & CASELESS)) return false;
  const before = wordAt(s, i - 1);
  if (!isArabicKey(before)) return false;
  return GROUP_WORDS.has(before) || arabicReadings(before).some((w) => GROUP_WORDS.has(w));
}

/**
 * Whether Arabic token i is a word alone in quotes on a page that tells a sanctions story: Arabic, which has no
 * capitals, marks a name so ('تنظيم الدولة و"القاعدة"', 'ولواء “فاطميون”'), and a group's one word is the group there.
 */
export function quotedArabicGroupName(s: ScanState, i: number): boolean {
  return (s.tokens.flags[i] & CASELESS) !== 0 && fillsQuote(s, i, i) && sanctionsStoryWords(s.context) >= 2;
}
