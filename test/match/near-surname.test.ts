// A surname alone misspelt by one letter after the page named the listed person in full ("Alexey Mordashov ...
// Mordashev is the main shareholder"): that person, in a sanctions story; never without the full name before, on a
// page with no sanctions story, as a feminine form, when two people named on the page are as near, or when the word
// begins another person's name.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const russia = { countries: ['Russia'] };
const entities: Entity[] = [
  entity('mordashov', 'MORDASHOV, Alexey Aleksandrovich', 'person', true, russia),
  entity('mordashev', 'MORDASHEK, Ivan', 'person', true, russia),
  entity('danilevsky', 'DANILEVSKY, Oleg', 'person', true, russia),
  entity('danilovsky', 'DANILOVSKY, Pavel', 'person', true, russia),
];
const index = buildNameIndex(entities);
const marks = (text: string) => scanPage(index, [text]).flat().map((m) => `${m.text}:${m.entityId}:${m.status}`);
const reasons = (text: string) => scanPage(index, [text]).flat().map((m) => m.reasons ?? []);

const STORY = 'The US Treasury imposed sanctions on Russian tycoons on Friday; OFAC froze their assets and added them to the SDN list.';

describe('a misspelt surname alone', () => {
  it('is the person the page named in full before', () => {
    expect(marks(`${STORY} Alexey Mordashov was named. Mordashev is the main shareholder of a steel firm.`)).toEqual([
      'Alexey Mordashov:mordashov:sanctioned',
      'Mordashev:mordashov:sanctioned',
    ]);
    expect(reasons(`${STORY} Alexey Mordashov was named. Mordashev is the main shareholder.`)[1]).toContain('near-spelling');
  });

  it('is nobody without the full name before, or without a sanctions story', () => {
    expect(marks(`${STORY} Mordashev is the main shareholder of a steel firm.`)).toEqual([]);
    expect(marks('Alexey Mordashov owns a steel firm. Mordashev is the main shareholder.')).not.toContain('Mordashev:mordashov:sanctioned');
  });

  it('is no feminine form, no other given name\'s surname, and no one when two named people are as near', () => {
    expect(marks(`${STORY} Alexey Mordashov was named. Mordashova is his wife.`)).not.toContain('Mordashova:mordashov:sanctioned');
    expect(marks(`${STORY} Alexey Mordashov was named. Boris Mordashev bought a yacht.`)).toEqual(['Alexey Mordashov:mordashov:sanctioned']);
    expect(marks(`${STORY} Oleg Danilevsky and Pavel Danilovsky were named. Danilavsky runs the bank.`)).toEqual([
      'Oleg Danilevsky:danilevsky:sanctioned',
      'Pavel Danilovsky:danilovsky:sanctioned',
    ]);
  });
});
