// Issue #18: rarity belongs to the whole name. A common given name with a surname that is rare where the person is
// from ("Oleg Deripaska", "Наталья Эйсмонт") is a name few people share, and names the one listed person who has it
// without the page's evidence, as a rare name does. Rare here is what the data can say: the person is of Russia,
// Ukraine or Belarus, where a frequency table reaches far (the 500 commonest Russian surnames and their feminine
// forms, russian-surnames.ts, over the 75 countries' commonest, world-surnames.ts); the surname is none of them, rare
// in the world (world-rare-surnames.ts: no common name part, five letters or more, no feminine form of a common one),
// no other listed person carries it but relatives the lists tie to one another (a family's surname is no commoner for
// its listed wife and daughters: "Ксения Шойгу"; two unrelated listed Drobnitzers say the name is not rare), and it is not of the shapes that East Slavic
// surnames take by the thousand: the 500's own tail is of those shapes, and past it ("Александру Толмачеву", a
// schoolboy namesake of a listed deputy) or among Ukrainian and Belarusian names, whose tables hold a few dozen,
// no data says such a surname is rare. A surname the data cannot call rare stays common, and so does the name.
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { countryIndex } from './context-words';
import { isLinked } from './entity-links';
import { hashWords, lexiconIds, lexiconSize, lexiconWord } from '../names/lexicon';
import { RUSSIAN_SURNAMES } from '../names/russian-surnames';
import { skeleton } from '../names/transliterate';
import { perIndex } from './per-index';
import { personsBySurname } from './persons-by-surname';
import { runStart } from './runs';
import { hasSkeletonBit, skeletonBits } from './skeleton-bits';
import { worldRareSurnameBits } from './world-rare-surnames';
import type { ScanState, Span } from './scan-state';

const { entityHasCountry, entityKind } = names;

const EAST_SLAVIC = ['ru', 'ua', 'by'].map(countryIndex).filter((c) => c >= 0);

/** The listed surnames rare in the world, in Russia's table too, with one listed carrier: as bits, once per index. */
const rareSoleSurnames = perIndex((index: NameIndex): Uint8Array => {
  const world = worldRareSurnameBits(index);
  const frequent = new Set<number>();
  for (const sk of lexiconIds(index.skeletons, hashWords([...new Set(RUSSIAN_SURNAMES.split(/\s+/).filter(Boolean).map(skeleton))]))) if (sk >= 0) frequent.add(sk);
  const persons = personsBySurname(index);
  return skeletonBits(lexiconSize(index.skeletons), (sk) => hasSkeletonBit(world, sk) && !frequent.has(sk) && oneFamily(index, persons.get(sk)) && !EAST_SLAVIC_SHAPE.test(lexiconWord(index.skeletons, sk)));
});

/**
 * Whether the listed carriers of a surname are one person, or relatives the lists link into one family (OFAC's
 * "Linked To:" between them, each reached from the first through such links).
 */
function oneFamily(index: NameIndex, persons: readonly number[] | undefined): boolean {
  if (persons === undefined || persons.length === 0) return false;
  if (persons.length === 1) return true;
  const reached = [persons[0]];
  for (let k = 0; k < reached.length; k++) {
    for (const p of persons) if (!reached.includes(p) && isLinked(index, reached[k], p)) reached.push(p);
  }
  return reached.length === persons.length;
}

// The productive East Slavic surname shapes, as skeletons end: Russian -ov, -ev, -in, -yn (Tolmachev, Skabeeva,
// Prigozhin), -sky, -skaya, -ikh; Ukrainian -enko, -ko, -uk, -chuk (Medvedchuk); Belarusian -enka, -ich, -onak.
const EAST_SLAVIC_SHAPE = /(?:[oe]v|[iy]n|[oe]va|[iy]na|sk(?:ii|iy|y|i|oi|oy|aia|aya)|[iy]kh|[iy]h|ko|uk|enka|ich|nak)$/;

/** Whether the span names person e by a given name and a surname of e's that make a rare whole name (above). */
export function rareWholeName(s: ScanState, span: Span, e: number): boolean {
  const index = s.index;
  if (span.end <= span.start || entityKind(index, e) !== 'person' || !EAST_SLAVIC.some((c) => entityHasCountry(index, e, c))) return false;
  const bits = rareSoleSurnames(index);
  const first = runStart(index.surnameRuns, e);
  for (let k = first; k < first + index.surnameRuns.lengths[e]; k++) {
    const sk = index.surnames[k];
    if (!hasSkeletonBit(bits, sk)) continue;
    for (let i = span.start; i <= span.end; i++) if (s.skels[i] === sk) return true;
  }
  return false;
}
