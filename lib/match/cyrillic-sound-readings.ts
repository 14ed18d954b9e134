// A name from outside the East Slavic world written in Cyrillic by its sound: "Ніколаса Мадуро", "Діосдадо Кабельо",
// «Хезболла». Cyrillic has one letter where the Latin original has several (к for c, k and ck; л and ль for l and
// ll; no letter for a final h; дж for j), so the strict transliteration ("nikolas", "kabelo", "khezbolla") meets no listed
// word (NICOLAS, CABELLO, Hezbollah). brand-spellings.ts joins such spellings for organizations' words; this joins
// them for every listed word, persons' too, but only for a Cyrillic word that neither the strict spellings nor the
// brand key found anything for (a Russian name keeps its strict reading), and only by a key one listed word has.
import { latinSpellings } from '../names/cyrillic';
import { lexiconId, lexiconSize, lexiconWord } from '../names/lexicon';
import { brandKey, skeletonsByKey } from './brand-spellings';
import { skeleton } from '../names/transliterate';
import { SKEL_PERSON_PART, type NameIndex } from './name-index';
import { perIndex } from './per-index';

/**
 * The sound key of a Latin spelling or skeleton: its skeleton's brand key (kh read as h), with "dzh" as j, as
 * English and Persian names write дж (Джавад: Javad, Басидж: Basij), a final ж too as some Ukrainian news writes it
 * (Басіж), gh as g, as Russian writes Persian غ and ق
 * with г (Багери: Bagheri), and a final h after a vowel dropped.
 */
export function soundKey(latin: string): string {
  return brandKey(skeleton(latin.replace(/dzh/g, 'j').replace(/zh$/, 'j').replace(/gh/g, 'g'))).replace(/([aeiou])h$/, '$1');
}

/** Sound key to the one skeleton that has it, or -1 where several share it (once per index). */
const soundKeys = perIndex((index: NameIndex): Map<string, number> => {
  const map = new Map<string, number>();
  const n = lexiconSize(index.skeletons);
  for (let sk = 0; sk < n; sk++) {
    const word = lexiconWord(index.skeletons, sk);
    // Five letters or more: shorter keys join too many words by chance.
    if (word.length < 5) continue;
    const k = soundKey(word);
    map.set(k, map.has(k) ? -1 : sk);
  }
  return map;
});

/**
 * The key of a name as Arabic script writes it, with no letter for v and o (ف and و): "Муніра Адануфа" is Munir
 * ADANOV read back from Arabic. A Ukrainian or Russian outlet that takes an Arab official's name from Arabic
 * sources writes f for the lists' v and u for their o.
 */
function arabicSourceKey(key: string): string {
  return key.replace(/v/g, 'f').replace(/o/g, 'u');
}

/**
 * arabicSourceKey of each sound key to the skeletons that have it (one person's spellings often share it: ADANOV
 * and ADANOF), at most three; more is no key (once per index). Each is a reading, and the name the trie walk goes
 * on with decides, as for a word of several readings.
 */
const arabicSourceKeys = perIndex((index: NameIndex): Map<string, number[]> => {
  const map = new Map<string, number[]>();
  for (const [key, sk] of soundKeys(index)) {
    // A key with neither letter is its own: the sound key already met it or nothing. A person's word only: the rule is
    // for an Arab official's name, and a firm's Latin word read so takes Russian words ("Группу" as GRUPPO).
    if (sk < 0 || !(key.includes('v') || key.includes('o')) || !(index.skelFlags[sk] & SKEL_PERSON_PART)) continue;
    const k = arabicSourceKey(key);
    const list = map.get(k);
    if (list) list.push(sk);
    else map.set(k, [sk]);
  }
  return map;
});

/**
 * Adds to the empty `found` the one listed word one of these Latin spellings of a Cyrillic word sounds like (the
 * first spelling that has one); failing that, the one it is read back from Arabic as (arabicSourceKey). Callers check `found.length === 0` first, so a word the strict readings explain
 * costs nothing here; the answer is remembered with the word's other readings (lex-page.ts).
 */
export function addSoundReading(index: NameIndex, spellings: readonly string[], found: number[]): void {
  const map = soundKeys(index);
  for (const s of spellings) {
    if (s.length < 5) continue;
    const sk = map.get(soundKey(s));
    if (sk === undefined) continue;
    if (sk >= 0) found.push(sk);
    return;
  }
  const arabic = arabicSourceKeys(index);
  for (const s of spellings) {
    if (s.length < 5) continue;
    const sks = arabic.get(arabicSourceKey(soundKey(s)));
    if (sks === undefined) continue;
    if (sks.length <= 3) found.push(...sks);
    return;
  }
}

/**
 * Adds to `found` (the word's strict readings, some) the one listed word the Cyrillic word as written sounds like,
 * when none of its spellings as written is a listed word: the strict readings then came from a case ending read off
 * a foreign name ("Кассаби" as the genitive of Kassab), and its sound (Qasabi) may be the name. Once per word and
 * index, with its other readings.
 */
export function addWrittenSoundReading(index: NameIndex, word: string, found: number[]): void {
  const written = latinSpellings(word);
  for (const w of written) if (lexiconId(index.skeletons, skeleton(w)) >= 0) return;
  const sound: number[] = [];
  addSoundReading(index, written, sound);
  if (sound.length && !found.includes(sound[0])) found.push(sound[0]);
}

/**
 * The key a Spanish name shares with its Russian or Ukrainian spelling by sound, looser than soundKey: Russian writes
 * Spanish g and j before e and i with г or х ("Ранхель" of RANGEL, "Херардо" and "Герардо" of Gerardo), c before e
 * and i and z with с or ц ("Франциско" of Francisco, "Гомес" of GOMEZ, "Саварсе" of ZAVARSE), and c elsewhere with к
 * ("Марко" of MARCO): g, h, j and kh are one letter, as are s, z and ts (not zh, which is ж: "Шаров" is no ZHAROV), and c is k or s by the vowel after it. (The
 * index holds skeletons, whose kh is h already: a listed final h is kept, or "Белый" would read as BELYKH.)
 */
export function foreignSoundKey(latin: string): string {
  const w = latin
    .replace(/dzh/g, 'j')
    .replace(/c([eiy])/g, 's$1')
    .replace(/ts|z(?!h)/g, 's')
    .replace(/qu(?=[ei])/g, 'k')
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/kh|[gj]/g, 'h')
    .replace(/[cq]/g, 'k')
    .replace(/y/g, 'i')
    // Spanish qui and cue before e ("Izquierdo", "Cuervo") as Russian writes them, кье and куэ ("Іскуердо").
    .replace(/k[iu](?=e)/g, 'k');
  return w.replace(/(.)\1+/g, '$1');
}

/** foreignSoundKey of each person's word of four letters or more (Juan: "Хуан") to the skeletons that have it (once per index). */
const foreignSoundKeys = perIndex((index: NameIndex) => skeletonsByKey(index, SKEL_PERSON_PART, 4, foreignSoundKey));

/**
 * Adds to `found` the listed persons' words that these strict Latin spellings of a Cyrillic word (its nominatives'
 * too: "Ранхеля") sound like by foreignSoundKey, at most two a spelling: each is a reading only, and the whole listed name must still be met word by
 * word, so a Russian word read so ("Гусев" as a Husev) names nobody unless the name's other words are that person's
 * too. Once per word and index, with its other readings (lex-page.ts).
 */
export function addForeignSoundReadings(index: NameIndex, spellings: readonly string[], found: number[], max: number): void {
  const keys = foreignSoundKeys(index);
  for (const spelling of spellings) {
    if (found.length >= max) return;
    if (spelling.length < 4) continue;
    const had = keys.get(foreignSoundKey(spelling));
    if (had === undefined) continue;
    if (typeof had === 'number') {
      if (!found.includes(had)) found.push(had);
      continue;
    }
    if (had.length > 2) continue;
    for (const sk of had) if (!found.includes(sk) && found.length < max) found.push(sk);
  }
}
