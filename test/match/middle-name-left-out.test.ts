import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { middleNameLeftOut, withoutApostrophes } from '../../lib/names/middle-name-left-out';
import { personName } from '../../lib/names/variants';
import { entity, fixtureEntities } from './fixtures';

// Arab persons as OFAC lists them, in Latin letters only, with the father's and grandfather's names.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('osman', 'MOHAMED, Osman Mohamed Hamid', 'person', true, { nationalities: ['Sudan'] }),
  { ...entity('mawla', "AL-MAWLA, Amir Muhammad Sa'id Abdal-Rahman", 'person', true, { nationalities: ['Iraq'] }), names: [{ name: "AL-MAWLA, Amir Muhammad Sa'id Abdal-Rahman", type: 'primary' as const }, { name: "AL-MULA, Amir Muhammad Sa'id 'Abd-al-Rahman Muhammad", type: 'aka' as const }] },
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));
const story = 'أدرجت وزارة الخزانة الأمريكية في القائمة السوداء وفرضت عقوبات على ';

describe('an Arab name with one of its middle names left out', () => {
  it('makes the forms without one given name after the first, the apostrophe\'s word one name', () => {
    expect(middleNameLeftOut(personName('MOHAMED, Osman Mohamed Hamid')).map((v) => v.tokens.join(' '))).toEqual(['osman hamid mohamed', 'osman mohamed mohamed']);
    expect(middleNameLeftOut(personName(withoutApostrophes("AL-MAWLA, Amir Muhammad Sa'id Abdal-Rahman"))).map((v) => v.tokens.join(' '))).toContain('amir muhammad abdal rahman mawla');
    // Two given names: the name variants.ts makes already.
    expect(middleNameLeftOut(personName('HAMSHO, Ahmad Sabir'))).toEqual([]);
  });

  it('finds it from Arabic words on a sanctions page (sentences from 963media.com and jisrtv.com)', () => {
    expect(marks(story + 'رئيس عمليات الدعم السريع عثمان حامد محمد، الذي هو جزء من التخطيط.')).toEqual(['عثمان حامد محمد:osman']);
    expect(marks(story + 'زعيم داعش أمير محمد عبد الرحمن المولى، في العراق.')).toEqual(['أمير محمد عبد الرحمن المولى:mawla']);
  });

  it('links the family name with its article back to him alone, read closely, not an everyday word of its letters', () => {
    expect(marks(story + 'زعيم داعش أمير محمد عبد الرحمن المولى، وقال البيان إن المولى يقود التنظيم.')).toEqual(['أمير محمد عبد الرحمن المولى:mawla', 'المولى:mawla']);
    // "المولد" (the birthday) is no Mawla.
    expect(marks(story + 'زعيم داعش أمير محمد عبد الرحمن المولى، في ذكرى المولد.')).toEqual(['أمير محمد عبد الرحمن المولى:mawla']);
  });

  it('never in Latin letters, where the news keeps to the usual forms', () => {
    expect(marks('The Treasury sanctioned Osman Hamid Mohamed, the RSF commander.')).toEqual([]);
  });
});
