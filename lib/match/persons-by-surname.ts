// Surname skeleton to the listed persons who carry it, found once per index: the table the title + surname rule
// (title-surname.ts) and the head of state's surname rule (head-of-state-surname.ts) both look a surname up in.
import * as names from './name-index';
import type { NameIndex } from './name-index';
import type { Steps } from '../stepwise';
import { perIndexSteps } from './per-index';
import { runStart } from './runs';

const { entityKind } = names;

/** Surname skeleton to the listed persons who carry it, in entity order, found once per index. */
export const personsBySurname = perIndexSteps(function* (index: NameIndex): Steps<Map<number, number[]>> {
  const map = new Map<number, number[]>();
  const count = index.entityRoles.length;
  for (let e = 0; e < count; e++) {
    if ((e & 8191) === 8191) yield;
    if (entityKind(index, e) !== 'person') continue;
    const first = runStart(index.surnameRuns, e);
    for (let k = first; k < first + index.surnameRuns.lengths[e]; k++) {
      const list = map.get(index.surnames[k]);
      if (!list) map.set(index.surnames[k], [e]);
      // Entities come in order: a repeat (one person's two names with the surname) is the last one. (includes()
      // here was quadratic in a surname's persons: 1.5 s at the first page scan of a million names.)
      else if (list[list.length - 1] !== e) list.push(e);
    }
  }
  return map;
});
