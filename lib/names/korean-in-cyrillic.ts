// Korean names in Russian text: Russian writes Korean by its own system (Kontsevich's, and older habits), the lists
// by McCune-Reischauer: JONG, Yong Nam is "Чон Ён Нам", CHOE, Ryong Hae "Чхве Рён Хэ", KIM, Yong Chol "Ким Ён Чхоль".
// The East Slavic spellings (cyrillic.ts) give "chon yon nam", which no list writes: the final "н" is also -ng, "ч"
// is also j, "чх" ch, "ы" u and "э" ae. Only a word shaped as one Korean syllable (a consonant or two, a vowel, at
// most one final consonant) is read so, and each word of the name must still meet the listed name's word, so a
// Russian word of that shape ("Дом", "Сок") matters only inside a run of such words that spells a listed Korean name.
//
// Written here: the npm packages for Korean romanisation (hangul-romanization, @romanize/korean) read Hangul, not
// its Russian spelling; nothing on npm reads Kontsevich back.

const INITIALS: Record<string, readonly string[]> = {
  '': [''], к: ['k', 'g'], г: ['k', 'g'], кх: ['k'], т: ['t', 'd'], д: ['t', 'd'], тх: ['t'], п: ['p', 'b'], б: ['p', 'b'],
  пх: ['p'], ч: ['ch', 'j'], чж: ['j', 'ch'], чх: ['ch'], с: ['s'], х: ['h'], р: ['r', 'l'], л: ['r', 'l'], м: ['m'], н: ['n'],
};
// Ukrainian writes the same syllables with its own letters ("Кім Чен Ин", "Чве Рьон Хе"): и for ы, і for и, ьо and йо
// for ё, є for е, and е also for э.
const VOWELS: Record<string, readonly string[]> = {
  а: ['a'], о: ['o'], ё: ['yo'], е: ['e', 'o', 'ye', 'ae'], у: ['u'], ы: ['u', 'eu'], э: ['ae', 'e'], и: ['i', 'u', 'eu'], ю: ['yu'], я: ['ya'],
  ва: ['wa'], вэ: ['wae'], ве: ['oe', 'we'], ви: ['wi'], ый: ['ui'], і: ['i'], є: ['ye', 'e'], ьо: ['yo'], йо: ['yo'],
};
const FINALS: Record<string, readonly string[]> = { '': [''], н: ['ng', 'n'], м: ['m'], к: ['k'], п: ['p'], т: ['t'], ль: ['l'], л: ['l'] };

const SYLLABLE = /^(чх|чж|кх|тх|пх|[кгтдпбчсхрлмн]?)(ва|вэ|ве|ви|ый|ьо|йо|[аоёеуыэиюяіє])(ль|[нмкптл]?)$/;

/** The McCune-Reischauer spellings a lower-case Cyrillic word may stand for if it is a Korean syllable ('ён': yong, yon). */
export function koreanSpellings(word: string): string[] {
  const m = SYLLABLE.exec(word);
  if (!m || word.length < 2) return [];
  const out: string[] = [];
  for (const i of INITIALS[m[1]]) for (const v of VOWELS[m[2]]) for (const f of FINALS[m[3]]) if (!out.includes(i + v + f)) out.push(i + v + f);
  return out;
}
