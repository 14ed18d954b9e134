// The one record a page scan passes around (made by lex-page.ts), and what it tells of a single token. The rules
// of the scan (trie-walk, spans, precision, evidence, back-reference) all read the same ScanState.
import { isArabicUnit, mayContinueNameAt } from '../names/arabic';
import { isCommonArabicNameRange, isCommonNamePart, isCommonNamePartRange } from '../names/frequency';
import { lexiconId, lexiconSize, lexiconWord, needsSkeletonRange, type PageTokens } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { isConnector, skeleton } from '../names/transliterate';
import * as contextWords from './context-words';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { perIndex } from './per-index';
import { isTitleWord, titleWordBits } from './title-word-bits';
import type { PageContext } from './page-context';

// Module-local copies of what the per-token loops read: some loaders (tsx, CommonJS interop) read imported
// bindings through getters.
const { CAPITALIZED, CASELESS, CYRILLIC, FOLD, SPELLED, foldWord } = normalize;
const { GENERIC_HEADS, WORD_NOT_GIVEN, WORD_PARTICLE } = contextWords;
const { SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_PARTICLE, SKEL_PERSON_PART } = names;

/** Tokens start..end that name some listed entity, and how weak a name they are. */
export interface Span {
  start: number;
  end: number; // inclusive token number
  outputs: number[];
  /** Every word of the name is common. */
  commonNames: boolean;
  /** Two words, or a shortened form of the listed name. */
  brief: boolean;
  /** Some word of the name is common. */
  anyCommon: boolean;
  /** Weak whoever it names: such a span vouches for no one as a fuller name on the page. */
  common: boolean;
}

/** One text block of the page; no name runs across blocks. */
export interface Block {
  text: string;
  /** Token numbers first .. last-1 of the page's tokens. */
  first: number;
  last: number;
  spans: Span[];
}

/** One scan of a batch of a page's text blocks: the index, the page so far, and the tokens of every block. */
export interface ScanState {
  index: NameIndex;
  context: PageContext;
  /** All blocks' tokens, one after another (a buffer the next scan reuses). */
  tokens: PageTokens;
  /** Per token: its skeleton (-1: none) and whether it is spelled as listed (1) or only respelled (0). */
  skels: Int32Array;
  exact: Uint8Array;
  /**
   * Per token: where its other readings are in `readings` (-1: none), for a declined Cyrillic word that reads as
   * several listed words ("Лаврова": the surname Lavrova, or Lavrov's genitive; "Олександр": Oleksandr, or
   * Aleksandr, Alyaksandr). A rule that finds a name only through another reading makes it the token's skeleton.
   */
  alts: Int32Array;
  readings: (readonly number[])[];
  /** Page-wide number of token 0 (earlier batches of the same page came first). */
  offset: number;
  blocks: Block[];
  /** The block being read: token numbers given to the rules are this block's, and its text is read. */
  block: Block;
  /** The skeletons of the generic heads of organisations' names ("cartel"), for isGenericHead. */
  heads: readonly number[];
  quick: QuickWords;
  /** Token numbers of the lower-case surnames read alone (lower-case-leaders.ts), ascending: kept or not once all blocks are read. */
  lowerSurnames: number[];
  /** The lexicon's words as strings by word number, made as wordAt first asks for each and kept per index. */
  words: (string | undefined)[];
}

/** Token numbers of the words whose sense the page lexer reads without making their string (lex-page.ts). */
export interface QuickWords {
  /** Story words that count whatever their case and the words around them ("sancionó", "regime"). */
  plainStory: ReadonlySet<number>;
  /** Spanish demonyms, which name their country in lower case too ("ruso"). */
  lowerCountry: ReadonlySet<number>;
  /** The skeletons of the Spanish articles a group's name may begin with in lower case ("los Cuinis"). */
  articles: ReadonlySet<number>;
}

/**
 * The folded word of token i, made only where a rule needs the string. A word the lexicon has is its lexicon word
 * (the lexer found it by that very folding), made once per index: the rules ask for the same few words on every page.
 */
export function wordAt(s: ScanState, i: number): string {
  const id = s.tokens.ids[i];
  if (id < 0) return foldWord(s.block.text.slice(s.tokens.starts[i], s.tokens.ends[i]));
  return (s.words[id] ??= lexiconWord(s.index.lexicon, id));
}

/** The array wordAt keeps the lexicon's words in, once per index (filled, so that it stays a plain array). */
export const lexiconWords = perIndex((index): (string | undefined)[] => new Array<string | undefined>(lexiconSize(index.lexicon)).fill(undefined));

/** A capital letter with a dot: a middle initial ("Nicolás M. Maduro"). */
export function isInitial(s: ScanState, i: number): boolean {
  return s.tokens.lengths[i] === 1 && (s.tokens.flags[i] & (CAPITALIZED | CASELESS)) === CAPITALIZED && s.block.text.charCodeAt(s.tokens.ends[i]) === 46;
}

export function isParticleToken(s: ScanState, i: number): boolean {
  const id = s.tokens.ids[i];
  return id >= 0 && (s.index.tokenInfo[id] & WORD_PARTICLE) !== 0;
}

/** A capitalised word that could be another person's given name or surname. */
export function isNameWord(s: ScanState, i: number): boolean {
  const f = s.tokens.flags[i];
  // Arabic has no capitals: any of its words may be a name's, and is one when some name has it.
  const arabic = (f & CASELESS) !== 0 && isArabicUnit(s.block.text.charCodeAt(s.tokens.starts[i]));
  if (!(f & CAPITALIZED) || (f & CASELESS && !arabic)) return false;
  const index = s.index;
  const id = s.tokens.ids[i];
  if (arabic && !mayContinueNameAt(s.block.text, s.tokens.starts[i], s.tokens.ends[i], id >= 0 && index.tokenSkel[id] >= 0)) return false;
  const info = id >= 0 ? index.tokenInfo[id] : 0;
  if ((id >= 0 && isTitleWord(titleWordBits(index), id)) || info & (WORD_NOT_GIVEN | WORD_PARTICLE)) return false;
  // A joiner is no one's name, also in capitals ("LA FORTUNA DE PUTIN" names no other Putin).
  if (s.tokens.lengths[i] <= 3 && isConnector(wordAt(s, i))) return false;
  const sk = s.skels[i];
  // A Cyrillic word the index knows but no name has is a context word ("России" is no Rossi).
  if (sk < 0 && id >= 0 && f & CYRILLIC) return false;
  // Known from some listed person's name, or a common given name: "Pedro", not "Later".
  if (sk < 0) return commonNamePartAt(s, i);
  const sf = index.skelFlags[sk];
  // A capitalised Cyrillic word read as a Latin name's particle is a title's word, no name's ("Министра Иностранных
  // Дел Сергея Лаврова": дел is no DEL); Cyrillic writes the particles of Spanish and Arabic names in lower case.
  if (sf & SKEL_PARTICLE && f & CYRILLIC) return false;
  return (sf & (SKEL_PERSON_PART | SKEL_COMMON_NAME)) !== 0 && !(sf & (SKEL_COMMON_WORD | SKEL_COUNTRY));
}

/**
 * isCommonNamePart of token i's word. A word in one script with no invisible unit in it, that is its own skeleton,
 * is looked up by the lexer's hash, with no string made (as respelling in lex-page.ts finds its skeleton).
 */
export function commonNamePartAt(s: ScanState, i: number): boolean {
  const { starts, ends, flags, lengths } = s.tokens;
  const text = s.block.text;
  if (!(flags[i] & (SPELLED | CYRILLIC | CASELESS)) && ends[i] - starts[i] === lengths[i] && !needsSkeletonRange(text, starts[i], ends[i])) {
    return isCommonNamePartRange(text, starts[i], ends[i], s.tokens.hashes[i], lengths[i]);
  }
  // An Arabic word folded unit by unit (its first unit folds to an Arabic one, so its key is Arabic): by its hash too.
  if ((flags[i] & (SPELLED | CASELESS)) === CASELESS && isArabicUnit(FOLD[text.charCodeAt(starts[i])])) {
    return isCommonArabicNameRange(text, starts[i], ends[i], s.tokens.hashes[i], lengths[i]);
  }
  // A word the lexicon has: its answer kept per index by the word's number (a name's words come back page after page,
  // and each asking made the word's skeleton again).
  const id = s.tokens.ids[i];
  if (id < 0) return isCommonNamePart(wordAt(s, i));
  const memo = commonByWord(s.index);
  if (memo[id] === 0) memo[id] = isCommonNamePart(wordAt(s, i)) ? COMMON : NOT_COMMON;
  return memo[id] === COMMON;
}

const COMMON = 2;
const NOT_COMMON = 1;

/** Per index, by lexicon word: isCommonNamePart of the word once asked (COMMON, NOT_COMMON), 0 before. */
const commonByWord = perIndex((index): Uint8Array => new Uint8Array(lexiconSize(index.lexicon)));

/** The skeleton numbers of the generic heads ("cartel") in this index, found once per index. */
export const genericHeadSkeletons = perIndex((index): readonly number[] => GENERIC_HEADS.map((w) => lexiconId(index.skeletons, skeleton(w))).filter((k) => k >= 0));

/** A generic head of an organisation's name ("cartel", "cártel"), in any case. */
export function isGenericHead(s: ScanState, i: number): boolean {
  const sk = s.skels[i];
  return sk >= 0 && s.heads.includes(sk);
}

/** Token i's readings (its skeleton among them), or none. */
export function readingsOf(s: ScanState, i: number): readonly number[] {
  const k = s.alts[i];
  return k < 0 ? NO_READINGS : s.readings[k];
}

const NO_READINGS: readonly number[] = [];

/** Token i read as the listed words `found` (a declined Cyrillic word, an Arabic word with a prefix): the first is its skeleton (-1 when none), all of them (when more than one) its readings. */
export function setReadings(s: ScanState, i: number, found: readonly number[]): void {
  s.skels[i] = found.length ? found[0] : -1;
  if (found.length > 1) {
    s.alts[i] = s.readings.length;
    s.readings.push(found);
  }
}

/** Token i's first reading, other than its skeleton, that `fits`; made its skeleton. -1 when none fits. */
export function useReading(s: ScanState, i: number, fits: (sk: number) => boolean): number {
  for (const r of readingsOf(s, i)) {
    if (r === s.skels[i] || !fits(r)) continue;
    s.skels[i] = r;
    return r;
  }
  return -1;
}
