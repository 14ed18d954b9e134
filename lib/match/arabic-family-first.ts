// Arabic writes a person given name first, as the Arabs, Iranians and Europeans the lists hold name themselves: two
// Arabic words that are a listed name only in family-first order ("حماية المال", protecting the money, as HAMEIAH,
// Mamil, an alias of HAMIEH, Jamiel) are not that person's name but everyday words, unless the person is of a country
// whose names put the family first (كيم for KIM of North Korea).
import { isArabicKey } from '../names/arabic';
import { countryIndex } from './context-words';
import { ENTITY_MASK, OUT_FAMILY_FIRST, entityHasCountryIn, entityKind, type NameIndex } from './name-index';
import type { ScanState, Span } from './scan-state';

/** Countries whose names put the family first: East Asia, Cambodia and Hungary. */
const FAMILY_FIRST_COUNTRIES = new Set(['kp', 'kr', 'cn', 'tw', 'hk', 'mo', 'jp', 'vn', 'kh', 'hu'].map(countryIndex).filter((c) => c >= 0));

function familyFirstCountry(index: NameIndex, e: number): boolean {
  return entityHasCountryIn(index, e, FAMILY_FIRST_COUNTRIES);
}

/** Whether span, two Arabic words, names person e only in family-first order, e being of no family-first country. */
export function familyFirstInArabic(s: ScanState, span: Span, e: number): boolean {
  if (span.end - span.start !== 1 || !isArabicKey(s.block.text[s.tokens.starts[span.start]]) || entityKind(s.index, e) !== 'person') return false;
  for (const v of span.outputs) if ((v & ENTITY_MASK) === e && !(v & OUT_FAMILY_FIRST)) return false;
  return !familyFirstCountry(s.index, e);
}
