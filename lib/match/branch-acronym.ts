// "ISIS-Mozambique (ISIS-M)", "ISIS-K": a body's acronym joined by a hyphen to a short word in capitals names one of
// its branches, another body, which the list holds under its own name (ISLAMIC STATE OF IRAQ AND SYRIA - MOZAMBIQUE,
// ISIL KHORASAN) or not at all. Where the list's name does not go on with that word, the acronym is not its body.
import * as normalize from '../names/normalize';
import type { ScanState } from './scan-state';

const { ALL_UPPER, CYRILLIC } = normalize;

/** Whether Latin acronym token i runs on by a hyphen, no space either side, into a word of one to three capitals. */
export function branchAfterAcronym(s: ScanState, i: number): boolean {
  const { starts, ends, flags, lengths } = s.tokens;
  const k = i + 1;
  // The cheap tests first: a word in capitals, then a next word right after one character.
  if ((flags[i] & (ALL_UPPER | CYRILLIC)) !== ALL_UPPER || k >= s.block.last || starts[k] !== ends[i] + 1) return false;
  if ((flags[k] & (ALL_UPPER | CYRILLIC)) !== ALL_UPPER || lengths[k] > 3) return false;
  const c = s.block.text.charCodeAt(ends[i]);
  return c === 45 || c === 0x2010 || c === 0x2011;
}
