// A given name and a patronymic with no surname ("Владимир Владимирович", "Рамзан Ахматович", "Олег Володимирович")
// after the page named a listed person in full: Russian and Ukrainian news address and quote a person so. It names
// the one person the page named whose listed name has those two words before a surname; a third capitalised word
// after them is someone's surname, and then the trie has found the whole name or it is someone else.
import { mentionOf, type MatchReason, type Mention } from './mention';
import * as normalize from '../names/normalize';
import * as names from './name-index';
import { runStart } from './runs';
import { step } from './trie-walk';
import { isNameWord, readingsOf, type ScanState } from './scan-state';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;
const { entityId, entityKind, entityStatusOf, stateNamesEntity } = names;

const PAIR = CAPITALIZED | CYRILLIC | JOINED;

/**
 * The mention tokens i and i + 1 make as a named person's given name and patronymic, and its last token; undefined
 * when they are none. Called for a capitalised word outside any name once the page named someone.
 */
export function givenAndPatronymic(s: ScanState, i: number): [Mention, number] | undefined {
  const { flags, starts, ends } = s.tokens;
  const b = s.block;
  const j = i + 1;
  // The cheap tests first: a Cyrillic word, a capitalised Cyrillic word joined to it, no third name word after.
  if (j >= b.last || (flags[i] & (CAPITALIZED | CASELESS | CYRILLIC)) !== (CAPITALIZED | CYRILLIC) || (flags[j] & (PAIR | CASELESS)) !== PAIR) return undefined;
  if (s.skels[i] < 0 || s.skels[j] < 0 || !patronymicShaped(b.text, starts[j], ends[j])) return undefined;
  if (j + 1 < b.last && (flags[j + 1] & (JOINED | CAPITALIZED)) === (JOINED | CAPITALIZED)) return undefined;
  if (i > b.first && flags[i] & JOINED && isNameWord(s, i - 1)) return undefined;
  const e = namedPerson(s, i, j);
  if (e < 0) return undefined;
  const status = s.context.resolved.get(e) ?? entityStatusOf(s.index, e);
  return [mentionOf(b.text, starts[i], ends[j], entityId(s.index, e), status, [], { reasons: EARLIER_FULL_NAME }), j];
}

/**
 * Whether the word from..to ends as a patronymic does in any case: -вич-, -віч- (Belarusian) or -вн- in its last six
 * letters (Владимирович, Владимировичем, Ахматовна, Ивановной, Іванівни). Read off the text, with no string made.
 */
function patronymicShaped(text: string, from: number, to: number): boolean {
  if (to - from < 7) return false;
  for (let k = Math.max(from + 3, to - 6); k + 1 < to; k++) {
    if (text.charCodeAt(k) !== 0x432) continue;
    const a = text.charCodeAt(k + 1);
    if (a === 0x43d) return true;
    if ((a === 0x438 || a === 0x456) && k + 2 < to && text.charCodeAt(k + 2) === 0x447) return true;
  }
  return false;
}

/** The one person the page named whose listed name goes on from tokens i, j to one of their surnames; -1 when not one. */
function namedPerson(s: ScanState, i: number, j: number): number {
  const index = s.index;
  let found = -1;
  for (const e of s.context.named.keys()) {
    if (entityKind(index, e) !== 'person' || !namesWith(s, i, j, e)) continue;
    if (found >= 0 && found !== e) return -1;
    found = e;
  }
  return found;
}

/** Whether some reading of tokens i and j, then one of e's surnames, walks the trie to a name of e. */
function namesWith(s: ScanState, i: number, j: number, e: number): boolean {
  const index = s.index;
  const first = runStart(index.surnameRuns, e);
  const count = index.surnameRuns.lengths[e];
  if (count === 0) return false;
  for (const gi of readings(s, i)) {
    const g = step(index, 0, gi);
    if (g < 0) continue;
    for (const pj of readings(s, j)) {
      const p = step(index, g, pj);
      if (p < 0) continue;
      for (let k = first; k < first + count; k++) {
        const state = step(index, p, index.surnames[k]);
        if (state >= 0 && stateNamesEntity(s.index, state, e)) return true;
      }
    }
  }
  return false;
}

/** Token i's skeleton and its other readings (a declined Cyrillic word's nominatives). */
function readings(s: ScanState, i: number): readonly number[] {
  const r = readingsOf(s, i);
  return r.length > 0 ? r : [s.skels[i]];
}


const EARLIER_FULL_NAME: readonly MatchReason[] = ['earlier-full-name'];
