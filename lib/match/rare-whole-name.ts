// Rarity belongs to the whole name: "Sergey Shoygu", "Ali Khamenei", "Delcy Rodríguez" each have one common word, but
// the other is rare in the world, and so the two together name one person. Such a name on a page that names the
// person's country is that person, though the page tells no sanctions story (a profile, a family piece); a name of
// common words only ("Kim Yong Chol", "Jose Gonzalez") still needs the page's evidence.
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { isArabicKey } from '../names/arabic';
import { lexiconId, lexiconSize, lexiconWord } from '../names/lexicon';
import { perIndex } from './per-index';
import { hasSkeletonBit, skeletonBits } from './skeleton-bits';
import { worldSurnameKeys } from './world-surname-keys';
import { isCommonNamePart } from '../names/frequency';
import type { ScanState, Span } from './scan-state';

const { SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_PARTICLE, SKEL_FIRST_GIVEN, SKEL_PERSON_PART } = names;
const NOT_RARE = SKEL_COMMON_NAME | SKEL_COMMON_WORD | SKEL_COUNTRY | SKEL_PARTICLE | SKEL_FIRST_GIVEN;

/**
 * The skeletons of persons' name words rare in the world, as bits, once per index: none of the lists' common name
 * parts or the world's frequent names (frequency.ts), none of the 75 countries' commonest surnames, no everyday
 * word, five letters or more, no feminine form of a common surname (Pavlova), and no Arabic-script key (the Arabic
 * rules weigh those: arabic.ts).
 */
const rareWords = perIndex((index: NameIndex): Uint8Array => {
  const world = new Set<number>();
  for (const w of worldSurnameKeys()) {
    const sk = lexiconId(index.skeletons, w);
    if (sk >= 0) world.add(sk);
  }
  const { start } = index.skeletons;
  return skeletonBits(lexiconSize(index.skeletons), (sk) => {
    const flags = index.skelFlags[sk];
    if (!(flags & SKEL_PERSON_PART) || flags & NOT_RARE || world.has(sk) || start[sk + 1] - start[sk] < 5) return false;
    return !isArabicKey(lexiconWord(index.skeletons, sk)[0]) && !feminineOfCommon(index, sk, world);
  });
});

/** Whether a word of the span, as the walk read it, is rare in the world. */
export function hasRareWord(s: ScanState, span: Pick<Span, 'start' | 'end'>): boolean {
  const bits = rareWords(s.index);
  for (let i = span.start; i <= span.end; i++) if (s.skels[i] >= 0 && hasSkeletonBit(bits, s.skels[i])) return true;
  return false;
}

/**
 * Whether skeleton sk is the feminine form of a common East Slavic surname ("pavlova" of Pavlov, "kuznetsova",
 * "petrovskaia" of Petrovsky): one listed Pavlova does not make it rare, and "Павлова" is as often the genitive of any
 * Pavlov. The frequency tables hold the masculine forms only.
 */
export function feminineOfCommon(index: NameIndex, sk: number, world: ReadonlySet<number>): boolean {
  const word = lexiconWord(index.skeletons, sk);
  const base = /(ov|ev|in|yn)a$/.test(word) ? word.slice(0, -1) : word.endsWith('skaia') ? `${word.slice(0, -3)}i` : '';
  if (!base) return false;
  const id = lexiconId(index.skeletons, base);
  return isCommonNamePart(base) || (id >= 0 && (world.has(id) || (index.skelFlags[id] & SKEL_COMMON_NAME) !== 0));
}
