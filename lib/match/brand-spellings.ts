// Russian and Ukrainian news write a firm's Latin brand back in Cyrillic by its sound: ROSTEC is «Ростех»,
// AQUANIKA «Акваника», EUROSIBENERGO «Євросибенерго». Transliterated the usual way those give "rostekh",
// "akvanika", "yevrosibenergo", which no listed name has. A looser key joins them: c, k and kh are one, qu is kv,
// eu is ev, naft is neft, and a word's first "ye" is "e". Only organizations' words are keyed so, and only a Cyrillic word that
// meets no listed word otherwise, or only organizations' words, is looked up, so persons' names keep the strict
// transliteration.
import { lexiconSize, lexiconWord } from '../names/lexicon';
import { SKEL_ORG_ONLY, type NameIndex } from './name-index';
import { perIndex } from './per-index';

/** The loose key of a Latin spelling or a skeleton ("rostekh" and "rostec" are both "rostek"). */
export function brandKey(latin: string): string {
  let w = latin
    // English "tech" (technology) as Russian says and writes it, "тех": BELTECHEXPORT is «Белтехэкспорт».
    .replace(/tech/g, 'tek')
    .replace(/^ye/, 'e')
    .replace(/kh/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'kv')
    .replace(/c/g, 'k')
    .replace(/q/g, 'k')
    .replace(/eu/g, 'ev')
    // "ью" after a consonant writes an English loanword's u (Секьюрити: security, компьютер: computer).
    .replace(/([bcdfgklmnprstvz])yu/g, '$1u')
    .replace(/y/g, 'i')
    // Ukrainian writes a Russian brand's нефть (neft, oil) as нафта: "Роснафта" is ROSNEFT.
    .replace(/naft/g, 'neft');
  w = w.replace(/(.)\1+/g, '$1');
  return w;
}

/**
 * The listed skeletons whose flags have `flag`, of `minLength` letters or more, by key(word): the skeleton number that
 * has a key, or the numbers when several have it (an array only where a key is shared: most are not).
 */
export function skeletonsByKey(index: NameIndex, flag: number, minLength: number, key: (word: string) => string): Map<string, number | number[]> {
  const map = new Map<string, number | number[]>();
  const n = lexiconSize(index.skeletons);
  for (let sk = 0; sk < n; sk++) {
    if (!(index.skelFlags[sk] & flag)) continue;
    const word = lexiconWord(index.skeletons, sk);
    if (word.length < minLength) continue;
    const k = key(word);
    const had = map.get(k);
    if (had === undefined) map.set(k, sk);
    else if (typeof had === 'number') map.set(k, [had, sk]);
    else had.push(sk);
  }
  return map;
}

/** The loose key of every word that only organizations' names carry, to the skeletons that have it (once per index). */
const brandKeys = perIndex((index: NameIndex) => skeletonsByKey(index, SKEL_ORG_ONLY, 5, brandKey));

/**
 * Adds to `found` (the skeletons a Cyrillic word's strict spellings meet) the organization words one of these Latin
 * spellings sounds like: when the strict spellings meet nothing, or only words that organizations alone carry. The
 * lists write one brand both ways ("Совкомбанк": SOVKOMBANK STRAKHOVANIE, and SOVCOMBANK, the bank itself), and the
 * name walk then takes the reading that goes on into a name. With no strict reading, only a key one word has counts
 * (a key two firms' words share says nothing); beside a strict reading, a key two words share.
 */
export function addBrandReadings(index: NameIndex, spellings: readonly string[], found: number[], max: number): void {
  for (const sk of found) if (!(index.skelFlags[sk] & SKEL_ORG_ONLY)) return;
  const map = brandKeys(index);
  for (const s of spellings) {
    const had = map.get(brandKey(s));
    if (had === undefined) continue;
    const list = typeof had === 'number' ? [had] : had;
    if (list.length > (found.length ? 2 : 1)) continue;
    // A spelling whose key gives only words the strict spellings met adds nothing: the next one may ("Внешэкономбанка"
    // is itself a listed word, of VEB Capital's Russian name, and its nominative's key is VNESHECONOMBANK's too).
    if (list.every((sk) => found.includes(sk))) continue;
    for (const sk of list) if (!found.includes(sk) && found.length < max) found.push(sk);
    return;
  }
}
