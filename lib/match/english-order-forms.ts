// A Spanish-speaking country's body that the lists name in Spanish, as English news translates it: the adjectives
// before the noun, in either order ("Revolutionary National Police" for POLICIA NACIONAL REVOLUCIONARIA, "Special
// National Brigade" for BRIGADA ESPECIAL NACIONAL DEL MINISTERIO DEL INTERIOR, the body it belongs to left out). Each
// word is read through the Spanish glossary (lib/names/org-glossary-spanish.ts), every English word of its entry a
// rendering. A noun and two adjectives or three, all glossary words, one of them more than a word of kind; the noun no
// English word ("Union", "Gas" are read as written). Built at index time: the scan pays nothing; precision.ts takes the
// forms as a possessive's long runs (the body's country's possessive, a story about its country, or the body named).
import type { Entity } from '../dataset/format';
import { spanishGlossaryWord } from '../names/org-glossary-spanish';
import { tokenize } from '../names/normalize';
import { countryCode } from './context-words';
import { SPANISH_SPEAKING } from './second-given-name';

/** At most this many forms of one name (renderings times orders). */
const MAX_FORMS = 12;

export interface EnglishOrderForm {
  tokens: string[];
  /** The listed name's words left out (its "del Ministerio del Interior"). */
  missing: number;
}

/** The English forms of an organization's Spanish names (see above); none for a body of no Spanish-speaking country. */
export function englishOrderForms(entity: Entity): EnglishOrderForm[] {
  const out: EnglishOrderForm[] = [];
  for (const { tokens, head } of spanishNamedBodies(entity)) {
    let k = 1;
    const adjectives: (readonly string[])[] = [];
    let specific = head.generic ? 0 : 1;
    for (; k < tokens.length && k <= 3; k++) {
      const w = spanishGlossaryWord(tokens[k]);
      if (!w || w.noun) break;
      adjectives.push(w.englishWords);
      if (!w.generic) specific++;
    }
    // The rest, if any, is the body the unit belongs to, after "de"/"del": left out.
    const rest = tokens.slice(k);
    if (adjectives.length < 2 || specific === 0 || (rest.length && rest[0] !== 'de' && rest[0] !== 'del')) continue;
    const missing = rest.filter((t) => t !== 'de' && t !== 'del' && t !== 'la' && t !== 'los' && t !== 'las').length;
    for (const order of orders(adjectives)) {
      for (const words of renderings(order)) {
        for (const noun of head.englishWords) {
          if (out.length < MAX_FORMS) out.push({ tokens: [...words, noun], missing });
        }
      }
    }
  }
  return out;
}

/** The adjectives in their Spanish order reversed, and in the Spanish order (English has both). */
function orders(adjectives: readonly (readonly string[])[]): (readonly string[])[][] {
  const reversed = [...adjectives].reverse();
  return [reversed, [...adjectives]];
}

/** Each choice of one English word per adjective. */
function renderings(adjectives: readonly (readonly string[])[]): string[][] {
  let out: string[][] = [[]];
  for (const choices of adjectives) out = out.flatMap((prefix) => choices.map((c) => [...prefix, c]));
  return out;
}

/**
 * "la Brigada Especial del Ministerio del Interior" for BRIGADA ESPECIAL NACIONAL DEL MINISTERIO DEL INTERIOR: the
 * Spanish name itself with one of its two or three adjectives left out, as the news shortens it. Only a unit named
 * with the body it belongs to after "de"/"del" (that body is what tells it from any country's "Policía Nacional"),
 * of a Spanish-speaking country, its noun and adjectives the glossary's as above; taken as the English forms are.
 */
export function spanishFormsWithoutAdjective(entity: Entity): EnglishOrderForm[] {
  const out: EnglishOrderForm[] = [];
  for (const { tokens } of spanishNamedBodies(entity)) {
    let k = 1;
    while (k < tokens.length && k <= 3 && spanishGlossaryWord(tokens[k])?.noun === false) k++;
    const rest = tokens.slice(k);
    if (k < 3 || rest.length < 2 || (rest[0] !== 'de' && rest[0] !== 'del')) continue;
    for (let left = 1; left < k; left++) {
      const form = [...tokens.slice(0, left), ...tokens.slice(left + 1)];
      if (out.length < MAX_FORMS && !out.some((f) => f.tokens.join(' ') === form.join(' '))) out.push({ tokens: form, missing: 1 });
    }
  }
  return out;
}

/**
 * A body of a Spanish-speaking country: each of its names (not weak) that opens with a Spanish noun of the glossary
 * ("Brigada", "Policía"), as folded tokens with that noun's glossary entry. Both kinds of form above start here.
 */
function* spanishNamedBodies(entity: Entity): Generator<{ tokens: string[]; head: NonNullable<ReturnType<typeof spanishGlossaryWord>> }> {
  if ((entity.kind !== 'organization' && entity.kind !== 'agency') || !entity.countries.some((c) => SPANISH_SPEAKING.includes(countryCode(c) ?? ''))) return;
  for (const n of entity.names) {
    if (n.type === 'weak') continue;
    const tokens = tokenize(n.name).map((t) => t.key);
    const head = spanishGlossaryWord(tokens[0]);
    if (head?.noun && !head.englishWords.includes(tokens[0])) yield { tokens, head };
  }
}
