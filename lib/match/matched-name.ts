// Which of an entity's listed names the page's words stand for ("Jose Gonzalez" is the alias "GONZALEZ QUIRARTE,
// Jose", not the primary "GONZALEZ QUIRARTE, Eduardo"), for the card's "why this match". The scan answers with the
// entity only (its index keeps no name strings); the card has the record, so its names are compared here by the
// same skeletons the scan walks.
import type { EntityName } from '../dataset/format';
import { tokenize } from '../names/normalize';
import { skeleton } from '../names/transliterate';

function skeletons(text: string): string[] {
  return tokenize(text).map((t) => skeleton(t.key));
}

/**
 * The listed name that shares the most words with `pageText`, then the one with the fewest words the page left
 * out, then the primary name; undefined when none shares a word (weak aliases are never matched by the scan).
 */
export function matchedName(names: readonly EntityName[], pageText: string): EntityName | undefined {
  const words = skeletons(pageText);
  let best: EntityName | undefined;
  let bestScore = -Infinity;
  for (const n of names) {
    if (n.type === 'weak') continue;
    const own = skeletons(n.name);
    const shared = words.filter((w) => own.includes(w)).length;
    if (shared === 0) continue;
    const score = shared * 100 - (own.length - shared) * 2 - (n.type === 'primary' ? 0 : 1);
    if (score > bestScore) {
      best = n;
      bestScore = score;
    }
  }
  return best;
}
