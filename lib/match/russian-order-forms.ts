// A Russian, Ukrainian or Belarusian body's English name in the order Russian writes it, for the index to hold too:
// Russian puts a place's adjective first where English says "of" ("Московский кредитный банк", CREDIT BANK OF
// MOSCOW), and the head noun right after the adjectives, with the noun that qualifies it after it in the genitive
// ("Евразийский союз молодёжи", EURASIAN YOUTH UNION; "Національна система платіжних карток", NATIONAL PAYMENT CARD
// SYSTEM), and a body named after someone with its word of kind first, "имени" or not ("Фонд имени Ахмата Кадырова",
// "Фонда Ахмата Кадырова": AKHMAT KADYROV FOUNDATION). The Cyrillic words are read as the English ones through lib/names/org-glossary.ts; these forms only put
// them in the other order. Built at index time: the scan pays nothing.
import { glossaryEnglishWords } from '../names/org-glossary';

const EAST_SLAVIC = new Set(['Russia', 'Belarus', 'Ukraine']);
/** Words of kind that Russian names after a person with "имени" (named after) before the name: "Фонд имени Ахмата Кадырова". */
const NAMED_AFTER_HEADS = new Set(['fund', 'foundation', 'plant', 'factory', 'institute', 'academy', 'club', 'bureau', 'center', 'centre']);

let words: { adjectives: Set<string>; nouns: Set<string> } | undefined;
function glossary(): { adjectives: Set<string>; nouns: Set<string> } {
  words ??= { adjectives: glossaryEnglishWords('adj'), nouns: glossaryEnglishWords('noun') };
  return words;
}

/** Whether an organisation of these countries may be named in Russian word order. */
export function namedInRussian(countries: readonly string[]): boolean {
  return countries.some((c) => EAST_SLAVIC.has(c));
}

/** The name's tokens in Russian order (see above), none when it is already so. */
export function russianOrderForms(tokens: readonly string[]): string[][] {
  const out: string[][] = [];
  const n = tokens.length;
  // "credit bank of moscow": moscow credit bank (a place of one word after "of", two words or more before).
  if (n >= 4 && tokens[n - 2] === 'of' && !tokens.slice(0, n - 2).includes('of')) out.push([tokens[n - 1], ...tokens.slice(0, n - 2)]);
  // "eurasian youth union": eurasian union youth; "national payment card system": national system payment card.
  const { adjectives, nouns } = glossary();
  if (n >= 3 && n <= 5 && adjectives.has(tokens[0]) && nouns.has(tokens[n - 1]) && !tokens.includes('of')) out.push([tokens[0], tokens[n - 1], ...tokens.slice(1, n - 1)]);
  // "akhmat kadyrov foundation": foundation imeni akhmat kadyrov (the scan reads "имени" by its Latin spelling).
  if (n >= 2 && n <= 4 && NAMED_AFTER_HEADS.has(tokens[n - 1]) && !tokens.includes('of')) {
    out.push([tokens[n - 1], 'imeni', ...tokens.slice(0, n - 1)]);
    // "Фонда Ахмата Кадырова": the patron's given name and surname in the genitive right after the word of kind.
    if (n >= 3) out.push([tokens[n - 1], ...tokens.slice(0, n - 1)]);
  }
  return out;
}
