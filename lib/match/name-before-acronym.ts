// Russian and Ukrainian news write a body's full name once, then its acronym in brackets: "Всероссийский
// научно-исследовательский институт автоматики имени Духова (ВНИИА, Москва)". The lists give the acronym (VNIIA) and
// an English name the Russian words do not follow (ALL-RUSSIAN AUTOMATICS RESEARCH INSTITUTE NAMED AFTER N.L. DUKHOV).
// Where the acronym in brackets was found as the body, the words before the bracket whose first letters spell it, in
// order (each part of a hyphened word its own letter), with the patron after "имени", "імені", are the same body's
// name: the page says so. Nothing is read from the lists beyond the acronym's match, whose evidence already stood.
import * as normalize from '../names/normalize';
import * as names from './name-index';
import type { ScanState, Span } from './scan-state';

// Module-local copies (see scan-state.ts).
const { ALL_UPPER, CAPITALIZED, CYRILLIC } = normalize;
const { ENTITY_MASK, entityKind } = names;

/** At most this many capitalised words (a patron's name, initials) after "имени". */
const MAX_PATRON_WORDS = 3;

/**
 * The span of the full name before the Cyrillic acronym `span` names (one token in capitals right after "("), or
 * undefined. `previousEnd` is the last token of the span before it: the full name begins after it.
 */
export function nameBeforeAcronym(s: ScanState, span: Span, previousEnd: number): Span | undefined {
  const i = span.start;
  const { flags, starts, ends, lengths } = s.tokens;
  if (span.end !== i || (flags[i] & (CYRILLIC | ALL_UPPER)) !== (CYRILLIC | ALL_UPPER) || lengths[i] < 3 || lengths[i] > 8) return undefined;
  const text = s.block.text;
  const floor = Math.max(previousEnd, s.block.first - 1);
  if (i - lengths[i] <= floor || text.charCodeAt(starts[i] - 1) !== 0x28) return undefined;
  // "... имени Духова» (ВНИИА": spaces and one closing quote at most between the name and the bracket.
  if (!/^[»"”]?\s*\($/.test(text.slice(ends[i - 1], starts[i]))) return undefined;
  if (span.outputs.some((v) => entityKind(s.index, v & ENTITY_MASK) === 'person')) return undefined;
  const end = i - 1;
  let k = end;
  // The patron's name after "имени", "імені": capitalised words, initials among them.
  for (let j = end; j > floor && j >= end - MAX_PATRON_WORDS; j--) {
    if (flags[j] & CAPITALIZED) continue;
    const word = text.slice(starts[j], ends[j]).toLowerCase();
    if (j < end && (word === 'имени' || word === 'імені')) k = j - 1;
    break;
  }
  // The acronym's letters from its last, each the first of a word, the words joined by a space or a hyphen.
  const acronym = text.slice(starts[i], ends[i]).toLowerCase();
  for (let l = acronym.length - 1; l >= 0; l--, k--) {
    if (k <= floor || !(flags[k] & CYRILLIC) || text[starts[k]].toLowerCase() !== acronym[l]) return undefined;
    if (l > 0 && k - 1 > floor && !/^[ -]$/.test(text.slice(ends[k - 1], starts[k]))) return undefined;
  }
  const start = k + 1;
  if (!(flags[start] & CAPITALIZED)) return undefined;
  return { start, end, outputs: span.outputs, commonNames: false, brief: false, anyCommon: false, common: false };
}
