// Two English words of a listed firm's name that Russian writes as one ("FAR EASTERN BANK": "Дальневосточный банк";
// "BLACK SEA BANK": "Черноморский банк"; lib/names/org-glossary.ts reads the Russian word as "fareastern",
// "blacksea"): the index also holds the name with them joined.

const COMPOUNDS: readonly (readonly [string, string])[] = [
  ['far', 'eastern'],
  ['black', 'sea'],
];

/** The name's tokens with each such pair joined, or undefined when it has none. */
export function joinedCompounds(tokens: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!COMPOUNDS.some(([a, b]) => tokens[k] === a && tokens[k + 1] === b)) continue;
    out ??= [...tokens];
    out.splice(out.length - (tokens.length - k), 2, tokens[k] + tokens[k + 1]);
  }
  return out;
}

/** Words of trade that Russian glues to the brand before them ("Газпромнефть" for GAZPROM NEFT). */
const GLUED_TAILS = new Set(['neft', 'gaz', 'bank', 'flot']);

/**
 * The name's tokens with a brand of four letters or more and the word of trade after it written as one ("gazprom neft":
 * "gazpromneft"), as Russian news often writes a firm's name; undefined when the name has no such pair.
 */
export function gluedTradeWord(tokens: readonly string[]): string[] | undefined {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k].length >= 4 && GLUED_TAILS.has(tokens[k + 1])) return [...tokens.slice(0, k), tokens[k] + tokens[k + 1], ...tokens.slice(k + 2)];
  }
  return undefined;
}

/**
 * A firm's name of two name words written as one, the second's capital kept ("ГродноХимволокно" for GRODNO
 * KHIMVOLOKNO OAO), as Belarusian and Russian firms write themselves: the two joined, for a name without its legal
 * form of exactly two words of four letters or more, letters only; undefined otherwise.
 */
export function gluedNameWords(tokens: readonly string[]): string[] | undefined {
  if (tokens.length !== 2 || tokens[0].length < 4 || tokens[1].length < 4 || !/^\p{L}+$/u.test(tokens[0]) || !/^\p{L}+$/u.test(tokens[1])) return undefined;
  return [tokens[0] + tokens[1]];
}
