// A Ukrainian or Belarusian given name in Latin letters, as English news from Ukraine writes a Russian's ("Oleksiy
// Mordashov", "Mykola Tokarev" for MORDASHOV, Alexey and TOKAREV, Nikolay): the word is also read as the same
// name's Russian and Belarusian forms (given-name-equivalents.ts, the table the Cyrillic reading uses), so the full
// name is found. The skeleton (transliterate.ts) keeps these apart: Oleksiy and Alexey share no letters' sound
// rules. A surname is never read so, and no name is found from a given name alone.
import { givenNameEquivalents } from '../names/given-name-equivalents';
import { buildLexicon, hashWords, lexiconIds, lookupRange, type HashedWords, type Lexicon } from '../names/lexicon';
import { skeleton } from '../names/transliterate';
import type { NameIndex } from './name-index';
import { perIndex } from './per-index';
import { setReadings, type ScanState } from './scan-state';

// Spellings English-language news uses beside the table's (the national systems' -ii, the older -iy and -yi),
// keyed by the table's spelling.
const NEWS_FORMS: Record<string, readonly string[]> = {
  oleksandr: ['olexandr', 'oleksander'],
  oleksandra: [],
  volodymyr: [],
  serhii: ['serhiy', 'serhij', 'sergiy', 'sergii'],
  dmytro: [],
  mykhailo: ['mykhaylo', 'mykhajlo'],
  oleksii: ['oleksiy', 'oleksij', 'olexiy'],
  yurii: ['yuriy', 'yurij'],
  mykola: [],
  petro: [],
  pavlo: [],
  andrii: ['andriy', 'andrij'],
  yevhen: ['yevhenii', 'yevheniy'],
  hryhorii: ['hryhoriy', 'hryhorij'],
  ihor: [],
  anatolii: ['anatoliy', 'anatolij'],
  vasyl: [],
  fedir: [],
  kostiantyn: ['kostyantyn'],
  borys: [],
  hennadii: ['hennadiy', 'gennadiy'],
  valerii: ['valeriy'],
  vitalii: ['vitaliy'],
  yakiv: [],
  olena: [],
  olha: [],
  tetiana: ['tetyana'],
  kateryna: [],
  iryna: [],
  liudmyla: ['lyudmyla'],
  // Belarusian, as its national system writes them.
  alyaksandr: [],
  aliaksandr: [],
  uladzimir: [],
  siarhei: [],
  dzmitry: [],
  aliaksei: [],
  mikalai: [],
  yauhen: [],
  ihar: [],
  natallia: [],
  katsiaryna: [],
  volha: [],
};

// The Russian form of a name the lists give in Ukrainian or Belarusian, as English and Spanish news writes a
// Ukrainian's or a Russian's name the Russian way ("Dmitry Tabachnik" for TABACHNYK, Dmytro; "Ekaterina Tikhonova" for
// TIKHONOVA, Katerina): each group's Russian spelling (given-name-equivalents.ts, its first) and the news's others.
const RUSSIAN_NEWS_FORMS: Record<string, readonly string[]> = {
  yekaterina: ['ekaterina'],
  yevgeny: ['evgeny', 'evgeniy', 'yevgeniy'],
};

interface Readings {
  /** The page forms above, folded. */
  forms: Lexicon;
  /** By form number: the skeleton numbers of the index's words that are the same name, the form's own first. */
  readings: (readonly number[])[];
}

const readingsFor = perIndex((index: NameIndex): Readings => {
  const forms: string[] = [];
  const readings: number[][] = [];
  for (const { group, spellings } of newsFormSkeletons()) {
    const others = [...lexiconIds(index.skeletons, group)].filter((sk) => sk >= 0);
    const own = lexiconIds(index.skeletons, spellings);
    spellings.words.forEach((_, k) => {
      const list = [...new Set(own[k] >= 0 ? [own[k], ...others] : others)];
      if (list.length < 2 && list[0] === own[k]) return;
      forms.push(spellings.forms[k]);
      readings.push(list);
    });
  }
  return { forms: buildLexicon(forms), readings };
});

/** Per spelling of NEWS_FORMS that the equivalents table has: its group's skeletons, and its forms' (made once). */
let newsForms: { group: HashedWords; spellings: HashedWords & { forms: readonly string[] } }[] | undefined;

function newsFormSkeletons(): NonNullable<typeof newsForms> {
  if (newsForms) return newsForms;
  const groups = givenNameEquivalents((w) => w);
  newsForms = [];
  const russian = new Map<string, readonly string[]>();
  for (const group of new Set(groups.values())) if (!(group[0] in NEWS_FORMS)) russian.set(group[0], RUSSIAN_NEWS_FORMS[group[0]] ?? []);
  for (const [spelling, extra] of [...Object.entries(NEWS_FORMS), ...russian]) {
    const group = groups.get(spelling);
    if (!group) continue;
    const forms = [spelling, ...extra];
    newsForms.push({ group: hashWords(group.map(skeleton)), spellings: { ...hashWords(forms.map(skeleton)), forms } });
  }
  return newsForms;
}

/** Gives capitalised Latin token i its readings as the Russian and Belarusian forms of its given name, if it is one. */
export function latinGivenNameReading(s: ScanState, i: number): void {
  const r = readingsFor(s.index);
  const { starts, ends, lengths, hashes } = s.tokens;
  const form = lookupRange(r.forms, hashes[i], s.block.text, starts[i], ends[i], lengths[i]);
  if (form >= 0) setReadings(s, i, r.readings[form]);
}
