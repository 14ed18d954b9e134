// A two-letter capitalised Cyrillic word is a name's word only as a Korean or Burmese syllable between or beside others
// ("Чон Ён Нама", "Чхве Рён Хэ", "Мя Тун Оо": lib/names/korean-in-cyrillic.ts, burmese-in-cyrillic.ts). Every other two-letter word is left out as before: a
// sentence's first "Но", "На", "Он" would otherwise read as a listed word (Na, On) and run on into the name after it.
// In Latin letters the news joins a given name's two syllables with a hyphen and writes the second in lower case
// ("Kim Jong-un", "Kim Yo-jong"), which the lists write apart and capitalised (KIM, Jong Un).
import * as normalize from '../names/normalize';
import type { ScanState } from './scan-state';

const { CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;
const HYPHEN = 45;

// Two-letter Russian, Ukrainian and Belarusian words that begin sentences, in lower case. Not the particle "ли",
// which follows the word it asks about and never begins one: a capitalised "Ли" is the Korean surname Ri or Li
// ("Ли Пён Чхоль" for RI, Pyong Chol).
const FUNCTION_WORDS = new Set(
  'но на по он из за до мы вы их её ее не ни то же уж да ну бы ко со во об от та те ту як чи ще їх ми ви ні це ці аж бо ды'.split(' '),
);

/** Whether a two-letter Cyrillic word, as written, is one of the words that begin sentences ("На", "Он"). */
export function isShortFunctionWord(text: string, start: number, end: number): boolean {
  return FUNCTION_WORDS.has(text.slice(start, end).toLowerCase());
}

/** Whether a token's flags are a capitalised Cyrillic word's (a function, not a closure: see koreanSyllableWord). */
function cyrillicCapital(f: number): boolean {
  return (f & (CYRILLIC | CAPITALIZED | CASELESS)) === (CYRILLIC | CAPITALIZED);
}

/**
 * Whether token i is a two-letter capitalised Cyrillic word joined to a capitalised word on either side. Asked of
 * every word of one or two letters of a Cyrillic page: a closure here cost each call a context, made on entry.
 */
export function koreanSyllableWord(s: ScanState, i: number): boolean {
  const { flags, lengths, starts, ends } = s.tokens;
  if (lengths[i] !== 2 || (flags[i] & (CYRILLIC | CAPITALIZED | CASELESS)) !== (CYRILLIC | CAPITALIZED)) return false;
  const b = s.block;
  const before = i > b.first && (flags[i] & JOINED) !== 0 && cyrillicCapital(flags[i - 1]);
  const after = i + 1 < b.last && (flags[i + 1] & JOINED) !== 0 && cyrillicCapital(flags[i + 1]);
  if (!before && !after) return false;
  if (!FUNCTION_WORDS.has(s.block.text.slice(starts[i], ends[i]).toLowerCase())) return true;
  // Capitalised right after a lower-case word of its sentence, such a word begins no sentence and is a syllable of a
  // name: "генерал-лейтенант Со Хтут" (HTUT, Soe, as Russian writes the Burmese Soe).
  return after && i > b.first && (flags[i] & JOINED) !== 0 && (flags[i - 1] & (CYRILLIC | CAPITALIZED | CASELESS)) === CYRILLIC;
}

// One Korean syllable in McCune-Reischauer or the Revised Romanization, breves and apostrophes folded away: a
// consonant or two, a vowel or diphthong, at most one final consonant ("un", "jong", "thaek", "nam").
const LATIN_SYLLABLE = /^(?:ch|kk|tt|pp|ss|jj|th|kh|ph|[kgndtrlmbpsjh])?(?:wae|yae|yeo|ae|eo|eu|oe|ui|wa|wo|we|wi|ya|ye|yo|yu|[aeiou])(?:ng|[nmklpt])?$/;

/**
 * Whether lower-case Latin token i is the second syllable of a Korean given name written with a hyphen after a
 * family name: "Kim Jong-un" (a capitalised word, a capitalised syllable, a hyphen, a syllable, no space between).
 * The name still has to be a listed one, word for word.
 */
export function latinHyphenSyllable(s: ScanState, i: number): boolean {
  // The flags first: most of a Latin page's words are lower case and joined, and the hyphen rules out nearly all.
  const { flags, starts, ends, lengths } = s.tokens;
  if ((flags[i] & (CYRILLIC | CAPITALIZED | CASELESS | JOINED)) !== JOINED || i - 2 < s.block.first) return false;
  const at = starts[i] - 1;
  const text = s.block.text;
  if (text.charCodeAt(at) !== HYPHEN || ends[i - 1] !== at || lengths[i] > 5 || lengths[i - 1] > 5) return false;
  const NAME = CYRILLIC | CAPITALIZED | CASELESS;
  if ((flags[i - 1] & NAME) !== CAPITALIZED || !(flags[i - 1] & JOINED) || (flags[i - 2] & NAME) !== CAPITALIZED) return false;
  return LATIN_SYLLABLE.test(text.slice(starts[i], ends[i])) && LATIN_SYLLABLE.test(text.slice(starts[i - 1], ends[i - 1]).toLowerCase());
}
