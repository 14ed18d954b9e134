// An Arabic page word read as the lists' Latin romanisations: the UN gives some names in Arabic script, but the
// OFAC list and most others write Arab names in Latin letters only (SALEH, Ali Abdullah; ABDULMALIK AL-HOUTHI), so
// "علي عبدالله صالح" met nothing. Arabic writes consonants and long vowels; the romanisations add short vowels that
// differ from list to list (Saleh, Salih; Abdullah, Abdallah). Both sides are brought to a consonant key: vowels
// dropped, each Arabic consonant and its usual Latin spellings one letter (ح and ه h; kh خ; sh ش; th ث; dh ذ and z
// ظ ز one; q ق and k ك one; g and j ج one, as Egyptian names write it), ع and hamza dropped, و and ي either a
// consonant (w, y) or a long vowel (dropped), doubled letters once. A name read so must still match a listed name
// word for word, under the page scan's usual rules (common names need evidence).
//
// Written here: the npm romanisation packages (arabic-transliterate, transliteration) give one vowelled spelling
// per word, which meets one list's spelling at best; the consonant key meets them all.

/** Latin letters or pairs to their key letter; vowels and what is not here are dropped or kept as noted below. */
const LATIN_PAIRS: Record<string, string> = { kh: 'x', sh: 'S', th: 'T', dh: 'z', gh: 'G', ph: 'f', ck: 'k' };
const LATIN_ONE: Record<string, string> = { q: 'k', c: 'k', g: 'j', p: 'b', z: 'z', x: 'x' };
const VOWEL = /[aeiou]/;

/** The consonant key of a folded Latin word ('saleh': 'slh'; 'abdulmalik': 'bdlmlk'; 'houthi': 'hT'). */
export function latinConsonantKey(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    const pair = LATIN_PAIRS[word.slice(i, i + 2)];
    let k: string;
    if (pair) {
      k = pair;
      i++;
    } else if (VOWEL.test(c)) continue;
    else if (c === 'v' && i === 0) k = 'f';
    else if (c === 'y' || c === 'w' || c === 'v') {
      // A consonant at the start or between vowels (Yahya, Hawas), a vowel elsewhere (Sayyid's first y is kept).
      const between = i > 0 && VOWEL.test(word[i - 1]) && i + 1 < word.length && VOWEL.test(word[i + 1]);
      if (i > 0 && !between) continue;
      k = c === 'v' ? 'w' : c;
    } else if (/[a-z]/.test(c)) k = LATIN_ONE[c] ?? c;
    else continue;
    if (out[out.length - 1] !== k) out += k;
  }
  return out;
}

/** Arabic letters (as normalize.ts folds them) to their key letter; '' drops it; و and ي are handled apart. */
const ARABIC: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'T', ج: 'j', ح: 'h', خ: 'x', د: 'd', ذ: 'z', ر: 'r', ز: 'z', س: 's', ش: 'S', ص: 's', ض: 'd',
  ط: 't', ظ: 'z', ع: '', غ: 'G', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ا: '', ء: '', پ: 'b', گ: 'j', چ: 'S',
};

/** At most this many keys for one word (each و or ي inside a word doubles them). */
const MAX_KEYS = 8;

/**
 * The consonant keys a folded Arabic word may have, without its article ("الحوثي": 'hT', 'hwT', 'hTy', 'hwTy'); a
 * final ه (ta marbuta folds to it) is also read as a vowel (فاطمه: Fatima).
 */
export function arabicConsonantKeys(word: string): string[] {
  const w = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
  let keys = [''];
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    let options: string[];
    if (c === 'و' || c === 'ي') options = i === 0 ? [c === 'و' ? 'w' : 'y'] : ['', c === 'و' ? 'w' : 'y'];
    else if (c === 'ه' && i === w.length - 1 && i > 0) options = ['h', ''];
    else {
      const k = ARABIC[c];
      if (k === undefined) return [];
      options = [k];
    }
    const next: string[] = [];
    for (const key of keys) {
      for (const o of options) {
        const joined = o && key[key.length - 1] === o ? key : key + o;
        if (!next.includes(joined) && next.length < MAX_KEYS) next.push(joined);
      }
    }
    keys = next;
  }
  // One consonant is a key only of a word of three letters or more (علي: Ali), never of a particle (بن, ابو).
  return keys.filter((k) => k.length >= 2 || (k.length === 1 && w.length >= 3));
}
