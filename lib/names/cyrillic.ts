// Russian, Ukrainian and Belarusian words in Latin letters, the way the sanctions lists write them: "Путин" is
// PUTIN, "Аляксандр Лукашэнка" LUKASHENKA, Alyaksandr. The lists mix systems (BGN/PCGN, the Russian passport
// system, the Ukrainian and Belarusian national ones, and their own habits), so a word gives every spelling those
// systems give it where they differ in a way that the transliteration skeleton (transliterate.ts) does not already
// join: y and i, kh and h, doubled letters and -enka/-enko are one there, so "й" is simply "y" and "х" "kh".
// What is left: "е" at a word's start or after a vowel (Yevgeny, Evgeny), "ё" (Semyonov, Semenov) and its Ukrainian
// "ьо" (Дегтярьов: Degtyarev), Ukrainian and Belarusian "г" (Hryhoriy, Grigoriy), Belarusian "ў" (Ivanoŭ, Ivanow)
// and "Александр" (Aleksandr, Alexander).
//
// Written here rather than taken from npm: cyrillic-to-translit-js knows Russian and Ukrainian but not Belarusian
// and gives one spelling per word; transliteration and @sindresorhus/transliterate carry tables for all of Unicode
// (tens of kilobytes in the content script) and also give one spelling, which misses every list entry written in
// another system. The table below is some forty letters.
import { nominatives } from './declension';
import { givenNameEquivalents } from './given-name-equivalents';
import { burmeseSpellings } from './burmese-in-cyrillic';
import { koreanSpellings } from './korean-in-cyrillic';
import { otherPatronymics } from './patronymics';
import { participleVowelSpelling } from './arabic-participle-names';
import { skeleton } from './transliterate';

/** Every letter's spellings, the most common in the lists first; letters not here are kept as they are. */
const LETTERS: Record<string, readonly string[]> = {
  а: ['a'], б: ['b'], в: ['v'], г: ['g', 'h'], ґ: ['g'], д: ['d'], е: ['e'], ё: ['e', 'yo'], є: ['ye'], ж: ['zh'],
  з: ['z'], и: ['i'], і: ['i'], ї: ['yi'], й: ['y'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'],
  р: ['r'], с: ['s'], т: ['t'], у: ['u'], ў: ['w', 'u'], ф: ['f'], х: ['kh'], ц: ['ts'], ч: ['ch'], ш: ['sh'],
  щ: ['shch'], ъ: [''], ы: ['y'], ь: [''], э: ['e'], ю: ['yu'], я: ['ya'],
};

// After these (or at a word's start) "е" is "ye" in BGN/PCGN and "e" in the passport system; "ё" is "yo".
const VOWELS_AND_SIGNS = new Set(['а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'і', 'ї', 'є', 'ь', 'ъ']);
const HUSHING = new Set(['ж', 'ч', 'ш', 'щ']);

// Letters only Ukrainian or Belarusian write: there "г" is "h" first.
const UKRAINIAN_OR_BELARUSIAN = /[іїєґў]/;

/** At most this many spellings of one word (a word with many ambiguous letters keeps the first ones). */
const MAX_SPELLINGS = 8;

/** The Latin spellings of a lower-case Cyrillic word, the most usual first (`latinSpellings('путин')`: ['putin']). */
export function latinSpellings(word: string): string[] {
  const hFirst = UKRAINIAN_OR_BELARUSIAN.test(word);
  let out = [''];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    let options = LETTERS[ch] ?? [ch];
    const afterVowel = i === 0 || VOWELS_AND_SIGNS.has(word[i - 1]);
    if (ch === 'е' && afterVowel) options = ['ye', 'e'];
    else if (ch === 'ё' && afterVowel) options = ['yo', 'e'];
    // Ukrainian "є" after a consonant softens it: Medvediev in the national system, Medvedev as Russian writes it
    // ("Дмитра Медведєва").
    else if (ch === 'є' && !afterVowel) options = ['ie', 'e'];
    // After a vowel or at a word's start it is the Russian "е" there, which the passport system writes "e": "Катаєва"
    // of KATAEV (Катаев), "Євген" of Evgeniy (Евгений).
    else if (ch === 'є') options = ['ye', 'e'];
    // Ukrainian "іє" is the Russian "ее" of the same name (Алексієнко, Сергієнко, Гордієнко for ALEKSEENKO,
    // SERGEYENKA, GORDEYENKO): "і" before "є" is also the Russian "е".
    else if (ch === 'і' && word[i + 1] === 'є' && i > 0) options = ['i', 'e'];
    // The adjective's genitive in -ого, -его as Russian says it, -ovo, -evo, which some list entries write (MINSK
    // OTRYAD MILITSII OSOBOVO NAZNACHENIYA: "особого"; GLAVNOYE UPRAVLENIE ... MINSKOVO GORISPOLKOMA).
    else if (ch === 'г' && i === word.length - 2 && word[i + 1] === 'о' && (word[i - 1] === 'о' || word[i - 1] === 'е')) options = hFirst ? ['h', 'g', 'v'] : ['g', 'v'];
    else if (ch === 'г' && hFirst) options = ['h', 'g'];
    // An Arabic name's ya before a consonant with the vowel the lists write after it, where Russian writes "й" alone
    // (Абузайд: ABUZAYED, Зайд: Zayed, Файз: Fayez).
    else if (ch === 'й' && word[i - 1] === 'а' && i + 1 < word.length && !VOWELS_AND_SIGNS.has(word[i + 1])) options = ['y', 'ye'];
    // Ukrainian writes the Russian "ё" after a consonant as "ьо", or "йо" after a labial (Дегтярьов, Корольов,
    // Соловйов for DEGTYAREV, KOROLEV, SOLOVYEV), which the lists spell from the Russian form: e or yo as well.
    else if (ch === 'о' && word[i - 1] === 'ь') options = ['o', 'e', 'yo'];
    else if (ch === 'о' && word[i - 1] === 'й' && i > 1 && !VOWELS_AND_SIGNS.has(word[i - 2])) options = ['o', 'e'];
    // After ж, ч, ш, щ it writes that "ё" as "о" alone, in the surname's -ёв (Кузьмічов, Горбачов, Хрущов for
    // KUZMICHEV, GORBACHEV, KHRUSHCHEV; feminine -ова).
    else if (ch === 'о' && HUSHING.has(word[i - 1]) && word[i + 1] === 'в' && (i + 2 === word.length || (i + 3 === word.length && word[i + 2] === 'а'))) options = ['o', 'e'];
    // "лю" is the lists' lu as well as lyu (Мамлюк: MAMLUK, Людмила: Ludmila, Lyudmila).
    else if (ch === 'ю' && word[i - 1] === 'л') options = ['yu', 'u'];
    // "Александр" is also Alexander in the lists (x and ks are one in the skeleton).
    else if (ch === 'д' && word.endsWith('андр') && i === word.length - 2) options = ['d', 'de'];
    const next: string[] = [];
    for (const o of options) for (const prefix of out) if (next.length < MAX_SPELLINGS || o === options[0]) next.push(prefix + o);
    out = next.slice(0, Math.max(MAX_SPELLINGS, out.length));
  }
  // Ukrainian names Belarus "Білорусь" where Russian and Belarusian write "Беларусь", "Белоруссия", also inside a
  // firm's one-word name ("Білоруськалій", "Білорусбанк" for BELARUSKALI, BELARUSBANK): the Russian forms as well.
  if (word.startsWith('білорус')) for (const root of ['беларус', 'белорус']) for (const k of latinSpellings(root + word.slice(7))) if (!out.includes(k)) out.push(k);
  // So Ukrainian writes a Russian firm's compound name with its own stems ("Зовнішекономбанк", "Сібвуглемет" for
  // VNESHEKONOMBANK, SIBUGLEMET): the Russian stem as well.
  for (const [uk, ru] of UKRAINIAN_STEMS) {
    const at = word.indexOf(uk);
    if (at >= 0) for (const k of latinSpellings(word.slice(0, at) + ru + word.slice(at + uk.length))) if (!out.includes(k)) out.push(k);
  }
  return out;
}

/** Ukrainian stems of Russian firms' compound names, and the Russian stem the lists transliterate. */
const UKRAINIAN_STEMS: readonly [string, string][] = [
  ['зовніш', 'внеш'], // external, foreign: Внешэкономбанк, Внешторгбанк
  ['вугле', 'угле'], // coal: Сибуглемет
  ['пошта', 'почта'], // post: Почта Банк ("Пошта-банк")
];

/**
 * The Latin keys a capitalised Cyrillic name word may meet a listed name by: each nominative it may be a case of
 * (declension.ts; with `plural`, of the plural too), the word as written first, in each of its spellings. `word` is
 * lower case.
 */
export function latinNameKeys(word: string, plural = false): string[] {
  const out: string[] = [];
  for (const n of nominatives(word, plural)) for (const k of latinSpellings(n)) if (!out.includes(k)) out.push(k);
  // The same given name in the other East Slavic languages ("Олександр" is also Aleksandr and Alyaksandr), after
  // the word's own spellings.
  // The table gives one spelling of each: its "Ye" at the start is also the passport system's "E" (Yevgeny of
  // "Євген" is the list's Evgeniy too).
  for (const k of [...out]) {
    for (const e of equivalents().get(skeleton(k)) ?? []) {
      if (!out.includes(e)) out.push(e);
      if (e.startsWith('ye') && !out.includes(e.slice(1))) out.push(e.slice(1));
    }
  }
  // An Arab given name's other vowel ("Ясир" is also Yaser, the lists' YASSER): arabic-participle-names.ts.
  for (const k of [...out]) {
    const other = participleVowelSpelling(k);
    if (other !== null && !out.includes(other)) out.push(other);
  }
  // A patronymic as the other languages write it ("Геннадійович" is also Gennadievich): patronymics.ts.
  for (const p of otherPatronymics(word, latinSpellings, (latin) => equivalents().get(skeleton(latin)))) if (!out.includes(p)) out.push(p);
  // A Korean syllable as Russian writes it ("Чон Ён Нама" for JONG, Yong Nam): korean-in-cyrillic.ts.
  for (const n of nominatives(word, plural)) for (const k of koreanSpellings(n)) if (!out.includes(k)) out.push(k);
  // A Burmese syllable as Russian writes it ("Мьинт Шве" for SWE, Myint): burmese-in-cyrillic.ts. Burmese names are
  // not declined in the news, so the word as written only.
  for (const k of burmeseSpellings(word)) if (!out.includes(k)) out.push(k);
  // Russian declines a Korean name's last syllable like any word in a consonant ("Ким Чен Ына", "Ким Чен Ыну": Un),
  // where declension.ts keeps a stem of three letters: a syllable's stem may have two.
  const ending = /(ом|[ауе])$/.exec(word);
  if (ending && word.length - ending[0].length === 2) for (const k of koreanSpellings(word.slice(0, 2))) if (!out.includes(k)) out.push(k);
  return out;
}

let equivalentsMap: Map<string, readonly string[]> | undefined;
function equivalents(): Map<string, readonly string[]> {
  return (equivalentsMap ??= givenNameEquivalents(skeleton, true));
}
