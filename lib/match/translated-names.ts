// A body's or a firm's name that the page writes translated word by word and in its own language's order: Spanish
// "Universidad de Automatización de Piongyang" (PYONGYANG UNIVERSITY OF AUTOMATION), "Centro de Investigación 110"
// (110TH RESEARCH CENTER), Russian and Ukrainian genitive chains, "Банк развития сельского хозяйства" (AGRICULTURAL
// DEVELOPMENT BANK). The index holds each organization's name as a key, its words' concepts sorted
// (lib/names/translated-words.ts, `translatedNameKeys`, index time); here a run of the page's words that begins with a
// glossary word is read the same way and looked up, whatever its order. Asked only where no listed name begins at
// the word (spans.ts).
//
// The guard: a name with a word from outside the glossaries (a place, a number, a brand) counts with the body's
// country on the page or a sanctions story. A name of glossary words only ("Banco Central", "Промышленный банк" are
// any country's) needs three words, one of them more than a word of kind, and a sanctions story, and the body's
// country on the page; or, for four words or more, two of them more than words of kind, sanctions words near it.
import { foldWord } from '../names/normalize';
import * as normalize from '../names/normalize';
import { lexiconWord } from '../names/lexicon';
import { skeleton } from '../names/transliterate';
import { cyrillicPageWord, isTranslationConnector, latinPageWord, type PageWordConcepts } from '../names/translated-words';
import { entityKind, ENTITY_MASK, SKEL_COMMON_WORD, SKEL_COUNTRY, type NameIndex } from './name-index';
import { sanctionsStoryWords } from './page-context';
import { perIndex } from './per-index';
import { hasCountryOnPage, sanctionsNear } from './precision';
import { readingsOf, type ScanState, type Span } from './scan-state';
import { WrittenWordMemo } from './written-word-memo';

const { CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;

/** At most this many words in a translated name, connectors included. */
const MAX_WORDS = 9;
/** At most this many readings of the words outside the glossaries tried together. */
const MAX_KEYS = 16;

interface Table {
  byKey: Map<string, number[]>;
  /** Every skeleton some key holds: a page word's reading outside them is no use. */
  concepts: Set<string>;
}

const tableOf = perIndex((index: NameIndex): Table => {
  const byKey = new Map<string, number[]>();
  const concepts = new Set<string>();
  const keys = index.translatedKeys ? index.translatedKeys.split('\n') : [];
  for (let k = 0; k < keys.length; k++) {
    const list = byKey.get(keys[k]);
    if (list) list.push(index.translatedOutputs[k]);
    else byKey.set(keys[k], [index.translatedOutputs[k]]);
    for (const c of keys[k].split(' ')) concepts.add(c);
  }
  return { byKey, concepts };
});

/** Per index: a page word's glossary reading (its concepts' skeletons), null when none, by the word as written. */
const pageWords = perIndex(() => new WrittenWordMemo<PageWordConcepts | null>(5000));

function pageWord(s: ScanState, k: number): PageWordConcepts | null {
  const { starts, ends, hashes, flags } = s.tokens;
  const memo = pageWords(s.index);
  const found = memo.get(s.block.text, starts[k], ends[k], hashes[k]);
  if (found !== undefined) return found;
  const written = s.block.text.slice(starts[k], ends[k]);
  const read = flags[k] & CYRILLIC ? cyrillicPageWord(written.toLowerCase()) : latinPageWord(foldWord(written));
  const value = read ? { concepts: read.concepts.map(skeleton), generic: read.generic, opens: read.opens } : null;
  memo.set(written, hashes[k], value);
  return value;
}

/** The readings of a word outside the glossaries that some key holds: a number as written, a listed word's skeletons. */
function otherReadings(s: ScanState, k: number, table: Table): string[] {
  const { flags, starts, ends } = s.tokens;
  const text = s.block.text;
  const c = text.charCodeAt(starts[k]);
  if (c >= 48 && c <= 57) {
    const digits = text.slice(starts[k], ends[k]);
    if (!/^\d+$/.test(digits)) return [];
    const key = skeleton(digits);
    return table.concepts.has(key) ? [key] : [];
  }
  if (!(flags[k] & CAPITALIZED) || flags[k] & CASELESS) return [];
  const out: string[] = [];
  const add = (sk: number) => {
    if (sk < 0) return;
    const w = lexiconWord(s.index.skeletons, sk);
    if (table.concepts.has(w) && !out.includes(w)) out.push(w);
  };
  add(s.skels[k]);
  for (const r of readingsOf(s, k)) add(r);
  return out;
}

/**
 * The span of a translated name that begins at token i, or undefined. The flags first, then the word's glossary
 * reading (kept per written word), and only then the words after it.
 */
export function translatedNameAt(s: ScanState, i: number): Span | undefined {
  const { flags, lengths } = s.tokens;
  const last = s.block.last;
  if (!(flags[i] & CAPITALIZED) || flags[i] & CASELESS || lengths[i] < 4 || i + 1 >= last || !(flags[i + 1] & JOINED)) return undefined;
  const first = pageWord(s, i);
  if (!first?.opens) return undefined;
  const table = tableOf(s.index);
  const fixed = new Set<string>();
  const choices: string[][] = [];
  let specific = 0;
  let distinctive = 0;
  let best: { end: number; outputs: number[] } | undefined;
  for (let k = i; k < Math.min(last, i + MAX_WORDS); k++) {
    if (k > i && !(flags[k] & JOINED)) break;
    const w = k === i ? first : pageWord(s, k);
    if (w) {
      for (const c of w.concepts) fixed.add(c);
      if (!w.generic) specific++;
    } else if (lengths[k] <= 4 && !(flags[k] & CAPITALIZED) && isTranslationConnector(s.block.text.slice(s.tokens.starts[k], s.tokens.ends[k]).toLowerCase())) {
      continue;
    } else {
      const other = otherReadings(s, k, table);
      if (!other.length) break;
      choices.push(other);
      // A country's word ("Российской Федерации", "Беларуси") or an everyday one names no one body: as a word of kind.
      if (!everyday(s, k)) distinctive++;
    }
    if (fixed.size + choices.length < 2) continue;
    const outputs = lookUp(s, i, k, table, fixed, choices, specific, distinctive > 0);
    if (outputs.length) best = { end: k, outputs };
  }
  return best && { start: i, end: best.end, outputs: best.outputs, commonNames: false, brief: false, anyCommon: false, common: false };
}

/** The outputs of the keys the concepts make (each choice's readings in turn) that the guard above lets stand. */
function lookUp(s: ScanState, start: number, end: number, table: Table, fixed: Set<string>, choices: readonly string[][], specific: number, distinctive: boolean): number[] {
  const out: number[] = [];
  const picked: string[] = [];
  let tried = 0;
  const visit = (c: number): void => {
    if (tried >= MAX_KEYS) return;
    if (c === choices.length) {
      tried++;
      const key = [...new Set([...fixed, ...picked])].sort().join(' ');
      for (const v of table.byKey.get(key) ?? []) if (!out.includes(v) && allowed(s, v & ENTITY_MASK, start, end, distinctive, fixed.size + choices.length, specific)) out.push(v);
      return;
    }
    for (const r of choices[c]) {
      picked.push(r);
      visit(c + 1);
      picked.pop();
    }
  };
  visit(0);
  return out;
}

/** Whether token k's readings are a country's or an everyday word's only (a number has none: it is no everyday word). */
function everyday(s: ScanState, k: number): boolean {
  const flags = s.index.skelFlags;
  const sk = s.skels[k];
  if (sk < 0 || !(flags[sk] & (SKEL_COUNTRY | SKEL_COMMON_WORD))) return false;
  for (const r of readingsOf(s, k)) if (!(flags[r] & (SKEL_COUNTRY | SKEL_COMMON_WORD))) return false;
  return true;
}

/** The guard (see above); `specific`: the glossary words that are more than words of kind. */
function allowed(s: ScanState, e: number, start: number, end: number, distinctive: boolean, words: number, specific: number): boolean {
  if (entityKind(s.index, e) !== 'organization') return false;
  if (distinctive) return hasCountryOnPage(s, e) || sanctionsStoryWords(s.context) >= 3;
  if (words < 3 || specific === 0 || sanctionsStoryWords(s.context) < 3) return false;
  return hasCountryOnPage(s, e) || (words >= 4 && specific >= 2 && sanctionsNear(s, start, end));
}
