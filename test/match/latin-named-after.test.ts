// A listed person's name as an English or Spanish place's name ("the ... Mosque", "la calle ..."): no person.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Made up, shaped like OFAC's AL-DAKHIL, 'Abd al-Rahman, whose name is also a historical emir's.
const index = buildNameIndex([...fixtureEntities, entity('dakhil-like', "AL-DAKHILI, 'Abd al-Rahman", 'person', true, { countries: ['Pakistan'] })]);
const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}`);

describe('a person\'s name beside a word of place or institution', () => {
  it('names the place in English (the word after) and Spanish (the word before)', () => {
    expect(marks('Worshippers filled the Abd al-Rahman al-Dakhili Mosque in Cairo for Friday prayers.')).toEqual([]);
    expect(marks('Traffic was diverted from Abd al-Rahman al-Dakhili Street in Cairo on Sunday.')).toEqual([]);
    expect(marks('El tráfico se cortó en la calle Abd al-Rahman al-Dakhili de Cairo por obras.')).toEqual([]);
  });

  it('still names the person elsewhere', () => {
    expect(marks('The Treasury sanctioned Abd al-Rahman al-Dakhili of Pakistan on Tuesday.')).toEqual(['Abd al-Rahman al-Dakhili=dakhil-like']);
  });
});
