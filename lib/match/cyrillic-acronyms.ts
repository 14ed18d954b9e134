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
import { countryIndex } from './context-words';
import { entityHasCountry, type NameIndex } from './name-index';
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

/**
 * Everyday Russian and Ukrainian abbreviations of common nouns, by the Latin key of their Cyrillic capitals: "ВПК"
 * (военно-промышленный комплекс), "ОПК", "ТЭК", "СМИ", "ЗМІ", "ЖКХ", "НКО", "ВУЗ", "АЭС", "ДТП", "ПВО", "БПЛА",
 * "ВВП", "НДС", "СВО". News writes them for a country's industry, media or air defence, never for a firm: a firm
 * the lists call by the same letters ("OOO VPK" of LIMITED LIABILITY COMPANY MILITARY INDUSTRIAL COMPANY) is not
 * named by them.
 */
const EVERYDAY_ABBREVIATIONS = new Set([
  'vpk', 'opk', 'tek', 'pek', 'smi', 'zmi', 'zhkkh', 'zhkh', 'nko', 'vuz', 'aes', 'ges', 'tes', 'tets', 'dtp', 'pvo',
  'ppo', 'bpla', 'vvp', 'nds', 'pdv', 'svo', 'reb', 'zrk', 'rszo',
]);

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
    // An acronym the list writes with its legal form ("OJSC MZKT"), which the page puts outside it (ОАО «МЗКТ»).
    const key = acronymWithoutLegalForm(nameKey(n.name));
    if ((!readsAsRussianAcronym(key) && !acronymPair(n.name, key)) || EVERYDAY_ABBREVIATIONS.has(key)) continue;
    if (initials(entity.name) === key || out?.includes(key)) continue;
    (out ??= []).push(key);
  }
  return out ?? [];
}

/**
 * Russian words of kind, as the lists transliterate them, that a firm's name sets before its acronym ("AO TELEKOMPANIYA
 * NTV": телекомпания НТВ; "GRUPPA GMS OAO": группа ГМС). News names the firm by the acronym alone ("телеканала НТВ").
 */
const KINDS_BEFORE_ACRONYM = new Set(['telekompaniya', 'telekompaniia', 'gruppa', 'kompaniya', 'kompaniia', 'kontsern', 'korporatsiya', 'korporatsiia']);

/**
 * The acronym an East Slavic organisation's listed name (not a weak alias) gives after its legal form and a Russian
 * word of kind: read from Cyrillic capitals only, as the weak ones are, since in Latin letters such initials name many
 * things (NTV is also Turkey's, Kenya's and Japan's TV channel).
 */
export function acronymsAfterRussianKind(entity: Entity): string[] {
  if (entity.kind === 'person' || !namedInRussian(entity.countries)) return [];
  let out: string[] | undefined;
  for (const n of entity.names) {
    if (n.type === 'weak') continue;
    const bare = withoutLegalForm(nameKey(n.name).split(' '));
    if (bare.length !== 2 || !KINDS_BEFORE_ACRONYM.has(bare[0])) continue;
    const key = bare[1];
    // Three letters or no vowel only: a listed name's word of more may be a word in capitals (ZVEZDA).
    if (!readsAsRussianAcronym(key) || (key.length > 3 && VOWEL.test(key)) || EVERYDAY_ABBREVIATIONS.has(key) || out?.includes(key)) continue;
    (out ??= []).push(key);
  }
  return out ?? [];
}

/** A weak alias's key without a legal form before or after it, where one word is left; else the key as it is. */
function acronymWithoutLegalForm(key: string): string {
  const words = key.split(' ');
  if (words.length < 2) return key;
  const rest = withoutLegalForm(words);
  return rest.length === 1 ? rest[0] : key;
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
 * і Леванту). Each as the Latin key of its Cyrillic capitals, read from Cyrillic capitals only, on a page that names
 * the body's country: no sanctions story needed, as the English acronym needs none (foreignBodyAcronym).
 */
const TRANSLATED_ACRONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['islamic revolutionary guard corps', ['ksir', 'kvir']],
  ['islamic state of iraq and the levant', ['igil', 'idil']],
]);

/** The Cyrillic acronyms of a foreign body that Russian and Ukrainian news write for its translated name. */
export function translatedCyrillicAcronyms(entity: Entity): readonly string[] {
  if (entity.kind === 'person') return [];
  const own = TRANSLATED_ACRONYMS.get(nameKey(entity.name)) ?? [];
  const units = unitAcronyms(entity);
  return units.length === 0 ? own : [...own, ...units];
}

/** The same acronyms by the English acronym the lists give the body (IRGC), for its units' names below. */
const TRANSLATED_BY_ACRONYM: ReadonlyMap<string, readonly string[]> = new Map([
  ['irgc', ['ksir', 'kvir']],
  ['isil', ['igil', 'idil']],
]);

/**
 * A force's acronym in Russian and Ukrainian: "ВКС" (воздушно-космические силы), "ПКС" (повітряно-космічні сили) the
 * aerospace force, "ВВС" the air force, "ВМС", "ВМФ" the navy. News names a unit by it before its parent's acronym
 * ("ВКС КСИР" for IRGC AEROSPACE FORCE), as Russian puts the parent after in the genitive.
 */
const UNIT_ACRONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['aerospace force', ['vks', 'pks']],
  ['air force', ['vvs']],
  ['navy', ['vms', 'vmf']],
]);

/** A unit's names as its force's acronym and its parent's ("vks ksir" of IRGC AEROSPACE FORCE), two words each. */
function unitAcronyms(entity: Entity): string[] {
  let out: string[] | undefined;
  for (const n of entity.names) {
    if (n.type === 'weak') continue;
    const key = nameKey(n.name);
    const space = key.indexOf(' ');
    if (space < 0) continue;
    const parents = TRANSLATED_BY_ACRONYM.get(key.slice(0, space));
    const units = parents && UNIT_ACRONYMS.get(key.slice(space + 1));
    if (!parents || !units) continue;
    for (const u of units) for (const p of parents) if (!(out ??= []).includes(`${u} ${p}`)) out.push(`${u} ${p}`);
  }
  return out ?? [];
}

const EAST_SLAVIC = ['ru', 'ua', 'by'].map(countryIndex).filter((c) => c >= 0);

/**
 * Whether a Cyrillic acronym of entity e is a foreign body's translated one ("КСИР", "ИГИЛ"), not an East Slavic
 * body's weak alias ("ФСБ"): the weak ones are an East Slavic body's only (weakCyrillicAcronyms). Such an acronym
 * names its body alone, as the English one the lists give does (IRGC, ISIL), so it needs no sanctions story.
 */
export function foreignBodyAcronym(index: NameIndex, e: number): boolean {
  for (const c of EAST_SLAVIC) if (entityHasCountry(index, e, c)) return false;
  return true;
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
