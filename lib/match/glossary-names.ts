// A Russian or Ukrainian firm's name with a word read through the glossary of firms' words
// (lib/names/org-glossary.ts) counts only with a word from outside the glossary (a brand: "Банк Дабрабыт"), or with
// three words or more of which one is not a mere word of kind: «Государственной транспортной лизинговой компании» is
// STATE TRANSPORTATION LEASING COMPANY, but "Промышленный банк" (INDUSTRIAL BANK) or «Государственная компания»
// describe any number of firms, and "Промышленный" alone is an adjective. A region's name with a word of kind
// ("Дальневосточный банк": FAR EASTERN BANK) counts in two words on a page that tells a sanctions story.
import { glossaryWordKind } from '../names/org-glossary';
import * as normalize from '../names/normalize';
import { sanctionsStoryWords } from './page-context';
import { perIndex } from './per-index';
import type { ScanState } from './scan-state';
import { WrittenWordMemo } from './written-word-memo';

const { CYRILLIC } = normalize;

type GlossaryKind = ReturnType<typeof glossaryWordKind>;
const KINDS: readonly GlossaryKind[] = ['none', 'generic', 'region', 'specific'];

/** Per index: glossaryWordKind of a page word as written, by its number in KINDS, kept by the word (written-word-memo.ts). */
const kinds = perIndex(() => new WrittenWordMemo<null>(5000));

/** glossaryWordKind of token k read as written (lower case, й kept): its string made only the first time it is met. */
function kindAt(s: ScanState, k: number): GlossaryKind {
  const { starts, ends, hashes } = s.tokens;
  const text = s.block.text;
  const memo = kinds(s.index);
  const at = memo.find(text, starts[k], ends[k], hashes[k]);
  if (at >= 0) return KINDS[memo.numberAt(at)];
  const written = text.slice(starts[k], ends[k]);
  const kind = glossaryWordKind(written.toLowerCase());
  memo.set(written, hashes[k], null, KINDS.indexOf(kind));
  return kind;
}

/** Whether tokens start..end, when they begin in Cyrillic, are a name the glossary rule above accepts. */
export function glossaryNameAllowed(s: ScanState, start: number, end: number): boolean {
  const flags = s.tokens.flags;
  if (!(flags[start] & CYRILLIC)) return true;
  let glossary = false;
  let specific = false;
  let region = false;
  for (let k = start; k <= end; k++) {
    // Read as written (lower case, й kept): the glossary's endings need it.
    const kind = flags[k] & CYRILLIC ? kindAt(s, k) : 'none';
    if (kind === 'none') return true;
    glossary = true;
    if (kind !== 'generic') specific = true;
    if (kind === 'region') region = true;
  }
  return !glossary || (end - start >= 2 && specific) || (end > start && region && sanctionsStoryWords(s.context) >= 3);
}
