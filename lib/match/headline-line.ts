// A block's first line as a headline. A plain-text page's title and its first paragraph reach the scan as one block
// with a line break between them: the first line then names people by surname alone before the text names them in
// full ("ЕС ввел санкции против Лукашенко\nЕвропейский Союз расширил санкции ... Александра Лукашенко"), as a
// headline block does. In a browser a block's text keeps the line breaks of the page's source, so there it is any
// short first source line: the link it makes is still to a person the same block then names in full.
import type { Block, ScanState } from './scan-state';

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
