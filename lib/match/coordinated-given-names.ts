// Two people of one family named with one surname: "Борис и Аркадий Ротенберги", "Аркадия и Бориса Ротенбергов",
// Ukrainian "Борис та Аркадій Ротенберги". The name after the conjunction is found as usual (the plural surname
// is read as the listed one: declension.ts); the given name before it is the same family's other member, found
// through the trie with that surname, under the same precision rules. Cyrillic text only: the Latin corpus has its
// own annotated habits for shared surnames ("Gilberto y Miguel Rodríguez Orejuela" is optional there).
import * as normalize from '../names/normalize';
import { CYRILLIC_AND } from './context-words-cyrillic';
import * as names from './name-index';
import { accepts, shapeOf } from './precision';
import { runStart } from './runs';
import { isNameWord, readingsOf, wordAt, type ScanState, type Span } from './scan-state';
import { siblingsByPatronymic } from './sibling-patronymic';
import { step } from './trie-walk';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;
const { ENTITY_MASK, SKEL_COMMON_NAME, entityKind } = names;

/**
 * The span of the given name before "и" that shares the person span's surname, or undefined. `span` starts with a
 * given name and `previousEnd` is the last token of the block's span before it (-1: none).
 */
export function coordinatedGivenName(s: ScanState, span: Span, previousEnd: number): Span | undefined {
  const { flags } = s.tokens;
  const index = s.index;
  const i = span.start;
  const g = i - 2;
  if (g < s.block.first || g <= previousEnd || span.end <= i) return undefined;
  if ((flags[g] & (CAPITALIZED | CASELESS | CYRILLIC)) !== (CAPITALIZED | CYRILLIC) || !(flags[i - 1] & JOINED) || !(flags[i] & JOINED)) return undefined;
  if (!CYRILLIC_AND.has(wordAt(s, i - 1))) return undefined;
  // "Сергей Борис и Аркадий…": the word before is part of another name.
  if (g > s.block.first && flags[g] & JOINED && isNameWord(s, g - 1)) return undefined;
  if (!span.outputs.some((v) => entityKind(index, v & ENTITY_MASK) === 'person')) return undefined;
  const rest = shapeOf(s, i + 1, span.end);
  for (const given of [s.skels[g], ...readingsOf(s, g)]) {
    if (given < 0) continue;
    let state = step(index, 0, given);
    for (let j = i + 1; j <= span.end && state >= 0; j++) state = step(index, state, s.skels[j]);
    if (state < 0 || index.outRuns.lengths[state] === 0) continue;
    const a = runStart(index.outRuns, state);
    const shape = shapeOf(s, i, span.end);
    const ok: number[] = [];
    for (let o = a; o < a + index.outRuns.lengths[state]; o++) {
      const v = index.outputs[o];
      if (entityKind(index, v & ENTITY_MASK) === 'person' && accepts(s, shape, v)) ok.push(v);
    }
    if (!ok.length) continue;
    s.skels[g] = given;
    // Brothers share a patronymic: of two listed Boris Rotenbergs, Arkady's brother (sibling-patronymic.ts).
    // Both ways: "Борис и Аркадий Ротенберги" and "Аркадию и Борису Ротенбергам".
    const people = siblingsByPatronymic(s, given, s.skels[i], i + 1, span.end, ok, span.outputs);
    span.outputs = siblingsByPatronymic(s, s.skels[i], given, i + 1, span.end, span.outputs, people);
    const givenCommon = (index.skelFlags[given] & SKEL_COMMON_NAME) !== 0;
    const commonNames = givenCommon && rest.commonNames;
    const anyCommon = givenCommon || rest.anyCommon;
    return { start: g, end: g, outputs: people, commonNames, brief: span.brief, anyCommon, common: commonNames || (span.brief && anyCommon) };
  }
  return undefined;
}

/**
 * The last token of the fuller name after "и", "та" that given name token g shares a surname with ("Ігоря та Бориса
 * Ротенбергів": the surname's token), or g when none follows: the evidence reads the shared surname there, which the
 * given name's own span lacks.
 */
export function coordinatedNameEnd(s: ScanState, g: number): number {
  const { flags } = s.tokens;
  if (g + 3 >= s.block.last || !(flags[g] & CYRILLIC) || !CYRILLIC_AND.has(wordAt(s, g + 1))) return g;
  let end = g;
  for (let k = g + 2; k < Math.min(s.block.last, g + 5) && (flags[k] & (CAPITALIZED | JOINED)) === (CAPITALIZED | JOINED); k++) end = k;
  return end > g + 2 ? end : g;
}

