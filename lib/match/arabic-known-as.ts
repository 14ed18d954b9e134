// A person's given names, then "known as" and the alias the lists give: "حسين فالح المعروف باسم أبو زينب اللامي" is
// AL-LAMI, Hussein Falah, a.k.a. AL-LAMI, Abu Zainab. The alias is found as a name of its own; the words before
// "المعروف باسم" are that person's too when they are two of the person's listed given names in order after one of the
// person's family names (the index keeps each person's family-first form: lami hussein falah).
import * as names from './name-index';
import { runStart } from './runs';
import { readingsOf, wordAt, type ScanState, type Span } from './scan-state';
import { step } from './trie-walk';
import { lexiconId } from '../names/lexicon';
import { perIndex } from './per-index';

const { ENTITY_MASK, entityKind, stateNamesEntity } = names;

/** "known as", folded: the masculine and the feminine. */
const KNOWN = new Set(['المعروف', 'المعروفه']);

/** At most this many given names before "known as". */
const MAX_GIVEN = 3;

const alSkeleton = perIndex((index: names.NameIndex): number => lexiconId(index.skeletons, 'al'));

/**
 * The span of the given names before "المعروف باسم" in front of person span `span`, with the span's person as its
 * output, or undefined. `previousEnd` is the last token of the block's span before it (-1: none).
 */
export function givenNamesBeforeAlias(s: ScanState, span: Span, previousEnd: number): Span | undefined {
  const i = span.start;
  const { lengths } = s.tokens;
  // "باسم" is four letters, "المعروف" seven or eight: the lengths first.
  if (i - 4 <= previousEnd || i - 4 < s.block.first || lengths[i - 1] !== 4 || lengths[i - 2] < 7 || lengths[i - 2] > 8) return undefined;
  if (wordAt(s, i - 1) !== 'باسم' || !KNOWN.has(wordAt(s, i - 2))) return undefined;
  const index = s.index;
  for (const v of span.outputs) {
    const e = v & ENTITY_MASK;
    if (entityKind(index, e) !== 'person') continue;
    for (let from = Math.max(previousEnd + 1, s.block.first, i - 2 - MAX_GIVEN); from <= i - 4; from++) {
      if (givenNamesOf(s, e, from, i - 3)) return { start: from, end: i - 3, outputs: [v], commonNames: false, brief: false, anyCommon: false, common: false };
    }
  }
  return undefined;
}

/** Whether tokens from..to, two words or more, are given names of person e in order after one of e's family names. */
function givenNamesOf(s: ScanState, e: number, from: number, to: number): boolean {
  const index = s.index;
  const al = alSkeleton(index);
  let states: number[] = [];
  const first = runStart(index.surnameRuns, e);
  for (let k = first; k < first + index.surnameRuns.lengths[e]; k++) {
    const sk = index.surnames[k];
    const bare = index.rootChild[sk];
    if (bare >= 0) states.push(bare);
    const withAl = al >= 0 && index.rootChild[al] >= 0 ? step(index, index.rootChild[al], sk) : -1;
    if (withAl >= 0) states.push(withAl);
  }
  for (let k = from; k <= to && states.length; k++) {
    const next: number[] = [];
    const own = s.skels[k];
    for (const r of own >= 0 ? [own, ...readingsOf(s, k)] : readingsOf(s, k)) {
      for (const st of states) {
        const n = step(index, st, r);
        if (n >= 0 && !next.includes(n)) next.push(n);
      }
    }
    states = next;
  }
  return states.some((st) => stateNamesEntity(index, st, e));
}
