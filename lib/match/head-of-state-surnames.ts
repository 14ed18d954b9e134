// The listed heads of state by surname (a listed role that heads a state: HEAD_OF_STATE), per index: read by the
// surname-alone rule (head-of-state-surname.ts), by a title and a surname (title-surname.ts) and by the trie walk's
// front word (front-run-on.ts). A leaf of its own: the walk may not import the evidence those rules use.
import { HEAD_OF_STATE } from './context-words';
import { lexiconSize } from '../names/lexicon';
import type { NameIndex } from './name-index';
import { perIndex } from './per-index';
import { personsBySurname } from './persons-by-surname';
import { skeletonBits } from './skeleton-bits';

/**
 * Surname skeleton to the listed persons who carry it and whose listed role is a head of state's, once per index: by
 * skeleton number, where in `lists` they are (-1: none), as it is read for every capitalised word outside a name.
 */
export const headsBySurname = perIndex((index: NameIndex): { any: Uint8Array; at: Int32Array; lists: number[][] } => {
  const at = new Int32Array(lexiconSize(index.skeletons)).fill(-1);
  const lists: number[][] = [];
  for (const [surname, persons] of personsBySurname(index)) {
    const heads = persons.filter((e) => index.entityRoles[e] & HEAD_OF_STATE);
    if (heads.length === 0) continue;
    at[surname] = lists.length;
    lists.push(heads);
  }
  return { any: skeletonBits(at.length, (sk) => at[sk] >= 0), at, lists };
});

/** The skeletons of listed heads of state's surnames, as bits (skeleton-bits.ts). */
export function headOfStateSurnameBits(index: NameIndex): Uint8Array {
  return headsBySurname(index).any;
}
