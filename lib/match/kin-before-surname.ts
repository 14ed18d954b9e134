// "бывшая жена Путина", "дочерей Путина", "la esposa de Maduro": a surname alone right after a word of kinship names
// the person whose relatives the page speaks of, not one of them. Where the page also names an unlisted relative who
// carries the surname ("двоюродный брат президента Игорь Путин"), the head of state it named in full is still the one
// "the wife of" and "the daughters of" are about. Russian and Ukrainian nouns in the cases they take before a
// genitive; English and Spanish with their "of", "de".
import { hashTest } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { wordAt, type ScanState } from './scan-state';

const { CAPITALIZED, JOINED } = normalize;

/** Kinship nouns, folded as the lexer folds (й as и, ё as е), in the cases news puts before a genitive. */
const KIN = new Set(
  (
    // Russian
    'жена жены жене жену женои вдова вдовы вдове вдову вдовои муж мужа мужу мужем ' +
    'дочь дочери дочерью дочереи дочерям дочерьми дочка дочки дочку дочкои ' +
    'сын сына сыну сыном сыновья сыновеи сыновьям ' +
    'брат брата брату братом братья братьев братьям сестра сестры сестре сестру сестрои сестер ' +
    'отец отца отцу отцом мать матери матерью ' +
    'зять зятя зятю зятем внук внука внуку внуки внуков внучка внучки племянник племянника племянница племянницы ' +
    'родственник родственника родственники родственников родственница родственницы семья семьи семью семьеи ' +
    // Ukrainian
    'дружина дружини дружині дружину дружиною чоловік чоловіка ' +
    'донька доньки доньку донькою доньок дочки дочок дочку дочкою доньці ' +
    'син сина сину сином сини синів ' +
    'брата братові братом брати братів сестри сестру сестрою ' +
    'батько батька батькові мати матері ' +
    'зятя онук онука онуки онуків онучка онучки племінник племінника племінниця ' +
    'родич родича родичі родичів родина родини родину родиною ' +
    // English and Spanish, before their "of", "de"
    'wife widow husband daughter daughters son sons brother brothers sister sisters father mother family cousin ' +
    'esposa viuda esposo hija hijas hijo hijos hermano hermanos hermana hermanas padre madre familia primo prima'
  ).split(' '),
);

/** The words that tie an English or Spanish kinship noun to the name ("the wife of", "la esposa de"). */
const TIES = new Set(['of', 'de', 'del']);

const kinHash = hashTest([...KIN, ...TIES]);

/** Whether the surname at token i stands right after a word of kinship ("жена Путина", "the wife of Putin"). */
export function kinBeforeSurname(s: ScanState, i: number): boolean {
  const { flags, hashes } = s.tokens;
  const first = s.block.first;
  if (i === first || !(flags[i] & JOINED) || flags[i - 1] & CAPITALIZED || !kinHash(hashes[i - 1])) return false;
  const w = wordAt(s, i - 1);
  if (KIN.has(w)) return true;
  return TIES.has(w) && i - 1 > first && (flags[i - 1] & JOINED) !== 0 && !(flags[i - 2] & CAPITALIZED) && KIN.has(wordAt(s, i - 2));
}
