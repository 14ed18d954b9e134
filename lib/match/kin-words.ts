// Words of kinship news puts before the name of the person whose relative it speaks of ("жена Кадырова", "дочерей
// Путина"): cyrillic-possessor.ts reads the surname after them as a man's genitive, kin-before-surname.ts as the
// head of state the page named.

/** Words of kinship, Russian and Ukrainian, in the cases news puts them before the man's name. */
export const CYRILLIC_KIN = new Set(
  ('жена жены жене жену женой супруга супруги супруге супругу супругой вдова вдовы вдове вдову дочь дочери дочерью дочерей ' +
    'дочка дочки дочке дочку сын сына сыну сыном сыновья сыновей брат брата брату братом братья братьев сестра сестры сестре ' +
    'сестру мать матери отец отца отцу зять зятя тесть тестя племянник племянника племянница племянницы внук внука внучка ' +
    'внучки родственник родственника родственники родственников дружина дружини дружині дружину дружиною донька доньки ' +
    'доньку донькою дочок доньок син сина сину сином сини синів братові сестри сестрі мати батько батька батькові тесть ' +
    'племінник племінника онук онука онучка родич родича родичі родичів').split(' '),
);
