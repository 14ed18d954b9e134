// Surnames made of a given name and the nisba -i (Mohammadi, Hosseini, Rezaei, Kazemi, Ghasemi): most of Iran's
// commonest surnames are made so. The given name inside is written as many ways as the given name itself (Kazem,
// Kazim, Kadhim, Iraqi Kathem; Ghasem, Qasem, Qasim: Persian says ق and غ alike), so it is compared by its consonants.
import { latinConsonantKey } from './arabic-latin';

/** The given name a surname with the nisba -i is made of ("mohammadi": "mohammad"; "rezaei": "reza"), if it may be one. */
export function nisbaStem(key: string): string | undefined {
  if (!/^[a-z]{5,}i$/.test(key)) return undefined;
  const stem = /[aou]e$/.test(key.slice(0, -1)) ? key.slice(0, -2) : key.slice(0, -1);
  return stem.length >= 4 ? stem : undefined;
}

/**
 * A given name's consonants, as Arabic and Persian names are romanised ('kazem', 'kazim', 'kadhim', 'kathem': 'kzm';
 * 'ghasem', 'qasem': 'ksm'; th is also ظ, as Iraqi names write it), or undefined when fewer than three consonants
 * are left to tell names apart.
 */
export function givenNameKey(key: string): string | undefined {
  const k = latinConsonantKey(key).replace(/G/g, 'k').replace(/T/g, 'z');
  return k.length >= 3 ? k : undefined;
}
