import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanText } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('aqah', 'AL-QARD AL-HASSAN ASSOCIATION', 'organization', true, { countries: ['Lebanon'] }),
  entity('iris-varela', 'VARELA RANGEL, Maria Iris', 'person', true, { countries: ['Venezuela'], positions: ['Minister of Penitentiary Services'] }),
]);

const marks = (text: string) => scanText(index, text).map((m) => `${m.text}=${m.entityId}:${m.status}`);

describe('names as the news writes them', () => {
  it('finds Hezbollah for the list’s HIZBALLAH, and not in lower case', () => {
    expect(marks('The US Treasury sanctioned three Hezbollah financiers on Tuesday.')).toEqual(['Hezbollah=ofac-4697:sanctioned']);
    expect(marks('Officials said Hizbollah denied it.')).toEqual(['Hizbollah=ofac-4697:sanctioned']);
    expect(marks('a hezbollah flag')).toEqual([]);
  });

  it('finds a body without the "Association" the list ends its name with, where the page names its country', () => {
    expect(marks('Lebanese lenders and Al-Qard al-Hassan were named by the Treasury.')).toEqual(['Al-Qard al-Hassan=aqah:sanctioned']);
    expect(marks('Al-Qard al-Hassan Association opened a branch.')).toEqual(['Al-Qard al-Hassan Association=aqah:sanctioned']);
  });

  it('finds a person by the name she goes by, without the devotional first given name', () => {
    expect(marks('La ministra Iris Varela fue sancionada por el Tesoro.')).toEqual(['Iris Varela=iris-varela:sanctioned']);
  });
});
