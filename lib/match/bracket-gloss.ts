// Russian and Ukrainian news give a foreign body's name in its own language in brackets after the translation:
// "Черноморский банк развития и реконструкции (the Black Sea Bank)". The words in brackets right after an
// organisation's name that begin that organisation's listed name (two words or more, capitalised) are that
// organisation, though the lists never shorten it so. Asked only where no listed name begins at the word.
import * as normalize from '../names/normalize';
import * as names from './name-index';
import { outputBelow } from './quoted-brand-again';
import { runStart } from './runs';
import type { ScanState, Span } from './scan-state';
import { step } from './trie-walk';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, JOINED } = normalize;
const { ENTITY_MASK, OUT_SHARED_BRAND, entityKind } = names;

/** The most words a gloss in brackets may have. */
const MAX_WORDS = 6;

/** The span of a name in brackets at token i that begins the listed name of the organisation named just before, or undefined. */
export function glossInBrackets(s: ScanState, i: number): Span | undefined {
  const { flags, starts, ends } = s.tokens;
  const b = s.block;
  const before = b.spans.length ? b.spans[b.spans.length - 1] : undefined;
  if (!before || !(flags[i] & CAPITALIZED) || before.end >= i) return undefined;
  const text = b.text;
  // The bracket opens right after the name: "(" or "(the ", nothing else between; the bracket's code unit first.
  const gap = starts[i] - ends[before.end];
  if (gap > 6 || (text.charCodeAt(starts[i] - 1) !== 0x28 && text.charCodeAt(starts[i] - 5) !== 0x28)) return undefined;
  if (!/^ ?\((?:the )?$/i.test(text.slice(ends[before.end], starts[i]))) return undefined;
  const orgs: number[] = [];
  for (const v of before.outputs) if (!(v & OUT_SHARED_BRAND) && entityKind(s.index, v & ENTITY_MASK) === 'organization') orgs.push(v & ENTITY_MASK);
  if (orgs.length === 0) return undefined;
  let state = 0;
  let j = i;
  for (; j < b.last && j - i < MAX_WORDS; j++) {
    if ((j > i && !(flags[j] & JOINED)) || !(flags[j] & CAPITALIZED) || s.skels[j] < 0) return undefined;
    state = step(s.index, state, s.skels[j]);
    if (state < 0) return undefined;
    if (text[ends[j]] === ')') break;
  }
  if (j === i || text[ends[j]] !== ')') return undefined;
  const v = outputAt(s.index, state, orgs) ?? outputBelow(s.index, state, orgs);
  return v >= 0 ? { start: i, end: j, outputs: [v], commonNames: false, brief: true, anyCommon: false, common: false } : undefined;
}

/** An output of one of `entities` at trie state `state` itself, or undefined. */
function outputAt(index: names.NameIndex, state: number, entities: readonly number[]): number | undefined {
  const first = runStart(index.outRuns, state);
  for (let o = first; o < first + index.outRuns.lengths[state]; o++) {
    const v = index.outputs[o];
    if (!(v & OUT_SHARED_BRAND) && entities.includes(v & ENTITY_MASK)) return v;
  }
  return undefined;
}
