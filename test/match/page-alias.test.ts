// "Abdelrahman Hamdan Dagalo alias Abdelrahim": the page's own alias in the given name's place makes the listed name.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

// The given name as written is some listed person's (in the lists, many are): a word no name has begins none.
const index = buildNameIndex([
  entity('dagalo', 'DAGALO, Abdelrahim Hamdan', 'person', true, { countries: ['Sudan'] }),
  entity('musa', 'MUSA, Abdelrahman', 'person', true, { countries: ['Sudan'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a name with the alias the page gives', () => {
  it('is the listed name with the alias as its given name, and the alias alone names the person too', () => {
    expect(marks('The United States has sanctioned Abdelrahman Hamdan Dagalo alias Abdelrahim over his role in Sudan.')).toEqual([
      'Abdelrahman Hamdan Dagalo:dagalo:sanctioned',
      'Abdelrahim:dagalo:sanctioned',
    ]);
  });

  it('is nobody when the alias makes no listed name of all the words', () => {
    expect(marks('The United States has sanctioned Abdelrahman Hamdan Musa alias Abdelrahim over his role in Sudan.')).toEqual([]);
    expect(marks('The police arrested Abdelrahman Hamdan Dagalo, a trader, on Monday.')).toEqual([]);
  });
});
