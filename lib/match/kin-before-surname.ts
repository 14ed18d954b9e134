// "бывшая жена Путина", "дочерей Путина", "la esposa de Maduro": a surname alone right after a word of kinship names
// the person whose relatives the page speaks of, not one of them. Where the page also names an unlisted relative who
// carries the surname ("двоюродный брат президента Игорь Путин"), the head of state it named in full is still the one
// "the wife of" and "the daughters of" are about. Russian and Ukrainian nouns in the cases they take before a
// genitive (kin-words.ts); English and Spanish with their "of", "de".
import { hashTest } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { CYRILLIC_KIN } from './kin-words';
import { wordAt, type ScanState } from './scan-state';

const { CAPITALIZED, CYRILLIC, JOINED } = normalize;

/** English and Spanish kinship nouns, before their "of", "de" ("the wife of Putin", "la esposa de Maduro"). */
const LATIN_KIN = new Set(
  ('wife widow husband daughter daughters son sons brother brothers sister sisters father mother family cousin ' +
    'esposa viuda esposo hija hijas hijo hijos hermano hermanos hermana hermanas padre madre familia primo prima').split(' '),
);

/** The words that tie them to the name. */
const TIES = new Set(['of', 'de', 'del']);

const tieHash = hashTest(TIES);

/** Whether the surname at token i stands right after a word of kinship ("жена Путина", "the wife of Putin"). */
export function kinBeforeSurname(s: ScanState, i: number): boolean {
  const { flags, hashes, starts, ends } = s.tokens;
  const first = s.block.first;
  if (i === first || !(flags[i] & JOINED) || flags[i - 1] & CAPITALIZED) return false;
  if (flags[i - 1] & CYRILLIC) return CYRILLIC_KIN.has(s.block.text.slice(starts[i - 1], ends[i - 1]).toLowerCase());
  return tieHash(hashes[i - 1]) && TIES.has(wordAt(s, i - 1)) && i - 1 > first && (flags[i - 1] & JOINED) !== 0 && !(flags[i - 2] & CAPITALIZED) && LATIN_KIN.has(wordAt(s, i - 2));
}
