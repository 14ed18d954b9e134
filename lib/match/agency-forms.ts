// A generic agency name that the lists hold as too weak to mark alone ("National Intelligence Service" of SEBIN)
// is a name once the news qualifies it with the agency's country: "Venezuelan National Intelligence Service". (A
// possessive, "Venezuela's", ends a name in the tokenizer, so it does not qualify one.)
import type { Entity } from '../dataset/format';
import { isCommonWord } from '../names/frequency';
import { listedWordConcept } from '../names/translated-words';
import { tokenize } from '../names/normalize';
import { countryCode, englishCountryWords, isCountryWord } from './context-words';

/** The token runs of an agency's weak names after each one-word English form of its countries. */
export function countryQualifiedForms(entity: Entity): string[][] {
  if (entity.kind !== 'agency') return [];
  const out: string[][] = [];
  for (const n of entity.names) {
    if (n.type !== 'weak') continue;
    const tokens = tokenize(n.name).map((t) => t.key);
    if (tokens.length < 2 || isCountryWord(tokens[0])) continue;
    for (const c of entity.countries) {
      const code = countryCode(c);
      if (code) for (const w of englishCountryWords(code)) out.push([w, ...tokens]);
    }
  }
  return out;
}

/** A listed name that opens with a country's possessive: the country ("IRAN") and the words after it. */
function possessiveNames(entity: Entity): { country: string; tokens: string[] }[] {
  if (entity.kind !== 'organization' && entity.kind !== 'agency') return [];
  const out: { country: string; tokens: string[] }[] = [];
  for (const n of entity.names) {
    const m = n.type === 'weak' ? null : /^([A-Za-z]+)['’]S\s+(.+)$/i.exec(n.name);
    if (m && isCountryWord(m[1].toLowerCase())) out.push({ country: m[1], tokens: tokenize(m[2]).map((t) => t.key) });
  }
  return out;
}

/**
 * "IRAN'S MORALITY POLICE": a listed name that opens with its country's possessive, as the news writes it after the
 * possessive ("Iran's Morality Police") or with an article ("the Morality Police"). The token runs after the
 * possessive; `afterPossessive` marks a run of three words or more, which precision.ts accepts only right after its
 * country's possessive on the page, as three words are accepted anywhere and "Law Enforcement Forces" would name any
 * country's. (A run of two is accepted only with the country on the page or a sanctions story nearby.)
 */
export function withoutCountryPossessive(entity: Entity): { tokens: string[]; afterPossessive: boolean }[] {
  return possessiveNames(entity)
    .filter((p) => p.tokens.length >= 2)
    .map((p) => ({ tokens: p.tokens, afterPossessive: p.tokens.length > 2 }));
}

/** A firm's one word of kind after its brand. */
const FIRM_KINDS = new Set(['enterprise', 'company', 'co', 'bank', 'corporation', 'corp']);

/**
 * "SYRIAN GENERAL INTELLIGENCE DIRECTORATE": a listed name that opens with one of its own countries' adjectives, as
 * the news writes it after the country's possessive ("Syria's General Intelligence Directorate"), two words or more
 * left. The token runs after the adjective; precision.ts accepts them as the possessive's long runs: right after the
 * possessive, once the page named the body, or in a sanctions story about the body's country.
 */
export function withoutCountryAdjective(entity: Entity): string[][] {
  if (entity.kind !== 'organization' && entity.kind !== 'agency') return [];
  const own = new Set(entity.countries.map(countryCode).filter(Boolean));
  const out: string[][] = [];
  for (const n of entity.names) {
    // The primary name only: an alias's words of kind ("IRANIAN POLICE SPECIAL UNITS") would begin names such as
    // "Venezuelan National Police Special Actions Force", whose words then read as another name's start (precision.ts).
    if (n.type !== 'primary') continue;
    const tokens = tokenize(n.name).map((t) => t.key);
    if (tokens.length < 3 || !isCountryWord(tokens[0]) || !own.has(countryCode(tokens[0])) || tokens[1] === 'of') continue;
    const rest = tokens.slice(1);
    if (rest.every((t) => isCommonWord(t) || t === 'of' || t === 'and' || t === 'the')) continue;
    // Two words left only for a firm's brand and its one word of kind ("Ruby Enterprise" of MYANMAR RUBY ENTERPRISE):
    // "Air Force", "National Police", "Arab Army" would name any country's.
    if (rest.length === 2 && !(FIRM_KINDS.has(rest[1]) && !isCommonWord(rest[0]) && !listedWordConcept(rest[0]) && !isCountryWord(rest[0]))) continue;
    if (!out.some((o) => o.join(' ') === rest.join(' '))) out.push(rest);
  }
  return out;
}

/**
 * "SPECIAL UNITS OF IRAN'S LAW ENFORCEMENT FORCES": a unit named "X of <country>'s Y", as English names it with the
 * body first ("Law Enforcement Forces Special Units"). The token runs, to be accepted as the possessive's long runs.
 */
export function unitAfterItsBody(entity: Entity): string[][] {
  if (entity.kind !== 'organization' && entity.kind !== 'agency') return [];
  const out: string[][] = [];
  for (const n of entity.names) {
    const m = n.type === 'weak' ? null : /^(.+?)\s+OF\s+([A-Za-z]+)['’]S\s+(.+)$/i.exec(n.name);
    if (!m || !isCountryWord(m[2].toLowerCase())) continue;
    const unit = tokenize(m[1]).map((t) => t.key);
    const body = tokenize(m[3]).map((t) => t.key);
    if (unit.length && body.length && !unit.includes('of')) out.push([...body, ...unit]);
  }
  return out;
}

/** The countries that an entity's possessive names open with ("Iran" of IRAN'S LAW ENFORCEMENT FORCES). */
export function possessiveCountries(entity: Entity): string[] {
  return possessiveNames(entity).map((p) => p.country);
}

/** The words that name a state's army after its country's adjective ("SYRIAN ARAB ARMY", "BURMESE ARMY"). */
const ARMY_WORDS = [['army'], ['arab', 'army'], ['armed', 'forces']];

/**
 * "FOURTH DIVISION OF THE SYRIAN ARAB ARMY": a unit the lists name with its own country's army after "of the", which
 * the news names by the unit alone ("the Fourth Division"), two words or more left; undefined for any other shape.
 */
function ownArmyTail(tokens: readonly string[], own: ReadonlySet<string | undefined>): string[] | undefined {
  for (const army of ARMY_WORDS) {
    const at = tokens.length - army.length - 3;
    if (at < 2 || tokens[at] !== 'of' || tokens[at + 1] !== 'the' || !army.every((w, k) => tokens[at + 3 + k] === w)) continue;
    if (own.has(countryCode(tokens[at + 2]))) return tokens.slice(0, at);
  }
  return undefined;
}

/**
 * A division numbered by an ordinal word, as Arabic news names it: "الفرقة الأولى" (the first division) of FIRST
 * DIVISION OF THE SYRIAN ARAB ARMY, the ordinal an adjective after the noun in the feminine with the article.
 */
const ARABIC_ORDINALS: ReadonlyMap<string, string> = new Map([
  ['first', 'الأولى'], ['second', 'الثانية'], ['third', 'الثالثة'], ['fourth', 'الرابعة'], ['fifth', 'الخامسة'],
  ['sixth', 'السادسة'], ['seventh', 'السابعة'], ['eighth', 'الثامنة'], ['ninth', 'التاسعة'], ['tenth', 'العاشرة'],
]);

/** The Arabic name of a unit named as an ordinal word and "division" (ownArmyTail), as folded tokens; else undefined. */
function arabicUnit(unit: readonly string[]): string[] | undefined {
  const ordinal = unit.length === 2 && unit[1] === 'division' ? ARABIC_ORDINALS.get(unit[0]) : undefined;
  return ordinal ? tokenize('الفرقة ' + ordinal).map((t) => t.key) : undefined;
}

/** The words that join a body's name to its country at the end ("MINISTERIO PUBLICO DE NICARAGUA"). */
const COUNTRY_JOINS = [['de'], ['del'], ['of'], ['of', 'the']];

/**
 * "MINISTERIO PUBLICO DE NICARAGUA": a body's listed name that ends with one of its own countries, as the news names it
 * again without the country once it has named it in full ("el Ministerio Público"). The token runs before the country;
 * precision.ts accepts them, as the possessive's runs, only right after the country's possessive or once the page has
 * named the body (every country has a Ministerio Público).
 */
export function withoutCountryTail(entity: Entity): string[][] {
  if (entity.kind !== 'organization' && entity.kind !== 'agency') return [];
  const own = new Set(entity.countries.map(countryCode).filter(Boolean));
  const out: string[][] = [];
  for (const n of entity.names) {
    if (n.type === 'weak') continue;
    const tokens = tokenize(n.name).map((t) => t.key);
    const unit = ownArmyTail(tokens, own);
    if (unit) out.push(unit);
    const arabic = unit && arabicUnit(unit);
    if (arabic) out.push(arabic);
    const code = own.size > 0 && tokens.length >= 4 ? countryCode(tokens[tokens.length - 1]) : undefined;
    if (!code || !own.has(code)) continue;
    for (const join of COUNTRY_JOINS) {
      const rest = tokens.length - 1 - join.length;
      if (rest >= 2 && join.every((w, k) => tokens[rest + k] === w)) out.push(tokens.slice(0, rest));
    }
  }
  return out;
}
