// A person's name that an Arabic page word meets only through its Latin reading (arabic-latin-reading.ts) stands
// when it has three words or more, all of them words some listed Arabic-script name has ("أحمد علي عبدالله صالح").
// Two words ("بشار الأسد", "عبدالملك الحوثي"), or a word no listed Arabic name has ("حمشو", read by its letters
// alone), stand only on a page that tells a sanctions story and is no sports report, and only with the person's
// family name among them: two words read by their consonants are many people's ("محمد صلاح" of a football page), an
// everyday word may share a name's letters, and a given name of two words ("عبد السلام": Abdul Salam) is no one's
// whole name.
import { arabicReadings, isArabicUnit, isCommonArabicName } from '../names/arabic';
import { lexiconFirstUnit, lexiconId } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { skeleton } from '../names/transliterate';
import { arabicParticleAt, isSurnameOf } from './arabic-descent';
import { keptAsListedBehindPrefix } from './arabic-word-memo';
import { WORD_NOT_GIVEN } from './context-words';
import { ENTITY_MASK, OUT_ALIAS, OUT_MISSING_SHIFT, SKEL_PARTICLE } from './name-index';
import { sanctionsStoryWords } from './page-context';
import { readingsOf, wordAt, type ScanState } from './scan-state';

const { CASELESS, JOINED } = normalize;

/** Story words a page needs (as for a rare surname alone: rare-surname.ts). */
const STORY_WORDS = 3;

/** How an Arabic page read the words of a name (latinReading): none of them through a Latin reading. */
export const NOT_LATIN_READ = 0;
/** Some through a Latin reading, each of those a word some listed Arabic-script name has too. */
export const LATIN_READ_LISTED = 1;
/** Some through a Latin reading, one of those a word no listed Arabic-script name has. */
export const LATIN_READ_UNLISTED = 2;

/**
 * How tokens start..end were read: whether some Arabic word among them meets the name only through a Latin reading
 * (its skeleton a Latin word), and whether each such word is a listed Arabic name's word. The same for every entity
 * the name may be: accepts finds it once per name.
 */
export function latinReading(s: ScanState, start: number, end: number): number {
  const { flags, starts } = s.tokens;
  const skeletons = s.index.skeletons;
  let reading = NOT_LATIN_READ;
  for (let k = start; k <= end; k++) {
    const sk = s.skels[k];
    if (sk < 0 || !(flags[k] & CASELESS) || !isArabicUnit(s.block.text.charCodeAt(starts[k]))) continue;
    if (isArabicUnit(lexiconFirstUnit(skeletons, sk))) continue;
    reading = LATIN_READ_LISTED;
    if (!listedArabicWord(s, k)) return LATIN_READ_UNLISTED;
  }
  return reading;
}

/**
 * Whether a person's name at tokens start..end (`words` of them, read as `reading` says: latinReading) may stand for
 * the person of `output` (an entity and its form: name-index.ts) under the rule above. "بن" is no name word, though
 * listed Arabic names have it ("خالد بن الوليد" is two words), but where the family name the list writes with it
 * begins ("أسامة بن لادن": BIN LADIN); and a form that leaves out a listed word ("خالد الوليد" of WALID, Hafiz Khalid)
 * is part of a name: both need the evidence a two-word name does.
 */
export function latinReadNameAllowed(s: ScanState, start: number, end: number, words: number, output: number, reading: number): boolean {
  if (reading === NOT_LATIN_READ) return true;
  // A kin or place word is no one's name word ("وشقيقها الأكبر محمد القذافي": the elder, no AKBAR, Mohamad).
  const first = s.tokens.ids[start];
  if (first >= 0 && s.index.tokenInfo[first] & WORD_NOT_GIVEN) return false;
  const e = output & ENTITY_MASK;
  const missing = (output >>> OUT_MISSING_SHIFT) & 7;
  if (reading === LATIN_READ_LISTED && missing === 0 && namedWords(s, start, end, words, e) >= 3) return true;
  const ctx = s.context;
  const story = sanctionsStoryWords(ctx);
  if (!storyTold(s, start, end, story) || ctx.sportsWords >= 2 * story || !hasSurname(s, start, end, e)) return false;
  // "عبد الحق" is one given name, Abdul Haq, though a list writes it HAQ, Abdul: alone it is anyone's, and here the
  // first of a longer name ("عبد الحق واثق"). Asked of two words only: the word's string is made here.
  if (end === start + 1 && isAbd(wordAt(s, start))) return false;
  // Two of the commonest Arabic names read by their Latin letters as an alias of the person ("سعيد أحمد" as AHMAD,
  // Sayyid, another identity of HARB, Khalil Yusif) are thousands of people's, and the alias no spelling of the
  // person's own name: no one, not even a possible match. By the primary name ("العميد علي حسن" of HASSAN, Ali ...)
  // they stay a common name that the page's evidence may confirm. Last: the words' strings are made here.
  return !(output & OUT_ALIAS && end === start + 1 && commonArabicWord(s, start) && commonArabicWord(s, end));
}

/**
 * Whether the page tells the sanctions story a name read by its Latin letters needs: three story words; or, for a name
 * with a word beside the commonest Arabic names, as a short
 * news item tells its story in fewer, two with one of them near the name ("فرضت بريطانيا عقوبات على 4 من قادة الدعم
 * السريع بينهم عبد الرحيم دقلو"); or a word of sanctions for certain near it ("قرر مجلس الأمن رفع حظر السفر عن أرملة
 * ... معمر القذافي"), anywhere on a page of SHORT_PAGE tokens at most, which is all one story.
 */
function storyTold(s: ScanState, start: number, end: number, story: number): boolean {
  if (story >= STORY_WORDS) return true;
  // "علي صالح": a name of the commonest Arabic names only is thousands of people's, and a thin story tells none apart.
  if (story === 0 || allCommonArabic(s, start, end)) return false;
  const ctx = s.context;
  const from = s.offset + start - NEAR;
  const to = s.offset + end + NEAR;
  const near = (x: number) => x >= from && x <= to;
  if (ctx.sanctionsAt.length > 0 && ctx.tokens <= SHORT_PAGE) return true;
  return ctx.sanctionsAt.some(near) || (story >= 2 && ctx.anchored && ctx.storyAt.some(near));
}

/** Tokens either side of a name that count as near it (as precision.ts's sanctionsNear). */
const NEAR = 60;
/** The tokens of a page short enough that its story is near each of its names. */
const SHORT_PAGE = 300;

/**
 * Whether tokens start..end, two Arabic words read by their Latin letters as person e's name, run on, with no comma
 * or "و", into the family name of another listed person the page named before: "محمد حمدان دقلو" (Hemedti) after
 * "عبد الرحيم حمدان دقلو" is the first two words of a relative's longer name, and the listed family name met inside
 * the man's father's ("محمد حمدان" is no ALHMIDAN, Mohamad): Arabic writes the family name last. Asked when the
 * name is resolved (evidence.ts), once the page's earlier names, in this block too, are registered.
 */
export function runsOnIntoNamedFamily(s: ScanState, start: number, end: number, e: number): boolean {
  if (end !== start + 1 || !familyNameNext(s, end + 1, e)) return false;
  return latinReading(s, start, end) !== NOT_LATIN_READ;
}

/**
 * Whether token k is an Arabic word right after the name (only spaces between), no "و" in front, that is the family
 * name of a listed person other than e whom the page named in full before: as the page wrote that name read by its
 * Latin letters ("دقلو" of "عبد الرحيم حمدان دقلو", DAGALO), or read as one of such a person's family names. Only a
 * name the page itself gave makes the word a family name: read by its consonants alone, many everyday words right
 * after a name are some listed person's ("رئيس", president, as RAIS).
 */
function familyNameNext(s: ScanState, k: number, e: number): boolean {
  const { flags, starts } = s.tokens;
  if (k >= s.block.last || !(flags[k] & JOINED) || !(flags[k] & CASELESS)) return false;
  const c = s.block.text.charCodeAt(starts[k]);
  if (c === 0x648 || !isArabicUnit(c)) return false;
  if (s.context.writtenArabicSurnames.has(s.tokens.hashes[k])) return true;
  const surnames = s.context.surnames;
  if (surnames.size === 0) return false;
  const readings = readingsOf(s, k);
  for (const r of readings.length ? readings : [s.skels[k]]) {
    const named = r >= 0 ? surnames.get(r) : undefined;
    if (named && named.some((x) => x !== e)) return true;
  }
  return false;
}

/** The name's `words` less each Arabic word of descent inside it that begins no family name of person e. */
function namedWords(s: ScanState, start: number, end: number, words: number, e: number): number {
  const { flags, starts } = s.tokens;
  let named = words;
  for (let k = start + 1; k <= end; k++) {
    const sk = s.skels[k];
    if (sk < 0 || !(flags[k] & CASELESS) || !isArabicUnit(s.block.text.charCodeAt(starts[k]))) continue;
    if (arabicParticleAt(s, k) && !(s.index.skelFlags[sk] & SKEL_PARTICLE) && !isSurnameOf(s, k + 1, e)) named--;
  }
  return named;
}

/** Whether each of tokens start..end is one of the commonest Arabic names (commonArabicWord). */
function allCommonArabic(s: ScanState, start: number, end: number): boolean {
  for (let k = start; k <= end; k++) if (!commonArabicWord(s, k)) return false;
  return true;
}

/** Whether Arabic token k is one of the commonest Arabic names, also behind "و" ("وسعيد"). */
function commonArabicWord(s: ScanState, k: number): boolean {
  const w = wordAt(s, k);
  return isCommonArabicName(w) || (w.charCodeAt(0) === 0x648 && isCommonArabicName(w.slice(1)));
}

/** Whether a folded Arabic word is "عبد", also behind و, ف, ل or ب ("وعبد"). */
function isAbd(w: string): boolean {
  return w.endsWith(ABD) && (w.length === 3 || (w.length === 4 && 'وفلب'.includes(w[0])));
}

const ABD = 'عبد';

/** Whether tokens start..end carry one of person e's family names (the index's surnames of its listed names). */
function hasSurname(s: ScanState, start: number, end: number, e: number): boolean {
  for (let i = start; i <= end; i++) if (isSurnameOf(s, i, e)) return true;
  return false;
}

/** Whether Arabic token k is a word some listed Arabic-script name has, as written or behind its prefix ("وأحمد"). */
function listedArabicWord(s: ScanState, k: number): boolean {
  const id = s.tokens.ids[k];
  if (id >= 0 && s.index.tokenSkel[id] >= 0) return true;
  // Read when the page was lexed (arabic-words.ts), most likely.
  const kept = id < 0 ? keptAsListedBehindPrefix(s, k) : undefined;
  if (kept !== undefined) return kept;
  return arabicReadings(wordAt(s, k)).some((r) => lexiconId(s.index.skeletons, skeleton(r)) >= 0);
}
