// A high office written right before a name, as evidence that a common name is the listed person whom the lists
// give no position to compare a title with (evidence.ts): a government minister's title before a name with a
// surname rare in the world, and a state's head said with the person's own country ("la presidenta interina de
// Venezuela, Delcy Rodríguez"). A culture page's namesake holds neither office.
import * as normalize from '../names/normalize';
import { countryIndex, GOVERNOR_TITLES, HEAD_TITLES, LEGISLATOR_TITLES, MINISTER_TITLES, PROPAGANDIST_TITLES, titleBits } from './context-words';
import { GOVERNMENT_NOUNS_RU, NATIONAL_LEGISLATURE_RU, REGION_NOUNS_RU } from './context-words-cyrillic';
import { entityHasCountry } from './name-index';
import type { Ranked } from './rank';
import { isNameWord, wordAt, type ScanState, type Span } from './scan-state';
import { hasSkeletonBit } from './skeleton-bits';
import { titleWordFrom } from './title-before';
import { worldRareSurnameBits } from './world-rare-surnames';

const { CAPITALIZED, CYRILLIC, JOINED, foldWord } = normalize;

/** The words that may stand between a head's title and the country: "of", "the" and an office's modifiers. */
const BETWEEN = new Set(['de', 'del', 'of', 'the', 'la', 'el', 'interim', 'acting', 'interina', 'interino', 'encargada', 'encargado', 'transitional']);

/**
 * "Deputy Prime Minister Olga Golodets", "Defense Minister Sergey Shoygu", "губернатор Курской области Роман
 * Старовойт": a government minister's or a region's governor's title before a name whose surname is rare in the world
 * (world-rare-surnames.ts; only its given name common), of a person the lists give no position to compare it with
 * (one who lists one needs the title of that role: rank.ts), on a page that names the person's country. A culture
 * page's namesake bears no such title; the lists name a state's ministers and governors. On a sports page too (a
 * government's sports council): its namesakes are players, coaches, a club's president, never a minister.
 */
export function ministerBefore(s: ScanState, span: Span, best: Ranked, commonSurname: boolean): boolean {
  if (span.commonNames || commonSurname || s.index.entityRoles[best.entity] !== 0) return false;
  // Without the country on the page only a region's noun may say it (below): most names stop here.
  if (!best.countryMatch && !(s.tokens.flags[span.start] & CYRILLIC && eastSlavic(s, best.entity))) return false;
  const office = officeBefore(s, span.start);
  if (office === NO_OFFICE && !lawmakerAfter(s, span.end)) return false;
  // A region's noun says the state as a country's word would: oblasts and krais are Russia's, Ukraine's, Belarus's.
  if (!best.countryMatch && office !== REGION_HEAD) return false;
  const rare = worldRareSurnameBits(s.index);
  for (let i = span.start; i <= span.end; i++) if (s.skels[i] >= 0 && hasSkeletonBit(rare, s.skels[i])) return true;
  return false;
}

const NO_OFFICE = 0;
const STATE_OFFICE = 1;
const REGION_HEAD = 2;
const HEAD_WORDS = titleBits('chief') | titleBits('chairman');
const REGION_NOUNS = new Set(REGION_NOUNS_RU.map(foldWord));
const GOVERNMENT_NOUNS = new Set(GOVERNMENT_NOUNS_RU.map(foldWord));
const NATIONAL_LEGISLATURE = new Set(NATIONAL_LEGISLATURE_RU.map(foldWord));

/**
 * The state office written in the four words before token i: a minister's or governor's title with the words of its
 * ministry or region after it ("министр обороны", "губернатор Калининградской области"; REGION_HEAD when a region's
 * noun is among them), or a head's ("глава", "голова") of a region or of the government ("Глава Свердловской
 * области", "головою уряду рф"). No name's word stands between. Or a minister's title before a long portfolio
 * (ministerBeforePortfolio).
 */
function officeBefore(s: ScanState, i: number): number {
  const from = Math.max(s.block.first, i - 4);
  if (!titleWordFrom(s, from, i)) return ministerBeforePortfolio(s, i) ? STATE_OFFICE : NO_OFFICE;
  const { ids, flags } = s.tokens;
  const title = s.index.tokenTitle;
  let bits = 0;
  let region = false;
  let government = false;
  let national = false;
  for (let k = i - 1; k >= from; k--) {
    if (!(flags[k + 1] & JOINED)) break;
    const t = ids[k] >= 0 ? title[ids[k]] : 0;
    if (t !== 0) {
      if (t & LEGISLATOR_TITLES && NATIONAL_LEGISLATURE.has(wordAt(s, k))) national = true;
      bits |= t;
      continue;
    }
    // "народного депутата ...": the word that makes a lawmaker the nation's may stand before the title.
    if (bits & LEGISLATOR_TITLES && NATIONAL_LEGISLATURE.has(wordAt(s, k))) national = true;
    if (bits !== 0 || isNameWord(s, k)) break;
    const word = wordAt(s, k);
    if (REGION_NOUNS.has(word)) region = true;
    else if (GOVERNMENT_NOUNS.has(word)) government = true;
  }
  // A state propagandist ("пропагандистка Ольга Скабєєва", "Топ-пропагандиста Кремля Ольга Скабєєва") holds a public
  // role as a minister does: a culture page's namesake is a host or an actor, never called so.
  // A member of the nation's parliament ("народного депутата ...") is an office of the state too; a town council's
  // deputy is not.
  if (bits & (MINISTER_TITLES | PROPAGANDIST_TITLES) || (bits & HEAD_WORDS && government) || national) return STATE_OFFICE;
  if (bits & GOVERNOR_TITLES || (bits & HEAD_WORDS && region)) return region ? REGION_HEAD : STATE_OFFICE;
  return NO_OFFICE;
}

/** At most this many words of a minister's portfolio between the title and the name. */
const MAX_PORTFOLIO = 12;

/**
 * "міністр із національної політики, зовнішніх зв’язків, друку та інформації, Ахмед Дудаєв": a minister's title
 * before a portfolio of several lower-case words, set off from the name by a comma (an apposition). Only lower-case
 * Cyrillic words, spaces, commas and apostrophes stand between; anything else (a capitalised word, a full stop)
 * ends the search.
 */
function ministerBeforePortfolio(s: ScanState, i: number): boolean {
  const { ids, flags, starts, ends } = s.tokens;
  const text = s.block.text;
  if (i - 2 < s.block.first || !(flags[i] & CYRILLIC) || text.charCodeAt(ends[i - 1]) !== 44) return false;
  const title = s.index.tokenTitle;
  for (let k = i - 1; k >= Math.max(s.block.first, i - MAX_PORTFOLIO); k--) {
    if (ids[k] >= 0 && title[ids[k]] & MINISTER_TITLES) return true;
    if ((flags[k] & (CAPITALIZED | CYRILLIC)) !== CYRILLIC || k === s.block.first) return false;
    for (let c = ends[k - 1]; c < starts[k]; c++) {
      const u = text.charCodeAt(c);
      // space, no-break space, comma, apostrophes (’ ' ʼ)
      if (u !== 32 && u !== 0xa0 && u !== 44 && u !== 0x2019 && u !== 39 && u !== 0x2bc) return false;
    }
  }
  return false;
}

/**
 * "Віктор Медведчук – депутат Верховної Ради": a member of the nation's parliament said in an apposition after a dash
 * right after the name (token `end` its last), the nation's word among the three words after the dash.
 */
function lawmakerAfter(s: ScanState, end: number): boolean {
  const { ids, flags, starts, ends } = s.tokens;
  const last = Math.min(s.block.last, end + 4);
  if (end + 1 >= last || !dashBetween(s.block.text, ends[end], starts[end + 1])) return false;
  const title = s.index.tokenTitle;
  let lawmaker = false;
  let national = false;
  for (let k = end + 1; k < last; k++) {
    if (k > end + 1 && !(flags[k] & JOINED)) break;
    if (ids[k] >= 0 && title[ids[k]] & LEGISLATOR_TITLES) lawmaker = true;
    if (NATIONAL_LEGISLATURE.has(wordAt(s, k))) national = true;
  }
  return lawmaker && national;
}

/** Whether text from..to is one dash (–, —, -) between spaces. */
function dashBetween(text: string, from: number, to: number): boolean {
  let dashes = 0;
  for (let c = from; c < to; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 0x2013 || ch === 0x2014 || ch === 45) dashes++;
    else if (ch !== 32 && ch !== 0xa0) return false;
  }
  return dashes === 1;
}

const EAST_SLAVIC = ['ru', 'ua', 'by'].map(countryIndex);

function eastSlavic(s: ScanState, e: number): boolean {
  return EAST_SLAVIC.some((c) => c >= 0 && entityHasCountry(s.index, e, c));
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
