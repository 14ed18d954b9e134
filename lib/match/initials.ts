// A Russian or Ukrainian name by its surname and initials, as official and news texts write it: "В. Путин",
// "В.В. Путин", "Путин В.В.", "Путин В. В.". The trie holds each person's family-first forms (PUTIN Vladimir
// Vladimirovich), so from the surname's state the given names (and then the patronymics) whose Latin spelling
// starts as the initial does are the candidates. A name so written is brief: a common surname needs evidence
// (evidence.ts), as "Иван Иванов" does. Cyrillic surnames only: the Latin corpus is measured without this reading.
import { latinSpellings } from '../names/cyrillic';
import { lexiconWord } from '../names/lexicon';
import * as normalize from '../names/normalize';
import * as names from './name-index';
import { runStart } from './runs';
import { isInitial, readingsOf, type ScanState, type Span } from './scan-state';
import type { NameIndex } from './name-index';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;
const { ENTITY_MASK, SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, entityKind } = names;

/** An initial's Latin beginnings, as the skeleton writes them (y is i, kh is h): "Ю" is iu, "Х" h. */
function initialPrefixes(letter: string): string[] {
  return latinSpellings(letter.toLowerCase()).map((p) => p.replace(/kh/g, 'h').replace(/y/g, 'i').replace(/w/g, 'v'));
}

/** Whether token k of the current block is a Cyrillic initial. */
function isCyrillicInitial(s: ScanState, k: number): boolean {
  return k >= s.block.first && k < s.block.last && isInitial(s, k) && (s.tokens.flags[k] & CYRILLIC) !== 0;
}

/** The initials' tokens joined to the surname at token i: up to two before it, or up to two after it. */
function initialsAround(s: ScanState, i: number): { tokens: number[]; start: number; end: number } | undefined {
  const { flags } = s.tokens;
  // Asked of most capitalised words, which have no initial beside them: that is told before any array is made.
  if (!(isCyrillicInitial(s, i - 1) && flags[i] & JOINED) && !(isCyrillicInitial(s, i + 1) && flags[i + 1] & JOINED)) return undefined;
  const before: number[] = [];
  for (let k = i - 1; before.length < 2 && isCyrillicInitial(s, k) && flags[k + 1] & JOINED; k--) before.unshift(k);
  if (before.length) return { tokens: before, start: before[0], end: i };
  const after: number[] = [];
  for (let k = i + 1; after.length < 2 && isCyrillicInitial(s, k) && flags[k] & JOINED; k++) after.push(k);
  if (after.length) return { tokens: after, start: i, end: after[after.length - 1] };
  return undefined;
}

/** The children of trie state `state` whose skeleton begins as the initial does. */
function childrenByInitial(index: NameIndex, state: number, initial: string): number[] {
  const prefixes = initialPrefixes(initial);
  const out: number[] = [];
  for (let c = index.firstChild[state]; c < index.firstChild[state + 1]; c++) {
    const key = lexiconWord(index.skeletons, index.edgeSkel[c]);
    if (prefixes.some((p) => key.startsWith(p))) out.push(c);
  }
  return out;
}

function childrenOf(index: NameIndex, state: number): number[] {
  const out: number[] = [];
  for (let c = index.firstChild[state]; c < index.firstChild[state + 1]; c++) out.push(c);
  return out;
}

/**
 * The span of a Cyrillic surname at token i with its initials, naming the persons whose listed names agree, or
 * undefined. `previousEnd` is the last token of the block's span before (-1: none).
 */
export function nameByInitials(s: ScanState, i: number, previousEnd: number): Span | undefined {
  const { flags } = s.tokens;
  const index = s.index;
  if ((flags[i] & (CAPITALIZED | CASELESS | CYRILLIC)) !== (CAPITALIZED | CYRILLIC)) return undefined;
  const around = initialsAround(s, i);
  if (!around || around.start <= previousEnd) return undefined;
  const letters = around.tokens.map((k) => s.block.text[s.tokens.starts[k]]);
  for (const surname of [s.skels[i], ...readingsOf(s, i)]) {
    if (surname < 0 || index.skelFlags[surname] & (SKEL_COMMON_WORD | SKEL_COUNTRY)) continue;
    const root = index.rootChild[surname];
    if (root < 0) continue;
    // Given name, then (when the text gives a second initial) the patronymic.
    const outputs: number[] = [];
    let givenCommon = false;
    for (const given of childrenByInitial(index, root, letters[0])) {
      // One initial: the given name's own forms, or its forms with the patronymic (the text leaves it out).
      const states = letters.length > 1 ? childrenByInitial(index, given, letters[1]) : [given, ...childrenOf(index, given)];
      let any = false;
      for (const state of states) {
        const a = runStart(index.outRuns, state);
        for (let o = a; o < a + index.outRuns.lengths[state]; o++) {
          const v = index.outputs[o];
          if (entityKind(index, v & ENTITY_MASK) !== 'person' || outputs.some((w) => (w & ENTITY_MASK) === (v & ENTITY_MASK))) continue;
          outputs.push(v);
          any = true;
        }
      }
      if (any && index.skelFlags[index.edgeSkel[given]] & SKEL_COMMON_NAME) givenCommon = true;
    }
    if (!outputs.length) continue;
    s.skels[i] = surname;
    const surnameCommon = (index.skelFlags[surname] & SKEL_COMMON_NAME) !== 0;
    const commonNames = surnameCommon && givenCommon;
    const anyCommon = surnameCommon || givenCommon;
    return { start: around.start, end: around.end, outputs, commonNames, brief: true, anyCommon, common: commonNames || anyCommon };
  }
  return undefined;
}
