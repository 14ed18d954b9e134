// Many Ukrainian outlets write Russia's leaders in lower case on purpose ("сергій шойгу", "володимиру путіну",
// "михайлом мішустіним"). A lower-case word is no name's on its own: most East Slavic surnames are everyday words too
// (орел, коваль, мельник, мороз). What is safe is the pair: a common East Slavic given name and the surname of a
// prominent listed person of Russia, Belarus or Ukraine (a high office among the listed positions, or two listed
// persons or more tied to him, as a leader's family is), in the same grammatical case, side by side. Such a pair is
// read as if it were capitalised, and the trie walk and the evidence rules decide as for "Сергій Шойгу": the pair must
// still be that person's listed full name. The words' Cyrillic forms in every case are made from the Latin names at
// index build (a given name from the equivalents table, once; a surname from the index), so the scan tests a
// lower-case word with a hash filter and at most one probe, and makes no string. Reading every lower-case word back
// instead, as a capitalised one is (declension.ts, then cyrillic.ts), would cost some 500 times the hash test a word,
// and a Cyrillic page's whole scan costs about two such reads (session 17, bench and tuning pages): no filter over
// the page's words can be had without the forms themselves.
import { LOWER_CASE_SURNAME_WORDS, SURNAMES_ASKED } from '../names/lower-case-surnames';
import { buildLexicon, extendLexicon, hashWord, lexiconId, lexiconWord, lookupRange, type Lexicon } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { givenNameEquivalents } from '../names/given-name-equivalents';
import { countryIndex, HEAD_OF_STATE, HIGH_OFFICE_TITLES } from './context-words';
import { CYRILLIC_AND } from './context-words-cyrillic';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { perIndex } from './per-index';
import { hasCountryOnPage } from './precision';
import { runStart } from './runs';
import type { ScanState } from './scan-state';

const { CAPITALIZED, CYRILLIC, JOINED, foldWord } = normalize;
const { entityKind } = names;

// Grammatical cases, as bits: a given name and a surname side by side agree in one.
const NOM = 1;
const GEN = 2;
const DAT = 4;
const ACC = 8;
const INS = 16;
const LOC = 32;
const VOC = 64;
const ANY = 127;

/** Endings after a stem, by how the nominative ends, with the cases each says (Russian and Ukrainian together). */
type Endings = readonly (readonly [string, number])[];
const CONSONANT: Endings = [['', NOM], ['а', GEN | ACC], ['у', DAT | LOC], ['ові', DAT | LOC], ['ом', INS], ['ым', INS], ['им', INS], ['е', LOC | VOC], ['і', LOC]];
// Сергей, Сергій, Андрій: the stem keeps its last vowel.
const J_FINAL: Endings = [['й', NOM], ['я', GEN | ACC], ['ю', DAT | LOC | VOC], ['єві', DAT | LOC], ['еві', DAT | LOC], ['єм', INS], ['ем', INS], ['ї', LOC], ['е', LOC]];
// Микола, Никита; a woman's given name and surname (Матвиенко aside): the stem without its -а.
const A_FINAL: Endings = [['а', NOM], ['и', GEN], ['ы', GEN], ['і', GEN | DAT | LOC], ['е', DAT | LOC], ['у', ACC], ['ою', INS], ['ой', GEN | DAT | INS | LOC], ['ої', GEN], ['ій', DAT | LOC], ['о', VOC]];
// Петро, Михайло, Павло: the stem without its -о.
const O_FINAL: Endings = [['о', NOM | VOC], ['а', GEN | ACC], ['у', DAT | LOC], ['ові', DAT | LOC], ['ом', INS], ['і', LOC]];
// A surname in -ий, -ой, -ый declines as an adjective.
const ADJECTIVE: Endings = [['ий', NOM], ['ой', NOM], ['ый', NOM], ['ого', GEN | ACC], ['ому', DAT | LOC], ['им', INS], ['ым', INS], ['ом', LOC]];

// A skeleton's letters and digraphs (lib/names/transliterate.ts) as the Cyrillic letters Russian and Ukrainian write
// for them; longest first. The folded page word has и for й (normalize.ts), so й is not written apart.
const LETTERS: readonly (readonly [string, readonly string[]])[] = [
  ['shch', ['щ']], ['sch', ['щ']], ['sh', ['ш']], ['ch', ['ч']], ['zh', ['ж']], ['kh', ['х']], ['ts', ['ц']],
  ['ya', ['я', 'ия', 'ія']], ['ia', ['я', 'ия', 'ія']], ['yu', ['ю']], ['iu', ['ю']], ['ye', ['е', 'є']], ['ie', ['е', 'є', 'ие', 'іє']], ['yo', ['ё', 'е', 'ьо']], ['io', ['ё', 'ьо']],
  ['a', ['а']], ['b', ['б']], ['c', ['ц', 'к']], ['d', ['д']], ['e', ['е', 'є']], ['f', ['ф']], ['g', ['г']], ['h', ['х', 'г']],
  ['i', ['и', 'і']], ['j', ['и']], ['k', ['к']], ['l', ['л']], ['m', ['м']], ['n', ['н']], ['o', ['о']], ['p', ['п']], ['r', ['р']],
  ['s', ['с']], ['t', ['т']], ['u', ['у']], ['v', ['в']], ['w', ['в']], ['y', ['и', 'ы']], ['z', ['з']],
];
const MAX_SPELLINGS = 64;

/** A Latin skeleton's Cyrillic spellings, folded (at most MAX_SPELLINGS); none for a letter the table lacks. */
export function cyrillicSpellings(latin: string): string[] {
  let out = [''];
  let k = 0;
  while (k < latin.length) {
    const entry = LETTERS.find(([l]) => latin.startsWith(l, k));
    if (!entry) return [];
    const next: string[] = [];
    for (const o of out) for (const c of entry[1]) if (next.length < MAX_SPELLINGS) next.push(o + c);
    out = next;
    k += entry[0].length;
  }
  return [...new Set(out.map(foldWord))];
}

/** A folded Cyrillic nominative's forms in every case, each with its case bits. */
export function caseForms(nominative: string): [string, number][] {
  const last = nominative[nominative.length - 1];
  const two = nominative.slice(-2);
  const decline = (stem: string, endings: Endings) => endings.map(([e, cases]): [string, number] => [foldWord(stem + e), cases]);
  // Folded, й is и: "сергеи", "андріи"; an adjective's -ий, -ой, -ый first.
  // -ий is a given name's too (Юрий, Дмитрий: юрия, юрием).
  if (nominative.length > 4 && two === 'ии') return [...decline(nominative.slice(0, -2), ADJECTIVE), ...decline(nominative.slice(0, -1), J_FINAL)];
  if (nominative.length > 4 && (two === 'ои' || two === 'ыи')) return decline(nominative.slice(0, -2), ADJECTIVE);
  if (last === 'и' && 'еіоа'.includes(nominative[nominative.length - 2])) return decline(nominative.slice(0, -1), J_FINAL);
  if (last === 'а' || last === 'я') return decline(nominative.slice(0, -1), A_FINAL);
  if (last === 'о' && !nominative.endsWith('ко')) return decline(nominative.slice(0, -1), O_FINAL);
  // Шойгу, Лукашенко in Russian: not declined (Ukrainian declines -ко as -о: Лукашенком).
  if ('уюиеэо'.includes(last)) return nominative.endsWith('ко') ? [[nominative, ANY], ...decline(nominative.slice(0, -1), O_FINAL).slice(1)] : [[nominative, ANY]];
  return decline(nominative, CONSONANT);
}

/** The lower-case forms of leaders' surnames and of given names, one lexicon, with each form's roles and cases. */
interface LowerForms {
  lex: Lexicon;
  /** Per form: its case bits (low 7), GIVEN, SURNAME. */
  info: Uint16Array;
  /** Per form: the persons whose surname it is, for a form read alone (ALONE); else empty. */
  persons: (readonly number[])[];
  /** A 65,536-bit filter over the surname forms' hashes (the fewer): most lower-case page words skip the probe. */
  filter: Uint8Array;
}
const GIVEN = 1 << 7;
const SURNAME = 1 << 8;
/** A surname's form that is no everyday word, read alone in lower case. */
const ALONE = 1 << 9;

const EAST_SLAVIC = ['ru', 'by', 'ua'];

/** A Latin name word's Cyrillic forms in every case, folded, four letters or more, each with its case bits. */
function nameForms(latin: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const spelling of cyrillicSpellings(latin)) for (const [form, cases] of caseForms(spelling)) {
    if (form.length >= 4) out.set(form, (out.get(form) ?? 0) | cases);
  }
  return out;
}

/** Adds the Cyrillic forms of a Latin name word, in every case, to `info` with `role`. */
function addForms(info: Map<string, number>, latin: string, role: number): void {
  for (const [form, cases] of nameForms(latin)) info.set(form, (info.get(form) ?? 0) | cases | role);
}

let givenForms: Map<string, number> | undefined;

/** The equivalents table's given names in every case, made once (the same for every index). */
function givenNameForms(): Map<string, number> {
  if (givenForms) return givenForms;
  givenForms = new Map();
  // The spellings as written: a skeleton joins the two i of Serhii, whose folded Cyrillic is "сергіи".
  for (const spelling of givenNameEquivalents((w) => w).keys()) addForms(givenForms, spelling, GIVEN);
  return givenForms;
}

/**
 * The surnames (index skeletons, as Latin) of the prominent listed persons of Russia, Belarus and Ukraine, each with
 * its persons: a high office among the listed positions or two listed persons or more tied to him (a leader's family).
 * scripts/gen-lower-case-surnames.ts reads the same list.
 */
export function prominentEastSlavicSurnames(index: NameIndex): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const east = new Set(EAST_SLAVIC.map(countryIndex).filter((c) => c >= 0));
  for (let e = 0; e < index.entityRoles.length; e++) {
    if (entityKind(index, e) !== 'person' || !(index.entityRoles[e] & (HIGH_OFFICE_TITLES | HEAD_OF_STATE) || linkedPersons(index, e) >= 2)) continue;
    if (!names.entityHasCountryIn(index, e, east)) continue;
    const s0 = runStart(index.surnameRuns, e);
    for (let k = s0; k < s0 + index.surnameRuns.lengths[e]; k++) {
      const latin = lexiconWord(index.skeletons, index.surnames[k]);
      const persons = out.get(latin);
      if (!persons) out.set(latin, [e]);
      else if (!persons.includes(e)) persons.push(e);
    }
  }
  return out;
}

/** A Latin surname's Cyrillic forms in every case, folded, four letters or more: the forms lowerForms reads for it. */
export function surnameCaseForms(latin: string): string[] {
  return [...nameForms(latin).keys()];
}

/** A hash of a surname's forms, which lib/names/lower-case-surnames.ts keeps beside each surname it asked about. */
export function formsHash(forms: Iterable<string>): string {
  return (hashWord([...forms].join(' ')) >>> 0).toString(36);
}

let asked: Map<string, string> | undefined;
let everydayWords: Set<string> | undefined;

const NO_PERSONS: readonly number[] = [];
let givenOnly: LowerForms | undefined;

/** The table of an index with no leader's surname: the given names' forms alone, made once and shared, never written to. */
function givenNamesTable(): LowerForms {
  if (givenOnly) return givenOnly;
  const info = givenNameForms();
  const words = [...info.keys()];
  givenOnly = { lex: buildLexicon(words, []), info: Uint16Array.from(words, (w) => info.get(w) ?? 0), persons: words.map(() => NO_PERSONS), filter: new Uint8Array(8192) };
  return givenOnly;
}

/**
 * Per index: the Cyrillic forms of East Slavic leaders' surnames and of the equivalents table's given names. The
 * given names' part is the same for every index (givenNamesTable): an index adds its surnames' forms to a copy.
 */
const lowerForms = perIndex((index: NameIndex): LowerForms => {
  const base = givenNamesTable();
  const surnames = prominentEastSlavicSurnames(index);
  if (surnames.size === 0) return base;
  const baseCount = base.info.length;
  const info = new Map<number, number>();
  const added = new Map<string, number>();
  const more: string[] = [];
  const persons = new Map<number, number[]>();
  const known = new Set<number>();
  const filter = new Uint8Array(8192);
  asked ??= new Map(SURNAMES_ASKED.split(/\s+/).filter(Boolean).map((entry) => entry.split(':') as [string, string]));
  everydayWords ??= new Set(LOWER_CASE_SURNAME_WORDS.split(/\s+/).filter(Boolean));
  for (const [latin, es] of surnames) {
    const forms = nameForms(latin);
    // The spelling dictionaries were asked about these very forms (a leader the dataset gained since, or forms this
    // file makes otherwise now, were not): only then is a form that is no word known to be none.
    const checked = asked.get(latin) === formsHash(forms.keys());
    for (const [form, cases] of forms) {
      let id = lexiconId(base.lex, form);
      if (id < 0) id = added.get(form) ?? -1;
      if (id < 0) {
        id = baseCount + more.length;
        added.set(form, id);
        more.push(form);
      }
      info.set(id, (info.get(id) ?? (id < baseCount ? base.info[id] : 0)) | cases | SURNAME);
      if (checked && !everydayWords.has(form)) known.add(id);
      const ps = persons.get(id);
      if (!ps) persons.set(id, [...es]);
      else for (const e of es) if (!ps.includes(e)) ps.push(e);
      const h = hashWord(form) & 0xffff;
      filter[h >> 3] |= 1 << (h & 7);
    }
  }
  const infoOf = new Uint16Array(baseCount + more.length);
  infoOf.set(base.info);
  for (const [id, bits] of info) infoOf[id] = bits;
  const personsOf = [...base.persons, ...more.map(() => NO_PERSONS)];
  // Every surname form keeps its persons: an everyday word's form is read alone beside another leader's (coordinated).
  for (const [id, ps] of persons) personsOf[id] = ps;
  // A form that is no word of Ukrainian or Russian (lib/names/lower-case-surnames.ts) is the surname alone too.
  for (const id of known) infoOf[id] |= ALONE;
  return { lex: extendLexicon(base.lex, more, []), info: infoOf, persons: personsOf, filter };
});

/** How many listed persons the lists tie person e to: a leader's family, listed for him ("Linked To"). */
function linkedPersons(index: NameIndex, e: number): number {
  const l0 = runStart(index.linkRuns, e);
  let n = 0;
  for (let k = l0; k < l0 + index.linkRuns.lengths[e]; k++) if (entityKind(index, index.links[k]) === 'person') n++;
  return n;
}

/** The roles and cases of lower-case Cyrillic token i as a leader's surname or a given name (0: neither). */
function formAt(s: ScanState, i: number, forms: LowerForms): number {
  const id = lookupRange(forms.lex, s.tokens.hashes[i], s.block.text, s.tokens.starts[i], s.tokens.ends[i], s.tokens.lengths[i]);
  return id < 0 ? 0 : forms.info[id];
}

/** The filter over the surname forms' hashes (bit h & 0xffff), for the scan to test a word before any call. */
export function lowerCaseLeaderFilter(index: NameIndex): Uint8Array {
  return lowerForms(index).filter;
}

/** How lowerCaseLeaderReading read a lower-case word: not as a name, as a given name and surname, as a surname alone. */
export const LOWER_NONE = 0;
export const LOWER_PAIR = 1;
export const LOWER_ALONE = 2;

/**
 * How lower-case Cyrillic token i reads as an East Slavic leader's surname: with the given name before it in one
 * grammatical case ("володимиру путіну": LOWER_PAIR, the caller reads both as capitalised), or alone when the form is
 * no word of Ukrainian or Russian ("путіна", "шойгу": LOWER_ALONE, the caller reads it as capitalised and keeps it only
 * where lowerSurnameStands says). The caller tests the flags of token i, its length (four letters or more) and its
 * hash against lowerCaseLeaderFilter first.
 */
export function lowerCaseLeaderReading(s: ScanState, i: number): number {
  const forms = lowerForms(s.index);
  const surname = formAt(s, i, forms);
  if (!(surname & SURNAME)) return LOWER_NONE;
  if (i > s.block.first && (s.tokens.flags[i - 1] & (CYRILLIC | CAPITALIZED)) === CYRILLIC && s.tokens.flags[i] & JOINED) {
    const given = formAt(s, i - 1, forms);
    if ((given & GIVEN) !== 0 && (given & surname & ANY) !== 0) return LOWER_PAIR;
  }
  return surname & ALONE || coordinated(s, i, surname, forms) ? LOWER_ALONE : LOWER_NONE;
}

/**
 * "дочок путіна і лаврова": a leader's surname form that is an everyday word too ("лаврова", the laurel's) is the
 * person where "and" joins it to another leader's surname read alone in lower case in the same grammatical case, on
 * either side. The laurel is never coordinated with a leader's name so; the page still has to name the person's
 * country (settleLowerSurnames).
 */
function coordinated(s: ScanState, i: number, surname: number, forms: LowerForms): boolean {
  const { flags } = s.tokens;
  const LOWER = CYRILLIC | CAPITALIZED | JOINED;
  const andAt = (k: number) => k > s.block.first && k < s.block.last - 1 && (flags[k] & LOWER) === (CYRILLIC | JOINED) && (flags[k + 1] & JOINED) !== 0 && CYRILLIC_AND.has(wordAt(s, k));
  const alone = (k: number) => {
    const other = formAt(s, k, forms);
    return (other & ALONE) !== 0 && (other & surname & ANY) !== 0;
  };
  // Before: the surname read already (its flag set when it was read alone); after: a lower-case word not read yet.
  if (i - 2 >= s.block.first && andAt(i - 1) && s.lowerSurnames[s.lowerSurnames.length - 1] === i - 2 && alone(i - 2)) return true;
  return i + 2 < s.block.last && andAt(i + 1) && (flags[i + 2] & LOWER) === (CYRILLIC | JOINED) && s.tokens.lengths[i + 2] >= 4 && alone(i + 2);
}

function wordAt(s: ScanState, k: number): string {
  return s.block.text.slice(s.tokens.starts[k], s.tokens.ends[k]).toLowerCase();
}

/** The persons whose surname lower-case token i of the current block, read LOWER_ALONE, is. */
function alonePersons(s: ScanState, i: number): readonly number[] {
  const forms = lowerForms(s.index);
  const id = lookupRange(forms.lex, s.tokens.hashes[i], s.block.text, s.tokens.starts[i], s.tokens.ends[i], s.tokens.lengths[i]);
  return id < 0 ? [] : forms.persons[id];
}

/**
 * Once the page's words are read and before its names are looked for: a surname read alone in lower case stays a
 * name only on a page that names one of its persons' countries ("росії", "рф", "Москви" for Putin), where a story
 * about his country is told; elsewhere it is read as written, in lower case, as a word of no name. The page's full
 * names are not known yet at this point; a page that names a Russian leader in full names Russia too, nearly always.
 */
export function settleLowerSurnames(s: ScanState): void {
  const lower = s.lowerSurnames;
  if (lower.length === 0) return;
  let k = 0;
  for (const b of s.blocks) {
    s.block = b;
    for (; k < lower.length && lower[k] < b.last; k++) if (!alonePersons(s, lower[k]).some((e) => hasCountryOnPage(s, e))) s.tokens.flags[lower[k]] &= ~CAPITALIZED;
  }
}
