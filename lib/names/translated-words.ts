// A body's name written word by word in another language ("Universidad de Automatización de Piongyang", "Банк
// развития сельского хозяйства") reads as the list's English name (PYONGYANG UNIVERSITY OF AUTOMATION, AGRICULTURAL
// DEVELOPMENT BANK) when each word is read as an English word's "concept": the glossaries' words (Spanish:
// org-glossary-spanish.ts; Russian and Ukrainian: org-glossary.ts) and the English words of the same entries all
// stand for one concept (bureau and office, center and centre, industry and industrial), and a word outside the
// glossaries (a place, a number, a brand) for itself. lib/match/translated-names.ts matches the concepts whatever
// their order; here, what a word stands for.
import { glossaryEnglishConcepts, lowerCyrillicUnit, translatedEntryOf, translatedStems } from './org-glossary';
import { spanishGlossaryEnglish, spanishGlossaryNouns, spanishGlossaryWord } from './org-glossary-spanish';
import { hashTest } from './lexicon';
import { foldWord } from './normalize';
import { skeleton } from './transliterate';

/** Words between a name's words that stand for nothing: English, Spanish, Russian and Ukrainian "of", "and", "for", articles. */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'el', 'los', 'las', 'y', 'e', 'para', 'и', 'і', 'та', 'з', 'по', 'для']);

export function isTranslationConnector(word: string): boolean {
  return CONNECTORS.has(word);
}

/**
 * Whether a page word whose lexer hash is h (the folded word's: lexicon.ts) may be a connector written in any case:
 * false means it is none, so that most words need no lower-cased string made to ask isTranslationConnector.
 */
export const mayBeTranslationConnector: (h: number) => boolean = hashTest([...CONNECTORS].map(foldWord));

let classes: Map<string, string> | undefined;
/** Each English word of the glossaries to its concept: one name for all the words that some entry holds together. */
function conceptClasses(): Map<string, string> {
  if (!classes) {
    const parent = new Map<string, string>();
    const find = (w: string): string => {
      let r = w;
      while (parent.get(r) !== r) r = parent.get(r)!;
      return r;
    };
    const pairs = [...glossaryEnglishConcepts(), ...spanishGlossaryEnglish()];
    for (const [w, head] of pairs) for (const x of [w, head]) if (!parent.has(x)) parent.set(x, x);
    for (const [w, head] of pairs) {
      const a = find(w);
      const b = find(head);
      // The word first in the alphabet names the class, whatever the order of the unions.
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
    classes = new Map([...parent.keys()].map((w) => [w, find(w)]));
  }
  return classes;
}

/** The concept an English glossary word stands for, or undefined. */
function englishConceptOf(word: string): string | undefined {
  return conceptClasses().get(word);
}

/**
 * What a word of a listed name (folded, Latin) stands for: a glossary word's concept (also in the plural, and a
 * Spanish word of a name the list gives in Spanish), an ordinal's number ("110th": 110), or undefined for any other word.
 */
export function listedWordConcept(token: string): string | undefined {
  const c = englishConceptOf(token);
  if (c) return c;
  if (token.length > 3 && token.endsWith('s')) {
    const singular = englishConceptOf(token.endsWith('ies') ? token.slice(0, -3) + 'y' : token.slice(0, -1));
    if (singular) return singular;
  }
  const spanish = spanishGlossaryWord(token);
  if (spanish) return englishConceptOf(spanish.english);
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(token);
  return ordinal ? ordinal[1] : undefined;
}

/** A page's word read through the glossaries: its concepts, whether it is a mere word of kind, and whether it may begin a name. */
export interface PageWordConcepts {
  concepts: readonly string[];
  generic: boolean;
  /** A Spanish noun that is no English word (a Spanish name begins with its noun), or any Cyrillic word of the glossary. */
  opens: boolean;
}

/**
 * A Latin word of a page, lower case with accents folded, read through the Spanish glossary, or as an English word
 * of the glossaries ("Interior Ministry" is then two glossary words, no name: its own order is the other rules' to read).
 */
export function latinPageWord(folded: string): PageWordConcepts | undefined {
  const english = englishConceptOf(folded) ?? (folded.length > 3 && folded.endsWith('s') ? englishConceptOf(folded.slice(0, -1)) : undefined);
  const w = spanishGlossaryWord(folded);
  const c = w ? englishConceptOf(w.english) : english;
  if (!c) return undefined;
  return { concepts: [c], generic: w ? w.generic : true, opens: !!w && w.noun && !english };
}

/** A Russian or Ukrainian word of a page, in lower case as written, read through the firms' glossary. */
export function cyrillicPageWord(lower: string): PageWordConcepts | undefined {
  const w = translatedEntryOf(lower);
  if (!w) return undefined;
  const concepts = w.concepts.map((e) => englishConceptOf(e) ?? e);
  return { concepts, generic: w.generic, opens: true };
}

/**
 * The forms of a Russian non-commercial body or state enterprise in the lists' English, which news leaves out as it
 * does a firm's legal form ("Профессиональная ассоциация ..." of AUTONOMOUS NONCOMMERCIAL ORGANIZATION PROFESSIONAL
 * ASSOCIATION ...). The firms' own legal forms are taken off before (lib/names/variants.ts).
 */
const BODY_FORMS = ['autonomous noncommercial organization', 'noncommercial organization', 'federal state unitary enterprise', 'federal state budgetary institution', 'federal state institution', 'state unitary enterprise'].map((f) => f.split(' '));

/**
 * The keys of a listed organization's name (folded tokens): its words' concepts, skeletons, sorted and without
 * repeats, for the name and for it without a body's form it begins with. None when fewer than two of its words are
 * glossary words: a name of brands and one word of kind is read by the other rules (cyrillic-kind-before-brand.ts),
 * and each key is memory in the stored index.
 */
export function translatedNameKeys(tokens: readonly string[]): string[] {
  const out: string[] = [];
  const whole = keyOf(tokens);
  if (whole) out.push(whole);
  // "Cuerpo de los Guardianes de la Revolución iraní" for IRAN'S REVOLUTIONARY GUARD CORPS: Spanish says the country
  // of a body's name with its adjective, so a name with a country's name is also held with the adjective's concept.
  if (tokens.some((t) => COUNTRY_ADJECTIVES.has(t))) {
    const adjective = keyOf(tokens.map((t) => COUNTRY_ADJECTIVES.get(t) ?? t));
    if (adjective && adjective !== whole) out.push(adjective);
  }
  for (const f of BODY_FORMS) {
    if (tokens.length <= f.length + 1 || !f.every((w, k) => tokens[k] === w)) continue;
    const rest = keyOf(tokens.slice(f.length));
    if (rest) out.push(rest);
    break;
  }
  return out;
}

/**
 * The countries whose adjectives the Spanish glossary holds as words of kind (org-glossary-spanish.ts: iraní, ruso,
 * sirio, coreano, iraquí, cubano, venezolano), by their English names as the lists write them, to that adjective.
 */
const COUNTRY_ADJECTIVES = new Map([['iran', 'iranian'], ['russia', 'russian'], ['syria', 'syrian'], ['korea', 'korean'], ['iraq', 'iraqi'], ['cuba', 'cuban'], ['venezuela', 'venezuelan']]);

/** Those adjectives' English words: a translated name with one names its country (lib/match/translated-names.ts). */
export const COUNTRY_ADJECTIVE_WORDS: readonly string[] = [...COUNTRY_ADJECTIVES.values()];

function keyOf(tokens: readonly string[]): string | undefined {
  const concepts = new Set<string>();
  const glossary = new Set<string>();
  for (const t of tokens) {
    if (isTranslationConnector(t)) continue;
    const c = listedWordConcept(t);
    if (c && !/^\d/.test(c)) glossary.add(c);
    concepts.add(skeleton(c ?? t));
  }
  return glossary.size >= 2 ? [...concepts].sort().join(' ') : undefined;
}

/** A letter in lower case for the first test below: Latin capitals and the Spanish accented vowels here, Cyrillic capitals as org-glossary lowers them. */
function lowerUnit(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  switch (c) {
    case 0xe1: case 0xc1: return 0x61;
    case 0xe9: case 0xc9: return 0x65;
    case 0xed: case 0xcd: return 0x69;
    case 0xf3: case 0xd3: return 0x6f;
    case 0xfa: case 0xda: return 0x75;
    default: return lowerCyrillicUnit(c);
  }
}

/** The first three or four letters (in lower case) as a number below 2^16: a collision only lets a word on to the next test. */
function prefixKey(a: number, b: number, c: number, d: number): number {
  return (a * 29791 + b * 961 + c * 31 + d) & 0xffff;
}

/**
 * By the first four letters (a stem of three: by three, and 0 for the fourth), one bit a key: 8 kB, which stay in the
 * cache where a byte a key (64 kB) missed it on most words.
 */
let prefixes: Uint8Array | undefined;

function hasPrefix(table: Uint8Array, key: number): boolean {
  return (table[key >> 3] & (1 << (key & 7))) !== 0;
}

/**
 * Whether the word text[start, end) may be a glossary word (a Spanish noun, a Russian or Ukrainian stem), by its first
 * letters, without making its string or a number on the heap: the scan asks it of every capitalised word where no
 * listed name begins.
 */
export function mayBeGlossaryWord(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  if (!prefixes) {
    const table = new Uint8Array(0x10000 >> 3);
    for (const w of [...spanishGlossaryNouns(), ...translatedStems()]) {
      if (w.length < 3) continue;
      const key = prefixKey(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2), w.length > 3 ? w.charCodeAt(3) : 0);
      table[key >> 3] |= 1 << (key & 7);
    }
    prefixes = table;
  }
  const a = lowerUnit(text.charCodeAt(start));
  const b = lowerUnit(text.charCodeAt(start + 1));
  const c = lowerUnit(text.charCodeAt(start + 2));
  return hasPrefix(prefixes, prefixKey(a, b, c, 0)) || (end - start >= 4 && hasPrefix(prefixes, prefixKey(a, b, c, lowerUnit(text.charCodeAt(start + 3)))));
}
