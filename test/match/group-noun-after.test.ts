// A clan's name that several listed kin share, before a noun for a group's members ("Houthi fighters", "a Haqqani
// commander"), names their movement, not one of them: no "possible" mark on a person (group-noun-after.ts).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

describe('a shared surname before a noun for a group', () => {
  const index = buildNameIndex([
    ...fixtureEntities,
    entity('sirajuddin', 'QANDARI, Sirajuddin', 'person', true, { countries: ['Afghanistan'] }),
    entity('khalil', 'QANDARI, Khalil', 'person', true, { countries: ['Afghanistan'] }),
  ]);
  const marks = (blocks: string[]) =>
    scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`)).filter((m) => m.includes('Qandari'));
  const story = 'The Treasury designated Sirajuddin Qandari and Khalil Qandari of Afghanistan.';

  it('marks no one in "Qandari fighters" or "a Qandari political commander"', () => {
    expect(marks([story, 'Qandari fighters attacked the base. A Qandari political commander denied it.'])).toEqual([
      'Sirajuddin Qandari:sirajuddin:sanctioned',
      'Khalil Qandari:khalil:sanctioned',
    ]);
  });

  it('still marks the surname alone as either of them where it names a person', () => {
    expect(marks([story, 'Qandari said he would not leave.'])).toEqual([
      'Sirajuddin Qandari:sirajuddin:sanctioned',
      'Khalil Qandari:khalil:sanctioned',
      'Qandari:sirajuddin:possible',
    ]);
  });
});
