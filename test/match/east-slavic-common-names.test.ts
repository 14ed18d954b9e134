import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { isEastSlavicPerson } from '../../lib/names/east-slavic-persons';
import { entity } from './fixtures';

// Letters only, so that each filler is its own made-up word.
const word = (n: number) => 'Q' + [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');

/** 4,000 persons of other lists (so that the dataset-wide bar is 12 persons) and nine Ilyas, Russian or not. */
function dataset(ilyasAreRussian: boolean): Entity[] {
  const out: Entity[] = [];
  for (let n = 0; n < 4000; n++) out.push(entity(`f${n}`, `${word(n)}, ${word(n + 5000)}`, 'person', true, { nationalities: ['Peru'] }));
  const ru = ilyasAreRussian ? { nationalities: ['Russia'] } : { nationalities: ['Peru'] };
  const surnames = ['Kovrov', 'Zhilin', 'Bashkirov', 'Tyulpanov', 'Grebnev', 'Usoltsev', 'Lavochkin', 'Zimarin', 'Pechkin'];
  for (const s of surnames) out.push(entity(`ilya-${s}`, `${s.toUpperCase()}, Ilya`, 'person', true, ru));
  out.push(entity('medvedev', 'MEDVEDEV, Ilya Sergeyevich', 'person', true, ru));
  return out;
}

const marks = (entities: Entity[], text: string) => scanPage(buildNameIndex(entities), [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('common names among the East Slavic persons of the lists', () => {
  it('tells East Slavic persons by country, nationality, birthplace or a patronymic', () => {
    expect(isEastSlavicPerson(entity('a', 'DOE, John', 'person', true, { birthPlaces: ['Kursk, Russia'] }))).toBe(true);
    expect(isEastSlavicPerson(entity('b', 'KOVAL, Petro Volodymyrovych', 'person', true))).toBe(true);
    expect(isEastSlavicPerson(entity('c', 'DOE, John', 'person', true, { nationalities: ['Peru'] }))).toBe(false);
    expect(isEastSlavicPerson(entity('d', 'BELARUS POTASH', 'organization', true, { countries: ['Belarus'] }))).toBe(false);
  });

  it('says only "possible" for "Илья Медведев" on a page with no story: Ilya is common among Russians on the lists', () => {
    const page = 'Илья Медведев открыл новую пекарню в центре города.';
    expect(marks(dataset(true), page)).toEqual(['Илья Медведев:medvedev:possible']);
    expect(marks(dataset(true), 'Ilya Medvedev opened a new bakery downtown.')).toEqual(['Ilya Medvedev:medvedev:possible']);
    // The same nine Ilyas on a Peruvian list are too few among 4,000 persons to make the name common.
    expect(marks(dataset(false), page)).toEqual(['Илья Медведев:medvedev:sanctioned']);
  });

  it('still finds the listed person on a page that tells the sanctions story', () => {
    expect(marks(dataset(true), 'Минфин США ввел санкции против Ильи Медведева, сообщает ведомство.')).toEqual(['Ильи Медведева:medvedev:sanctioned']);
  });
});
