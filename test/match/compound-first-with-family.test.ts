import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const sudan = { countries: ['Sudan'], nationalities: ['Sudan'] };
// The RSF's deputy as OFAC writes him, in Latin letters only; the Arabic press calls him "عبد الرحيم دقلو" (iqraa24.com):
// his two-word first given name and his family name, his father's name (Hamdan) left out.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('dagalo', 'DAGALO, Abdelrahim Hamdan', 'person', true, { ...sudan, names: [{ name: 'DAGALO, Abdelrahim Hamdan', type: 'primary' }, { name: 'DAGLO MOUSA, Abdul Rahim Hamdan', type: 'aka' }] }),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
const story = 'أعلنت وزارة الخزانة الأمريكية فرض عقوبات وأدرجت في القائمة السوداء ';

describe('a two-word first given name and the family name, the father\'s name left out', () => {
  it('finds "عبد الرحيم دقلو" on an Arabic sanctions page', () => {
    expect(marks(story + 'نائب قائد قوات الدعم السريع عبد الرحيم دقلو في السودان.')).toContain('عبد الرحيم دقلو:dagalo:sanctioned');
  });

  it('finds "Abdul Rahim Daglo" on an English sanctions page', () => {
    expect(marks('The Treasury imposed sanctions on Abdul Rahim Daglo, the deputy commander of the RSF in Sudan.')).toContain('Abdul Rahim Daglo:dagalo:sanctioned');
  });

  it('does not mark the two words on a page that tells no sanctions story', () => {
    expect(marks('وصل عبد الرحيم دقلو إلى الخرطوم أمس لحضور حفل زفاف في السودان.').filter((m) => m.includes(':dagalo:sanctioned'))).toEqual([]);
  });
});
