// The same party on two publishers' lists when neither a document number nor a full birth day ties them: the UN
// list writes a person's name with no surname marked ("MORTEZA REZAIE", OFAC's "REZAIE, Morteza") and mostly a birth
// year, so neither the near-miss rule (which needs a surname) nor the name-and-day key applies. This rule takes the
// whole name instead: every word equal, in any order, and evidence beside it. A wrong merge puts one list's sanction
// on another person's card, so each test below refuses rather than guesses; MergeIndex also asks that the name be
// carried by exactly one record on each side.
import type { Entity } from './format';
import { nameKey } from '../names/normalize';
import { isCommonNamePart } from '../names/frequency';
import { birthYears, yearsWithin } from './birth-years';
import { countryCodes, disjoint } from './country-codes';
import { ofacCarriesUnRegime } from './un-programs-at-ofac';

/** Which evidence merged a pair (the builder counts merges by it). */
export type CrossListRule =
  | 'name and birth year'
  | 'name and birth years a year apart'
  | 'name, nationality and a second name'
  | 'name in original script'
  | 'name but the patronymic, and birth day'
  | 'name and a sanctions program both lists give'
  | 'name with its words joined, and birth year'
  | 'name with its words joined, and a sanctions program both lists give'
  | 'organization name and country'
  | "organization's name on both lists"
  | "organization's first name on one list, and a sanctions program both lists give";

export type CrossListVerdict = { rule: CrossListRule } | { refused: string };

/** A rule that gives way: where another candidate fits by a rule that does not, that one is merged (MergeIndex). */
export function givesWay(rule: CrossListRule): boolean {
  return rule === "organization's first name on one list, and a sanctions program both lists give";
}

const group = (e: Entity) => (e.kind === 'agency' ? 'organization' : e.kind);

/**
 * The keys under which two records may be this rule's pair: a person's or an organization's name of two words or
 * more, its words folded and sorted ("p:" a person, "o:" an organization), and a person's name in its original
 * script as written ("s:"), and a person's name with its words joined ("j:": the UN's "ABDULMALIK AL-HOUTHI" is
 * OFAC's "AL-HOUTHI, Abdul-Malik"), given names first and, for a name written "FAMILY, Given", also as written.
 * Weak aliases are no key; a name that still holds several joined by ";" (a UN alias of a dataset built before
 * un-aliases.ts split them) is read as each. Vessels and aircraft carry none: they have their own numbers.
 * A person's name with a patronymic is also keyed without it, with each full birth day the record gives ("d:"):
 * lists spell patronymics apart (OFAC's "BARKHANOEV, Malik Ruslanovish", the UN's "Malik Ruslanovich Barkhanoev",
 * both born 16 Feb 1981), and the same other words and the same day are one man.
 */
export function crossListKeys(e: Entity): string[] {
  const g = group(e);
  if (g !== 'person' && g !== 'organization') return [];
  const prefix = g === 'person' ? 'p:' : 'o:';
  const keys: string[] = [];
  for (const n of e.names) {
    if (n.type === 'weak') continue;
    const script = n.type === 'script';
    if (script && g !== 'person') continue;
    for (const part of namesIn(n.name, g)) {
      const folded = nameKey(part);
      if (folded.indexOf(' ') < 0) continue;
      const key = script ? `s:${folded}` : prefix + folded.split(' ').sort().join(' ');
      if (!keys.includes(key)) keys.push(key);
      if (script) continue;
      if (g !== 'person') {
        // An organization's words joined as written ("AL-QA'IDA" and "AL-QAIDA"): "o=" keeps it apart from persons'.
        const k = `j:o=${folded.replace(/ /g, '')}`;
        if (!keys.includes(k)) keys.push(k);
        continue;
      }
      for (const day of fullBirthDays(e)) {
        const k = patronymicFreeKey(folded, day);
        if (k && !keys.includes(k)) keys.push(k);
      }
      const comma = part.indexOf(',');
      const joined = comma < 0 ? [folded] : [`${nameKey(part.slice(comma + 1))} ${nameKey(part.slice(0, comma))}`, folded];
      for (const j of joined) {
        const k = `j:${foldAbd(j.replace(/ /g, ''))}`;
        if (!keys.includes(k)) keys.push(k);
      }
    }
  }
  return keys;
}

// Abd ("servant of") and the article after it, as the lists write them apart: the UN's "ABDUL RAHIM HAMDAN DAGALO"
// is OFAC's "DAGALO, Abdelrahim Hamdan"; Abdullah and Abdallah, Abdirahman and Abdurrahman. Only in the joined key
// (words already joined, so "Abdul Malik" and "ABDULMALIK" fold alike), which still asks for a birth year or a
// sanctions program both lists give.
const ABD_ARTICLE = /abd(?:oul|el|ul|al|ol|ou|ur|ir|ar|er|u|i|e|o|a)?(?=[a-z]{3})/g;

function foldAbd(word: string): string {
  return word.replace(ABD_ARTICLE, 'abd');
}

// A patronymic as the lists write it in Latin letters: Russian and Belarusian -ovich/-evich/-ovna/-evna in their
// spellings (-ovitch, -ovych, -avich, a typed -ovish), Ukrainian -ivna, Turkic ogly/kyzy after the father's name.
const PATRONYMIC = /^\w{3,}(?:[oeay]v(?:i|y)(?:ch|tch|sh|c)|[oe]vn[ae]|[iy]vn[ae]|ichna)$|^(?:ogly|ogli|oglu|kyzy|qizi)$/;

/** The person's birth days given to the day (YYYY-MM-DD), not years or months. */
function fullBirthDays(e: Entity): string[] {
  return e.birthDates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
}

/** "d:" key of a folded name without its patronymic words, with a birth day; undefined when no word is one or fewer than two words are left. */
function patronymicFreeKey(folded: string, day: string): string | undefined {
  const words = folded.split(' ');
  const rest = words.filter((w) => !PATRONYMIC.test(w));
  if (rest.length === words.length || rest.length < 2) return undefined;
  return `d:${rest.sort().join(' ')}@${day}`;
}

/**
 * The names one written name holds: several joined by ";" each, and an organization's also without a bracket at
 * its end (the UN's "ABDALLAH AZZAM BRIGADES (AAB)" is OFAC's "ABDALLAH AZZAM BRIGADES").
 */
function namesIn(name: string, g: string): string[] {
  const parts = name.includes(';') ? name.split(/;\s*/) : [name];
  if (g === 'person') return parts;
  const out: string[] = [];
  for (const p of parts) {
    out.push(p);
    const bare = /^(.*\S)\s*\([^()]*\)$/.exec(p)?.[1];
    if (bare) out.push(bare);
  }
  return out;
}

/** Whether the name each of two records puts first is among the keys they share (as written, not joined). */
export function sharesFirstNames(a: Entity, b: Entity, shared: string[]): boolean {
  const first = (e: Entity) => primaryKeys(e).some((k) => k.startsWith('o:') && shared.includes(k));
  return first(a) && first(b);
}

/** The keys of the name a record puts first, as written and joined (an organization's). */
function primaryKeys(e: Entity): string[] {
  return crossListKeys({ ...e, names: [{ name: e.name, type: 'primary' }] });
}

const UN_LIST = 'un-sc-consolidated';

/** Whether one record's UN regime is carried by an OFAC program of the other (un-programs-at-ofac.ts). */
function programOnBoth(a: Entity, b: Entity): boolean {
  const un = (e: Entity) => e.sanctions.filter((s) => s.list === UN_LIST).map((s) => s.program);
  const ofac = (e: Entity) => e.sanctions.filter((s) => s.list.startsWith('us-ofac-')).map((s) => s.program);
  const carried = (x: Entity, y: Entity) => un(x).some((p) => ofac(y).some((q) => ofacCarriesUnRegime(p, q)));
  return carried(a, b) || carried(b, a);
}

/** A name of two words that the world shares widely ("Ahmed Ali", "Kim Chol"): a birth year alone does not tie it. */
function isCommonPair(key: string): boolean {
  const words = key.slice(2).split(' ');
  return words.length === 2 && words.every(isCommonNamePart);
}

/**
 * Whether `a` and `b`, two records sharing `shared` (crossListKeys), are one party by this rule, and by which
 * evidence; or why not. The caller has checked that they come from two publishers.
 */
export function crossListVerdict(a: Entity, b: Entity, shared: string[]): CrossListVerdict {
  if (group(a) !== group(b)) return { refused: `a ${a.kind} and a ${b.kind}` };
  if (group(a) === 'organization') {
    const ca = countryCodes([...a.countries, ...a.nationalities]);
    const cb = countryCodes([...b.countries, ...b.nationalities]);
    const apart = disjoint(ca, cb);
    if (apart) return { refused: `countries ${[...ca].join('/')} and ${[...cb].join('/')}` };
    if (apart === false) return { rule: 'organization name and country' };
    // Without a country (the UN gives none for most groups and many Iranian firms), only the name each list puts
    // first: an alias shared by two groups ("Ansar al-Islam", an a.k.a. of another) is no evidence.
    const first = (e: Entity) => primaryKeys(e).some((k) => shared.includes(k));
    if (sharesFirstNames(a, b, shared)) return { rule: "organization's name on both lists" };
    // One list's first name among the other's names, and the United States designated the body under the program
    // that carries the UN regime: the same body (weaker than the rules above: MergeIndex prefers a pair they make).
    if ((first(a) || first(b)) && programOnBoth(a, b)) return { rule: "organization's first name on one list, and a sanctions program both lists give" };
    return { refused: 'no country on one side, the name is not both lists\' first, and no first name with a sanctions program both lists give' };
  }
  const na = countryCodes(a.nationalities);
  const nb = countryCodes(b.nationalities);
  const nationalityApart = disjoint(na, nb);
  if (nationalityApart) return { refused: `nationality ${[...na].join('/')} and ${[...nb].join('/')}` };
  const ya = birthYears(a);
  const yb = birthYears(b);
  const bornApart = disjoint(ya, yb);
  // Lists disagree on a year as they do in the near-miss rule (merge.ts): one apart is the same birth, but only for
  // a name that is not common.
  const names = shared.filter((k) => k.startsWith('p:'));
  // Only the name without its patronymic and the day of birth in common: the day is the evidence (checked above
  // that no nationality parts them).
  if (names.length === 0 && shared.length > 0 && shared.every((k) => k.startsWith('d:'))) return { rule: 'name but the patronymic, and birth day' };
  if (names.length === 0 && !shared.some((k) => k.startsWith('s:'))) {
    // The same letters with the words split otherwise ("Abdulmalik" and "Abdul Malik"): a birth year in common, or
    // with none on one side a sanctions program both lists give; never a year apart.
    if (bornApart) return { refused: `born ${a.birthDates.join('/')} and ${b.birthDates.join('/')}` };
    if (bornApart === false) return { rule: 'name with its words joined, and birth year' };
    if (programOnBoth(a, b)) return { rule: 'name with its words joined, and a sanctions program both lists give' };
    return { refused: 'words joined, no birth year on one side, and no sanctions program both lists give' };
  }
  if (bornApart) {
    const near = yearsWithin(ya, yb, 1);
    if (near && !names.every(isCommonPair)) return { rule: 'name and birth years a year apart' };
    return { refused: `born ${a.birthDates.join('/')} and ${b.birthDates.join('/')}` };
  }
  if (shared.some((k) => k.startsWith('s:'))) return { rule: 'name in original script' };
  if (bornApart === false) {
    // A common two-word name with a year: only with a nationality both give, or a second name in common.
    if (names.every(isCommonPair) && nationalityApart !== false && names.length < 2) return { refused: 'a common name and a year, and no nationality on one side' };
    return { rule: 'name and birth year' };
  }
  if (names.length >= 2 && nationalityApart === false) return { rule: 'name, nationality and a second name' };
  // A UN regime and the OFAC program that carries it: the United States designated the person for the same cause.
  if (!names.every(isCommonPair) && programOnBoth(a, b)) return { rule: 'name and a sanctions program both lists give' };
  return { refused: 'no birth year on one side, no second name with a nationality both give, and no sanctions program both lists give' };
}
