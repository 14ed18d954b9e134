// Burmese names in Russian text: Russian writes a Burmese syllable by its sound, the lists by the Burmese government's
// own romanisation: SWE, Myint is "Мьинт Шве", HTUT, Soe "Со Хтут", OO, Ye Win "Йе Вин Оо", MIN AUNG HLAING "Мин Аун
// Хлайн". The East Slavic spellings (cyrillic.ts) give "mint shve", "so khtut", "vin": Russian has no w (в), writes
// the soft my- with a soft sign (мь), the romanisation's silent e of "oe" not at all, and a final -ng as н. Only a word
// shaped as one Burmese syllable (a consonant or two, a vowel, at most a final н, нт, т or к) is read so, and every word
// of the name must still meet the listed name's word in order, as for Korean (korean-in-cyrillic.ts).
//
// Written here: no npm package reads Burmese romanisation, let alone its Russian spelling, back.

const INITIALS: Record<string, readonly string[]> = {
  '': [''], м: ['m'], мь: ['my'], н: ['n'], нь: ['ny'], т: ['t', 'th'], тх: ['ht', 'th'], х: ['h'], хт: ['ht'],
  хл: ['hl'], хм: ['hm'], хн: ['hn'], ш: ['sh'], шв: ['sw', 'shw'], с: ['s', 'th'], з: ['z'], в: ['w'], й: ['y'],
  л: ['l'], п: ['p'], пх: ['ph'], б: ['b'], к: ['k'], кх: ['kh'], г: ['g'], д: ['d'],
};
const VOWELS: Record<string, readonly string[]> = {
  а: ['a'], е: ['e', 'ay'], и: ['i'], у: ['u', 'oo'], о: ['o', 'oe', 'aw', 'oo'], оо: ['oo'], я: ['ya'], ей: ['ei', 'ay'],
  ай: ['ai', 'ay'], ау: ['au'],
};
const FINALS: Record<string, readonly string[]> = { '': [''], н: ['n', 'ng'], нт: ['nt'], т: ['t'], к: ['k'] };

const SYLLABLE = /^(мь|нь|тх|хт|хл|хм|хн|шв|пх|кх|[мнтхшсзвйлпбкгд]?)(оо|ей|ай|ау|[аеиуоя])(нт|[нтк]?)$/;

/** The Burmese romanisations a lower-case Cyrillic word may stand for if it is one Burmese syllable ('шве': swe, shwe). */
export function burmeseSpellings(word: string): string[] {
  // A syllable has five letters at most ("мьинт"): most words end here.
  if (word.length < 2 || word.length > 5) return [];
  const m = SYLLABLE.exec(word);
  if (!m) return [];
  const out: string[] = [];
  for (const i of INITIALS[m[1]]) for (const v of VOWELS[m[2]]) for (const f of FINALS[m[3]]) if (!out.includes(i + v + f)) out.push(i + v + f);
  return out;
}
