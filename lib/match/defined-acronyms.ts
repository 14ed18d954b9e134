// "Al-Qard al-Hassan (AQAH)", "the Federal Security Service (FSB)": a page defines an organisation's acronym in
// brackets right after its full name, and then uses the acronym alone. The definition is read from the page, not
// derived from the list (FSB is not the initials of Federal Security Service), and holds for the rest of the page.
import * as normalize from '../names/normalize';
import * as names from './name-index';
import type { ScanState, Span } from './scan-state';
import { wordAt } from './scan-state';
import { longestNameAt } from './trie-walk';

// Module-local copies (see scan-state.ts).
const { ALL_UPPER, CASELESS } = normalize;
const { ENTITY_MASK, entityKind } = names;

/** Whether token i is a word in capitals of three to eight letters ("AQAH", "ФСБ"). */
function acronymShape(s: ScanState, i: number): boolean {
  const len = s.tokens.lengths[i];
  return (s.tokens.flags[i] & (ALL_UPPER | CASELESS)) === ALL_UPPER && len >= 3 && len <= 8;
}

/**
 * After a span that names one organisation or agency: when "(ACRONYM)" follows it and the acronym is not found as
 * a listed name there, the page has defined it. Notes it in the page context.
 */
export function noteDefinedAcronym(s: ScanState, span: Span): void {
  const i = span.end + 1;
  const b = s.block;
  if (i >= b.last || !acronymShape(s, i)) return;
  const text = b.text;
  if (!/^\s*\($/.test(text.slice(s.tokens.ends[span.end], s.tokens.starts[i])) || text[s.tokens.ends[i]] !== ')') return;
  const entities = new Set(span.outputs.map((v) => v & ENTITY_MASK));
  if (entities.size !== 1) return;
  const e = span.outputs[0] & ENTITY_MASK;
  if (entityKind(s.index, e) === 'person') return;
  if (s.skels[i] >= 0 && longestNameAt(s, i)) return;
  s.context.acronyms.set(wordAt(s, i), e);
}

/** The organisation a page-defined acronym at token i stands for, or -1. */
export function definedAcronymAt(s: ScanState, i: number): number {
  if (s.context.acronyms.size === 0 || !acronymShape(s, i)) return -1;
  return s.context.acronyms.get(wordAt(s, i)) ?? -1;
}
