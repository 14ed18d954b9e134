// Weak aliases that the entry's own listed names confirm. OFAC marks an alias weak because a short name names many
// things, and the index leaves weak names out; but some are the entry's own words.
//
// A body's acronym that the lists give as a weak alias only, spelled from the body's own listed name: "MININT" of
// Cuba's MINISTRY OF INTERIOR (aka MINISTERIO DEL INTERIOR: MIN-INT), "MOIS" of IRANIAN MINISTRY OF INTELLIGENCE AND
// SECURITY. OFAC marks such aliases weak because a short word names many things, so the index leaves weak names out;
// but an acronym whose letters its own name gives, word by word, is the body's, and in capitals on a sanctions page
// that names the body's country it is what the news calls the body. A weak alias the name does not spell ("EGYPT" of
// AJNAD MISR, "PEOPLE", a brand) stays out. Built at index time: the scan pays one flag test (precision.ts).
//
// A person's weak alias of three words or more that runs word for word inside one of the person's own listed names,
// read given names first ("ABU BAKR AL-BAGHDADI" in AL-QURASHI, Abu Bakr al-Baghdadi al-Husseini): the name the news
// uses, a part of a name the lists hold strong. It is indexed as an alias, and the person rules (common names, the
// evidence) hold for it as for any alias.
//
// A body's weak alias of two words, an acronym and one of the body's own countries ("ISIS-MOZAMBIQUE" of ISLAMIC
// STATE OF IRAQ AND SYRIA - MOZAMBIQUE, "NRM-SWEDEN" of NORDIC RESISTANCE MOVEMENT), where one of its own listed
// names spells the acronym: the branch's name as the news writes it. The acronym alone names the parent body (ISIL);
// with the country after it the branch is the longer, truer match. Indexed as an alias.
import type { Entity } from '../dataset/format';
import { isCommonWord } from '../names/frequency';
import { countryCode } from './context-words';
import { nameKey } from '../names/normalize';
import { isConnector, isParticle } from '../names/transliterate';
import { legalFormAt, withoutLegalForm } from '../names/variants';

/**
 * Whether `key` is the start of each of `words` in turn, at least a letter of each word that is no connector and none
 * or one of a connector ("of", "del"): "minint" of ministerio del interior, "mois" of ministry of intelligence and
 * security.
 */
export function spells(key: string, words: readonly string[], at = 0, w = 0): boolean {
  if (w === words.length) return at === key.length;
  const word = words[w];
  const connector = isConnector(word) || isParticle(word);
  if (connector && spells(key, words, at, w + 1)) return true;
  const most = connector ? 1 : word.length;
  for (let n = 1; n <= most && at + n <= key.length && key.charCodeAt(at + n - 1) === word.charCodeAt(n - 1); n++) {
    if (spells(key, words, at + n, w + 1)) return true;
  }
  return false;
}

/**
 * Whether one of the entity's own listed names (not weak) of two words or more, its legal form left out, spells `key`
 * (`spells`): two words at least, as the start of one word is a clipped brand ("INTER" of INTERCONTINENTAL), no
 * acronym. `hyphens`: a hyphen parts words; `country`: a last word naming that country is left out (of three or more).
 */
function ownNameSpells(entity: Entity, key: string, hyphens: boolean, country?: string): boolean {
  return entity.names.some((m) => {
    if (m.type === 'weak') return false;
    let words = withoutLegalForm(nameKey(hyphens ? m.name.replace(/-/g, ' ') : m.name).split(' '));
    if (country !== undefined && words.length > 2 && countryCode(words[words.length - 1]) === country) words = words.slice(0, -1);
    return words.filter((w) => !isConnector(w) && !isParticle(w)).length >= 2 && spells(key, words);
  });
}

/**
 * The weak aliases of an organization that one of its own listed names of two words or more spells (`spells`): one
 * word of four to eight letters, no legal form and no everyday word ("MEDIC", "CARD"); three letters name too many things (RGB is a colour model before it is North Korea's bureau).
 */
export function spelledWeakAcronyms(entity: Entity): string[] {
  if (entity.kind !== 'organization') return [];
  let out: string[] | undefined;
  for (const n of entity.names) {
    if (n.type !== 'weak') continue;
    const key = nameKey(n.name);
    if (!/^[a-z]{4,8}$/.test(key) || legalFormAt([key], 0, 1) > 0 || isCommonWord(key)) continue;
    if (ownNameSpells(entity, key, false) && !out?.includes(key)) (out ??= []).push(key);
  }
  return out ?? [];
}

/** A listed name's words in reading order, given names first ("SURNAME, Given": given, surname), folded. */
function readingWords(name: string): string[] {
  const comma = name.indexOf(',');
  const ordered = comma < 0 ? name : `${name.slice(comma + 1)} ${name.slice(0, comma)}`;
  return nameKey(ordered.replace(/-/g, ' ')).split(' ').filter((w) => w.length > 0);
}

/** The weak aliases of a person, of three words or more, that run word for word inside one of the person's own listed names. */
export function personWeakAliasesInOwnNames(entity: Entity): string[] {
  if (entity.kind !== 'person') return [];
  let strong: string[][] | undefined;
  let out: string[] | undefined;
  for (const n of entity.names) {
    if (n.type !== 'weak') continue;
    const words = readingWords(n.name);
    if (words.length < 3) continue;
    strong ??= entity.names.filter((m) => m.type !== 'weak').map((m) => readingWords(m.name));
    if (strong.some((s) => runsInside(words, s))) (out ??= []).push(n.name);
  }
  return out ?? [];
}

/** The words of kind a group of firms takes after its brand ("HALEEL GROUP"): a brand's business, no legal form. */
const GROUP_WORDS = new Set(['group', 'holding', 'holdings']);

/**
 * The weak aliases of an organization that are its brand and a word of kind ("HALEEL GROUP" of HALEEL COMMODITIES
 * L.L.C.): the first word of one of its own listed names, of four letters or more and no everyday word, and "Group"
 * or "Holding". News calls the firm so in title case; OFAC marks such aliases weak. The index takes one whose brand
 * word few entries carry (the group's own firms; not GLOBAL GROUP's) as the brand's name without a legal form, which
 * stands with the body's country on the page, sanctions words near or a legal form after it (precision.ts).
 */
export function bodyBrandGroupAliases(entity: Entity): string[] {
  if (entity.kind !== 'organization') return [];
  let out: string[] | undefined;
  for (const n of entity.names) {
    if (n.type !== 'weak') continue;
    const words = nameKey(n.name).split(' ');
    if (words.length !== 2 || !GROUP_WORDS.has(words[1]) || words[0].length < 4 || isCommonWord(words[0])) continue;
    if (entity.names.some((m) => m.type !== 'weak' && nameKey(m.name).split(' ')[0] === words[0])) (out ??= []).push(n.name);
  }
  return out ?? [];
}

/** Whether `words` appear in `name`, in order and next to each other. */
function runsInside(words: readonly string[], name: readonly string[]): boolean {
  for (let i = 0; i + words.length <= name.length; i++) if (words.every((w, k) => name[i + k] === w)) return true;
  return false;
}

/**
 * The weak aliases of an organization that are an acronym of three to eight letters and one of the body's own
 * countries, joined by a hyphen or a space, where one of the body's own listed names spells the acronym (the country
 * words at its end left out): "ISIS-MOZAMBIQUE" of ISLAMIC STATE OF IRAQ AND SYRIA - MOZAMBIQUE.
 */
export function acronymCountryWeakAliases(entity: Entity): string[] {
  if (entity.kind !== 'organization' || !entity.countries.length) return [];
  let own: Set<string> | undefined;
  let out: string[] | undefined;
  for (const n of entity.names) {
    if (n.type !== 'weak') continue;
    const words = nameKey(n.name.replace(/-/g, ' ')).split(' ');
    if (words.length !== 2 || !/^[a-z]{3,8}$/.test(words[0]) || isCommonWord(words[0])) continue;
    own ??= new Set(entity.countries.map(countryCode).filter((c): c is string => c !== undefined));
    const code = countryCode(words[1]);
    if (!code || !own.has(code)) continue;
    if (ownNameSpells(entity, words[0], true, code) && !out?.includes(n.name)) (out ??= []).push(n.name);
  }
  return out ?? [];
}

/**
 * An organization's own one-word listed names of three to six letters that one of its own listed names of two words
 * or more spells ("ISIS" of ISLAMIC STATE OF IRAQ AND SYRIA, "FARC" of FUERZAS ARMADAS REVOLUCIONARIAS DE COLOMBIA):
 * its acronyms, which some newspapers write in title case ("Isis", "Farc"). No everyday word.
 */
export function ownSpelledAcronyms(entity: Entity): string[] {
  if (entity.kind !== 'organization') return [];
  let out: string[] | undefined;
  for (const n of entity.names) {
    if (n.type === 'weak') continue;
    const key = nameKey(n.name);
    if (!/^[a-z]{3,6}$/.test(key) || isCommonWord(key) || out?.includes(key)) continue;
    if (ownNameSpells(entity, key, true)) (out ??= []).push(key);
  }
  return out ?? [];
}

/**
 * The weak aliases of an organization of three words or more that end one of its own longer listed names, word for
 * word ("PRESIDENTIAL SPORTS CLUB" of REPUBLICAN STATE PUBLIC ASSOCIATION PRESIDENTIAL SPORTS CLUB): the short name the
 * news uses, often of everyday words, so only for a body the lists give a country, whose story the page tells
 * (indexed as a name after its country's possessive is: precision.ts's ownCountryStory). Its words, folded.
 */
export function bodyWeakTailsOfOwnNames(entity: Entity): string[][] {
  if (entity.kind !== 'organization' || !entity.countries.length) return [];
  let strong: string[][] | undefined;
  let out: string[][] | undefined;
  for (const n of entity.names) {
    if (n.type !== 'weak') continue;
    const words = readingWords(n.name);
    if (words.length < 3) continue;
    strong ??= entity.names.filter((m) => m.type !== 'weak').map((m) => readingWords(m.name));
    if (strong.some((s) => s.length > words.length && runsInside(words, s.slice(s.length - words.length)))) (out ??= []).push(words);
  }
  return out ?? [];
}
