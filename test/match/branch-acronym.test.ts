// "ISIS-Mozambique (ISIS-M)": a body's acronym joined by a hyphen to a short word in capitals is a branch's acronym.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const index = buildNameIndex([
  entity('isil', 'ISLAMIC STATE OF IRAQ AND THE LEVANT', 'organization', true, { countries: ['Iraq'], names: [{ name: 'ISLAMIC STATE OF IRAQ AND THE LEVANT', type: 'primary' }, { name: 'ISIS', type: 'aka' }] }),
  entity('isis-m', 'ISLAMIC STATE OF IRAQ AND SYRIA - MOZAMBIQUE', 'organization', true, { countries: ['Mozambique'], names: [{ name: 'ISLAMIC STATE OF IRAQ AND SYRIA - MOZAMBIQUE', type: 'primary' }, { name: 'ISIS-MOZAMBIQUE', type: 'aka' }] }),
  entity('irgc-qf', 'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE', 'organization', true, { countries: ['Iran'], names: [{ name: 'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE', type: 'primary' }, { name: 'IRGC-QF', type: 'aka' }] }),
]);
const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a branch named by its body’s acronym and a letter', () => {
  it('does not read "ISIS-M" as ISIS, the body it is a branch of', () => {
    expect(marks('The Treasury designated ISIS-Mozambique (ISIS-M) financial facilitators in South Africa.')).toEqual(['ISIS-Mozambique:isis-m']);
    expect(marks('The Treasury said ISIS-M fighters were paid from South Africa.')).toEqual([]);
  });

  it('still reads the acronym before a lower-case word, and a listed acronym with its letters', () => {
    expect(marks('The Treasury sanctioned ISIS-linked cells in South Africa.')).toEqual(['ISIS:isil']);
    expect(marks('The Treasury sanctioned the IRGC-QF for oil smuggling.')).toEqual(['IRGC-QF:irgc-qf']);
  });
});
