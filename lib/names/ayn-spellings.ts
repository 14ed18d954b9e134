// The lists write the Arabic ʿayn and hamza inside a word as an apostrophe ("Ja'far", "Fa'iz", "Tabataba'i"); the
// news writes the word without it ("Jafar", "Faiz", "Tabatabai") or with the vowel before it said again after it
// ("Ja'afar", "Sa'ad", "Ba'ath"). The apostrophe splits a word into two tokens (normalize.ts), so neither meets the
// listed tokens: the index also holds the listed name in these two spellings (build-name-index.ts).
import { tokenize } from './normalize';
import { personName, type NameVariant } from './variants';

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

/** A word of letters split by one inner apostrophe ("Sa'id"), no hyphen (a Korean "Cho'ng-Nam" is no ʿayn). */
const WORD_WITH_AYN = /^\p{L}+['\u2019\u02bb\u02bc\u02be\u02bf`]\p{L}+$/u;

/**
 * "Sa'id al-Jamal" of AL-JAMAL, Sa'id Ahmad Muhammad: the first given name with the family's, the form variants.ts
 * makes from the first given token, where the ʿayn's apostrophe makes the first given word two tokens (that form
 * was "Sa al-Jamal"). None where the first given word has no inner apostrophe or is the only given word.
 */
export function firstGivenWithAyn(name: string): NameVariant | undefined {
  const comma = name.indexOf(',');
  const words = comma >= 0 ? name.slice(comma + 1).trim().split(/\s+/) : name.trim().split(/\s+/).filter((w) => /\p{Ll}/u.test(w));
  const first = words[0] ?? '';
  if (!WORD_WITH_AYN.test(first)) return undefined;
  const { given, family } = personName(name);
  const keys = tokenize(first).map((t) => t.key);
  if (!family.length || given.length <= keys.length || keys.some((k, i) => given[i] !== k)) return undefined;
  return { tokens: [...keys, ...family], missing: given.length - keys.length, familyFirst: false, withoutLegalForm: false };
}

/** A word, its inner apostrophe if any: "Mu'ayyid", "Banai". */
const WORD = /\p{L}+(?:['\u2019\u02bb\u02bc\u02be\u02bf`]\p{L}+)?/gu;

/**
 * "Abd al-Mu’ayyid al-Banai" of AL-BANAI, Abd al-Muayyid (aka AL-BANAI, Abd-al-Mu'ayyid Ridha Hassan): the lists write
 * a word with its ʿayn's apostrophe in one of a person's names and without it in another, and the news writes the
 * apostrophe in the shorter name too. Each name with such a word spelled as the person's other name spells it; none
 * where no word differs so.
 */
export function aynFromOtherNames(names: readonly string[]): string[] {
  let withAyn: Map<string, string> | undefined;
  for (const n of names) {
    for (const m of n.matchAll(WORD)) {
      if (!WORD_WITH_AYN.test(m[0])) continue;
      (withAyn ??= new Map()).set(m[0].replace(INNER, '').toLowerCase(), m[0]);
    }
  }
  if (!withAyn) return [];
  const spelled = withAyn;
  const out: string[] = [];
  for (const n of names) {
    const again = n.replace(WORD, (w) => (WORD_WITH_AYN.test(w) ? w : spelled.get(w.toLowerCase()) ?? w));
    if (again !== n && !names.includes(again) && !out.includes(again)) out.push(again);
  }
  return out;
}
