import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Two listed relatives sharing a surname, neither with a listed position (as OFAC lists a minister's daughters).
const index = buildNameIndex([
  ...fixtureEntities,
  entity('boris', 'TARASHKIN, Boris Kuzmich', 'person', true, { countries: ['Russia'] }),
  entity('olga', 'TARASHKIN, Olga Borisovna', 'person', true, { countries: ['Russia'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.status}:${m.entityId}`));

describe('a titled surname alone that two listed people share', () => {
  const text = 'The EU sanctioned Russia\'s Defense Minister Boris Tarashkin. His daughter Olga Tarashkin, under sanctions too, organises a race.';

  it('names the one the page gave that title before the full name ("Defense Minister Shoygu")', () => {
    expect(marks([text, 'Minister Tarashkin denied it.'])).toEqual([
      'Boris Tarashkin:sanctioned:boris',
      'Olga Tarashkin:sanctioned:olga',
      'Tarashkin:sanctioned:boris',
    ]);
    // In a headline before the full names too.
    expect(marks(['Daughter of Defense Minister Tarashkin joins council', text])[0]).toBe('Tarashkin:sanctioned:boris');
  });

  it('leaves it unclear without a title, with one the page wrote before neither, or beside someone on no list with the surname', () => {
    expect(marks([text, 'Tarashkin denied it.'])[2]).toBe('Tarashkin:possible:boris');
    expect(marks([text, 'Judge Tarashkin denied it.'])[2]).toBe('Tarashkin:possible:boris');
    expect(marks([text, 'His brother Ivan Tarashkin, a teacher, spoke too. Ivan Tarashkin lives in Omsk.', 'Minister Tarashkin denied it.'])[2]).toBe('Tarashkin:possible:boris');
  });
});
