// "Abdelrahim" after "Abdelrahim Hamdan Dagalo": a rare first given name alone names the person the page named in full.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('dagalo', 'DAGALO, Abdelrahim Hamdan', 'person', true, { countries: ['Sudan'] }),
  entity('gonzalez', 'GONZALEZ LOPEZ, Jose Luis', 'person', true, { countries: ['Mexico'] }),
]);
const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a first given name alone after the full name', () => {
  it('names the person when the given name is rare', () => {
    expect(marks(['The Treasury sanctioned Abdelrahim Hamdan Dagalo of the RSF.', 'Abdelrahim is the brother of the RSF commander.'])).toEqual([
      'Abdelrahim Hamdan Dagalo:dagalo:sanctioned',
      'Abdelrahim:dagalo:sanctioned',
    ]);
  });

  it('names no one when the given name is common, or begins another name', () => {
    expect(marks(['The Treasury sanctioned Jose Luis Gonzalez Lopez.', 'Jose said nothing.'])).toEqual(['Jose Luis Gonzalez Lopez:gonzalez:sanctioned']);
    expect(marks(['The Treasury sanctioned Abdelrahim Hamdan Dagalo.', 'Abdelrahim Kortaby said nothing.'])).toEqual(['Abdelrahim Hamdan Dagalo:dagalo:sanctioned']);
  });
});
