// Russian and Ukrainian news name a body once in full, or by its brand after its word of kind ("отряда «Терек»":
// TEREK SPECIAL RAPID RESPONSE TEAM), then by the brand alone in quotes, declined as the sentence needs
// ("сотрудничество «Терека»"). A capitalised Cyrillic word that fills its quotes and begins the listed name of an
// organisation the page has already named is that organisation. Asked only where no listed name begins at the word.
import * as normalize from '../names/normalize';
import * as names from './name-index';
import { afterToldKind } from './cyrillic-kind-before-brand';
import { fillsQuote } from './quoted-names';
import { runStart } from './runs';
import { readingsOf, type ScanState, type Span } from './scan-state';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CYRILLIC } = normalize;
const { ENTITY_MASK, OUT_SHARED_BRAND, SKEL_COMMON_WORD, SKEL_COUNTRY, entityKind } = names;

/** « " „ “: the opening quotes fillsQuote reads, as code units (a cheap first test). */
const OPENING_CODES = [0xab, 0x22, 0x201e, 0x201c];

/** At most this many words of the listed name after the brand, and trie states looked at below it. */
const MAX_AFTER = 5;
const MAX_STATES = 256;

/** The span of a quoted brand at token i that begins an organisation's name named before on the page, or undefined. */
export function quotedBrandAgain(s: ScanState, i: number): Span | undefined {
  const { flags, starts } = s.tokens;
  if ((flags[i] & (CYRILLIC | CAPITALIZED)) !== (CYRILLIC | CAPITALIZED) || !OPENING_CODES.includes(s.block.text.charCodeAt(starts[i] - 1)) || !fillsQuote(s, i, i)) return undefined;
  if (afterToldKind(s, i)) return undefined;
  const index = s.index;
  const first = s.skels[i];
  let named: number[] | undefined;
  for (const sk of first >= 0 ? [first, ...readingsOf(s, i)] : readingsOf(s, i)) {
    if (sk < 0 || index.skelFlags[sk] & (SKEL_COMMON_WORD | SKEL_COUNTRY)) continue;
    const from = index.rootChild[sk];
    if (from < 0) continue;
    named ??= organisationsNamed(s);
    if (named.length === 0) return undefined;
    const v = outputBelow(index, from, named);
    if (v >= 0) return { start: i, end: i, outputs: [v], commonNames: false, brief: true, anyCommon: false, common: false };
  }
  return undefined;
}

/** The organisations the page has named so far: in earlier scans, and in this scan's blocks up to the current one. */
function organisationsNamed(s: ScanState): number[] {
  const out: number[] = [];
  const index = s.index;
  const add = (e: number) => {
    if (entityKind(index, e) === 'organization' && !out.includes(e)) out.push(e);
  };
  for (const e of s.context.distinctive) add(e);
  for (const b of s.blocks) {
    for (const span of b.spans) for (const v of span.outputs) if (!(v & OUT_SHARED_BRAND)) add(v & ENTITY_MASK);
    if (b === s.block) break;
  }
  return out;
}

/** An output of one of `entities` one to MAX_AFTER edges below trie state `from`, or -1 (bracket-gloss.ts too). */
export function outputBelow(index: names.NameIndex, from: number, entities: readonly number[]): number {
  let level = [from];
  let seen = 0;
  for (let d = 0; d < MAX_AFTER && level.length && seen < MAX_STATES; d++) {
    const next: number[] = [];
    for (const st of level) {
      for (let c = index.firstChild[st]; c < index.firstChild[st + 1]; c++) {
        seen++;
        const start = runStart(index.outRuns, c);
        for (let o = start; o < start + index.outRuns.lengths[c]; o++) {
          const v = index.outputs[o];
          if (!(v & OUT_SHARED_BRAND) && entities.includes(v & ENTITY_MASK)) return v;
        }
        next.push(c);
      }
    }
    level = next;
  }
  return -1;
}
