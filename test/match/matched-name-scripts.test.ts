// The card's "why this match" names the listed name the page's words stand for, also when the page writes them in
// Cyrillic or Arabic script and the list in Latin letters (lib/match/matched-name.ts).
import { describe, expect, it } from 'vitest';
import type { EntityName } from '../../lib/dataset/format';
import { matchedName } from '../../lib/match/matched-name';

const eismont: EntityName[] = [
  { name: 'EISMANT, Natallia Mikalaeuna', type: 'primary' },
  { name: 'EISMONT, Natalia Nikolayevna', type: 'aka' },
  { name: 'EISMONT, Natalya', type: 'aka' },
];
const zawahiri: EntityName[] = [
  { name: 'AL ZAWAHIRI, Dr. Ayman', type: 'primary' },
  { name: 'أيمن محمد ربيع الظواهري', type: 'script' },
  { name: 'Ayman Al-Zawahari', type: 'aka' },
];
const saleh: EntityName[] = [
  { name: 'SALEH, Ali Abdullah', type: 'primary' },
  { name: 'SALIH, Ali Abdallah', type: 'aka' },
  { name: 'AL-AHMAR, Ali Abdallah', type: 'aka' },
];

describe('the listed name a page word in another script stands for', () => {
  it('reads a Cyrillic name in any case through its Latin spellings ("Натальи Эйсмонт": EISMONT, Natalya)', () => {
    expect(matchedName(eismont, 'Наталья Эйсмонт')).toEqual({ name: 'EISMONT, Natalya', type: 'aka' });
    expect(matchedName(eismont, 'Натальи Эйсмонт')?.name).toBe('EISMONT, Natalya');
  });

  it('reads an Arabic name by its consonants against a Latin one, the same-script name first', () => {
    expect(matchedName(saleh, 'علي عبدالله صالح')?.name).toBe('SALEH, Ali Abdullah');
    expect(matchedName(zawahiri, 'أيمن الظواهري')).toEqual({ name: 'أيمن محمد ربيع الظواهري', type: 'script' });
  });

  it('finds nothing for words the name lacks', () => {
    expect(matchedName(eismont, 'Иван Петров')).toBeUndefined();
    expect(matchedName(saleh, 'محمد حسن')).toBeUndefined();
  });
});
