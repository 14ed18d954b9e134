// Walking the name trie (name-index.ts) along the page's tokens from one capitalised token: the longest run of
// words that is some listed name's form and that the precision rules accept for at least one entity.
import * as normalize from '../names/normalize';
import { beginsAfterAnd, joinedByAnd, nameWordAfterAnd } from './arabic-reading';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { isSharedBrand } from './brand-families';
import { accepts, shapeOf, type SpanShape } from './precision';
import { arabicParticleAt, descentSkels, isDescentAt, isSurnameOf } from './arabic-descent';
import { afterCompound, isSurnameTailAt } from './arabic-compound-tail';
import { frontWordBeginsNoName, givenNameAfterName } from './front-run-on';
import * as contextWords from './context-words';
import { acronymAfterQuotedBrand, afterQuotedNickname, brandInQuotesAfterAcronym, quotedGivenName } from './quoted-nickname';
import { runStart } from './runs';
import { step } from './trie-step';

export { step };
import { isGenericHead, isInitial, isNameWord, isParticleToken, readingsOf, type ScanState } from './scan-state';
import { lexiconId } from '../names/lexicon';
import { isArabicUnit } from '../names/arabic';
import { perIndex } from './per-index';
import { isCyrillicAnd } from './cyrillic-org-words';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;
const { ENTITY_MASK, OUT_FAMILY_FIRST, SKEL_COUNTRY, SKEL_ORG_ONLY, SKEL_PARTICLE, entityKind } = names;
const { WORD_LEGAL } = contextWords;

/** The trie state after `state`, a connector child of it (de, del), then `skel`; or -1. */
function stepOverConnector(s: ScanState, state: number, skel: number): number {
  const index = s.index;
  const flags = index.skelFlags;
  for (let c = index.firstChild[state]; c < index.firstChild[state + 1]; c++) {
    if (!(flags[index.edgeSkel[c]] & SKEL_PARTICLE)) continue;
    const next = step(index, c, skel);
    if (next >= 0) return next;
  }
  return -1;
}

/** The skeletons of "of", "the" and "and" in this index (-1 where it has none). */
const connectorSkels = perIndex((index) => ({ of: lexiconId(index.skeletons, 'of'), the: lexiconId(index.skeletons, 'the'), and: lexiconId(index.skeletons, 'and'), i: lexiconId(index.skeletons, 'i'), y: lexiconId(index.skeletons, 'y'), e: lexiconId(index.skeletons, 'e') }));

/**
 * "Agencia de Vehículos Especiales Rurales y Urbanos" for AGENCIA VEHICULOS ESPECIALES RURALES Y URBANOS, C.A.: the
 * page writes "de", "del", "of", "of the" between two words of an organization's listed name that the list joins
 * without it. Token j is such a connector in lower case (one or two of them, never "and", "y", "e"), and the
 * capitalised word after goes on in the trie from `state`. Returns the token of that word, or -1.
 */
function connectorNotListed(s: ScanState, state: number, j: number, count: number): number {
  const { flags } = s.tokens;
  const skelFlags = s.index.skelFlags;
  const c = connectorSkels(s.index);
  let k = j;
  while (k < j + 2 && k < count && !(flags[k] & CAPITALIZED) && flags[k] & JOINED) {
    const sk = s.skels[k];
    if (sk < 0 || !(skelFlags[sk] & SKEL_PARTICLE) || sk === c.and || sk === c.y || sk === c.e || sk === c.i) return -1;
    k++;
  }
  if (k === j || k >= count || (flags[k] & (CAPITALIZED | JOINED | CASELESS)) !== (CAPITALIZED | JOINED)) return -1;
  return s.skels[k] >= 0 && step(s.index, state, s.skels[k]) >= 0 ? k : -1;
}

/**
 * The trie state after `state` and Cyrillic token j where a listed name has "of" (or "of the") before token j's word,
 * or where token j is "и", "і" or "та" and the name has "and" (or, transliterated, "I"); or -1. Token j is then read
 * as that word.
 */
function cyrillicConnectorStep(s: ScanState, state: number, j: number): number {
  const index = s.index;
  const c = connectorSkels(index);
  if (s.tokens.lengths[j] <= 2) {
    if (!isCyrillicAnd(s.block.text, s.tokens.starts[j], s.tokens.ends[j])) return -1;
    for (const w of [c.and, c.i]) {
      const next = w >= 0 ? step(index, state, w) : -1;
      if (next < 0) continue;
      s.skels[j] = w;
      // The list's own word ("I" of KONKORD MENEDZHMENT I KONSALTING), not a respelling of it.
      s.exact[j] = 1;
      return next;
    }
    return -1;
  }
  const of = c.of >= 0 ? step(index, state, c.of) : -1;
  if (of < 0) return -1;
  const ofThe = c.the >= 0 ? step(index, of, c.the) : -1;
  const readings = readingsOf(s, j);
  for (const r of readings.length ? readings : [s.skels[j]]) {
    if (r < 0) continue;
    let next = step(index, of, r);
    if (next < 0 && ofThe >= 0) next = step(index, ofThe, r);
    if (next >= 0) {
      s.skels[j] = r;
      return next;
    }
  }
  return -1;
}

/** A listed name's form found at tokens shape.start..shape.end, with the outputs (entity and form) it may name. */
export interface NameMatch {
  shape: SpanShape;
  outputs: number[];
}

/** The longest accepted name starting at token i of the current block, or undefined. */
export function longestNameAt(s: ScanState, i: number): NameMatch | undefined {
  const { flags } = s.tokens;
  const index = s.index;
  const { outRuns, outputs } = index;
  const skels = s.skels;
  const b = s.block;
  const count = b.last;
  let state = 0;
  let best: NameMatch | undefined;
  let before = -1; // whether a name word stands right before token i: found once, at the first listed form
  let comma = false; // whether the walk went on over a comma, a dash or a connector not listed: only an organization's name does
  let quotedGiven = false; // «El Chapo» Guzmán: only a person's name does
  let father = -1; // the token after a word of descent the walk stepped over, and the state before that word
  let fatherFrom = 0;
  let fatherListed = -1; // whether some listed name has a descent word there (1), found once, when first needed
  let last = -1; // the last token the walk stepped on, and the state before it
  let lastFrom = 0;
  let retried = false;
  for (let j = i; j < count; j++) {
    if (j > i && !(flags[j] & JOINED)) {
      // Viktor "Merchant of Death" Bout: the name goes on after a nickname in quotes; an Arabic body's own name in
      // quotes after its word of kind is the name itself, where the trie goes on with it.
      const after = j === i + 1 && quoteInArabicName(s, j) && goesOn(s, state, j) ? -2 : afterQuotedNickname(s, j - 1);
      if (after >= 0) j = after;
      else if (after === -2 || commaInName(s, j) || dashInName(s, j) || ampersandInName(s, j) || brandInQuotesAfterAcronym(s, j) || acronymAfterQuotedBrand(s, j)) comma = true;
      else if (j === i + 1 && quotedGivenName(s, i)) quotedGiven = true;
      else break;
    }
    // "محمد معمر القذافي وعائشة معمر القذافي": a word with "و" (and) in front that no name has as written begins a
    // name of its own (arabic-reading.ts).
    if (j > i && joinedByAnd(s, j)) break;
    const sk = skels[j];
    let next = sk >= 0 ? step(index, state, sk) : -1;
    // "Abd al-Rahman Abd al-Nabi Shams" for SHAMS, 'Abd Al-Rahman 'Abd Al-Nabi: some listed name has the particle
    // after "Abd", this one drops it; where the name goes on only without the particle, it is stepped over below.
    if (next >= 0 && j > i && j + 1 < count && flags[j + 1] & JOINED && isParticleToken(s, j) && !goesOn(s, next, j + 1) && goesOn(s, state, j + 1)) next = -1;
    // A declined Cyrillic word with another reading that goes on ("Сергея Лаврова": Lavrov, not Lavrova).
    if (next < 0 && s.alts[j] >= 0) {
      const from = state;
      // An Arabic word read as Latin ones: the reading the next two words, else the next word, go on from first
      // ("أحمد صابر حمشو": Saber of HAMCHO, Ahmad Saber, not Sabir of HAMSHO, Ahmad Sabir Mohammed), which the order
      // of readings cannot know.
      let r = -1;
      if (j > i && flags[j] & CASELESS && j + 1 < count && flags[j + 1] & JOINED && stepsTwice(s, from, j)) {
        for (let depth = 2; depth > 0 && r < 0; depth--) r = useSteppingReading(s, j, from, j + 1, depth);
      }
      if (r < 0) r = useSteppingReading(s, j, from, j, 0);
      if (r >= 0) next = step(index, state, r);
    }
    // "cártel Jalisco Nueva Generación" for CARTEL DE JALISCO NUEVA GENERACION: after a generic head, the list's
    // "de" or "del" may be left out.
    if (next < 0 && sk >= 0 && j === i + 1 && isGenericHead(s, i)) next = stepOverConnector(s, state, sk);
    // "Черноморский банк развития и реконструкции" for BLACK SEA BANK OF DEVELOPMENT AND RECONSTRUCTION: Russian and
    // Ukrainian say the list's "of" with a noun's case and write "and" as "и", "і", "та".
    if (next < 0 && j > i && flags[j] & CYRILLIC) next = cyrillicConnectorStep(s, state, j);
    if (next < 0) {
      // "Bashar al-Assad" for a list that writes "ASSAD, Bashar", and "Nicolás M. Maduro": a particle or a
      // middle initial may be skipped.
      if (j > i && (isParticleToken(s, j) || isInitial(s, j) || arabicParticleAt(s, j) || afterCompound(s, j)) && j + 1 < count && flags[j + 1] & JOINED) {
        // "خالد بن الوليد", "Omar bin Khattab": the word after a word of descent is a father's name (arabic-descent.ts).
        if (father < 0 && isDescentAt(s, j)) {
          father = j + 1;
          fatherFrom = state;
        }
        continue;
      }
      // A connector the page writes inside an organization's name and the list does not: stepped over, and the name
      // found so is no person's (as after a comma).
      if (j > i && !(flags[j] & CAPITALIZED)) {
        const k = connectorNotListed(s, state, j, count);
        if (k > 0) {
          comma = true;
          j = k - 1;
          continue;
        }
      }
      // "Али Реза аль-Кассаби Лари": Reza went on in the trie (many listed Ali Reza), but the name goes on here only
      // with another reading of the word before (Ridha, given-name-equivalents.ts): taken, and this word read again.
      // Once a walk, never for a name's first word, and only where this word is a listed one in some reading.
      if (!retried && last > i && (sk >= 0 || s.alts[j] >= 0) && s.alts[last] >= 0 && flags[last] & CYRILLIC) {
        retried = true;
        const from = lastFrom;
        const r = useSteppingReading(s, last, from, j, 1);
        if (r >= 0) {
          state = step(index, from, r);
          j--;
          continue;
        }
      }
      break;
    }
    last = j;
    lastFrom = state;
    state = next;
    const outCount = outRuns.lengths[state];
    if (outCount === 0) continue;
    const a = runStart(outRuns, state);
    const z = a + outCount;
    // "حسن نصر الله": a name that ends in a compound with its tail written apart (NASRALLAH, Hasan; "أمير علي حاجي
    // زاده") ends after it.
    const end = j + 1 < count && afterCompound(s, j + 1) ? j + 1 : j;
    const shape = shapeOf(s, i, end);
    const ok: number[] = [];
    // "Calixto Ortega Sánchez" is not the listed Calixto Ortega Ríos: a person's name that runs on into
    // another name word is someone else's fuller name.
    if (before < 0) before = i > b.first && flags[i] & JOINED && (isNameWord(s, i - 1) || nameWordAfterAnd(s, i - 1)) && !beginsAfterAnd(s, i) && !afterOrganization(s, i) ? 1 : 0;
    const after = end + 1 < count && flags[end + 1] & JOINED && (isNameWord(s, end + 1) || isSurnameTailAt(s, end + 1));
    // Unless it is a given name after a given name and surname ("Олександра Лукашенка Дмитра", front-run-on.ts).
    // Or the next two words are a listed person's full name ("сестру Алішера Усманова Гульбахор Ісмаїлову").
    const givenAfter = after && (givenNameAfterName(s, i, end) || listedNameAfter(s, i, end));
    for (let o = a; o < z; o++) {
      const v = outputs[o];
      // Unless the word before begins no name of its own (front-run-on.ts).
      const person = entityKind(index, v & ENTITY_MASK) === 'person';
      if (person && (comma || (after && (!givenAfter || v & OUT_FAMILY_FIRST)) || (before && !frontWordBeginsNoName(s, i, j, v)))) continue;
      if (quotedGiven && !person) continue;
      if (father >= 0 && person && isSurnameOf(s, father, v & ENTITY_MASK)) {
        if (fatherListed < 0) fatherListed = descentListed(s, fatherFrom, father) ? 1 : 0;
        if (!fatherListed) continue;
      }
      if (accepts(s, shape, v)) ok.push(v);
    }
    // A firm that shares a brand rides along with the brand's own firm, never alone (brand-families.ts).
    if (ok.length && !allSharedBrands(index, ok)) best = { shape, outputs: ok };
  }
  return best;
}

/**
 * Whether the two Cyrillic words after a Cyrillic name of two words or more (tokens i..j) are a listed person's full
 * name: East Slavic names never run given name, surname, given name, surname, so that is a second person named right
 * after the first ("сестру підприємця Алішера Усманова Гульбахор Ісмаїлову"), not one longer name.
 */
function listedNameAfter(s: ScanState, i: number, j: number): boolean {
  const { flags } = s.tokens;
  const k = j + 1;
  if (j === i || k + 1 >= s.block.last || !(flags[i] & flags[j] & flags[k] & flags[k + 1] & CYRILLIC) || !(flags[k + 1] & CAPITALIZED) || !(flags[k + 1] & JOINED)) return false;
  const index = s.index;
  // Each reading of the first word (its skeleton first), then each of the second's.
  const first = readingsOf(s, k);
  for (let x = -1; x < first.length; x++) {
    const a = x < 0 ? s.skels[k] : first[x];
    const one = a >= 0 ? step(index, 0, a) : -1;
    if (one < 0) continue;
    const second = readingsOf(s, k + 1);
    for (let y = -1; y < second.length; y++) {
      const b = y < 0 ? s.skels[k + 1] : second[y];
      if (b >= 0 && namesPersonAt(index, step(index, one, b))) return true;
    }
  }
  return false;
}

/** Whether trie state `state` (-1: none) ends some listed person's name. */
function namesPersonAt(index: NameIndex, state: number): boolean {
  const n = state < 0 ? 0 : index.outRuns.lengths[state];
  const start = n ? runStart(index.outRuns, state) : 0;
  for (let o = start; o < start + n; o++) if (entityKind(index, index.outputs[o] & ENTITY_MASK) === 'person') return true;
  return false;
}

/**
 * Whether Arabic token i follows right after an organization's name found before it: "حزب الله حسن نصر الله" is
 * Hizballah's Hasan Nasrallah, the word before him the end of Hizballah's name, not his own.
 */
function afterOrganization(s: ScanState, i: number): boolean {
  const spans = s.block.spans;
  const prev = spans.length ? spans[spans.length - 1] : undefined;
  if (!prev || prev.end !== i - 1 || !(s.tokens.flags[i] & CASELESS)) return false;
  for (const v of prev.outputs) if (entityKind(s.index, v & ENTITY_MASK) === 'person') return false;
  return true;
}

/** Whether some listed name goes on from trie state `state` with token k, by its skeleton or one of its readings. */
function goesOn(s: ScanState, state: number, k: number): boolean {
  if (s.skels[k] >= 0 && step(s.index, state, s.skels[k]) >= 0) return true;
  for (const r of readingsOf(s, k)) if (step(s.index, state, r) >= 0) return true;
  return false;
}

/** Whether two or more of token k's readings go on from `state`: only then is there a choice to look ahead for. */
function stepsTwice(s: ScanState, state: number, k: number): boolean {
  let n = 0;
  for (const r of s.readings[s.alts[k]]) if (r !== s.skels[k] && step(s.index, state, r) >= 0 && ++n > 1) return true;
  return false;
}

/**
 * Whether the trie goes on from `state` (-1: none) with token k's skeleton or one of its readings, and then, `depth`
 * words in all, with the words after it that are joined to it ("عبد الرحمن المولى": Abdal of Abdal-Rahman al-Mawla,
 * not Abd of 'Abd-al-Rahman Muhammad al-Mula).
 */
/**
 * useReading (scan-state.ts) for the walk: token j's first other reading that steps from trie state `from` and, with
 * `depth` > 0, goes on from there through token k and the joined words after it, `depth` words in all (goesOnWith).
 * A function of its own, not a closure: one over the walk's loop variable cost longestNameAt a context at each word.
 */
function useSteppingReading(s: ScanState, j: number, from: number, k: number, depth: number): number {
  for (const r of readingsOf(s, j)) {
    if (r === s.skels[j]) continue;
    const next = step(s.index, from, r);
    if (next < 0 || (depth > 0 && !goesOnWith(s, next, k, s.block.last, depth))) continue;
    s.skels[j] = r;
    return r;
  }
  return -1;
}

function goesOnWith(s: ScanState, state: number, k: number, count: number, depth: number): boolean {
  if (state < 0) return false;
  const more = depth > 1 && k + 1 < count && (s.tokens.flags[k + 1] & JOINED) !== 0;
  const on = (next: number) => next >= 0 && (!more || goesOnWith(s, next, k + 1, count, depth - 1));
  const sk = s.skels[k];
  if (sk >= 0 && on(step(s.index, state, sk))) return true;
  const a = s.alts[k];
  if (a < 0) return false;
  for (const r of s.readings[a]) if (r !== sk && on(step(s.index, state, r))) return true;
  return false;
}

/** Whether a listed name goes on from `from` through a word of descent to token k's word ("usama bin ladin"). */
function descentListed(s: ScanState, from: number, k: number): boolean {
  const sk = s.skels[k];
  for (const d of descentSkels(s.index)) {
    const via = d >= 0 ? step(s.index, from, d) : -1;
    if (via >= 0 && step(s.index, via, sk) >= 0) return true;
  }
  return false;
}

/**
 * "Urbanización, Inmobiliaria y Construcción de Obras" (URBANIZACION, INMOBILIARIA Y CONSTRUCCION DE OBRAS, S.A. DE
 * C.V.): a firm's listed name may hold a comma, and the page writes it there too. Token j follows a comma and one space
 * and is capitalised; the trie must still go on with it, and the name found so is no person's ("Ortega, Murillo").
 * Not after a country ("In Iran, Law Enforcement Forces") nor before a legal form ("Rodríguez López, S.A. de C.V.",
 * which the legal form's own rule covers).
 */
function commaInName(s: ScanState, j: number): boolean {
  const { starts, ends, flags, ids } = s.tokens;
  const text = s.block.text;
  const at = ends[j - 1];
  if (starts[j] !== at + 2 || text.charCodeAt(at) !== 44 || text.charCodeAt(at + 1) !== 32 || !(flags[j] & CAPITALIZED)) return false;
  const before = s.skels[j - 1];
  return !(before >= 0 && s.index.skelFlags[before] & SKEL_COUNTRY) && !(ids[j] >= 0 && s.index.tokenInfo[ids[j]] & WORD_LEGAL);
}

/**
 * "Agat – Electromechanical Plant" (AGAT - ELECTROMECHANICAL PLANT JSC): a dash between spaces inside a firm's name,
 * where the list has a hyphen, a dash or none; and an en or em dash with no space ("Islamic Revolutionary Guard
 * Corps–Quds Force" of ISLAMIC REVOLUTIONARY GUARD CORPS-QODS FORCE), typeset where the list has its hyphen. Token j
 * follows " - ", " – ", " — ", "–" or "—" and is capitalised; the trie must still go on with it, and, as after a
 * comma, the name found so is no person's and begins after no country.
 */
function dashInName(s: ScanState, j: number): boolean {
  const { starts, ends, flags } = s.tokens;
  const text = s.block.text;
  const at = ends[j - 1];
  if (!(flags[j] & CAPITALIZED)) return false;
  let dash: number;
  if (starts[j] === at + 1) {
    dash = text.charCodeAt(at);
    if (dash !== 0x2013 && dash !== 0x2014) return false;
  } else {
    if (starts[j] !== at + 3 || text.charCodeAt(at) !== 32 || text.charCodeAt(at + 2) !== 32) return false;
    dash = text.charCodeAt(at + 1);
    if (dash !== 45 && dash !== 0x2013 && dash !== 0x2014) return false;
  }
  const before = s.skels[j - 1];
  return !(before >= 0 && s.index.skelFlags[before] & SKEL_COUNTRY);
}

/**
 * 'كتائب “سيد الشهداء”' (the alias كتائب سيد الشهداء of KATA'IB SAYYID AL-SHUHADA): Arabic, which has no capitals,
 * sets a body's own name in quotes after its word of kind. Token j is an Arabic word right after an opening quote (a
 * space before it or none) that follows an Arabic word only organizations' names have; as after a comma, the name
 * found so is no person's.
 */
function quoteInArabicName(s: ScanState, j: number): boolean {
  const { starts, ends, flags } = s.tokens;
  const kind = s.skels[j - 1];
  if (!(flags[j] & flags[j - 1] & CASELESS) || kind < 0 || !(s.index.skelFlags[kind] & SKEL_ORG_ONLY)) return false;
  const text = s.block.text;
  const at = ends[j - 1];
  const gap = starts[j] - at;
  const quote = text.charCodeAt(starts[j] - 1);
  if (gap > 2 || (gap === 2 && text.charCodeAt(at) !== 32) || (quote !== 0x201c && quote !== 0x22 && quote !== 0xab)) return false;
  return isArabicUnit(text.charCodeAt(starts[j])) && isArabicUnit(text.charCodeAt(at - 1));
}

/**
 * "A&M Mahar" (A & M MAHAR COMPANY LIMITED): an ampersand inside a firm's name, with or without spaces round it, where
 * the list has it or "and". Token j is capitalised; as after a comma, the name found so is no person's.
 */
function ampersandInName(s: ScanState, j: number): boolean {
  const { starts, ends, flags } = s.tokens;
  const text = s.block.text;
  const at = ends[j - 1];
  const gap = starts[j] - at;
  if (!(flags[j] & CAPITALIZED)) return false;
  if (gap === 1) return text.charCodeAt(at) === 38;
  return gap === 3 && text.charCodeAt(at) === 32 && text.charCodeAt(at + 1) === 38 && text.charCodeAt(at + 2) === 32;
}

/** Whether every output is a firm that only shares a brand (a loop, not a closure: this runs at every name found). */
function allSharedBrands(index: NameIndex, outputs: readonly number[]): boolean {
  for (const v of outputs) if (!isSharedBrand(index, v)) return false;
  return true;
}
