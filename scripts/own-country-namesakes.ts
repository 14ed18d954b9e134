// Namesakes on a page about their own country: made-up people (faker, fixed seed) in culture news that names the
// country they come from, and no sanctions story. The lists hold many Russians, Venezuelans, Mexicans, Iranians and
// Syrians, and a rule that takes a rare name plus the person's country as enough evidence flags the ballerina who
// shares a listed official's name ("Olga Shuvalova of the Bolshoi"). Every mark but "possible" here is such a flag.
import { fakerAR, fakerAZ, fakerES, fakerES_MX, fakerFA, fakerRU, fakerUK, fakerUZ_UZ_latin, type Faker } from '@faker-js/faker';
import { latinSpellings } from '../lib/names/cyrillic';

type Sentence = (name: string, age: number) => string;

// Each locale's people, in a sentence of a culture story that names their country (a name or a demonym).
const STORIES: [string, Faker, Sentence][] = [
  ['ru', fakerRU, (n, a) => `${n}, ${a} лет, солистка театра, рассказала, что зал в России был полон.`],
  ['uk', fakerUK, (n, a) => `${n}, ${a} років, художник, відкрив виставку в Україні.`],
  ['es', fakerES, (n, a) => `${n}, ${a} años, actor venezolano, estrenó su obra en Caracas, Venezuela.`],
  ['es_MX', fakerES_MX, (n, a) => `${n}, ${a} años, cantante mexicano, llenó el auditorio de México.`],
  ['fa', fakerFA, (n, a) => `${n}، ${a} ساله، نقاش ایرانی، نمایشگاهی در ایران برگزار کرد.`],
  ['ar', fakerAR, (n, a) => `افتتح ${n}، ${a} عاماً، معرضاً للفن التشكيلي في سوريا.`],
  ['az', fakerAZ, (n, a) => `${n}, ${a}, a painter from Azerbaijan, opened an exhibition in Baku.`],
  ['uz_UZ_latin', fakerUZ_UZ_latin, (n, a) => `${n}, ${a}, a singer from Uzbekistan, filled the hall in Tashkent.`],
];

/** A Cyrillic name in the Latin letters English news uses ("Ольга Шувалова" → "Olga Shuvalova"). */
function inLatin(name: string): string {
  return name
    .split(' ')
    .map((w) => latinSpellings(w.toLowerCase())[0] ?? w)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export function ownCountryNamesakeBlocks(seed: number, perLocale: number): { blocks: string[]; locales: number } {
  const blocks: string[] = [];
  for (const [, f, sentence] of STORIES) {
    f.seed(seed);
    for (let i = 0; i < perLocale; i++) {
      const sex = f.person.sexType();
      blocks.push(sentence(`${f.person.firstName(sex)} ${f.person.lastName(sex)}`, 20 + (i % 50)));
    }
  }
  // Russians again as English news writes them.
  fakerRU.seed(seed + 1);
  for (let i = 0; i < perLocale; i++) {
    const sex = fakerRU.person.sexType();
    blocks.push(`${inLatin(`${fakerRU.person.firstName(sex)} ${fakerRU.person.lastName(sex)}`)}, ${20 + (i % 50)}, a Russian ballet dancer, said the Bolshoi was full.`);
  }
  return { blocks, locales: STORIES.length };
}
