// The honorific of the Prophet's descendants before a cleric's name is no given name of someone else's longer name.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('nasrallah', 'NASRALLAH, Hasan', 'person', true, { countries: ['Lebanon'], positions: ['Secretary General of Hizballah'] }),
  entity('hashemitabar', 'HASHEMITABAR, Sayyed Asghar', 'person', true, { countries: ['Iran'] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('Sayyed before a listed name', () => {
  it('leaves the listed name standing ("Sayyed Hassan Nasrallah", "Seyyed Hassan Nasrallah")', () => {
    expect(marks('The Treasury sanctioned Hezbollah leader Sayyed Hassan Nasrallah.')).toEqual(['Hassan Nasrallah:nasrallah']);
    expect(marks('The Treasury sanctioned Hezbollah leader Seyyed Hassan Nasrallah.')).toEqual(['Hassan Nasrallah:nasrallah']);
  });

  it('is still read inside a listed name that carries it', () => {
    expect(marks('The Treasury sanctioned Sayyed Asghar Hashemitabar.')).toEqual(['Sayyed Asghar Hashemitabar:hashemitabar']);
  });
});
