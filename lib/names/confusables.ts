// Look-alike letters inside one word: "Mаduro" typed with a Cyrillic "а" is Maduro, a common trick to slip a name
// past a filter. Only a word that mixes scripts is folded, towards the script most of its letters are in; a word
// written wholly in Cyrillic or Greek is a word of that language ("СОВА" is not "COBA") and goes to
// transliteration (cyrillic.ts) instead. The table holds only the letters that look the same in news fonts, from
// Unicode's confusables data (UTS #39) for Latin, Cyrillic and Greek; the full table (some 6,000 entries, most
// for scripts a name here never mixes) would weigh on every page the content script reads.

// Cyrillic and Greek letters with their Latin look-alike, upper and lower case apart (a Cyrillic "в" looks like
// no Latin letter, its capital "В" like "B").
const TO_LATIN: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', Ѐ: 'È', Ё: 'Ë', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  І: 'I', Ї: 'Ï', Ј: 'J', Ѕ: 'S', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I', Һ: 'H',
  а: 'a', е: 'e', ѐ: 'è', ё: 'ë', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ї: 'ï', ј: 'j', ѕ: 's', ԛ: 'q',
  ԝ: 'w', һ: 'h', ӏ: 'l', ԁ: 'd', ɡ: 'g',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', ν: 'v', ι: 'i', ρ: 'p', υ: 'u', κ: 'k', α: 'a',
};

// Latin letters with their Cyrillic look-alike, for a Cyrillic word with a Latin letter slipped in ("Пyтин").
const TO_CYRILLIC: Record<string, string> = {
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', Y: 'У', I: 'І',
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х', i: 'і', j: 'ј', s: 'ѕ',
};

const LATIN = 1;
const CYRILLIC = 2;
const GREEK = 4;

// scriptOf by UTF-16 unit, found on first sight (255: not yet): it was three regular expressions a letter of every
// word folded apart, 2% of a page scan.
const SCRIPT_OF_UNIT = new Uint8Array(65536).fill(255);

/** The script of one UTF-16 unit as far as look-alikes go: Latin, Cyrillic, Greek, or 0 (digits, marks, others). */
export function scriptOf(ch: string): number {
  if (ch.length !== 1) return scriptByRegExp(ch);
  const c = ch.charCodeAt(0);
  let s = SCRIPT_OF_UNIT[c];
  if (s === 255) s = SCRIPT_OF_UNIT[c] = scriptByRegExp(ch);
  return s;
}

function scriptByRegExp(ch: string): number {
  if (/\p{Script=Latin}/u.test(ch)) return LATIN;
  if (/\p{Script=Cyrillic}/u.test(ch)) return CYRILLIC;
  if (/\p{Script=Greek}/u.test(ch)) return GREEK;
  return 0;
}

/**
 * The word with its look-alike letters folded into one script, when it mixes Latin with Cyrillic or Greek and
 * every letter of the minority script has a look-alike in the majority's; otherwise the word as it is.
 */
export function foldLookAlikes(word: string): string {
  let latin = 0;
  let other = 0;
  let scripts = 0;
  for (const ch of word) {
    const s = scriptOf(ch);
    scripts |= s;
    if (s === LATIN) latin++;
    else if (s) other++;
  }
  if (!(scripts & LATIN) || !(scripts & (CYRILLIC | GREEK))) return word;
  const toLatin = () => replaceAll(word, (ch) => (scriptOf(ch) & (CYRILLIC | GREEK) ? TO_LATIN[ch] : ch));
  // Greek letters in a Cyrillic word, or both in a Latin one, leave no single script to fold towards but Latin.
  const toCyrillic = () => (scripts & GREEK ? undefined : replaceAll(word, (ch) => (scriptOf(ch) === LATIN ? TO_CYRILLIC[ch] : ch)));
  const [first, second] = latin >= other ? [toLatin, toCyrillic] : [toCyrillic, toLatin];
  return first() ?? second() ?? word;
}

/** The word with each character replaced, or undefined when some character has no replacement. */
function replaceAll(word: string, map: (ch: string) => string | undefined): string | undefined {
  let out = '';
  for (const ch of word) {
    const r = map(ch);
    if (r === undefined) return undefined;
    out += r;
  }
  return out;
}
