import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// HIZBALLAH and the IRGC (in the fixtures: ofac-4697, ofac-10391) and the IRGC's Qods Force as OFAC lists them, in Latin letters only.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('shabaab', 'AL-SHABAAB', 'organization', true, { countries: ['Somalia'] }),
  entity('jund-al-aqsa', 'JUND AL-AQSA', 'organization', true, { countries: ['Syria'] }),
  entity('jka', 'Jaysh Khalid Ibn al Waleed', 'organization', true, { countries: ['Syria'] }),
  entity('waleed', 'WALEED, Khalid', 'person', true, { nationalities: ['Pakistan'] }),
  { ...entity('hamas', 'HAMAS', 'organization', true), names: [{ name: 'HAMAS', type: 'primary' as const }, { name: 'IZZ AL-DIN AL QASSAM BRIGADES', type: 'aka' as const }] },
  { ...entity('pij', 'PALESTINE ISLAMIC JIHAD - SHAQAQI FACTION', 'organization', true), names: [{ name: 'PALESTINE ISLAMIC JIHAD - SHAQAQI FACTION', type: 'primary' as const }, { name: 'PALESTINIAN ISLAMIC JIHAD', type: 'aka' as const }] },
  entity('sabireen', 'HARAKAT AL-SABIREEN', 'organization', true),
  entity('zaynabiyoun', 'ZAYNABIYOUN BRIGADE', 'organization', true, { countries: ['Syria', 'Iran'] }),
  entity('kss', "KATA'IB SAYYID AL-SHUHADA", 'organization', true, { countries: ['Iraq'] }),
  entity('kh', "KATA'IB HIZBALLAH", 'organization', true, { countries: ['Iraq'] }),
  entity('aqah', 'AL-QARD AL-HASSAN ASSOCIATION', 'organization', true, { countries: ['Lebanon'] }),
  { ...entity('irgc-qf', 'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE', 'organization', true, { countries: ['Iran'] }), names: [{ name: 'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE', type: 'primary' as const }, { name: 'QODS FORCE', type: 'aka' as const }] },
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('organizations the lists write in Latin letters only, by the Arabic names the press gives them', () => {
  it('marks "حزب الله" and "فيلق القدس", with a preposition or "and" in front too (sentences from elnashra.com)', () => {
    expect(marks('بسبب تقديم خدمات مالية لحزب الله، إلى جانب شخص آخر.')).toEqual(['لحزب الله:ofac-4697']);
    expect(marks('قالت إنها تدعم حزب الله وفيلق القدس الإيراني.')).toEqual(['حزب الله:ofac-4697', 'وفيلق القدس:irgc-qf']);
    // The force by the list's own words (alnashraaldawlia.com).
    expect(marks('الولايات المتحدة تدرج الحرس الثوري الإيراني بما في ذلك قوة القدس التابعة له.')).toContain('قوة القدس:irgc-qf');
  });

  it('marks Hezbollah\'s bank by its Arabic name with its word of kind, not the interest-free loan of Islamic finance', () => {
    expect(marks('أغارت إسرائيل على فروع جمعية القرض الحسن التابعة لحزب الله.')).toEqual(['جمعية القرض الحسن:aqah', 'لحزب الله:ofac-4697']);
    expect(marks('وتعمل الشركة تحت إشراف مؤسسة القرض الحسن.')).toEqual(['مؤسسة القرض الحسن:aqah']);
    expect(marks('يقدم البنك القرض الحسن للطلاب المحتاجين بلا فوائد.')).toEqual([]);
  });

  it('never marks one word of them alone ("القدس" is Jerusalem, "حزب" any party)', () => {
    expect(marks('زار القدس وحزب العمال.')).toEqual([]);
  });

  it('marks armed groups by their Arabic names, and a brigade named after a historical figure as the brigade, not a listed namesake', () => {
    const story = 'فرضت وزارة الخزانة الأمريكية عقوبات وأدرجت في القائمة السوداء ';
    expect(marks(story + 'قادة حركة الشباب ومصادر الدخل لحركة الشباب.')).toEqual(['حركة الشباب:shabaab', 'لحركة الشباب:shabaab']);
    expect(marks(story + 'جند الأقصى وجيش خالد بن الوليد.')).toEqual(['جند الأقصى:jund-al-aqsa', 'وجيش خالد بن الوليد:jka']);
    // "الشباب" alone is the youth.
    expect(marks('مهرجان الشباب في المدينة.')).toEqual([]);
  });

  it('marks the IRGC by the Arabic names of it, with a preposition in front too (sentences from sarabic.ae and albawabhnews.com)', () => {
    expect(marks('وقال إن مسجدي مستشار مقرب للقائد السابق في الحرس الثوري الإيراني.')).toEqual(['الحرس الثوري الإيراني:ofac-10391']);
    expect(marks('عقوبات على 3 قادة بارزين بالحرس الثوري الإيراني')).toEqual(['بالحرس الثوري الإيراني:ofac-10391']);
    // "الثوري" alone is any revolutionary, "الحرس" any guard.
    expect(marks('المجلس الثوري والحرس الجمهوري.')).toEqual([]);
  });

  it('marks Palestinian and pro-Iranian armed groups by their own Arabic names (sentences from djazairess.com, turess.com, paltodaytv.com, enabbaladi.net, alsafina.net)', () => {
    expect(marks('رئيس المكتب السياسي لحركة المقاومة الإسلامية (حماس) إسماعيل هنية.')).toContain('لحركة المقاومة الإسلامية:hamas');
    expect(marks('محمد ضيف، القائد العسكري لكتائب عز الدين القسام في اللائحة.')).toEqual(['لكتائب عز الدين القسام:hamas']);
    expect(marks('الأمين العام لحركة الجهاد الإسلامي الدكتور رمضان عبد الله.')).toEqual(['لحركة الجهاد الإسلامي:pij']);
    expect(marks('وأدرجت وزارة الخزانة هنية مع حركة الصابرين الفلسطينية.')).toContain('حركة الصابرين:sabireen');
    expect(marks('أبرزها “لواء فاطميون” الأفغاني و”لواء زينبيون” الباكستاني.')).toContain('لواء زينبيون:zaynabiyoun');
    expect(marks('وذكر أن النشاط الإرهابي لكتائب سيد الشهداء هدد حياة جنود.')).toEqual(['لكتائب سيد الشهداء:kss']);
    // Their everyday words alone: the patient ones, the master of the martyrs (Imam Husayn).
    expect(marks('إن الله مع الصابرين. وزار مرقد سيد الشهداء في كربلاء.')).toEqual([]);
  });

  it('marks Kata\'ib Hizballah by "Iraq\'s Hezbollah", and Hizballah by its name alone (sentence from enabbaladi.net)', () => {
    expect(marks('وتعتزم واشنطن معاقبة الميليشيا التابعة لإيران، وعلى رأسها حزب الله العراقي، وحزب الله اللبناني.')).toEqual(['حزب الله العراقي:kh', 'وحزب الله:ofac-4697']);
  });

  it('marks a group whose own name the page sets in quotes after its word of kind, and no person across quotes (sentence from alsafina.net)', () => {
    expect(marks('قالت وزارة الخارجية الأميركية إنها صنفت كتائب “سيد الشهداء” وأمينها العام.')).toEqual(['كتائب “سيد الشهداء:kss']);
    expect(marks('وصنفت كتائب "سيد الشهداء".')).toEqual(['كتائب "سيد الشهداء:kss']);
    // Only after a word that no person's name has: "سيد" in quotes after another word names nothing.
    expect(marks('وزار مرقد "سيد الشهداء" في كربلاء.')).toEqual([]);
  });
});
