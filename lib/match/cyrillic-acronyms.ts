// A Russian, Belarusian or Ukrainian body's acronym that the lists give as a weak alias only ("FSB" of FEDERAL
// SECURITY SERVICE, "RZHD" of RUSSIAN RAILWAYS, "VNIIRT", "TSVK"): in Latin letters such initials name many things
// (the Financial Stability Board), so the index leaves weak names out; but written in Cyrillic capitals on a Russian or
// Ukrainian page ("директора ФСБ", "РЖД") they are the body's own, the acronym its people say. The index holds them
// as names read from Cyrillic capitals only (OUT_CYRILLIC_ACRONYM, precision.ts), on a page that names the body's
// country and tells a sanctions story. Built at index time: the scan pays one flag test.
import type { Entity } from '../dataset/format';
import { nameKey } from '../names/normalize';
import { isParticle } from '../names/transliterate';
import { legalFormAt, withoutLegalForm } from '../names/variants';
import { namedInRussian } from './russian-order-forms';

const VOWEL = /[aeiouy]/;

/**
 * Whether a listed word of capitals reads as a Russian acronym, not a pronounceable word (ZENIT, HELIOS, PHOENIX):
 * three letters (VEB, UVZ: Russian writes no everyday word of three in capitals mid-sentence), no vowel at all (FSB,
 * RZHD), or two consonants first that open no syllable (VNIIRT, KTRV; not PH, TR, SP, ST). A legal form (JSC, LLC)
 * is no body's name.
 */
function readsAsRussianAcronym(key: string): boolean {
  if (!/^[a-z]{3,8}$/.test(key) || legalFormAt([key], 0, 1) > 0) return false;
  if (key.length === 3 || !VOWEL.test(key)) return true;
  const [a, b] = [key[0], key[1]];
  return !VOWEL.test(a) && !VOWEL.test(b) && a !== 's' && !'lrhw'.includes(b);
}

/** The initials of a name's words, legal form and particles left out ("INTERNATIONAL INVESTMENT BANK": iib). */
function initials(name: string): string {
  return withoutLegalForm(nameKey(name).split(' ')).filter((w) => w.length > 2 && !isParticle(w)).map((w) => w[0]).join('');
}

/**
 * The weak aliases of an East Slavic organisation that read as the Russian acronym: one word of three to eight
 * letters, never the initials of its primary name, which is English (IIB, NCC, BSO are Latin acronyms a Cyrillic
 * page would not spell; FSB is FEDERALNAYA SLUZHBA BEZOPASNOSTI's).
 */
export function weakCyrillicAcronyms(entity: Entity): string[] {
  if (entity.kind === 'person' || !namedInRussian(entity.countries)) return [];
  let out: string[] | undefined;
  for (const n of entity.names) {
    if (n.type !== 'weak') continue;
    const key = nameKey(n.name);
    if (!readsAsRussianAcronym(key) && !acronymPair(n.name, key)) continue;
    if (initials(entity.name) === key) continue;
    (out ??= []).push(key);
  }
  return out ?? [];
}

/**
 * A holding's acronym and its plant's joined by a hyphen, as Russian names a subsidiary ("ODK-UMPO": ОДК-УМПО, the
 * United Engine Corporation's Ufa plant): one word of two parts in the list, the first reading as a Russian acronym,
 * the second two to six letters. Its key has the two parts as two words, as the page's tokens are.
 */
function acronymPair(name: string, key: string): boolean {
  const parts = key.split(' ');
  return parts.length === 2 && /^[A-Z]+-[A-Z]+$/.test(name.trim()) && readsAsRussianAcronym(parts[0]) && /^[a-z]{2,6}$/.test(parts[1]) && legalFormAt(parts, 1, 2) === 0;
}

/**
 * The Russian and Ukrainian acronyms of foreign bodies that the lists name in English only, by the listed name's key:
 * news writes them as often as the words ("КСИР" for Корпус стражей исламской революции, Ukrainian "КВІР" for Корпус
 * вартових ісламської революції; "ИГИЛ", "ІДІЛ" for Исламское государство Ирака и Леванта, Ісламська держава Іраку
 * і Леванту). Each as the Latin key of its Cyrillic capitals, read from Cyrillic capitals only, with the weak
 * acronyms' guard.
 */
const TRANSLATED_ACRONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['islamic revolutionary guard corps', ['ksir', 'kvir']],
  ['islamic state of iraq and the levant', ['igil', 'idil']],
]);

/** The Cyrillic acronyms of a foreign body that Russian and Ukrainian news write for its translated name. */
export function translatedCyrillicAcronyms(entity: Entity): readonly string[] {
  return entity.kind === 'person' ? [] : TRANSLATED_ACRONYMS.get(nameKey(entity.name)) ?? [];
}

// The case endings Russian and Ukrainian glue in lower case to an acronym they decline as a masculine noun ("ВЭБа",
// "ВЕБу", "ВЕБом", "ВЕБі", Ukrainian dative "ВЕБові").
const ACRONYM_ENDINGS = new Set(['а', 'у', 'е', 'і', 'ом', 'ем', 'ові']);

/**
 * Whether text[start, end) is an acronym in Cyrillic capitals with a case ending in lower case after it ("ВЕБом",
 * "ВЕБу"): two capitals at least, then one of the endings. The acronym's nominative is what the index holds.
 */
export function declinedCyrillicAcronym(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && isCyrillicCapital(text.charCodeAt(k))) k++;
  return k - start >= 2 && k < end && end - k <= 3 && ACRONYM_ENDINGS.has(text.slice(k, end));
}

/** А..Я, Ё and the Ukrainian and Belarusian capitals Є, І, Ї, Ў, Ґ. */
function isCyrillicCapital(c: number): boolean {
  return (c >= 0x410 && c <= 0x42f) || c === 0x401 || c === 0x404 || c === 0x406 || c === 0x407 || c === 0x40e || c === 0x490;
}
