// A body's or a firm's name that the page writes translated word by word and in its own language's order: Spanish
// "Universidad de Automatización de Piongyang" (PYONGYANG UNIVERSITY OF AUTOMATION), "Centro de Investigación 110"
// (110TH RESEARCH CENTER), Russian and Ukrainian genitive chains, "Банк развития сельского хозяйства" (AGRICULTURAL
// DEVELOPMENT BANK). The index holds each organization's name as a key, its words' concepts sorted
// (lib/names/translated-words.ts, `translatedNameKeys`, index time); here a run of the page's words that begins with a
// glossary word is read the same way and looked up, whatever its order. Asked only where no listed name begins at
// the word (spans.ts). The scan makes no key string: each concept is a number with a random hash, a run's hash is
// their XOR (any order gives the same), and a name found by it is checked concept by concept.
//
// The guard: a name with a word from outside the glossaries (a place, a number, a brand) counts with the body's
// country on the page or a sanctions story. A name of glossary words only ("Banco Central", "Промышленный банк" are
// any country's) needs three words, one of them more than a word of kind, in a sanctions story whose countries are
// the body's own ("Министерство внутренних дел" on a page about Belarus and Russia is either's: ownCountryStory in
// precision.ts), or with the body's country on the page and sanctions words near the name; for four words or more,
// two of them more than words of kind, the body's country on the page or sanctions words near it is enough. Two words
// count when neither is a mere word of kind ("Guardia Revolucionaria"), with the body's country on the page and
// sanctions words near them, or for a worldwide group the lists give no country ("Estado Islámico"), with sanctions
// words near them.
import * as normalize from '../names/normalize';
import { foldWord } from '../names/normalize';
import { countryAt, englishCountryWords } from './context-words';
import { lexiconId } from '../names/lexicon';
import { latinNameKeys, latinSpellings } from '../names/cyrillic';
import { skeleton } from '../names/transliterate';
import { isTranslationConnector, mayBeGlossaryWord, mayBeTranslationConnector } from '../names/translated-words';
import { entityKind, ENTITY_MASK, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_PERSON_PART } from './name-index';
import { sanctionsStoryWords } from './page-context';
import { perIndex } from './per-index';
import { hasCountryOnPage, ownCountryStory, sanctionsNear } from './precision';
import { readingsOf, type ScanState, type Span } from './scan-state';
import { longestNameAt } from './trie-walk';
import { connectorAt, pageWord, tableOf, type Table } from './translated-concepts';
import { WrittenWordMemo } from './written-word-memo';

const { ALL_UPPER, CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;

/** At most this many words in a translated name, connectors included. */
const MAX_WORDS = 9;
/** At most this many readings of the words outside the glossaries tried together. */
const MAX_KEYS = 16;

/** The concepts a word outside the glossaries may be that some key holds: a number as written, a listed word's skeletons. */
function otherReadings(s: ScanState, k: number, table: Table): readonly number[] {
  const { flags, starts, ends } = s.tokens;
  const text = s.block.text;
  const c = text.charCodeAt(starts[k]);
  if (c >= 48 && c <= 57) {
    const digits = text.slice(starts[k], ends[k]);
    if (!/^\d+$/.test(digits)) return [];
    const id = table.ids.get(skeleton(digits));
    return id === undefined ? [] : [id];
  }
  if (flags[k] & CASELESS) return [];
  // A loanword in sentence case after the name's first word: "Агентство интернет-исследований" (INTERNET RESEARCH
  // AGENCY). Read here only, where a run that began with a glossary word reaches it.
  if (!(flags[k] & CAPITALIZED)) return flags[k] & CYRILLIC ? lowerLoanword(s, k, table) : [];
  const out: number[] = [];
  const add = (sk: number) => {
    const id = sk < 0 ? -1 : table.bySkeleton[sk];
    if (id >= 0 && !out.includes(id)) out.push(id);
  };
  add(s.skels[k]);
  for (const r of readingsOf(s, k)) add(r);
  if (flags[k] & CYRILLIC) for (const id of placeConcepts(s, k, table)) if (!out.includes(id)) out.push(id);
  return out;
}

/** Per index: the concepts a capitalised Cyrillic word's readings (cyrillicReadings) are, by the word as written. */
const places = perIndex(() => new WrittenWordMemo<readonly number[]>(5000));

/**
 * The concepts of token k, a capitalised Cyrillic word, read as an initial's letter or a place's adjective: kept per
 * word as written, as the same words come back on every page (a walk reaches most capitalised words of a Cyrillic page,
 * and reading each anew made a string, a regex match and its spellings at every one).
 */
function placeConcepts(s: ScanState, k: number, table: Table): readonly number[] {
  const { starts, ends, hashes } = s.tokens;
  const memo = places(s.index);
  const found = memo.get(s.block.text, starts[k], ends[k], hashes[k]);
  if (found) return found;
  const written = s.block.text.slice(starts[k], ends[k]);
  const out: number[] = [];
  for (const place of cyrillicReadings(written.toLowerCase())) {
    const id = table.ids.get(place);
    if (id !== undefined && !out.includes(id)) out.push(id);
  }
  // A country's name in a case ("Центрального банка Сирии": CENTRAL BANK OF SYRIA) is the country's English word.
  const country = countryAt([foldWord(written)], 0, 1);
  if (country) {
    for (const w of englishCountryWords(country.code)) {
      const id = table.ids.get(skeleton(w));
      if (id !== undefined && !out.includes(id)) out.push(id);
    }
  }
  memo.set(written, hashes[k], out);
  return out;
}

/** Per index: the concepts a lower-case Cyrillic word's Latin spellings are, by the word as written. */
const loanwords = perIndex(() => new WrittenWordMemo<readonly number[]>(5000));

/**
 * The concepts of a lower-case Cyrillic word outside the glossaries: its Latin spellings that some key holds as a
 * listed word of no person's name ("интернет": internet). None for a word of four letters or fewer.
 */
function lowerLoanword(s: ScanState, k: number, table: Table): readonly number[] {
  const { starts, ends, hashes, lengths } = s.tokens;
  if (lengths[k] < 5) return [];
  const memo = loanwords(s.index);
  const found = memo.get(s.block.text, starts[k], ends[k], hashes[k]);
  if (found) return found;
  const written = s.block.text.slice(starts[k], ends[k]);
  const out: number[] = [];
  for (const key of latinNameKeys(written)) {
    const sk = lexiconId(s.index.skeletons, skeleton(key));
    const id = sk < 0 || s.index.skelFlags[sk] & SKEL_PERSON_PART ? -1 : table.bySkeleton[sk];
    if (id >= 0 && !out.includes(id)) out.push(id);
  }
  memo.set(written, hashes[k], out);
  return out;
}

/** A Russian or Ukrainian adjective of a place in -ск-, -цк- and its case endings ("Мінський", "Минского"). */
const PLACE_ADJECTIVE = /^(.{3,}?)(?:ськ|цьк|ск|цк)(?:ий|ій|ый|ого|ому|им|ым|ом|ая|ої|ую|ой|ое|ее|ие|ых|их)$/;

/** An initial's letter (the "С.І." of a patron's name after имени, імені), or a place's adjective read as its town. */
function cyrillicReadings(lower: string): string[] {
  return lower.length === 1 ? latinSpellings(lower).map(skeleton) : placeReadings(lower);
}

/**
 * The skeletons of the town a place's adjective is made from, as the lists write it in a plant's English name: with
 * its -sk (Мінський: Minsk, Челябінський: Chelyabinsk) or without (Казанский: Kazan). None for any other word.
 */
function placeReadings(lower: string): string[] {
  const m = PLACE_ADJECTIVE.exec(lower);
  if (!m) return [];
  const out: string[] = [];
  for (const stem of [m[1] + 'ск', m[1]]) for (const l of latinSpellings(stem)) {
    const k = skeleton(l);
    if (!out.includes(k)) out.push(k);
  }
  return out;
}

/**
 * The span of a translated name that begins at token i, or, for a capitalised Cyrillic word after lower-case glossary
 * words, one that begins with them ("главное управление внутренних дел Минского горисполкома": Russian writes a
 * body's name in lower case up to its place); undefined when none. The flags first, then the word's first letters,
 * then its glossary reading (kept per written word), and only then the words around it.
 */
export function translatedNameAt(s: ScanState, i: number): Span | undefined {
  const { flags, lengths, starts, ends } = s.tokens;
  const text = s.block.text;
  if (!(flags[i] & CAPITALIZED) || flags[i] & CASELESS || lengths[i] < 4) return undefined;
  if (i + 1 < s.block.last && flags[i + 1] & JOINED && mayBeGlossaryWord(text, starts[i], ends[i])) {
    const first = pageWord(s, i);
    if (first?.opens) return walk(s, i, i, 2);
  }
  if (!(flags[i] & CYRILLIC)) return undefined;
  // A place's adjective that begins a plant's name before its lower-case words ("Челябінський ковальсько-пресовий
  // завод": CHELYABINSK FORGE AND PRESS PLANT); three words at least, the place read as its town (placeReadings).
  if (i + 1 < s.block.last && (flags[i + 1] & (JOINED | CYRILLIC | CAPITALIZED)) === (JOINED | CYRILLIC) && mayBeGlossaryWord(text, starts[i + 1], ends[i + 1]) && pageWord(s, i + 1)?.opens) {
    const span = walk(s, i, i + 1, 3);
    if (span) return span;
  }
  if (!(flags[i] & JOINED)) return undefined;
  // Back over lower-case glossary words (and "и" between them), after the last span.
  const spans = s.block.spans;
  const after = spans.length ? spans[spans.length - 1].end : s.block.first - 1;
  let from = i;
  for (let k = i - 1; k > after && i - k <= MAX_BACK && flags[k + 1] & JOINED && (flags[k] & (CYRILLIC | CAPITALIZED)) === CYRILLIC; k--) {
    if (mayBeGlossaryWord(text, starts[k], ends[k]) && pageWord(s, k)?.opens) from = k;
    // The word right before the place is the name's ("дел Минского"); a connector only between two of its words
    // (most capitalised words come after a preposition, "в России": no string is made for it).
    else if (k === i - 1 || lengths[k] > 3 || !mayBeTranslationConnector(s.tokens.hashes[k]) || !isTranslationConnector(text.slice(starts[k], ends[k]))) break;
  }
  // Three words at least: "банк Москвы" is any bank of Moscow.
  return from < i ? walk(s, from, i, 3) : undefined;
}

/** At most this many lower-case words before a capitalised one. */
const MAX_BACK = 5;

/** The longest translated name from token `from` that goes on to token `through` at least, of `least` concepts or more. */
function walk(s: ScanState, from: number, through: number, least: number): Span | undefined {
  const { flags, lengths } = s.tokens;
  const last = s.block.last;
  const table = tableOf(s.index);
  const fixed: number[] = [];
  let hash = 0;
  const choices: (readonly number[])[] = [];
  let specific = 0;
  let distinctive = 0;
  // A Latin word that is a country's name or adjective ("Banco Central de Siria", "Banco Central Sirio").
  let country = false;
  let best: { end: number; outputs: number[] } | undefined;
  for (let k = from; k < Math.min(last, from + MAX_WORDS); k++) {
    if (k > from && !(flags[k] & JOINED) && !quotedBrandAfter(s, k)) break;
    const w = pageWord(s, k);
    if (w) {
      // A concept no listed name has: no run through it names one.
      if (w.concepts.includes(-1)) break;
      for (const c of w.concepts) {
        if (fixed.includes(c)) continue;
        fixed.push(c);
        hash ^= table.hashes[c];
      }
      if (!w.generic) specific++;
      else if (!(flags[k] & CYRILLIC) && w.concepts.some((c) => table.countryAdjectives.has(c))) country = true;
    } else if (!(flags[k] & CAPITALIZED) && connectorAt(s, k)) {
      continue;
    } else {
      const other = otherReadings(s, k, table);
      if (!other.length) break;
      choices.push(other);
      // A country's word ("Российской Федерации", "Беларуси") or an everyday one names no one body: as a word of kind.
      if (!everyday(s, k)) distinctive++;
      else if (!(flags[k] & CYRILLIC) && s.index.skelFlags[s.skels[k]] & SKEL_COUNTRY) country = true;
    }
    if (k < through || fixed.length + choices.length < least || (!choices.length && !table.byHash.has(hash))) continue;
    const outputs = lookUp(s, from, k, table, fixed, hash, choices, specific, distinctive > 0, country);
    if (outputs.length) best = { end: k, outputs };
  }
  if (!best) return undefined;
  // "Compañía Nacional Petrolera Iraní (NITC)": a translation is a reading; the listed acronym the page puts after it
  // in brackets names the body it means ("petrolero" is a tanker too: NATIONAL IRANIAN TANKER COMPANY).
  const outputs = acronymInBracketsAfter(s, best.end, best.outputs) ?? best.outputs;
  return { start: from, end: best.end, outputs, commonNames: false, brief: false, anyCommon: false, common: false };
}

/**
 * The organizations a listed acronym in brackets right after token `end` names ("(NITC)"), when none of them is
 * among the translation's; undefined when there is none or it agrees.
 */
function acronymInBracketsAfter(s: ScanState, end: number, read: readonly number[]): number[] | undefined {
  const i = end + 1;
  const { flags, starts, ends, lengths } = s.tokens;
  const text = s.block.text;
  if (i >= s.block.last || (flags[i] & (ALL_UPPER | CASELESS)) !== ALL_UPPER || lengths[i] < 3) return undefined;
  if (text.charCodeAt(starts[i] - 1) !== 40 || text.charCodeAt(ends[i]) !== 41 || s.skels[i] < 0) return undefined;
  const named = longestNameAt(s, i);
  if (!named || named.shape.end !== i) return undefined;
  const orgs = named.outputs.filter((v) => entityKind(s.index, v & ENTITY_MASK) === 'organization');
  if (!orgs.length || orgs.some((v) => read.some((r) => (r & ENTITY_MASK) === (v & ENTITY_MASK)))) return undefined;
  return orgs;
}

/**
 * Whether capitalised token k opens a quote after a space, the name's brand in quotes at its end ("Управление
 * федеральных автомобильных дорог «Тамань»" for MANAGEMENT OF FEDERAL ROADS 'TAMAN').
 */
function quotedBrandAfter(s: ScanState, k: number): boolean {
  const text = s.block.text;
  const at = s.tokens.starts[k];
  if (!(s.tokens.flags[k] & CAPITALIZED) || at - s.tokens.ends[k - 1] !== 2 || text.charCodeAt(at - 2) !== 32) return false;
  const q = text.charCodeAt(at - 1);
  return q === 0xab || q === 0x22 || q === 0x201e || q === 0x201c;
}

/** The outputs of the names the concepts make (each choice's readings in turn) that the guard above lets stand. */
function lookUp(s: ScanState, start: number, end: number, table: Table, fixed: readonly number[], hash: number, choices: readonly (readonly number[])[], specific: number, distinctive: boolean, country: boolean): number[] {
  const out: number[] = [];
  const picked: number[] = [];
  let tried = 0;
  const visit = (c: number, h: number): void => {
    if (tried >= MAX_KEYS) return;
    if (c === choices.length) {
      tried++;
      const found = table.byHash.get(h);
      if (!found) return;
      for (const n of found) {
        if (!sameConcepts(n.concepts, fixed, picked)) continue;
        for (const v of n.outputs) if (!out.includes(v) && allowed(s, v & ENTITY_MASK, start, end, distinctive, fixed.length + choices.length, specific, country)) out.push(v);
      }
      return;
    }
    for (const r of choices[c]) {
      // A reading that is one of the concepts already is no new one (its hash would cancel).
      const seen = fixed.includes(r) || picked.includes(r);
      picked.push(seen ? -1 : r);
      visit(c + 1, seen ? h : h ^ table.hashes[r]);
      picked.pop();
    }
  };
  visit(0, hash);
  return out;
}

/** Whether a name's concepts are exactly `fixed` and `picked` (-1 in picked: none), each once. */
function sameConcepts(concepts: Int32Array, fixed: readonly number[], picked: readonly number[]): boolean {
  let n = fixed.length;
  for (const p of picked) if (p >= 0) n++;
  if (concepts.length !== n) return false;
  for (const c of concepts) if (!fixed.includes(c) && !picked.includes(c)) return false;
  return true;
}

/** Whether token k's readings are a country's or an everyday word's only (a number has none: it is no everyday word). */
function everyday(s: ScanState, k: number): boolean {
  const flags = s.index.skelFlags;
  const sk = s.skels[k];
  if (sk < 0 || !(flags[sk] & (SKEL_COUNTRY | SKEL_COMMON_WORD))) return false;
  for (const r of readingsOf(s, k)) if (!(flags[r] & (SKEL_COUNTRY | SKEL_COMMON_WORD))) return false;
  return true;
}

/**
 * Two words, one a mere word of kind, both capitalised as a name, of a body the lists give no country: a worldwide
 * group ("el Estado Islámico": ISLAMIC STATE), which no country on the page can vouch for. No country's word among them.
 */
function worldwideGroup(s: ScanState, e: number, start: number, end: number, specific: number, country: boolean): boolean {
  const { flags } = s.tokens;
  if (specific !== 1 || country || s.index.countryRuns.lengths[e] > 0) return false;
  return (flags[start] & (CAPITALIZED | ALL_UPPER)) === CAPITALIZED && (flags[end] & (CAPITALIZED | ALL_UPPER)) === CAPITALIZED;
}

/** The guard (see above); `specific`: the glossary words that are more than words of kind. */
function allowed(s: ScanState, e: number, start: number, end: number, distinctive: boolean, words: number, specific: number, country: boolean): boolean {
  if (entityKind(s.index, e) !== 'organization') return false;
  if (distinctive) return hasCountryOnPage(s, e) || sanctionsStoryWords(s.context) >= 3;
  // A state's body named with its country in Spanish ("Banco Central de Siria", "Banco Central Sirio" for CENTRAL
  // BANK OF SYRIA): words of kind, but one body of one state, as the Cyrillic case reads it (placeConcepts); in a
  // sanctions story or with sanctions words near.
  if (country && words >= 3) return hasCountryOnPage(s, e) && (sanctionsStoryWords(s.context) >= 3 || sanctionsNear(s, start, end));
  if (specific === 0 || sanctionsStoryWords(s.context) < 3) return false;
  // Two words, neither a mere word of kind ("la Guardia Revolucionaria": REVOLUTIONARY GUARD), with the body's country
  // on the page and sanctions words near the name.
  if (words < 3) return words === 2 && ((specific === 2 && hasCountryOnPage(s, e)) || worldwideGroup(s, e, start, end, specific, country)) && sanctionsNear(s, start, end);
  if (words >= 4 && specific >= 2) return hasCountryOnPage(s, e) || sanctionsNear(s, start, end);
  return ownCountryStory(s, e) || (hasCountryOnPage(s, e) && sanctionsNear(s, start, end));
}
