// "Борис и Аркадий Ротенберги": two given names with one plural surname are mostly brothers, who share a patronymic.
// When the given name before "и" fits two listed people of that surname (ROTENBERG, Boris Romanovich and his son
// ROTENBERG, Boris Borisovich), the one whose patronymic is the named brother's (Arkady Romanovich) is meant. The
// index keeps no name strings: the patronymic is found as a trie word that goes between the brother's given name and
// the surname on the way to his entity, and then between this given name and the surname.
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { runStart } from './runs';
import type { ScanState } from './scan-state';
import { step } from './trie-walk';

// Module-local copy (see scan-state.ts).
const { ENTITY_MASK } = names;

/** The entities at the end of `path` from `state`, or none. */
function entitiesAfter(index: NameIndex, state: number, path: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (const sk of path) {
    if (state < 0) return out;
    state = step(index, state, sk);
  }
  if (state < 0) return out;
  const a = runStart(index.outRuns, state);
  for (let o = a; o < a + index.outRuns.lengths[state]; o++) out.add(index.outputs[o] & ENTITY_MASK);
  return out;
}

/**
 * Of `outputs` (the people the given name `given` and the surname tokens from..to may name), those that share a
 * patronymic with one of `siblings` (the people the given name `brother` and the same surname name); `outputs`
 * itself when none does or it names one person only.
 */
export function siblingsByPatronymic(s: ScanState, given: number, brother: number, from: number, to: number, outputs: number[], siblings: readonly number[]): number[] {
  const index = s.index;
  if (new Set(outputs.map((v) => v & ENTITY_MASK)).size < 2) return outputs;
  const surname: number[] = [];
  for (let j = from; j <= to; j++) surname.push(s.skels[j]);
  const brothers = new Set(siblings.map((v) => v & ENTITY_MASK));
  const brotherState = step(index, 0, brother);
  const own = step(index, 0, given);
  if (brotherState < 0 || own < 0) return outputs;
  for (let c = index.firstChild[brotherState]; c < index.firstChild[brotherState + 1]; c++) {
    if (![...entitiesAfter(index, c, surname)].some((e) => brothers.has(e))) continue;
    const ownState = step(index, own, index.edgeSkel[c]);
    if (ownState < 0) continue;
    const same = entitiesAfter(index, ownState, surname);
    const kept = outputs.filter((v) => same.has(v & ENTITY_MASK));
    if (kept.length) return kept;
  }
  return outputs;
}
