// Two ways Russian writes an East Slavic body's acronym that the lists' English does not: the acronym of the Russian
// words where the lists give the English one ("ЦИК Беларуси", Belarusian "ЦВК", for CEC BELARUS: Центральная
// избирательная комиссия), and a unit's brand before the acronym of the body it belongs to, in the genitive
// ("подразделение «Альфа» КГБ" for KGB ALFA). Built at index time, as more trie paths: the scan pays nothing.
// A private military company is ЧВК in Russian and ПВК in Ukrainian (приватна військова компанія), where the lists
// write PMC WAGNER and CHVK VAGNER: "власник ПВК Вагнер" is the listed firm as much as "ЧВК Вагнер".

/** English acronyms of words of kind and the Latin spellings of the Russian, Ukrainian and Belarusian ones. */
const RUSSIAN_ACRONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['cec', ['tsik', 'tsvk']],
  ['pmc', ['chvk', 'pvk']],
  ['chvk', ['pvk']],
]);

const VOWEL = /[aeiouy]/;

/** The name's tokens with an English acronym in the Russian's place, and a brand before its body's acronym. */
export function russianAcronymForms(tokens: readonly string[]): string[][] {
  const out: string[][] = [];
  const k = tokens.findIndex((t) => RUSSIAN_ACRONYMS.has(t));
  if (k >= 0) for (const r of RUSSIAN_ACRONYMS.get(tokens[k])!) out.push(tokens.map((t, i) => (i === k ? r : t)));
  // "KGB ALFA": an acronym of three letters or more without a vowel, then one word of four letters or more.
  if (tokens.length === 2 && tokens[0].length >= 3 && !VOWEL.test(tokens[0]) && /^[a-z]{4,}$/.test(tokens[1])) out.push([tokens[1], tokens[0]]);
  return out;
}
