// A high office written right before a name, as evidence that a common name is the listed person whom the lists
// give no position to compare a title with (evidence.ts): a government minister's title before a name with a
// surname rare in the world, and a state's head said with the person's own country ("la presidenta interina de
// Venezuela, Delcy Rodríguez"). A culture page's namesake holds neither office.
import * as normalize from '../names/normalize';
import { HEAD_TITLES, MINISTER_TITLES } from './context-words';
import { entityHasCountry } from './name-index';
import type { Ranked } from './rank';
import { wordAt, type ScanState, type Span } from './scan-state';
import { hasSkeletonBit } from './skeleton-bits';
import { titleBefore, titleWordFrom } from './title-before';
import { worldRareSurnameBits } from './world-rare-surnames';

const { CAPITALIZED, JOINED } = normalize;

/** The words that may stand between a head's title and the country: "of", "the" and an office's modifiers. */
const BETWEEN = new Set(['de', 'del', 'of', 'the', 'la', 'el', 'interim', 'acting', 'interina', 'interino', 'encargada', 'encargado', 'transitional']);

/**
 * "Deputy Prime Minister Olga Golodets", "Defense Minister Sergey Shoygu": a government minister's title right before
 * a name whose surname is rare in the world (world-rare-surnames.ts; only its given name common), of a person the lists give no position to compare it
 * with (one who lists one needs the title of that role: rank.ts), on a page that names the person's country. A
 * culture page's namesake bears no minister's title; the lists name a state's ministers. On a sports page too (a
 * government's sports council): its namesakes are players, coaches, a club's president, never a minister.
 */
export function ministerBefore(s: ScanState, span: Span, best: Ranked, commonSurname: boolean): boolean {
  if (span.commonNames || commonSurname || !best.countryMatch || s.index.entityRoles[best.entity] !== 0) return false;
  if ((titleBefore(s, span.start) & MINISTER_TITLES) === 0) return false;
  const rare = worldRareSurnameBits(s.index);
  for (let i = span.start; i <= span.end; i++) if (s.skels[i] >= 0 && hasSkeletonBit(rare, s.skels[i])) return true;
  return false;
}

/**
 * "la presidenta interina de Venezuela, Delcy Rodríguez", "Venezuelan President ...", "президент России ...": a
 * president's or prime minister's title and one of the person's own countries in the five words right before the
 * name (an apposition's comma before it), with only "of" or an office's modifier between ("interina", "acting")
 * and no other country; a state has one head. Not "el presidente del Banco Central de Venezuela, ...", nor
 * "президент федерации триатлона России ...", the president of a body in the genitive. For a person the lists give
 * no position to compare it with, and a name not made of common words alone.
 */
export function ownHeadBefore(s: ScanState, span: Span, e: number): boolean {
  const index = s.index;
  if (span.commonNames || index.entityRoles[e] !== 0) return false;
  const { ids, flags } = s.tokens;
  const b = s.block;
  const from = Math.max(b.first, span.start - 5);
  if (!titleWordFrom(s, from, span.start)) return false;
  let title = false;
  let own = false;
  for (let k = span.start - 1; k >= from; k--) {
    if (!(flags[k + 1] & JOINED) && !(k + 1 === span.start && commaBetween(s, k))) break;
    const id = ids[k];
    const country = id >= 0 ? index.tokenCountry[id] : 0;
    if (country !== 0) {
      if (!entityHasCountry(index, e, country - 1)) return false;
      own = true;
      continue;
    }
    if (id >= 0 && index.tokenTitle[id] & HEAD_TITLES) title = true;
    else if ((id >= 0 && index.tokenTitle[id] !== 0) || flags[k] & CAPITALIZED || !BETWEEN.has(wordAt(s, k))) break;
  }
  return title && own;
}

/** Whether only a comma and spaces stand between token k and the next ("Venezuela, Delcy"). */
function commaBetween(s: ScanState, k: number): boolean {
  const text = s.block.text;
  let commas = 0;
  for (let c = s.tokens.ends[k]; c < s.tokens.starts[k + 1]; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 44) commas++;
    else if (ch !== 32 && ch !== 160) return false;
  }
  return commas === 1;
}
