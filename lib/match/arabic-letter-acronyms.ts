// A Latin acronym that Arabic news spells out by the names of its letters ("بنك في.تي.بي": VTB; 'بنك (في إي بي)':
// VEB; 'شركة "بي أس"': B S COMPANY), as Russian writes ВТБ in Cyrillic capitals (cyrillic-acronyms.ts). The letters'
// names are read into the Latin acronym and walked in the trie as the lists write it: one word (VTB BANK) or its letters
// apart (B S COMPANY), then the listed name's words of kind and legal forms (bank, company, offshore). Only right after
// an Arabic noun of kind (بنك, مصرف, شركة), which tells a body's name follows, and only a spelling no sentence writes
// by chance: dotted, in quotes or brackets, or three letters or more ("في أي", in any, is two letter names). The body
// must be an organization with the evidence a firm's short name needs: its country on the page or sanctions words near.
import { lexiconId } from '../names/lexicon';
import { skeleton } from '../names/transliterate';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { nounAt } from './arabic-kind-nouns';
import { perIndex } from './per-index';
import { hasCountryOnPage, sanctionsNear } from './precision';
import { runStart } from './runs';
import { wordAt, type ScanState, type Span } from './scan-state';
import { step } from './trie-walk';

const { ENTITY_MASK, OUT_CYRILLIC_ACRONYM, entityKind } = names;

/** The Arabic names of the Latin letters (folded: إ and أ are ا), and the letters each may be. */
const LETTER_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['اي', ['a', 'e', 'i']], ['ايه', ['a']], ['بي', ['b', 'p']], ['سي', ['c']], ['دي', ['d']], ['اف', ['f']], ['جي', ['g', 'j']],
  ['جيه', ['j']], ['اتش', ['h']], ['كي', ['k']], ['كيه', ['k']], ['ال', ['l']], ['ايل', ['l']], ['ام', ['m']], ['ان', ['n']],
  ['او', ['o']], ['كيو', ['q']], ['ار', ['r']], ['اس', ['s']], ['تي', ['t']], ['يو', ['u']], ['في', ['v']], ['دبليو', ['w']],
  ['اكس', ['x']], ['واي', ['y']], ['زد', ['z']],
]);

/** At most this many letters, and this many Latin readings of one run (each ambiguous letter doubles them). */
const MAX_LETTERS = 5;
const MAX_READINGS = 8;

/**
 * The listed words that may follow the acronym in the body's name: its words of kind and legal forms, which Arabic
 * says before it (بنك, شركة) or leaves out. Skeletons per index.
 */
const KIND_WORDS = ['bank', 'company', 'offshore', 'sal', 'pjsc', 'pao', 'oao', 'jsc', 'llc'];
const kindSkels = perIndex((index: NameIndex): Int32Array => Int32Array.from(KIND_WORDS, (w) => lexiconId(index.skeletons, skeleton(w))));

/** Whether token i is بنك or مصرف (a bank), with و, ف, ل or ب in front or the article. */
function bankAt(s: ScanState, i: number): boolean {
  const len = s.tokens.lengths[i];
  if (len < 3 || len > 6) return false;
  const text = s.block.text;
  const end = s.tokens.ends[i];
  const last = text.charCodeAt(end - 1);
  // The last two units first: نك of بنك, رف of مصرف.
  const before = text.charCodeAt(end - 2);
  if (!(last === 0x643 && before === 0x646) && !(last === 0x641 && before === 0x631)) return false;
  const w = wordAt(s, i);
  return /^[وفلب]?(?:ال)?(?:بنك|مصرف)$/u.test(w);
}

/** What a page may write between a noun and the acronym's first letter, and between two letters. */
const OPEN = /^ ?[("“«]? ?$/u;
const BETWEEN = /^(?:\.|\. | |-)$/u;
const QUOTED = /^ ?[("“«]/u;

/**
 * The span of an acronym spelled by its letters' names right after the noun of kind at token i, and the listed bodies
 * it names; undefined when none.
 */
export function spelledAcronymAfter(s: ScanState, i: number): Span | undefined {
  const b = s.block;
  if (i + 2 >= b.last) return undefined;
  // The noun first: a cheap test of its units, and the first letter's length (two to five units).
  const first = s.tokens.lengths[i + 1];
  if (first < 2 || first > 5) return undefined;
  const bank = bankAt(s, i);
  if (!bank && nounAt(s, i) === undefined) return undefined;
  const text = b.text;
  const { starts, ends } = s.tokens;
  const gap = text.slice(ends[i], starts[i + 1]);
  if (!OPEN.test(gap)) return undefined;
  let readings = [''];
  let dotted = false;
  let end = i;
  for (let k = i + 1; k < b.last && k - i <= MAX_LETTERS; k++) {
    if (k > i + 1) {
      const between = text.slice(ends[k - 1], starts[k]);
      if (!BETWEEN.test(between)) break;
      if (between[0] === '.') dotted = true;
    }
    const letters = LETTER_NAMES.get(wordAt(s, k));
    if (!letters) break;
    const next: string[] = [];
    for (const r of readings) for (const l of letters) if (next.length < MAX_READINGS) next.push(r + l);
    readings = next;
    end = k;
  }
  const count = end - i;
  if (count < 2) return undefined;
  // A letter name after the run ends it no less: "في أي" (in any) reads as letters only when the run stops there.
  if (!(dotted || count >= 3 || QUOTED.test(gap))) return undefined;
  const outputs = acronymOutputs(s, readings, i + 1, end);
  return outputs.length ? { start: i + 1, end, outputs, commonNames: false, brief: false, anyCommon: false, common: false } : undefined;
}

/** The organizations' outputs of the listed names that the acronym's readings begin, the rest words of kind only. */
function acronymOutputs(s: ScanState, readings: readonly string[], start: number, end: number): number[] {
  const index = s.index;
  const kinds = kindSkels(index);
  const outputs: number[] = [];
  for (const r of readings) {
    // The acronym one word (VTB) or its letters apart (B S).
    const whole = lexiconId(index.skeletons, skeleton(r));
    const states = [whole >= 0 ? step(index, 0, whole) : -1];
    let st = 0;
    for (const l of r) {
      const sk = lexiconId(index.skeletons, skeleton(l));
      st = sk >= 0 ? step(index, st, sk) : -1;
      if (st < 0) break;
    }
    states.push(st);
    for (let n = 0; n < states.length; n++) {
      const from = states[n];
      if (from < 0) continue;
      collect(s, from, start, end, outputs);
      // Up to two words of kind after it (COMPANY OFFSHORE).
      for (const k1 of kinds) {
        const a = k1 >= 0 ? step(index, from, k1) : -1;
        if (a < 0) continue;
        collect(s, a, start, end, outputs);
        for (const k2 of kinds) {
          const c = k2 >= 0 ? step(index, a, k2) : -1;
          if (c >= 0) collect(s, c, start, end, outputs);
        }
      }
    }
  }
  return outputs;
}

/** The organizations' outputs at trie state `state` that the evidence allows, each entity once, as plain aliases. */
function collect(s: ScanState, state: number, start: number, end: number, outputs: number[]): void {
  const index = s.index;
  const first = runStart(index.outRuns, state);
  for (let o = first; o < first + index.outRuns.lengths[state]; o++) {
    const v = index.outputs[o];
    const e = v & ENTITY_MASK;
    if (entityKind(index, e) === 'person' || outputs.some((x) => (x & ENTITY_MASK) === e)) continue;
    // The Cyrillic acronym's bit (cyrillic-acronyms.ts) asks for Cyrillic capitals; the letters' names are this rule's own.
    if (hasCountryOnPage(s, e) || sanctionsNear(s, start, end)) outputs.push(v & ~OUT_CYRILLIC_ACRONYM);
  }
}
