// A patronymic in the other East Slavic languages: Ukrainian news writes Belarus's defence minister KHRENIN, Viktor
// Gennadievich as "Віктор Геннадійович Хренін" and ALEKSANDR GRIGORIEVICH VOLFOVICH as "Олександр Григорович
// Вольфович". Transliterated letter by letter those give Hennadiiovych and Hryhorovych, which no list writes. The
// father's name is read out of the patronymic (Геннадій, Григорій), taken to its group in the three languages
// (given-name-equivalents.ts: Hennadii, Gennady, Henadz) and each form made into a patronymic again the way the
// lists spell it (Gennadievich, Gennadyevich; Grigorievich). Only names of the equivalents table are read so.

/** Masculine and feminine patronymic endings (Russian, Ukrainian, Belarusian), longest first. */
const ENDINGS: readonly [string, 'm' | 'f'][] = [
  ['ьевич', 'm'], ['ійович', 'm'], ['йович', 'm'], ['ович', 'm'], ['евич', 'm'], ['євич', 'm'], ['авіч', 'm'], ['евіч', 'm'],
  ['ьевна', 'f'], ['ївна', 'f'], ['івна', 'f'], ['овна', 'f'], ['евна', 'f'], ['аўна', 'f'], ['еўна', 'f'],
];

/** What a father's name may have lost before the ending: Григорович from Григорій, Сергеевич from Сергей. */
const RESTORED = ['', 'й', 'ій', 'ий', 'ей', 'ь'];

/** The Latin patronymics of a given name in the lists' spelling ('gennady': gennadievich, gennadyevich...). */
function patronymicsOf(name: string, gender: 'm' | 'f'): string[] {
  const [ie, ye, e, o] = gender === 'm' ? ['ievich', 'yevich', 'evich', 'ovich'] : ['ievna', 'yevna', 'evna', 'ovna'];
  // Gennady, Yuri, Hennadii: the -y/-i is soft; Sergei, Nikolai, Andrei: the stem keeps its vowel.
  const soft = /^(.*[^aeiouy])(iy|ii|y|i)$/.exec(name);
  if (soft) return [soft[1] + ie, soft[1] + ye, soft[1] + e];
  const vowelY = /^(.*[aeo])(i|y)$/.exec(name);
  if (vowelY) return [vowelY[1] + e, vowelY[1] + ye];
  // Pavel: Pavlovich; Igor: Igorevich as well as the usual -ovich.
  if (name.endsWith('el')) return [name.slice(0, -2) + 'l' + o];
  if (/[bcdfghjklmnpqrstvwxz]$/.test(name)) return [name + o, name + e];
  return [];
}

/**
 * The patronymics a lower-case Cyrillic word stands for in the other East Slavic languages, in the lists' Latin
 * spellings; none when it is no patronymic of a name in the equivalents table. `spell` gives a Cyrillic word's
 * Latin spellings, `group` a Latin given name's forms in the three languages.
 */
export function otherPatronymics(word: string, spell: (w: string) => string[], group: (latin: string) => readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const [ending, gender] of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 3) continue;
    for (const r of RESTORED) {
      for (const latin of spell(stem + r)) {
        for (const name of group(latin) ?? []) for (const p of patronymicsOf(name, gender)) if (!out.includes(p)) out.push(p);
      }
    }
    break;
  }
  return out;
}
