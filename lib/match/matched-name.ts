// Which of an entity's listed names the page's words stand for ("Jose Gonzalez" is the alias "GONZALEZ QUIRARTE,
// Jose", not the primary "GONZALEZ QUIRARTE, Eduardo"), for the card's "why this match". The scan answers with the
// entity only (its index keeps no name strings); the card has the record, so its names are compared here by the
// same keys the scan reads the words by: skeletons, a Cyrillic word's Latin spellings in any case (cyrillic.ts),
// and an Arabic word's consonant keys beside a Latin name's (arabic-latin.ts): "Наталья Эйсмонт" is the alias
// EISMONT, Natalya, "وأحمد علي عبدالله صالح" the alias SALEH, Ahmed Ali Abdullah.
import type { EntityName } from '../dataset/format';
import { arabicReadings, isArabicKey } from '../names/arabic';
import { arabicConsonantKeys, latinConsonantKey } from '../names/arabic-latin';
import { latinNameKeys } from '../names/cyrillic';
import { isCyrillicKey, tokenize } from '../names/normalize';
import { skeleton } from '../names/transliterate';

/** Each word's keys: its skeleton first, then the keys its script's readings give ("c:" marks a consonant key). */
function wordKeys(text: string, page: boolean): Set<string>[] {
  return tokenize(text).map((t) => {
    const keys = new Set([skeleton(t.key)]);
    if (isCyrillicKey(t.key)) for (const k of latinNameKeys(t.key)) keys.add(skeleton(k));
    else if (page && isArabicKey(t.key)) for (const w of [t.key, ...arabicReadings(t.key)]) for (const k of arabicConsonantKeys(w)) keys.add(`c:${k}`);
    else if (!page && !isArabicKey(t.key)) keys.add(`c:${latinConsonantKey(t.key)}`);
    return keys;
  });
}

/**
 * The listed name that shares the most words with `pageText`, then the one with the fewest words the page left
 * out, then the primary name; undefined when none shares a word (weak aliases are never matched by the scan).
 */
export function matchedName(names: readonly EntityName[], pageText: string): EntityName | undefined {
  const words = wordKeys(pageText, true);
  let best: EntityName | undefined;
  let bestScore = -Infinity;
  for (const n of names) {
    if (n.type === 'weak') continue;
    const own = wordKeys(n.name, false);
    // A word the name spells as the page does counts more than one met through another script's reading, so that
    // "أيمن الظواهري" is the UN's Arabic name, not a Latin alias with as many words.
    let shared = 0;
    let score = 0;
    for (const w of words) {
      const skel = w.values().next().value as string;
      if (own.some((o) => o.has(skel))) score += 100;
      else if (own.some((o) => [...w].some((k) => o.has(k)))) score += 90;
      else continue;
      shared++;
    }
    if (shared === 0) continue;
    score -= (own.length - shared) * 2 + (n.type === 'primary' ? 0 : 1);
    if (score > bestScore) {
      best = n;
      bestScore = score;
    }
  }
  return best;
}
