// An Arabic page word read as the lists' Latin romanisations: the UN gives some names in Arabic script, but the
// OFAC list and most others write Arab names in Latin letters only (SALEH, Ali Abdullah; ABDULMALIK AL-HOUTHI), so
// "علي عبدالله صالح" met nothing. Arabic writes consonants and long vowels; the romanisations add short vowels that
// differ from list to list (Saleh, Salih; Abdullah, Abdallah). Both sides are brought to a consonant key: vowels
// dropped, each Arabic consonant and its usual Latin spellings one letter (ح and ه h; kh خ; sh ش; th ث; dh ذ and z
// ظ ز one, ذ also th or d, ض also dh or z; q ق and k ك one, ق also gh; g and j ج one, as Egyptian names write it), ع and hamza dropped, و and ي either a
// consonant (w, y) or a long vowel (dropped), doubled letters once. A name read so must still match a listed name
// word for word, under the page scan's usual rules (common names need evidence).
//
// Written here: the npm romanisation packages (arabic-transliterate, transliteration) give one vowelled spelling
// per word, which meets one list's spelling at best; the consonant key meets them all.

import { commonArabicNames } from './arabic';

/** Latin letters or pairs to their key letter; vowels and what is not here are dropped or kept as noted below. */
// ch is ش as French writes it (Chaker, Hamcho), or تش (latinSoundReadings); never ك and ه, which made "Baruch",
// "Barich" crowd "Baraka" out of بركة's readings.
const LATIN_PAIRS: Record<string, string> = { kh: 'x', sh: 'S', ch: 'S', th: 'T', dh: 'z', gh: 'G', ph: 'f', ck: 'k' };
const LATIN_ONE: Record<string, string> = { q: 'k', c: 'k', g: 'j', p: 'b', z: 'z', x: 'x' };
const VOWEL = /[aeiou]/;

/**
 * A folded Latin word read by the consonant key's rules: its key ('saleh': 'slh'; 'abdulmalik': 'bdlmlk'; 'houthi':
 * 'hT'), and the vowel letters after each of the key's letters (`slots[0]`: before the first; '+' where the same key
 * letter comes again after a vowel, which the key writes once: 'bilal' is 'bl' with slots '', 'i', 'a+').
 */
export function latinReading(word: string): { key: string; slots: string[] } {
  let key = '';
  const slots = [''];
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    const pair = LATIN_PAIRS[word.slice(i, i + 2)];
    let k: string;
    if (pair) {
      k = pair;
      i++;
    } else if (VOWEL.test(c)) {
      slots[slots.length - 1] += c;
      continue;
    } else if (c === 'v' && i === 0) k = 'f';
    else if (c === 'y' || c === 'w' || c === 'v') {
      // A consonant at the start or between vowels (Yahya, Hawas), a vowel elsewhere (Sayyid's first y is kept).
      const between = i > 0 && VOWEL.test(word[i - 1]) && i + 1 < word.length && VOWEL.test(word[i + 1]);
      if (i > 0 && !between) {
        slots[slots.length - 1] += c;
        continue;
      }
      k = c === 'v' ? 'w' : c;
    } else if (/[a-z]/.test(c)) k = LATIN_ONE[c] ?? c;
    else continue;
    const slot = slots[slots.length - 1];
    if (key[key.length - 1] !== k) {
      key += k;
      slots.push('');
    } else if (slot && !slot.includes('+')) slots[slots.length - 1] += '+';
  }
  return { key, slots };
}

/**
 * A folded Latin word as Arabic news spells a name by its sounds: the word's own reading first (ch as ش there, the
 * French spelling of Levantine and Maghrebi names: HAMCHO, حمشو), with th, sh or dh after a vowel as two letters
 * (Fathi: فتحي), then the word with ch as تش (Rochman: روتشمان; Iraklievich), and with v as ف (Margoshvili:
 * مارغوشفيلي), g as غ (Anggih: أنغية) and a Somali x as كس read letter by letter (Maxamed: ماكساميد), with ch as تش
 * or ش. Each differs from the first only where the word has those letters; at most four readings.
 */
export function latinSoundReadings(word: string): { key: string; slots: string[] }[] {
  const out = [latinReading(word)];
  // th, sh, dh after a vowel may be two letters, ت or د or س and ح or ه: Fathi is فتحي, Adham أدهم, Ishaq إسحاق.
  if (/[aeiouy][tsd]h/.test(word)) {
    const r = latinReading(word.replace(/([aeiouy][tsd])h/g, '$1-h'));
    if (r.key !== out[0].key) out.push(r);
  }
  if (!/ch|v|g|x/.test(word)) return out;
  const heard = word.replace(/v/g, 'f').replace(/x/g, 'ks').replace(/g(?!h)/g, 'gh');
  for (const w of [heard.replace(/ch/g, 'tsh'), heard]) {
    if (w === word) continue;
    const r = latinReading(w);
    if (!out.some((o) => o.key === r.key)) out.push(r);
  }
  return out;
}

/** The consonant key of a folded Latin word (latinReading). */
export function latinConsonantKey(word: string): string {
  return latinReading(word).key;
}

/** Arabic letters (as normalize.ts folds them) to their key letter; '' drops it; و and ي are handled apart. */
const ARABIC: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'T', ج: 'j', ح: 'h', خ: 'x', د: 'd', ذ: 'z', ر: 'r', ز: 'z', س: 's', ش: 'S', ص: 's', ض: 'd',
  ط: 't', ظ: 'z', ع: '', غ: 'G', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ا: '', ء: '', پ: 'b', گ: 'j', چ: 'S',
};

/** The letters an article's ل is assimilated to in speech ("sun letters"). */
const SUN_LETTERS = 'تثدذرزسشصضطظلن';

/** Abd, the servant of: the first word of a compound given name ("عبدالكريم"). */
const ABD = 'عبد';

/** Amr, whose final و is written and not read. */
const AMR = 'عمرو';

/** At most this many keys for one word (each و or ي inside a word doubles them, each ق, ذ and ث more). */
const MAX_KEYS = 12;

/**
 * A consonant key with the vowels the Arabic word shows: `vowels[k]` holds the classes of the long vowels written
 * after the key's k-th letter ('a' for ا, 'u' for و, 'i' for ي). Latin words of that key that lack such a vowel
 * there are other names: اسامه (s-ā-m) is not Sami, بشار (sh-ā-r) is not Bashir. Before the first letter: '*' (some
 * vowel) after an initial alef or ع, which Latin writes as a vowel (أسامة: Usama, عمرو: Amr), '-' (none) after an
 * initial consonant (لادن is not Aladnani). '+' where the same consonant comes again after a long vowel (بلال:
 * Bilal, not Bula), which the key writes once.
 */
export interface ArabicKey {
  key: string;
  vowels: string[];
  /** How many letters the key reads by a less usual sound (ذ as th or d, ق as gh or g): 0 for the usual reading. */
  unusual: number;
  /** Whether the key reads a ق as g (arabicKeys' `gafAsG`): only a Latin word that writes a g is such a reading. */
  gaf?: boolean;
}

/**
 * The consonant keys a folded Arabic word may have, without its article ("الحوثي": 'hT', 'hwT', 'hTy', 'hwTy'); a
 * final ه (ta marbuta folds to it) is also read as a vowel (فاطمه: Fatima).
 */
export function arabicConsonantKeys(word: string): string[] {
  const keys: string[] = [];
  for (const k of arabicKeys(word)) if (!keys.includes(k.key)) keys.push(k.key);
  return keys;
}

/** arabicConsonantKeys with the long vowels each key's reading shows (ArabicKey). */
export function arabicKeys(word: string, gafAsG = false): ArabicKey[] {
  const w = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
  const initial = w[0] === 'ا' || w[0] === 'ع' || w[0] === 'ء' ? '*' : '-';
  let keys: ArabicKey[] = [{ key: '', vowels: [initial], unusual: 0 }];
  // The ل of an article inside a word before a sun letter, which Latin may write as the letter doubled or once
  // ("عبدالرحمن": Abdulrahman, also Abdurrahman and the Somali Abdirahman); after عبد before any letter, as Somali
  // names write it ("عبدالكريم": Abdikarim, Abdikadir).
  const sunLam = w.length > 6 && w[3] === 'ا' && w[4] === 'ل' && (SUN_LETTERS.includes(w[5]) || w.startsWith(ABD)) ? 4 : -1;
  // The less usual sounds of ذ and ق only in words of five letters or more: the short ones are mostly everyday words
  // (قال, قد, قبل, وقت), whose extra readings cost every Arabic page scan time and find no name.
  const long = w.length >= 5;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    // [key letter, vowel class]: one of the two is empty.
    let options: [string, string][];
    // Whether options after the first are a less usual sound of the letter (ArabicKey.unusual).
    let unusual = false;
    if (i === sunLam) options = [['l', ''], ['', '']];
    else if (c === 'و' || c === 'ي') {
      // A final ي may be alef maqsura (ى folds to it: بشرى, Bushra, not Bashar): some vowel then. A final و is a
      // long vowel, a u or o preferred ('?': حمشو Hamsho; سيدو Siidow, before Said), none allowed; in عمرو (Amr), the
      // one word the spelling gives a silent و, none.
      const last = i === w.length - 1;
      const vowel = c === 'و' ? (last ? (w === AMR ? '' : '?') : 'u') : last ? '*' : 'i';
      options = i === 0 ? [[c === 'و' ? 'w' : 'y', '']] : [['', vowel], [c === 'و' ? 'w' : 'y', '']];
    } else if (c === 'ه' && i === w.length - 1 && i > 0) options = [['h', ''], ['', 'a']]; // اسامه: Usama, not Isam; حمزه: Hamza, not Hamzi
    else if (c === 'ا') {
      // The article's alef inside a word, after a first word of three letters (عبدالملك: Abdulmalik), is no long
      // vowel; صالح's is.
      const article = i >= 3 && w[i + 1] === 'ل' && i + 3 < w.length;
      options = [['', i === 0 ? '*' : article ? '' : 'a']];
    } else if ((c === 'ع' || c === 'ء') && i > 0) {
      // Inside a word, Latin writes ع and hamza as a vowel or an apostrophe, which folds to none: معمر is Muammar
      // (the m again after a vowel), not Mir; جعفر Jafar, سعد Saad.
      options = [['', '*']];
    } else if (c === 'ث') {
      // ث is s in the speech of Egypt, Sudan and the lands of Turkish and Persian: عثمان is Osman as often as Othman.
      options = [['T', ''], ['s', '']];
    } else if (c === 'ذ' && long) {
      // ذ is dh or z, and th or d as the lists also write it: القذافي is QADHAFI, GHATHAFI, QADDAFI.
      options = [['z', ''], ['T', ''], ['d', '']];
      unusual = true;
    } else if (c === 'ض' && w.length >= 4) {
      // ض is d, and dh as Iraq and the Gulf write it, z as Persian says it (one key letter with ذ's dh): الفياض is
      // AL-FAYYADH, مرتضى Murtadha and Morteza. Not in words of three letters (ضد, فرض: against, imposed).
      options = [['d', ''], ['z', '']];
      unusual = true;
    } else if (c === 'ق' && (long || (gafAsG && w.length === 4))) {
      // ق is q or k, and gh where it is said g (Libya, the Gulf, Iran: GHATHAFI, GHASEMI). With `gafAsG`, also g as
      // Sudan, Upper Egypt and the Gulf say it ("دقلو": DAGALO, DAGLO), from words of four letters; the key letter is
      // the j of Egyptian ج, so the reader keeps only Latin words that write a g (ArabicKey.gaf): قاسم is Gasim,
      // never Jasim.
      options = gafAsG ? [['k', ''], ['G', ''], ['j', '']] : [['k', ''], ['G', '']];
      unusual = true;
    } else {
      const k = ARABIC[c];
      if (k === undefined) return [];
      options = [[k, '']];
    }
    const next: ArabicKey[] = [];
    for (const key of keys) {
      for (let n = 0; n < options.length; n++) {
        const [o, v] = options[n];
        if (next.length >= MAX_KEYS) break;
        const odd = key.unusual + (unusual && n > 0 ? 1 : 0);
        const gaf = key.gaf || (c === 'ق' && o === 'j');
        if (o && key.key[key.key.length - 1] !== o) {
          if (!next.some((x) => x.key === key.key + o)) next.push(gaf ? { key: key.key + o, vowels: [...key.vowels, ''], unusual: odd, gaf } : { key: key.key + o, vowels: [...key.vowels, ''], unusual: odd });
        } else if (!next.some((x) => x.key === key.key)) {
          const vowels = [...key.vowels];
          const slot = vowels[vowels.length - 1];
          const add = o ? (/[aui*]/.test(slot) ? '+' : '') : v;
          if (add && !slot.includes(add)) vowels[vowels.length - 1] += add;
          next.push(gaf ? { key: key.key, vowels, unusual: odd, gaf } : { key: key.key, vowels, unusual: odd });
        }
      }
    }
    keys = next;
  }
  // One consonant is a key only of a word of three letters or more (علي: Ali), never of a particle (بن, ابو).
  return keys.filter((k) => k.key.length >= 2 || (k.key.length === 1 && w.length >= 3));
}

const VOWEL_CLASSES: Record<string, RegExp> = { a: /[ae]/, u: /[ouw]/, i: /[iey]/, '*': /[a-z]/, '+': /\+/, '-': /^[^a-z]*$/, '?': /(?:)/ };

/** Whether a Latin word's vowel slots (latinReading) show the long vowels an Arabic key (of the same key) does. */
export function vowelsAgree(arabic: ArabicKey, latinSlots: readonly string[]): boolean {
  for (let k = 0; k < arabic.vowels.length; k++) {
    const need = arabic.vowels[k];
    for (let n = 0; n < need.length; n++) if (!VOWEL_CLASSES[need[n]].test(latinSlots[k] ?? '')) return false;
  }
  return true;
}

/** How many vowel letters a Latin word (its vowel slots) writes where the Arabic key shows none: fewer is closer. */
export function extraVowels(arabic: ArabicKey, latinSlots: readonly string[]): number {
  let n = 0;
  for (let k = 0; k < latinSlots.length; k++) {
    const need = arabic.vowels[k] ?? '';
    if (need.includes('?')) n += /[ouw]/.test(latinSlots[k]) ? 0 : 1;
    else if (!/[aui*]/.test(need)) n += latinSlots[k].replace('+', '').length;
  }
  return n;
}

/**
 * How many of the vowels the Arabic word writes (a long vowel, a ع or hamza inside it) a Latin word (its vowel slots)
 * writes no letter for: "الشاعر" (sh, ā, ʿ, r) is Shaer or Shaar before Sher and Shar, which share its key.
 */
export function missingVowels(arabic: ArabicKey, latinSlots: readonly string[]): number {
  let n = 0;
  for (let k = 0; k < arabic.vowels.length; k++) {
    const need = arabic.vowels[k].replace(/[^aui*]/g, '').length;
    const have = (latinSlots[k] ?? '').replace('+', '').length;
    if (need > have) n += need - have;
  }
  return n;
}

/** The commonest Arabic names' keys (with their long vowels), per consonant key, built on first use. */
let commonKeys: Map<string, { word: string; key: ArabicKey }[]> | undefined;

/**
 * Whether a Latin word (its vowel slots) is more closely another of the commonest Arabic names than folded `word`
 * (one of them, read by `key`): one whose spelling has the long vowel the Latin word writes where `word` has none.
 * "محمد" is no Mahmoud (محمود), "حسن" no Hussein (حسين), "حمد" no Hamid (حامد): Arabic news writes those names with
 * their long vowel, so such a reading only made a man named Mohammad the namesake of a listed Mahmoud.
 */
export function isAnotherCommonName(word: string, key: ArabicKey, latinSlots: readonly string[]): boolean {
  const extra = extraVowels(key, latinSlots);
  if (extra === 0) return false;
  if (!commonKeys) {
    commonKeys = new Map();
    for (const w of commonArabicNames()) {
      for (const k of arabicKeys(w)) {
        const list = commonKeys.get(k.key);
        if (list) list.push({ word: w, key: k });
        else commonKeys.set(k.key, [{ word: w, key: k }]);
      }
    }
  }
  for (const o of commonKeys.get(key.key) ?? []) {
    if (o.word !== word && vowelsAgree(o.key, latinSlots) && extraVowels(o.key, latinSlots) < extra) return true;
  }
  return false;
}
