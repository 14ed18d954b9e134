import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { arabicConsonantKeys, latinConsonantKey, latinSoundReadings } from '../../lib/names/arabic-latin';
import { entity, fixtureEntities } from './fixtures';

// People from outside the Arab world, and an Arab one in French spelling, as the lists write them: in Latin letters
// only (the names are the UN's and OFAC's).
const index = buildNameIndex([
  ...fixtureEntities,
  entity('margoshvili', 'Murad Iraklievich Margoshvili', 'person', true, { nationalities: ['Georgia'] }),
  entity('siidow', 'SIIDOW, Maxamed', 'person', true, { nationalities: ['Somalia'] }),
  {
    ...entity('hamsho', 'HAMSHO, Ahmad Sabir Mohammed', 'person', true, { nationalities: ['Syria'] }),
    names: [{ name: 'HAMSHO, Ahmad Sabir Mohammed', type: 'primary' as const }, { name: 'HAMCHO, Ahmad Saber', type: 'aka' as const }],
  },
  entity('osman', 'MOHAMED, Osman Mohamed Hamid', 'person', true, { nationalities: ['Sudan'] }),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));
const story = 'أدرجت وزارة الخزانة الأمريكية في القائمة السوداء وفرضت عقوبات على ';

describe('names from outside the Arab world in Arabic letters, read as the sounds they spell', () => {
  it('reads ch as تش or ش, v as ف, g as غ and a Somali x as كس, besides the word\'s own reading', () => {
    const keys = (w: string) => latinSoundReadings(w).map((r) => r.key);
    expect(keys('margoshvili')).toContain(arabicConsonantKeys('مارغوشفيلي')[0]);
    expect(keys('maxamed')).toEqual([latinConsonantKey('maxamed'), 'mksmd']);
    expect(keys('hamcho')).toContain('hmS');
    expect(keys('saleh')).toEqual(['slh']);
    // ث is also s: عثمان is Osman.
    expect(arabicConsonantKeys('عثمان')).toContain(latinConsonantKey('osman'));
  });

  it('finds such a name on a sanctions page (sentences from peopledaily.com.cn, elnabaa.net, 963media.com, africanperceptions.org)', () => {
    expect(marks(story + 'ومراد إيراكليفيتش مارغوشفيلي، في سوريا.')).toEqual(['ومراد إيراكليفيتش مارغوشفيلي:margoshvili']);
    expect(marks(story + 'ماكساميد سيدو وآخرين.')).toEqual(['ماكساميد سيدو:siidow']);
    expect(marks(story + 'كل من وعثمان محمد حامد محمد، لقيادته الحملة.')).toEqual(['وعثمان محمد حامد محمد:osman']);
  });

  it('takes the reading of a middle word that the name goes on from (sentence from jesrpress.com)', () => {
    // صابر is Sabir of the primary name and Saber of the French one, whose حمشو is HAMCHO: the walk takes Saber.
    expect(marks(story + 'ومنال الأسد، وأحمد صابر حمشو، وعمر حمشو.')).toEqual(['وأحمد صابر حمشو:hamsho']);
  });

  it('never without a sanctions story: two words read by their sounds are many people\'s', () => {
    expect(marks('التقى ماكساميد سيدو بأصدقائه في المقهى.')).toEqual([]);
  });
});
