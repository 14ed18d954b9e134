// A surname alone in another of the list's spellings than the full name used ("Petar Đokić", then "Djokic").
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const djokic = entity('djokic', 'DJOKIC, Petar', 'person', true, { countries: ['Bosnia and Herzegovina'] });
djokic.names.push({ name: 'DOKIC, Petar', type: 'aka' });
const index = buildNameIndex([djokic, entity('djukic', 'DJUKIC, Marko', 'person', true, { countries: ['Serbia'] })]);
const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a surname alone after the full name', () => {
  it('links back in the list\'s other spelling of the surname the text used', () => {
    expect(marks(['The Treasury sanctioned minister Petar Đokić.', 'Djokic said nothing.'])).toEqual(['Petar Đokić:djokic:sanctioned', 'Djokic:djokic:sanctioned']);
  });

  it('links no other listed surname of like consonants that the person does not carry', () => {
    expect(marks(['The Treasury sanctioned minister Petar Đokić.', 'Djukic said nothing.'])).toEqual(['Petar Đokić:djokic:sanctioned']);
  });
});
