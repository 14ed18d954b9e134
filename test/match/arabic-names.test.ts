import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

const script = (id: string, latin: string, arabic: string, extra = {}) => ({
  ...entity(id, latin, 'person', true, extra),
  names: [{ name: latin, type: 'primary' as const }, { name: arabic, type: 'script' as const }],
});
const index = buildNameIndex([
  ...fixtureEntities,
  script('zawahiri', 'AYMAN MUHAMMAD RABI AL-ZAWAHIRI', 'أيمن محمد ربيع الظواهري'),
  script('khaliq', 'ABD AL-KHALIQ AL-HOUTHI', 'عبدالخالق الحوثي', { countries: ['Yemen'] }),
  script('hakim', 'ABDULLAH YAHYA AL HAKIM', 'عبد الله يحيى الحاكم', { countries: ['Yemen'] }),
  script('raghad', 'RAGHAD SADDAM HUSSEIN AL-TIKRITI', 'رغد صدام حسين التكريتي'),
  script('hebo', 'MUHAMAD ALI AL-HEBO', 'محمد علي الحبو'),
  script('madani', 'YUSUF AL-MADANI', 'يوسف المداني', { countries: ['Yemen'] }),
  script('mashhadani', 'AL-MASHHADANI, Saif-al-Din', 'سيف الدين المشهداني', { nationalities: ['Iraq'] }),
  // A made-up UN name in the Taliban entries' shape, its last word the tail of a compound name after "عبد".
  script('ghafur', 'ABDUL BARI NASIM ABDUL GHAFUR', 'عبد الباري نسيم عبد الغفور', { nationalities: ['Afghanistan'] }),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe('names in Arabic news', () => {
  it('finds the UN list\'s Arabic-script names in their shortened forms, with alef and compounds written otherwise', () => {
    expect(marks('قتل أيمن الظواهري في كابول.')).toEqual(['أيمن الظواهري:zawahiri:sanctioned']);
    expect(marks('صرحت رغد صدام حسين للتلفزيون.')).toEqual(['رغد صدام حسين:raghad:sanctioned']);
    expect(marks('أدرج القيادي عبد الخالق الحوثي في القائمة.')).toEqual(['عبد الخالق الحوثي:khaliq:sanctioned']);
  });

  it('takes a last word after "عبد" as a compound name\'s tail, never with the first word alone as the person', () => {
    const STORY = 'فرض مجلس الأمن عقوبات على ثلاثة أفراد هم،';
    // "عبد الغفور" is any Abdul Ghafur's given name, here the first of a Somali name the lists do not hold.
    expect(marks(`${STORY} عبد الغفور عكرمة، وآخرون.`)).toEqual([]);
    expect(marks(`${STORY} عبد الباري نسيم عبد الغفور.`)).toEqual(['عبد الباري نسيم عبد الغفور:ghafur:sanctioned']);
    // His first given name is "عبد الباري", whole.
    expect(marks(`${STORY} عبد الباري عبد الغفور.`).map((m) => m.split(':')[1])).toEqual(['ghafur']);
  });

  it('finds a name with "and" in front, and keeps two names joined by "and" apart', () => {
    expect(marks('أدرج عبد الخالق الحوثي وعبدالله يحيى الحاكم في القائمة.')).toEqual([
      'عبد الخالق الحوثي:khaliq:sanctioned',
      'وعبدالله يحيى الحاكم:hakim:sanctioned',
    ]);
  });

  it('says "possible" for the commonest names without evidence, and finds them on a Security Council sanctions page', () => {
    expect(marks('سجل محمد علي هدفا في المباراة.')).toEqual(['محمد علي:hebo:possible']);
    expect(marks('سافر يوسف المداني إلى القاهرة.')).toEqual(['يوسف المداني:madani:possible']);
    expect(marks('فرض مجلس الأمن عقوبات على يوسف المداني، وأدرجه في القائمة السوداء.')).toEqual(['يوسف المداني:madani:sanctioned']);
  });

  it('never reads the preposition "على" as Ali going on a name', () => {
    expect(marks('فرض مجلس الأمن عقوبات على يوسف المداني وأدرجه في القائمة السوداء.')).toEqual(['يوسف المداني:madani:sanctioned']);
  });

  it('does not take a compound given name alone for the listed man whose nisba follows it (sentence after alsaa.net)', () => {
    const story = 'فرضت وزارة الخزانة الأمريكية عقوبات على قادة في حزب الله وأدرجتهم على القائمة السوداء وجمدت أصولهم. ';
    expect(marks(story + 'وعلق الصحفي سيف الدين على القرار.').filter((m) => m.includes('mashhadani'))).toEqual([]);
    expect(marks('سجل سيف الدين الجزيري هدفا.')).toEqual([]);
    expect(marks(story + 'وشمل القرار سيف الدين المشهداني.')).toContain('سيف الدين المشهداني:mashhadani:sanctioned');
  });
});
