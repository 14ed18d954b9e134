// Russian and Ukrainian put a firm's word of kind before its name ("холдинга USM", "банка ВТБ", "компании Rusal"),
// where the lists' English puts it after (USM HOLDINGS LIMITED, VTB BANK PJSC). A brand right after such a word is
// read with the word's English behind it: the trie walks from the brand to "holding" or "holdings", and a firm's name
// that ends there (without its legal form) is the firm. Only the glossary's nouns of kind that news sets before a
// firm's name (lib/names/org-glossary.ts), only an organization, and only with the evidence a firm's two-word name
// needs: its country on the page or sanctions words near it. The mark covers the brand; the word of kind is the
// sentence's.
import { orgGlossaryWords } from '../names/org-glossary';
import { lexiconId } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { skeleton } from '../names/transliterate';
import * as names from './name-index';
import { hasCountryOnPage, sanctionsNear } from './precision';
import { runStart } from './runs';
import type { ScanState, Span } from './scan-state';
import { step } from './trie-walk';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CYRILLIC, JOINED } = normalize;
const { ENTITY_MASK, OUT_SHARED_BRAND, SKEL_COMMON_WORD, SKEL_COUNTRY, entityKind } = names;

/** The glossary's English words of kind that Russian news sets before a firm's name, and their plurals. */
const KINDS_BEFORE = new Set(['holding', 'company', 'corporation', 'group', 'bank', 'concern', 'fund']);

/**
 * The span of a brand at token i named after its word of kind (token i - 1), or undefined. Asked where a listed
 * name begins at token i but none was found; the flags first, then the word's string.
 */
export function brandAfterKindWord(s: ScanState, i: number): Span | undefined {
  const { flags, starts, ends } = s.tokens;
  const index = s.index;
  if (i === s.block.first || (flags[i] & (JOINED | CAPITALIZED)) !== (JOINED | CAPITALIZED) || (flags[i - 1] & (CYRILLIC | CAPITALIZED)) !== CYRILLIC) return undefined;
  const sk = s.skels[i];
  if (sk < 0 || index.skelFlags[sk] & (SKEL_COMMON_WORD | SKEL_COUNTRY)) return undefined;
  const from = index.rootChild[sk];
  if (from < 0) return undefined;
  const kinds = orgGlossaryWords(s.block.text.slice(starts[i - 1], ends[i - 1]).toLowerCase());
  const outputs: number[] = [];
  for (const kind of kinds) {
    if (!KINDS_BEFORE.has(kind)) continue;
    for (const w of [kind, kind + 's']) {
      const k = lexiconId(index.skeletons, skeleton(w));
      const state = k < 0 ? -1 : step(index, from, k);
      if (state < 0) continue;
      const first = runStart(index.outRuns, state);
      for (let o = first; o < first + index.outRuns.lengths[state]; o++) {
        const v = index.outputs[o];
        const e = v & ENTITY_MASK;
        if (v & OUT_SHARED_BRAND || entityKind(index, e) === 'person' || outputs.some((x) => (x & ENTITY_MASK) === e)) continue;
        if (hasCountryOnPage(s, e) || sanctionsNear(s, i - 1, i)) outputs.push(v);
      }
    }
  }
  return outputs.length ? { start: i, end: i, outputs, commonNames: false, brief: true, anyCommon: false, common: false } : undefined;
}
