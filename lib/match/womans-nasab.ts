// A woman's Arabic name goes on with her father's given and family names, with no "بنت" between: "غادة أديب مهنا" is
// Ghada, daughter of Adib Muhanna, and no mention of the listed Adib Muhanna. A listed man's name right after a
// woman's given name (lib/names/arabic-womens-names.ts) is her nasab, unless the page named him apart before; a name
// that begins with a woman's given name itself is hers (a listed woman's), and stands.
import { isArabicWomansName } from '../names/arabic-womens-names';
import * as normalize from '../names/normalize';
import { wordAt, type ScanState } from './scan-state';

// Module-local copy (see scan-state.ts).
const { CASELESS, JOINED } = normalize;

/**
 * Whether the Arabic person's name at tokens start..end (first name word `first`) comes right after a woman's given
 * name, only a space between, and begins with no woman's given name of its own.
 */
export function afterWomansGivenName(s: ScanState, start: number, first: number): boolean {
  const { flags } = s.tokens;
  if (start <= s.block.first || (flags[start] & (JOINED | CASELESS)) !== (JOINED | CASELESS) || !(flags[start - 1] & CASELESS)) return false;
  return isArabicWomansName(wordAt(s, start - 1)) && !isArabicWomansName(wordAt(s, first));
}
