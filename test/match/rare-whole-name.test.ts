// A name with one common word and one rare in the world ("Olga Golodets", "Delcy Rodríguez") names one person: on a
// page that names the person's country it is that person, with no sanctions story; a name of common words only is not.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const entities: Entity[] = [
  entity('golodets', 'GOLODETS, Olga Yuryevna', 'person', true, { countries: ['Russia'] }),
  entity('delcy', 'RODRIGUEZ GOMEZ, Delcy Eloina', 'person', true, {
    countries: ['Venezuela'], names: [{ name: 'RODRIGUEZ GOMEZ, Delcy Eloina', type: 'primary' }, { name: 'RODRIGUEZ, Delcy', type: 'aka' }],
  }),
  entity('gonzalez', 'GONZALEZ, Jose', 'person', true, { countries: ['Mexico'] }),
];
const index = buildNameIndex(entities);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a name rare as a whole', () => {
  it('is the listed person on a page that names the person’s country, with no sanctions story', () => {
    expect(marks('Olga Golodets will head the new council, the Russian government said on Monday.')).toEqual(['Olga Golodets:golodets:sanctioned']);
    expect(marks('La presidenta interina de Venezuela, Delcy Rodríguez, nombró a una cantante ministra de Turismo.')).toEqual(['Delcy Rodríguez:delcy:sanctioned']);
  });

  it('is only possible without the country', () => {
    expect(marks('Olga Golodets will head the new council, the government said on Monday.')).toEqual(['Olga Golodets:golodets:possible']);
  });

  it('is no name of common words only', () => {
    expect(marks('Jose Gonzalez, a baker in Mexico, said the market was busy.')).toEqual(['Jose Gonzalez:gonzalez:possible']);
  });
});
