// A surname alone that news uses for a head of state, with no title and no full name before it: "the Assad regime",
// "el régimen de Maduro", "Syria's Assad", "Assad de Siria". The words around it say the office, as a title would:
// the one listed person with that surname whose listed role is a head of state's, on a page that names the
// person's country and is no sports report. A common surname is never enough ("the Kim regime" names no one here).
import { mentionOf, type MatchReason, type Mention } from './mention';
import * as normalize from '../names/normalize';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { singleWordCountry } from './context-words';
import { register } from './evidence';
import { hasCountryOnPage } from './precision';
import { headsBySurname } from './head-of-state-surnames';
import { isNameWord, wordAt, type ScanState } from './scan-state';
import { hasSkeletonBit } from './skeleton-bits';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CASELESS, JOINED } = normalize;
const { SKEL_COMMON_NAME, entityId, entityStatusOf } = names;

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
  if (!hasSkeletonBit(table.any, skels[i])) return undefined;
  const k = table.at[skels[i]];
  if (k < 0 || index.skelFlags[skels[i]] & SKEL_COMMON_NAME) return undefined;
  const e = onlyOneOnPage(s, table.lists[k]);
  if (e < 0 || !officeAround(s, i)) return undefined;
  // A surname after a given name is someone's full name ("Juan Maduro"), another person's.
  if (i > b.first && flags[i] & JOINED && isNameWord(s, i - 1)) return undefined;
  const status = entityStatusOf(index, e);
  register(s, e, status, { start: i, end: i });
  const start = s.tokens.starts[i];
  const end = s.tokens.ends[i];
  return [mentionOf(b.text, start, end, entityId(index, e), status, [], { reasons: OFFICE }), i];
}

const OFFICE: readonly MatchReason[] = ['title', 'country'];

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
