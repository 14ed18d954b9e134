// A capitalised Russian or Ukrainian adjective that begins a firm's or a place's name ("Московский кредитный банк",
// "Московский банк", "Слуцкий район") reads as a listed person's adjectival surname (MOSKOVSKY, SLUTSKY). Alone, such
// a word is no surname when a lower-case adjective, or a firm's word of kind (lib/names/org-glossary.ts), follows it:
// the noun it qualifies. A verb after it ("Слуцкий заявил") leaves it a surname.
import { orgGlossaryWords } from '../names/org-glossary';
import * as normalize from '../names/normalize';
import type { ScanState } from './scan-state';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CYRILLIC, JOINED } = normalize;

/** The endings of an adjective's cases in Russian and Ukrainian, long enough not to be a verb's or a pronoun's. */
const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|ую|юю|ых|ыми|ими|ій|ої|ою|ім)$/;
/** Adjectival surnames, in the cases news writes them (Московский, Слуцкого, Невской). */
const ADJECTIVAL_SURNAME = /(?:ск|цк)(?:ий|ой|ого|ому|им|ом|ая|ую|ий|ої|ій)$/;

/**
 * The nouns of a country's divisions in Russian and Ukrainian, in their cases: an adjectival word before one is the
 * place's adjective ("Ростовской области", "Краснодарского края", "Київської області"), not a surname alone.
 */
const DIVISION_NOUN = /^(?:област|район|округ|республик|губерни|уезд|волост|повіт|повет)|^кра(?:й|я|ю|ем|е|ї)$/;

/** Whether the Cyrillic word at token i is an adjective qualifying the lower-case word after it. */
export function adjectiveBeforeNoun(s: ScanState, i: number): boolean {
  const { flags, lengths } = s.tokens;
  if (!(flags[i] & CYRILLIC) || i + 1 >= s.block.last) return false;
  const next = flags[i + 1];
  if ((next & (JOINED | CYRILLIC | CAPITALIZED)) !== (JOINED | CYRILLIC) || lengths[i + 1] < 4) return false;
  if (!ADJECTIVAL_SURNAME.test(written(s, i))) return false;
  const w = written(s, i + 1);
  return ADJECTIVE.test(w) || DIVISION_NOUN.test(w) || orgGlossaryWords(w).length > 0;
}

/** Token i as written, in lower case: folding would make й и, which the endings tell apart. */
function written(s: ScanState, i: number): string {
  return s.block.text.slice(s.tokens.starts[i], s.tokens.ends[i]).toLowerCase();
}
