import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const iraq = { countries: ['Iraq'], nationalities: ['Iraq'] };
// Two listed Alis whose Arabic names the lists give: Ali Hussein (his father's name left out, as pages write it) and
// Ali Hassan.
const index = buildNameIndex([
  ...fixtureEntities,
  { ...entity('husayn', "HUSAYN, 'Ali", 'person', true, iraq), names: [{ name: "HUSAYN, 'Ali", type: 'primary' as const }, { name: 'علي حسين', type: 'script' as const }] },
  { ...entity('hasan', "HASAN, 'Ali", 'person', true, iraq), names: [{ name: "HASAN, 'Ali", type: 'primary' as const }, { name: 'علي حسن', type: 'script' as const }] },
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('"على" (on), which folds to the name Ali, before a name', () => {
  it('is the preposition after a verb or a noun of its clause: no Ali Hussein in "sanctions on Hussein"', () => {
    expect(marks('فرضت وزارة الخزانة الأمريكية عقوبات على حسين في بغداد.')).toEqual([]);
    expect(marks('وقال مسؤول إن العقوبات فرضت على حسن في بيروت.')).toEqual([]);
  });

  it('is still the name Ali where the page writes علي, at a clause\'s start, after a title or after the preposition', () => {
    expect(marks('فرضت وزارة الخزانة الأمريكية عقوبات على علي حسين في بغداد.')).toEqual(['علي حسين:husayn']);
    // Egyptian outlets write the name with ى: in a list of speakers, after the title, and "on Ali" as "على على".
    expect(marks('تحدث في الندوة عثمان شريف، على حسين، وآخرون.')).toEqual(['على حسين:husayn']);
    expect(marks('وقال الرئيس على حسن إن الحرب انتهت.')).toEqual(['على حسن:hasan']);
    expect(marks('فرضت الخزانة عقوبات على على حسن في بغداد.')).toEqual(['على حسن:hasan']);
  });
});
