// Russian and Ukrainian news write a firm's Latin brand back in Cyrillic by its sound: ROSTEC is «Ростех»,
// AQUANIKA «Акваника», EUROSIBENERGO «Євросибенерго». Transliterated the usual way those give "rostekh",
// "akvanika", "yevrosibenergo", which no listed name has. A looser key joins them: c, k and kh are one, qu is kv,
// eu is ev, and a word's first "ye" is "e". Only organizations' words are keyed so, and only a Cyrillic word that
// meets no listed word otherwise is looked up, so persons' names keep the strict transliteration.
import { lexiconSize, lexiconWord } from '../names/lexicon';
import { SKEL_ORG_ONLY, type NameIndex } from './name-index';
import { perIndex } from './per-index';

/** The loose key of a Latin spelling or a skeleton ("rostekh" and "rostec" are both "rostek"). */
export function brandKey(latin: string): string {
  let w = latin
    .replace(/^ye/, 'e')
    .replace(/kh/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'kv')
    .replace(/c/g, 'k')
    .replace(/q/g, 'k')
    .replace(/eu/g, 'ev')
    .replace(/y/g, 'i');
  w = w.replace(/(.)\1+/g, '$1');
  return w;
}

/** The loose key of every word that only organizations' names carry, to its skeleton number (once per index). */
const brandKeys = perIndex((index: NameIndex): Map<string, number> => {
  const map = new Map<string, number>();
  const n = lexiconSize(index.skeletons);
  for (let sk = 0; sk < n; sk++) {
    if (!(index.skelFlags[sk] & SKEL_ORG_ONLY)) continue;
    const word = lexiconWord(index.skeletons, sk);
    if (word.length < 5) continue;
    const k = brandKey(word);
    // A key two firms' words share says nothing: neither is taken.
    map.set(k, map.has(k) ? -1 : sk);
  }
  return map;
});

/** The skeleton number of the organization word one of these Latin spellings sounds like, or -1. */
export function brandReading(index: NameIndex, spellings: readonly string[]): number {
  const map = brandKeys(index);
  for (const s of spellings) {
    const sk = map.get(brandKey(s));
    if (sk !== undefined && sk >= 0) return sk;
  }
  return -1;
}
