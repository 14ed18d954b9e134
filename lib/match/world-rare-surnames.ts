// A listed surname rare in the world: none of the 75 countries' commonest surnames nor a feminine form of one, no
// common name part, everyday word, country or listed first given name, five letters or more. rare-surname.ts lets
// such a surname alone name its one listed owner; evidence.ts takes a minister's title before a name with one.
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { hashWords, lexiconId, lexiconIds, lexiconSize, lexiconWord, type HashedWords } from '../names/lexicon';
import { isCommonNamePart } from '../names/frequency';
import { worldSurnameKeys } from './world-surname-keys';
import { perIndex } from './per-index';
import { personsBySurname } from './persons-by-surname';
import { skeletonBits } from './skeleton-bits';

const { SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_FIRST_GIVEN } = names;

/** The skeletons of the world's commonest surnames that the index holds, once per index. */
export const worldSurnameSkeletons = perIndex((index: NameIndex): ReadonlySet<number> => {
  const world = new Set<number>();
  worldKeys ??= hashWords([...worldSurnameKeys()]);
  for (const sk of lexiconIds(index.skeletons, worldKeys)) if (sk >= 0) world.add(sk);
  return world;
});

/** worldSurnameKeys, hashed once for every index. */
let worldKeys: HashedWords | undefined;

/** Whether skeleton sk is rare in the world (above). */
export function rareInWorld(index: NameIndex, sk: number): boolean {
  const world = worldSurnameSkeletons(index);
  if (world.has(sk) || index.skelFlags[sk] & (SKEL_COMMON_NAME | SKEL_COMMON_WORD | SKEL_COUNTRY | SKEL_FIRST_GIVEN)) return false;
  return index.skeletons.start[sk + 1] - index.skeletons.start[sk] >= 5 && !feminineOfCommon(index, sk, world);
}

/** The listed surnames rare in the world, as bits (skeleton-bits.ts). */
export const worldRareSurnameBits = perIndex((index: NameIndex): Uint8Array => {
  const listed = personsBySurname(index);
  return skeletonBits(lexiconSize(index.skeletons), (sk) => listed.has(sk) && rareInWorld(index, sk));
});

/**
 * Whether skeleton sk is the feminine form of a common East Slavic surname ("pavlova" of Pavlov, "kuznetsova",
 * "petrovskaia" of Petrovsky): one listed Pavlova does not make it rare, and "Павлова" is as often the genitive of any
 * Pavlov. The frequency tables hold the masculine forms only.
 */
function feminineOfCommon(index: NameIndex, sk: number, world: ReadonlySet<number>): boolean {
  const word = lexiconWord(index.skeletons, sk);
  const base = /(ov|ev|in|yn)a$/.test(word) ? word.slice(0, -1) : word.endsWith('skaia') ? `${word.slice(0, -3)}i` : '';
  if (!base) return false;
  const id = lexiconId(index.skeletons, base);
  return isCommonNamePart(base) || (id >= 0 && (world.has(id) || (index.skelFlags[id] & SKEL_COMMON_NAME) !== 0));
}
