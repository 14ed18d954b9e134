// A surname alone that news uses for a head of state, with no title and no full name before it: "the Assad regime",
// "el régimen de Maduro", "Syria's Assad", "Assad de Siria". The words around it say the office, as a title would:
// the one listed person with that surname whose listed role is a head of state's, on a page that names the
// person's country and is no sports report. A common surname is never enough ("the Kim regime" names no one here).
// In Cyrillic, where the page need not name the country at all ("пресс-секретарь Лукашенко" beside his ministers),
// two other listed persons of his country named in full on the page say whose surname it is instead.
import { mentionOf, type MatchReason, type Mention } from './mention';
import * as normalize from '../names/normalize';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { singleWordCountry } from './context-words';
import { register } from './evidence';
import { hasCountryOnPage } from './precision';
import { headsBySurname } from './head-of-state-surnames';
import { isNameWord, readingsOf, wordAt, type ScanState } from './scan-state';
import { hasSkeletonBit } from './skeleton-bits';
import { runStart } from './runs';
import { personsBySurname } from './persons-by-surname';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;
const { ENTITY_MASK, SKEL_COMMON_NAME, entityHasCountryIn, entityId, entityKind, entityStatusOf } = names;

/** Other listed persons of the head's country, named in full on a page, that say a Cyrillic surname alone is his. */
const COMPATRIOTS = 2;

/** Words after the surname that make it the head of a government ("the Assad regime"). */
const AFTER = new Set(['regime', 'government', 'administration']);
/** Words before "de" that do so in Spanish ("el régimen de Maduro", "el gobierno de Putin", "la Administración de Putin"). */
const BEFORE_DE = new Set(['regimen', 'gobierno', 'administracion', 'presidencia']);

/**
 * The mention a head of state's surname alone makes at token i of the current block, with the words around it that
 * say the office, and its last token; undefined when it makes none.
 */
export function headOfStateSurname(s: ScanState, i: number, sports: boolean): [Mention, number] | undefined {
  const { index, skels, block: b } = s;
  const { flags, lengths } = s.tokens;
  if (sports || (flags[i] & (CAPITALIZED | CASELESS)) !== CAPITALIZED || skels[i] < 0 || lengths[i] < 4) return undefined;
  const table = headsBySurname(index);
  const cyrillic = (flags[i] & CYRILLIC) !== 0;
  const sk = hasSkeletonBit(table.any, skels[i]) ? skels[i] : cyrillic ? headReading(s, i, table.any) : -1;
  if (sk < 0) return undefined;
  const k = table.at[sk];
  if (k < 0 || index.skelFlags[sk] & SKEL_COMMON_NAME) return undefined;
  let e = onlyOneOnPage(s, table.lists[k]);
  let reasons = OFFICE;
  if (e < 0 || !officeAround(s, i)) {
    e = cyrillic ? onlyOneWithCompatriots(s, sk, table.lists[k]) : -1;
    reasons = COMPATRIOTS_NAMED;
  }
  if (e < 0) return undefined;
  // A surname after a given name is someone's full name ("Juan Maduro"), another person's.
  if (i > b.first && flags[i] & JOINED && isNameWord(s, i - 1)) return undefined;
  const status = entityStatusOf(index, e);
  register(s, e, status, { start: i, end: i });
  const start = s.tokens.starts[i];
  const end = s.tokens.ends[i];
  return [mentionOf(b.text, start, end, entityId(index, e), status, [], { reasons }), i];
}

const OFFICE: readonly MatchReason[] = ['title', 'country'];
const COMPATRIOTS_NAMED: readonly MatchReason[] = ['head-of-state-surname', 'co-designated'];

/** A Cyrillic word's reading (a case form, Лукашенко as LUKASHENKA) that is a head of state's surname; -1 when none. */
function headReading(s: ScanState, i: number, any: Uint8Array): number {
  for (const r of readingsOf(s, i)) if (hasSkeletonBit(any, r)) return r;
  return -1;
}

/**
 * The one person of `heads` of whose countries the page names, in full (two words or more), COMPATRIOTS other listed
 * persons whom nobody else listed fits, or -1. Such a name may be a common one (Наталья Кочанова): two of them, of one
 * country, on one page are that government's people. Read only for a Cyrillic head's surname with no office around it.
 */
function onlyOneWithCompatriots(s: ScanState, sk: number, heads: readonly number[]): number {
  const index = s.index;
  if (s.context.surnames.has(sk)) return -1;
  // A relative who carries the surname, named in full anywhere on the page, may be the one it repeats.
  const bearers = personsBySurname(index).get(sk) ?? [];
  let one = -1;
  for (const e of heads) {
    const start = runStart(index.countryRuns, e);
    const own = new Set<number>(index.countries.subarray(start, start + index.countryRuns.lengths[e]));
    const named = new Set<number>();
    for (const b of s.blocks) {
      for (const span of b.spans) {
        if (span.end === span.start) continue;
        let fits = span.outputs.length > 0;
        for (const v of span.outputs) {
          const other = v & ENTITY_MASK;
          if (bearers.includes(other) && !heads.includes(other)) return -1;
          if (heads.includes(other) || entityKind(index, other) !== 'person' || !entityHasCountryIn(index, other, own)) fits = false;
        }
        if (fits) named.add(span.outputs[0] & ENTITY_MASK);
      }
    }
    if (named.size < COMPATRIOTS) continue;
    if (one >= 0) return -1;
    one = e;
  }
  return one;
}

/**
 * The one person of `heads` whose country the page names, or -1 (none, or several): a loop, not a filter, as this
 * runs at every head of state's surname with no title before it, and the filter's array was most of what the rule
 * allocated.
 */
function onlyOneOnPage(s: ScanState, heads: readonly number[]): number {
  let one = -1;
  for (const e of heads) {
    if (!hasCountryOnPage(s, e)) continue;
    if (one >= 0) return -1;
    one = e;
  }
  return one;
}

/**
 * Whether the words around token i say a head of state's office: "regime" and the like right after it, "régimen
 * de" before it, a country's name with a possessive right before it ("Syria's Assad"), or "de" or "of" and a
 * country's name right after it ("Assad de Siria").
 */
function officeAround(s: ScanState, i: number): boolean {
  const b = s.block;
  const flags = s.tokens.flags;
  const text = b.text;
  if (i + 1 < b.last && !(flags[i + 1] & CAPITALIZED) && AFTER.has(wordAt(s, i + 1))) return true;
  if (i - 2 >= b.first && wordAt(s, i - 1) === 'de' && BEFORE_DE.has(wordAt(s, i - 2))) return true;
  if (i > b.first && flags[i - 1] & CAPITALIZED && /^['’]s\s+$/.test(text.slice(s.tokens.ends[i - 1], s.tokens.starts[i])) && singleWordCountry(wordAt(s, i - 1))) return true;
  if (i + 2 < b.last && (flags[i + 2] & CAPITALIZED) !== 0) {
    const joiner = wordAt(s, i + 1);
    if ((joiner === 'de' || joiner === 'of') && singleWordCountry(wordAt(s, i + 2))) return true;
  }
  return false;
}
