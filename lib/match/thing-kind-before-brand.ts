// Russian and Ukrainian name a pipeline, a stadium, a festival or a film by its word of kind and its name in quotes:
// "нефтепровода «Дружба»", "стадион «Химик»", "фільму «Знаменосець»". Such a name is an everyday word more often than
// not, and the same word is the one-word brand of listed firms (DRUZHBA, AO): after such a word of kind, the name in
// the nominative, as the list writes it, is the thing's. A declined brand is its owner's ("газопровод «Газпрома»",
// Gazprom's pipeline), and stays the firm.
import { hashTest, lexiconWord } from '../names/lexicon';
import { latinSpellings } from '../names/cyrillic';
import * as normalize from '../names/normalize';
import { skeleton } from '../names/transliterate';
import { wordAt, type ScanState } from './scan-state';

const { CYRILLIC } = normalize;

/**
 * Words of kind of things no firm is, in the singular cases news puts them before a name, Russian and Ukrainian. Not
 * "проект" (a listed firm is named after its project: "проект «Арктик СПГ 2»"), nor a ship's (vessels are listed).
 */
const THING_KINDS = new Set(
  [
    ...['нефтепровод', 'газопровод', 'трубопровод', 'продуктопровод', 'стадион', 'фильм', 'сериал'].flatMap((w) => [w, `${w}а`, `${w}у`, `${w}ом`, `${w}е`]),
    'фестиваль', 'фестиваля', 'фестивалю', 'фестивалем', 'фестивале', 'фестивалі',
    ...['нафтопров', 'газопров', 'трубопров'].flatMap((w) => [`${w}ід`, `${w}оду`, `${w}одом`, `${w}оді`]),
    ...['стадіон', 'фільм', 'серіал'].flatMap((w) => [w, `${w}у`, `${w}ом`, `${w}і`]),
  ].map(normalize.foldWord),
);

/** Whether a lexer hash may be a word of THING_KINDS (the hash of its folded word: lexicon.ts). */
const thingKindHash = hashTest(THING_KINDS);

/**
 * Whether Cyrillic token i, a brand after an opening quote, is named after a thing's word of kind (token i - 1) and
 * written as the list writes it, not declined.
 */
export function thingKindBefore(s: ScanState, i: number): boolean {
  if (i <= s.block.first || !(s.tokens.flags[i - 1] & CYRILLIC) || !(s.tokens.flags[i] & CYRILLIC)) return false;
  // Only a space and an opening quote between: looked at before any string is made.
  const text = s.block.text;
  const quote = text.charCodeAt(s.tokens.starts[i] - 1);
  if (quote !== 0xab && quote !== 0x22 && quote !== 0x201e && quote !== 0x201c) return false;
  for (let c = s.tokens.ends[i - 1]; c < s.tokens.starts[i] - 1; c++) {
    const u = text.charCodeAt(c);
    if (u !== 32 && u !== 0xa0) return false;
  }
  if (!thingKindHash(s.tokens.hashes[i - 1]) || !THING_KINDS.has(wordAt(s, i - 1))) return false;
  const sk = s.skels[i];
  if (sk < 0) return false;
  const listed = lexiconWord(s.index.skeletons, sk);
  return latinSpellings(wordAt(s, i)).some((k) => skeleton(k) === listed);
}
