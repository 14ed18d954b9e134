// An Arab name as Arabic news shortens it: the lists write a person's own name, the father's and the grandfather's
// before the family's (HAMSHO, Ahmad Sabir Mohammed; MOHAMED, Osman Mohamed Hamid; AL-MAWLA, Amir Muhammad Sa'id
// Abdal-Rahman), and the press often leaves one of the middle names out ("أحمد صابر حمشو", "عثمان حامد محمد", "أمير
// محمد عبد الرحمن المولى"). Such forms are matched only from Arabic words (OUT_ARABIC_READ in name-index.ts): in
// Latin letters the news keeps to the forms variants.ts makes.
import type { NameVariant, PersonName } from './variants';

/** The forms of a person's name of three given words or more with one given word after the first left out. */
export function middleNameLeftOut(p: PersonName): NameVariant[] {
  const { given, family } = p;
  if (given.length < 3 || !family.length) return [];
  const out: NameVariant[] = [];
  for (let k = 1; k < given.length; k++) {
    const tokens = [...given.slice(0, k), ...given.slice(k + 1), ...family];
    if (!out.some((v) => v.tokens.join(' ') === tokens.join(' '))) out.push({ tokens, missing: 1, familyFirst: false, withoutLegalForm: false });
  }
  return out;
}

/** A listed name without the apostrophes the lists write for ع and hamza ("Sa'id", "'Abd-al-Rahman"). */
export function withoutApostrophes(name: string): string {
  return name.replace(/['\u2019\u02bb\u02bf`]/g, '');
}
