import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const syria = { countries: ['Syria'], nationalities: ['Syria'] };
// عامر (ʿĀmir) has the consonant key m-r of many listed Latin words whose vowels agree with it: the six closest are
// its readings, and Amer, the one the FOZ brothers' listing writes, comes after them (syriatv, damascusv pages:
// "عامر الفوز", "وعامر زهير فوز"). Made-up persons give the key its crowd.
const crowd = ['Amr', 'Amir', 'Amar', 'Amor', 'Amru', 'Amro', 'Amari'].map((w, n) => entity(`mr-${n}`, `HADDAD, ${w}`, 'person', true, syria));
const index = buildNameIndex([
  ...fixtureEntities,
  ...crowd,
  entity('foz-amer', 'FOZ, Amer Zuhair', 'person', true, syria),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
const story = 'فرضت وزارة الخزانة الأمريكية عقوبات على رجال أعمال سوريين، ';

describe('an Arabic name word read past the per-key cap of Latin readings', () => {
  it('reads a name\'s first word as a Latin word the cap left out when the next words go on with that name', () => {
    expect(marks(`${story}منهم عامر زهير فوز.`)).toContain('عامر زهير فوز:foz-amer:sanctioned');
    expect(marks(`${story}وعامر زهير فوز.`)).toContain('وعامر زهير فوز:foz-amer:sanctioned');
  });

  it('still reads the capped word as no name where nothing after it chooses a reading', () => {
    expect(marks(`${story}وقال عامر إن السوق هادئة.`)).toEqual([]);
  });
});
