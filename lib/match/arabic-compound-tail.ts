// A word written apart that ends a name's compound, which the lists write as one Latin word: "الله" ("عبد الله" is
// Abdullah, "حزب الله" Hizballah, "أنصار الله" Ansarallah), "الدين" ("جمال الدين": Jamaleddine), and the Persian surname endings Arabic news writes as
// words of their own, as Persian does with a half space ("حاجي زاده": HAJIZADEH; "أحمدي نجاد": AHMADINEJAD; -pour,
// -nia, -far). The word before such a tail is also read as the two joined (arabic-words.ts), and a walk of the name
// trie steps over the tail after it (trie-walk.ts), as over a particle.
import { lexiconWord } from '../names/lexicon';
import * as normalize from '../names/normalize';
import type { NameIndex } from './name-index';
import { hashTest } from '../names/lexicon';
import type { ScanState } from './scan-state';

const { CASELESS, JOINED, foldWord } = normalize;

export const ALLAH = 'الله';

interface CompoundTail {
  /** The tail as pages write it (before folding: ة, ی, پ and ژ as they come). */
  written: readonly string[];
  /** The tail's folded spellings that the word before is joined to for its Latin reading (arabic-latin.ts). */
  joined: readonly string[];
  /** The end of the Latin skeleton word the compound reads as (transliterate.ts: j is h there, "ou" u). */
  latin: RegExp;
  /** Whether the tail is no Arabic word of its own: a name that ends right before it runs on (isSurnameTailAt). */
  onlyTail: boolean;
}

/**
 * The tails. ژ is zh or j in the lists' spellings (NEZHAD, NEJAD), so نژاد is joined as both; Arabic writes پ as ب.
 * Not the Persian nisba ی, which is written joined. "فر" is also a verb (fled: "الأسد فر إلى موسكو") and "الله" a word.
 */
const TAILS: readonly CompoundTail[] = [
  { written: [ALLAH], joined: [ALLAH], latin: /lah?$/, onlyTail: false },
  { written: ['زاده', 'زادة'], joined: ['زاده'], latin: /zad[ae]h?$/, onlyTail: true },
  { written: ['پور', 'بور'], joined: ['بور'], latin: /p[ou]+r$/, onlyTail: true },
  { written: ['نژاد', 'نجاد'], joined: ['نجاد', 'نزهاد'], latin: /n[ei](?:zh|z|h)h?ad$/, onlyTail: true },
  { written: ['نيا', 'نیا'], joined: ['نيا'], latin: /nia$/, onlyTail: true },
  { written: ['فر'], joined: ['فر'], latin: /far$/, onlyTail: false },
  // "جمال الدين": JAMALEDDINE, the article's ل said as the sun letter after it (Safieddine), or written (Jamaladdin).
  { written: ['الدين'], joined: ['دين', 'الدين'], latin: /din$/, onlyTail: false },
];

/** The tails as written by their first letter (its code less U+0600), with each tail's index: one look for most words. */
const BY_FIRST: ([string, number][] | undefined)[] = [];
TAILS.forEach((tail, t) => {
  for (const w of tail.written) (BY_FIRST[w.charCodeAt(0) - 0x600] ??= []).push([w, t]);
});

/**
 * Whether a lexer hash may be a tail's (the hash of its folded word: lexicon.ts): the readers ask each Arabic word's
 * next word, several times, and few words are one; one read of a small bit table rules out the rest.
 */
const tailHash = hashTest(TAILS.flatMap((tail) => tail.written.map(foldWord)));

/** The tail (an index of TAILS) token k of the current block is as written, joined to a word before it; -1 if none. */
export function compoundTailAt(s: ScanState, k: number): number {
  const { starts, ends, flags } = s.tokens;
  // Arabic words are caseless: a Latin or Cyrillic word, most of those asked, is none at once.
  if (k <= s.block.first || k >= s.block.last || (flags[k] & (JOINED | CASELESS)) !== (JOINED | CASELESS) || !tailHash(s.tokens.hashes[k])) return -1;
  const at = starts[k];
  const length = ends[k] - at;
  if (length < 2 || length > 5) return -1;
  const text = s.block.text;
  const code = text.charCodeAt(at) - 0x600;
  const tails = code >= 0 && code < 0x100 ? BY_FIRST[code] : undefined;
  if (!tails) return -1;
  for (const [w, t] of tails) if (w.length === length && text.startsWith(w, at)) return t;
  return -1;
}

/** The folded spellings tail `t` (compoundTailAt) is joined to the word before as. */
export function joinedTail(t: number): readonly string[] {
  return TAILS[t].joined;
}

/**
 * Whether token k is a Persian surname's tail ("زاده"): a person's name that ends right before it ("علي حسن زاده",
 * Ali Hassanzadeh) is someone's longer name, as before another name word.
 */
export function isSurnameTailAt(s: ScanState, k: number): boolean {
  const t = compoundTailAt(s, k);
  return t >= 0 && TAILS[t].onlyTail;
}

/** Whether listed Latin word `sk` reads as the compound of a word and tail `t` (compoundTailAt): it has the tail's ending. */
export function readsAsCompound(index: NameIndex, t: number, sk: number): boolean {
  return TAILS[t].latin.test(lexiconWord(index.skeletons, sk));
}

/** Whether token k is the tail of a compound the word before it is read as (a Latin word with that tail's ending). */
export function afterCompound(s: ScanState, k: number): boolean {
  const t = compoundTailAt(s, k);
  if (t < 0) return false;
  const sk = s.skels[k - 1];
  if (sk < 0) return false;
  return TAILS[t].latin.test(lexiconWord(s.index.skeletons, sk));
}
