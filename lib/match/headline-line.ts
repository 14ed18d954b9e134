// A block's first line as a headline. A plain-text page's title and its first paragraph reach the scan as one block
// with a line break between them: the first line then names people by surname alone before the text names them in
// full ("ЕС ввел санкции против Лукашенко\nЕвропейский Союз расширил санкции ... Александра Лукашенко"), as a
// headline block does. In a browser a block's text keeps the line breaks of the page's source, so there it is any
// short first source line: the link it makes is still to a person the same block then names in full.
import * as normalize from '../names/normalize';
import type { Block, ScanState } from './scan-state';

const { CAPITALIZED, CASELESS } = normalize;

/**
 * Whether token i lies in the first line of the current block and that line has at most `words` tokens. Reads at
 * most the text of those tokens: it runs for capitalised words left over in long blocks.
 */
export function inShortFirstLine(s: ScanState, i: number, words: number): boolean {
  const b = s.block;
  const { starts, ends } = s.tokens;
  if (i - b.first >= words || b.last - b.first <= words) return false;
  // Token i is in the first line when the block's first line break comes after it. That break is found once per
  // block: an indexOf from each of the block's first words ran to the end of a block with none (most blocks).
  if (b !== lastBlock) {
    lastBlock = b;
    firstBreak = b.text.indexOf('\n');
  }
  return firstBreak >= ends[i] && firstBreak < starts[b.first + words];
}

let lastBlock: Block | undefined;
let firstBreak = -1;

/**
 * Whether token i lies in a title-case headline: the block's first line, of 16 tokens at most, in which every word of
 * four letters or more is capitalised (three such words at least). There a capital says nothing of a name's end
 * ("Treasury Targets al-Shabaab Funding Network"). Read once per block, only when a name seems to run on.
 */
export function inTitleCaseLine(s: ScanState, i: number): boolean {
  const b = s.block;
  if (b !== titleBlock) {
    titleBlock = b;
    titleLast = titleCaseLineEnd(s);
  }
  return i < titleLast;
}

/** The end (exclusive) of the tokens of the block's first line when it is in title case, else the block's first token. */
function titleCaseLineEnd(s: ScanState): number {
  const b = s.block;
  const { flags, lengths, starts } = s.tokens;
  const lineBreak = b.text.indexOf('\n');
  let long = 0;
  let k = b.first;
  for (; k < b.last && (lineBreak < 0 || starts[k] < lineBreak); k++) {
    if (k - b.first >= 16) return b.first;
    if (lengths[k] < 4 || flags[k] & CASELESS) continue;
    if (!(flags[k] & CAPITALIZED)) return b.first;
    long++;
  }
  return long >= 3 ? k : b.first;
}

let titleBlock: Block | undefined;
let titleLast = -1;
