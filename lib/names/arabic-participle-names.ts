// An Arab given name of the shape faa'il (ياسر, ناصر, صالح, ماهر, مالك, عادل) has two romanisations for its second
// vowel: the classical i, which Russian and Ukrainian news follow ("Ясир", "Насир", "Салих"), and the spoken e the lists
// often write (YASSER, NASSER, SALEH, MAHER, MALEK, ADEL); the other way round too ("Насер" for NASIR). The skeleton
// (transliterate.ts) joins the doubled consonant (Yasser, Yaser), not the vowel.

// One or two-syllable onset, a, the middle consonants, i or e, the final consonants: the whole word, five letters or
// fewer of consonants, so a longer Slavic word ("Вадимович") never takes this shape.
const SHAPE = /^([^aeiou]{0,3})a([^aeiouy]{1,3})([ie])([^aeiouy]{1,3})$/;

/** The Latin spelling of a Cyrillic word of that shape with its other vowel, or null. `latin` is lower case. */
export function participleVowelSpelling(latin: string): string | null {
  const m = SHAPE.exec(latin);
  return m ? `${m[1]}a${m[2]}${m[3] === 'i' ? 'e' : 'i'}${m[4]}` : null;
}
