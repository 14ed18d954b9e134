// A generic agency name that the lists hold as too weak to mark alone ("National Intelligence Service" of SEBIN)
// is a name once the news qualifies it with the agency's country: "Venezuelan National Intelligence Service". (A
// possessive, "Venezuela's", ends a name in the tokenizer, so it does not qualify one.)
import type { Entity } from '../dataset/format';
import { tokenize } from '../names/normalize';
import { countryCode, englishCountryWords, isCountryWord } from './context-words';

/** The token runs of an agency's weak names after each one-word English form of its countries. */
export function countryQualifiedForms(entity: Entity): string[][] {
  if (entity.kind !== 'agency') return [];
  const out: string[][] = [];
  for (const n of entity.names) {
    if (n.type !== 'weak') continue;
    const tokens = tokenize(n.name).map((t) => t.key);
    if (tokens.length < 2 || isCountryWord(tokens[0])) continue;
    for (const c of entity.countries) {
      const code = countryCode(c);
      if (code) for (const w of englishCountryWords(code)) out.push([w, ...tokens]);
    }
  }
  return out;
}
