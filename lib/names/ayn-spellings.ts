// The lists write the Arabic ʿayn and hamza inside a word as an apostrophe ("Ja'far", "Fa'iz", "Tabataba'i"); the
// news writes the word without it ("Jafar", "Faiz", "Tabatabai") or with the vowel before it said again after it
// ("Ja'afar", "Sa'ad", "Ba'ath"). The apostrophe splits a word into two tokens (normalize.ts), so neither meets the
// listed tokens: the index also holds the listed name in these two spellings (build-name-index.ts).

/** An apostrophe between two Latin letters of a listed name, as the lists and the web write it. */
const INNER = /(?<=\p{L})['\u2019\u02bb\u02bc\u02be\u02bf`](?=\p{L})/gu;
/** A vowel, the apostrophe, a consonant: the vowel said again after the ʿayn ("Ja'far": "Ja'afar"). */
const VOWEL_CONSONANT = /([aeiouAEIOU])(['\u2019\u02bb\u02bc\u02be\u02bf`])(?=[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])/g;

/** The listed name's spellings without its inner apostrophes and with the vowel repeated after them; none where it has none. */
export function aynSpellings(name: string): string[] {
  if (!INNER.test(name)) return [];
  INNER.lastIndex = 0;
  const out = [name.replace(INNER, '')];
  const repeated = name.replace(VOWEL_CONSONANT, (_, v: string, a: string) => `${v}${a}${v}`);
  if (repeated !== name) out.push(repeated);
  return out;
}
