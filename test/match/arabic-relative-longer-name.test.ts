import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const sudan = { countries: ['Sudan'], nationalities: ['Sudan'] };
// iqraa24.com: the UK's sanctions on Abdelrahim Dagalo, "the younger brother of the forces' commander محمد حمدان دقلو"
// (Hemedti, on no list); ALHMIDAN, Mohamad, a listed Syrian whose name "محمد حمدان" reads by its Latin letters.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('dagalo', 'DAGALO, Abdelrahim Hamdan', 'person', true, { ...sudan, names: [{ name: 'DAGALO, Abdelrahim Hamdan', type: 'primary' }, { name: 'DAGLO MOUSA, Abdul Rahim Hamdan', type: 'aka' }] }),
  entity('alhmidan', 'ALHMIDAN, Mohamad Alsaied', 'person', true, { countries: ['Turkey'], names: [{ name: 'ALHMIDAN, Mohamad Alsaied', type: 'primary' }, { name: 'ALHMIDAN, Mohamad', type: 'aka' }, { name: 'AL HAMIDAN, Mohamad Alsaied', type: 'aka' }] }),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
const story = 'فرضت الحكومة البريطانية عقوبات على عبد الرحيم حمدان دقلو وأعلنت وزارة الخزانة الأمريكية فرض عقوبات وأدرجت في القائمة السوداء. ';

describe('two Arabic words that run on into the family name of a listed person the page named', () => {
  it('are a relative\'s longer name, no listed namesake of theirs ("محمد حمدان دقلو" is no ALHMIDAN, Mohamad)', () => {
    const found = marks(story + 'وهو الشقيق الأصغر لقائد القوات محمد حمدان دقلو، وُلد في السبعينيات.');
    expect(found).toContain('عبد الرحيم حمدان دقلو:dagalo:sanctioned');
    expect(found.filter((m) => m.includes(':alhmidan:sanctioned'))).toEqual([]);
  });

  it('stand where the word after them is another family name than the page named ("محمد حمدان قال")', () => {
    expect(marks(story + 'وقال محمد حمدان في بيان إن العقوبات ظالمة.')).toContain('محمد حمدان:alhmidan:sanctioned');
  });
});
