// "Bachar al Asad": French and Spanish write the Arabic sh as ch, for a person of an Arab country only.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('assad', 'AL-ASSAD, Bashar', 'person', true, { countries: ['Syria'] }),
  entity('shen', 'SHEN, Weiming', 'person', true, { countries: ['China'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('the Arabic sh written ch', () => {
  it('finds a person of an Arab country', () => {
    expect(marks('La UE prorrogó las sanciones contra el régimen de Bachar al Asad en Siria.')).toEqual(['Bachar al Asad:assad:sanctioned']);
  });

  it('finds no one else so', () => {
    expect(marks('The Treasury sanctioned Chen Weiming of China.')).toEqual([]);
  });
});
