import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Cut from the shipped dataset: OFAC's HAMIEH, Jamiel, one of whose aliases is HAMEIAH, Mamil.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('hamieh', 'HAMIEH, Jamiel', 'person', true, { names: [{ name: 'HAMIEH, Jamiel', type: 'primary' }, { name: 'HAMEIAH, Mamil', type: 'aka' }, { name: 'HAMIEH, Jamil', type: 'aka' }] }),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
const story = 'أعلنت وزارة الخزانة الأمريكية فرض عقوبات وأدرجت في القائمة السوداء. ';

describe('two Arabic words that are a listed name only family first (sentence from sawtbabylon.com)', () => {
  it('are everyday words, possible at most, on a sanctions page too ("لحماية المال": to protect the money)', () => {
    expect(marks(story + 'وتأتي هذه الخطوة في إطار الجهود المتواصلة لحماية المال العام.').filter((m) => m.includes('hamieh'))).toEqual(['لحماية المال:hamieh:possible']);
  });

  it('leave the name given first as it was', () => {
    expect(marks(story + 'قال جميل حمية إن العقوبات ظالمة.').filter((m) => m.includes('hamieh'))).toEqual(['جميل حمية:hamieh:sanctioned']);
  });
});
