import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const nk = { countries: ['Korea, North'], nationalities: ['Korea, North'] };
const index = buildNameIndex([
  ...fixtureEntities,
  entity('kyj', 'KIM, Yo Jong', 'person', true, nk),
  entity('choe', 'CHOE, Ryong Hae', 'person', true, nk),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('a Korean given name written with a hyphen and its second syllable in lower case', () => {
  it('is the listed name the lists write apart and capitalised', () => {
    expect(marks(["The US Treasury sanctioned North Korea's leader Kim Jong-un, his sister Kim Yo-jong and Choe Ryong-hae."])).toEqual([
      'Kim Jong-un:ofac-20157:sanctioned',
      'Kim Yo-jong:kyj:sanctioned',
      'Choe Ryong-hae:choe:sanctioned',
    ]);
  });

  it('still needs the whole listed name: his half-brother Kim Jong-nam is not him', () => {
    expect(marks(['The US Treasury sanctioned North Korea. Kim Jong-nam died in Kuala Lumpur.'])).not.toContain('Kim Jong-nam:ofac-20157:sanctioned');
    expect(marks(['The US Treasury sanctioned North Korea. Kim Jong-nam died in Kuala Lumpur.']).filter((m) => m.includes(':ofac-20157:'))).toEqual([]);
  });

  it('reads only a syllable joined by a hyphen to a capitalised syllable after a family name', () => {
    expect(marks(['The US Treasury sanctioned North Korea. Kim Jong un said nothing.']).filter((m) => m.includes(':ofac-20157:'))).toEqual([]);
    expect(marks(['The US Treasury sanctioned North Korea. Jong-un said nothing.']).filter((m) => m.includes(':ofac-20157:'))).toEqual([]);
  });
});
