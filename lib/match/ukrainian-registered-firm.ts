// A firm's Ukrainian legal form before its name ('ПАТ "ВТБ Банк"': публічне акціонерне товариство) says where the firm
// is registered: the Ukrainian firm of the name (PJSC VTB BANK (KIEV), whose list name is PUBLICHNE AKTSIONERNE
// TOVARYSTVO VTB BANK), not the Russian parent the same words name, which Russian writes ПАО.
import { countryIndex } from './context-words';
import { entityHasCountry, entityKind } from './name-index';
import type { ScanState, Span } from './scan-state';

/** Ukrainian legal forms, as written: the public and private joint-stock company and the limited liability company. */
const UKRAINIAN_FORMS = new Set(['ПАТ', 'ПрАТ', 'ТОВ']);
const UKRAINE = countryIndex('ua');

/** Whether a Ukrainian legal form stands right before span, with an opening quote or a space between. */
function ukrainianFormBefore(s: ScanState, span: Span): boolean {
  const k = span.start - 1;
  if (k < s.block.first) return false;
  const { starts, ends } = s.tokens;
  const text = s.block.text;
  // The letters first: a form is three or four letters, then at most a space and a quote before the name.
  const gap = starts[span.start] - ends[k];
  if (ends[k] - starts[k] > 4 || ends[k] - starts[k] < 3 || gap < 1 || gap > 2) return false;
  if (gap === 2 && !'"«“„\''.includes(text[starts[span.start] - 1])) return false;
  return UKRAINIAN_FORMS.has(text.slice(starts[k], ends[k]));
}

/**
 * Of the entities ranked (best first), the one to take first: a firm registered in Ukraine among them where a
 * Ukrainian legal form stands before the name and the best is not one; -1 otherwise.
 */
export function ukrainianFirmFirst(s: ScanState, span: Span, ranked: readonly { entity: number }[]): number {
  if (ranked.length < 2 || UKRAINE < 0 || entityKind(s.index, ranked[0].entity) !== 'organization' || !ukrainianFormBefore(s, span)) return -1;
  if (entityHasCountry(s.index, ranked[0].entity, UKRAINE)) return -1;
  for (let k = 1; k < ranked.length; k++) if (entityKind(s.index, ranked[k].entity) === 'organization' && entityHasCountry(s.index, ranked[k].entity, UKRAINE)) return k;
  return -1;
}
