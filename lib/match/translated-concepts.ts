// The index's translated names as numbers (lib/names/translated-words.ts keys them at index time, each concept of a
// name a word's English concept), and a page's words read through the glossaries: what translated-names.ts walks a
// page's run with, and what reads a body's own words of kind translated before its brand (`ownKindBefore`).
import { foldWord } from '../names/normalize';
import * as normalize from '../names/normalize';
import { lexiconId, lexiconSize } from '../names/lexicon';
import { skeleton } from '../names/transliterate';
import { COUNTRY_ADJECTIVE_WORDS, cyrillicPageWord, isTranslationConnector, latinPageWord, mayBeTranslationConnector } from '../names/translated-words';
import { countryInLowerCase } from './context-words';
import { ENTITY_MASK, type NameIndex } from './name-index';
import { perIndex } from './per-index';
import { wordAt, type ScanState } from './scan-state';
import { WrittenWordMemo } from './written-word-memo';

const { CAPITALIZED, CYRILLIC, JOINED } = normalize;

export interface Named {
  /** The name's concepts, as numbers. */
  concepts: Int32Array;
  outputs: number[];
}

export interface Table {
  /** A concept's number by its skeleton string (a glossary word's, a number's). */
  ids: Map<string, number>;
  /** A concept's number by the skeleton's number in the index, -1 when no key holds it. */
  bySkeleton: Int32Array;
  /** Each concept's hash. */
  hashes: Int32Array;
  /** The names by the XOR of their concepts' hashes. */
  byHash: Map<number, Named[]>;
  /** The concepts that are a country's adjective ("syrian" of "Banco Central Sirio"). */
  countryAdjectives: ReadonlySet<number>;
}

export const tableOf = perIndex((index: NameIndex): Table => {
  const ids = new Map<string, number>();
  const named = new Map<string, Named>();
  const keys = index.translatedKeys ? index.translatedKeys.split('\n') : [];
  for (let k = 0; k < keys.length; k++) {
    let n = named.get(keys[k]);
    if (!n) {
      const concepts = keys[k].split(' ').map((c) => {
        let id = ids.get(c);
        if (id === undefined) ids.set(c, (id = ids.size));
        return id;
      });
      named.set(keys[k], (n = { concepts: Int32Array.from(concepts), outputs: [] }));
    }
    n.outputs.push(index.translatedOutputs[k]);
  }
  // A fixed sequence (xorshift), so that a page's marks never depend on the run.
  const hashes = new Int32Array(ids.size);
  let x = 0x2545f491;
  for (let k = 0; k < hashes.length; k++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    hashes[k] = x;
  }
  const byHash = new Map<number, Named[]>();
  for (const n of named.values()) {
    let h = 0;
    for (const c of n.concepts) h ^= hashes[c];
    const list = byHash.get(h);
    if (list) list.push(n);
    else byHash.set(h, [n]);
  }
  const bySkeleton = new Int32Array(lexiconSize(index.skeletons)).fill(-1);
  for (const [c, id] of ids) {
    const sk = lexiconId(index.skeletons, c);
    if (sk >= 0) bySkeleton[sk] = id;
  }
  const countryAdjectives = new Set<number>();
  for (const w of COUNTRY_ADJECTIVE_WORDS) {
    const id = ids.get(skeleton(w));
    if (id !== undefined) countryAdjectives.add(id);
  }
  return { ids, bySkeleton, hashes, byHash, countryAdjectives };
});

/** A page word read through the glossaries: its concepts' numbers (-1: a concept no key holds), whether a word of kind, whether it may begin a name. */
export interface PageWord {
  concepts: readonly number[];
  generic: boolean;
  opens: boolean;
}

/** Per index: a page word's glossary reading, null when none, by the word as written. */
const pageWords = perIndex(() => new WrittenWordMemo<PageWord | null>(5000));

export function pageWord(s: ScanState, k: number): PageWord | null {
  const { starts, ends, hashes, flags } = s.tokens;
  const memo = pageWords(s.index);
  const found = memo.get(s.block.text, starts[k], ends[k], hashes[k]);
  if (found !== undefined) return found;
  const written = s.block.text.slice(starts[k], ends[k]);
  const read = flags[k] & CYRILLIC ? cyrillicPageWord(written.toLowerCase()) : latinPageWord(foldWord(written));
  const ids = tableOf(s.index).ids;
  const concepts = read ? read.concepts.map((c) => ids.get(skeleton(c)) ?? -1) : [];
  // A word whose concept no listed name has begins none ("Российская" before "Федерация" does, "Центр" of a city not).
  const value = read ? { concepts, generic: read.generic, opens: read.opens && !concepts.includes(-1) } : null;
  memo.set(written, hashes[k], value);
  return value;
}

/** Per index: each organization's translated names' concepts, by its entity number. */
const namesOf = perIndex((index: NameIndex): Map<number, Int32Array[]> => {
  const out = new Map<number, Int32Array[]>();
  for (const list of tableOf(index).byHash.values()) for (const n of list) for (const v of n.outputs) {
    const e = v & ENTITY_MASK;
    const own = out.get(e);
    if (!own) out.set(e, [n.concepts]);
    else if (!own.includes(n.concepts)) own.push(n.concepts);
  }
  return out;
});

/** At most this many lower-case words before a brand. */
const MAX_KIND_WORDS = 6;

/**
 * Whether the lower-case words right before brand token i are the rest of entity e's listed name, translated and in
 * any order ("la empresa militar privada rusa Wagner" of PRIVATE MILITARY COMPANY 'WAGNER'): each a glossary word of
 * that name, a connector, or a country's adjective ("rusa"), two glossary words at least, one more than a word of kind;
 * with the brand they make the whole name. Asked of a brand that is a common name too, where the rules need a cue.
 */
export function ownKindBefore(s: ScanState, i: number, e: number): boolean {
  const named = namesOf(s.index).get(e);
  if (!named || s.skels[i] < 0) return false;
  const table = tableOf(s.index);
  const brand = table.bySkeleton[s.skels[i]];
  if (brand < 0) return false;
  const { flags } = s.tokens;
  const found: number[] = [brand];
  let specific = 0;
  for (let k = i - 1; k >= s.block.first && k >= i - MAX_KIND_WORDS; k--) {
    if (!(flags[k + 1] & JOINED) || flags[k] & (CAPITALIZED | CYRILLIC)) return false;
    const word = wordAt(s, k);
    if (countryInLowerCase(word) || isTranslationConnector(word)) continue;
    const w = pageWord(s, k);
    if (!w || w.concepts.includes(-1)) return false;
    for (const c of w.concepts) if (!found.includes(c)) found.push(c);
    if (!w.generic) specific++;
    if (found.length >= 3 && specific > 0 && named.some((n) => n.length === found.length && found.every((c) => n.includes(c)))) return true;
  }
  return false;
}

/** Whether token k is a connector of a translated name ("de", "los", "of"): its hash bit first, its string last. */
export function connectorAt(s: ScanState, k: number): boolean {
  const { lengths, hashes, starts, ends } = s.tokens;
  return lengths[k] <= 4 && mayBeTranslationConnector(hashes[k]) && isTranslationConnector(s.block.text.slice(starts[k], ends[k]).toLowerCase());
}
