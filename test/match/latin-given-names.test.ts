// A Ukrainian or Belarusian given name in Latin letters for a person the lists write in the Russian form.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('mordashov', 'MORDASHOV, Alexey Aleksandrovich', 'person', true, { countries: ['Russia'] }),
  entity('tokarev', 'TOKAREV, Nikolay Petrovich', 'person', true, { countries: ['Russia'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a Ukrainian romanisation of a Russian given name', () => {
  it('finds the listed Russian form of the name', () => {
    expect(marks(['The EU sanctions include Severstal owner Oleksiy Mordashov and Transneft head Mykola Tokarev.'])).toEqual([
      'Oleksiy Mordashov:mordashov:sanctioned',
      'Mykola Tokarev:tokarev:sanctioned',
    ]);
    expect(marks(['The EU sanctions include Oleksii Mordashov.'])).toEqual(['Oleksii Mordashov:mordashov:sanctioned']);
  });

  it('keeps a common given name\'s rule: without evidence on the page only possible', () => {
    expect(marks(['Mykola Tokarev won the chess tournament in Lviv on Sunday.'])).toEqual(['Mykola Tokarev:tokarev:possible']);
  });

  it('finds no one from the given name alone, nor with another surname', () => {
    expect(marks(['The EU sanctions named Oleksiy and Mykola.'])).toEqual([]);
    expect(marks(['The EU sanctions named Oleksiy Petrenko.'])).toEqual([]);
  });
});
