import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { arabicKeys, latinReading, latinSoundReadings, vowelsAgree } from '../../lib/names/arabic-latin';
import { foldWord } from '../../lib/names/normalize';
import { entity, fixtureEntities } from './fixtures';

const syria = { countries: ['Syria'], nationalities: ['Syria'] };
// People the lists write in Latin letters only (OFAC's Caesar Act designations, bin Ladin, al-Houthi), and their
// namesakes' neighbours in the key tables (Bashir, Sami, Mali).
const index = buildNameIndex([
  ...fixtureEntities,
  entity('bushra', 'AL-ASSAD, Bushra', 'person', true, syria),
  entity('hamsho', 'HAMSHO, Muhammad', 'person', true, syria),
  entity('bilal', 'BILAL, Ghassan Ali', 'person', true, syria),
  entity('bin-ladin', 'BIN LADIN, Usama', 'person', true),
  entity('houthi', 'AL HOUTHI, Abdul Malik', 'person', true, { countries: ['Yemen'] }),
  entity('bashir', 'AL-ASAD, Bashir', 'person', true),
  entity('sami', 'LADIN, Sami', 'person', true),
  entity('mali', 'KHAN, Mali', 'person', true),
  entity('muammar', 'QADHAFI, Muammar', 'person', true, { countries: ['Libya'] }),
  entity('aisha', 'QADHAFI, Aisha', 'person', true, { countries: ['Libya'] }),
  entity('mir', 'QADHAFI, Mir', 'person', true),
  entity('saadi', 'AL SAADI, Mansoor', 'person', true, { countries: ['Yemen'] }),
  entity('farkash', 'FARKASH, Safia', 'person', true, { countries: ['Libya'] }),
  entity('akbar', 'AKBAR, Mohamad', 'person', true, { countries: ['South Africa'] }),
  entity('hammad', 'HAMMAD, Fathi Ahmad', 'person', true),
  entity('baraka', 'BARAKA, Ali', 'person', true, { countries: ['Lebanon'] }),
  entity('baruch', 'BARUCH, Ali', 'person', true),
  entity('barich', 'BARICH, Ali', 'person', true),
  entity('sher', 'SHER, Aziz', 'person', true),
  entity('shaer', 'AL-SHAER, Ali', 'person', true, { countries: ['Lebanon'] }),
  // A made-up person whose whole listed name is one compound given name, split as OFAC splits "HAQ, Abdul".
  entity('wahid', 'WAHID, Abdul', 'person', true, { countries: ['China'] }),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
// Three sanctions words: the Treasury, the blacklist, and sanctions on a page that names them for certain.
const story = 'أعلنت وزارة الخزانة الأمريكية فرض عقوبات وأدرجت في القائمة السوداء ';

const agrees = (arabic: string, latin: string) => {
  const { key, slots } = latinReading(latin);
  return arabicKeys(foldWord(arabic)).some((k) => k.key === key && vowelsAgree(k, slots));
};

describe('Arabic names read as Latin ones, vowels and all', () => {
  it('keeps the Latin words whose vowels agree with the long vowels the Arabic word writes', () => {
    expect(agrees('أسامة', 'usama')).toBe(true);
    expect(agrees('أسامة', 'sami')).toBe(false);
    expect(agrees('بشار', 'bashar')).toBe(true);
    expect(agrees('بشار', 'bashir')).toBe(false);
    // The Somali Abdi- before any letter (marsalqatar.qa: "وعبدالكريم حسين جاجالي", GAGAALE, Abdikarim Hussein).
    expect(agrees('عبدالكريم', 'abdikarim')).toBe(true);
    expect(agrees('عبدالكريم', 'abdulkarim')).toBe(true);
    expect(agrees('جاجالي', 'gagaale')).toBe(true);
    expect(agrees('بشرى', 'bushra')).toBe(true);
    expect(agrees('بشرى', 'bashar')).toBe(false);
    expect(agrees('بلال', 'bilal')).toBe(true);
    expect(agrees('بلال', 'bula')).toBe(false);
    expect(agrees('لادن', 'ladin')).toBe(true);
    expect(agrees('لادن', 'aladnani')).toBe(false);
    expect(agrees('عبدالملك', 'abdulmalik')).toBe(true);
    expect(agrees('عمرو', 'amr')).toBe(true);
    // ع inside a word is a vowel or an apostrophe in Latin, and the m after it comes again.
    expect(agrees('معمر', 'muammar')).toBe(true);
    expect(agrees('معمر', 'mir')).toBe(false);
    expect(agrees('جعفر', 'jafar')).toBe(true);
    // An article's ل before a sun letter is assimilated: Abdurrahman, the Somali Abdirahman, and Abdulrahman alike.
    expect(agrees('عبدالرحمن', 'abdirahman')).toBe(true);
    expect(agrees('عبدالرحمن', 'abdulrahman')).toBe(true);
    // And after عبد before any letter, as Somali names write it (Abdikarim, Abdikadir, Abdiqani); elsewhere a moon
    // letter keeps it.
    expect(agrees('نورالكريم', 'nurkarim')).toBe(false);
  });

  it('reads the Arabic words that name sanctions for certain and their sanctioning bodies', () => {
    // "لجنة الجزاءات" (the UN's sanctions committee) with the Security Council; "العقوبات الأمريكية".
    expect(marks('قررت لجنة الجزاءات التابعة لمجلس الأمن تمديد الجزاءات والعقوبات على معمر القذافي.')).toEqual(['معمر القذافي:muammar:sanctioned']);
    expect(marks('فرضت واشنطن العقوبات الأمريكية على معمر القذافي وفق قائمة العقوبات.')).toEqual(['معمر القذافي:muammar:sanctioned']);
    // The Arab League's sanctions (2011): the body makes the page's story words count.
    expect(marks('أوصت الجامعة العربية بتجميد أرصدة معمر القذافي وفرض العقوبات و العقوبات.')).toEqual(['معمر القذافي:muammar:sanctioned']);
    // A league's penalties: no body, no list.
    expect(marks('قررت لجنة الانضباط فرض عقوبات على معمر القذافي بعد العقوبات السابقة.')).toEqual([]);
  });

  it('reads Latin th after a vowel also as ت and ح, and ch never as ك and ه (wnairaq.com, alresalah.ps: Hamas officials)', () => {
    const sounds = (arabic: string, latin: string) => latinSoundReadings(latin).some((r) => arabicKeys(foldWord(arabic)).some((k) => k.key === r.key && vowelsAgree(k, r.slots)));
    expect(sounds('فتحي', 'fathi')).toBe(true);
    expect(sounds('أدهم', 'adham')).toBe(true);
    expect(sounds('بركة', 'baruch')).toBe(false);
    expect(marks(story + 'ومنهم وفتحي حماد.')).toEqual(['وفتحي حماد:hammad:sanctioned']);
    expect(marks(story + 'زاهر جبرين، وعلي بركة رئيس العلاقات.')).toEqual(['وعلي بركة:baraka:sanctioned']);
  });

  it('reads an Arabic word first as the Latin words that write its vowels (al-akhbar.com: "الشاعر" is Shaer before Sher)', () => {
    expect(marks(story + 'حسيب حدوان، وعلي الشاعر مدير مكتبه.')).toContain('وعلي الشاعر:shaer:sanctioned');
  });

  it('reads the UN\'s travel ban as a story word beside the Security Council (mxawi.com: the Qadhafi family)', () => {
    const ban = 'رفع مجلس الأمن حظر سفر أرملة الزعيم الليبي. ينطبق إلغاء قيود السفر وأعيد حظر السفر على ';
    expect(marks(ban + 'صفية فركش.')).toEqual(['صفية فركش:farkash:sanctioned']);
    // A country's travel ban, no sanctioning body: no story.
    expect(marks('فرضت الحكومة حظر السفر بسبب الوباء وقيود السفر وحظر سفر على صفية فركش.')).toEqual([]);
  });

  it('begins no name read from Latin at a kin word ("وشقيقها الأكبر محمد": the elder, no AKBAR, Mohamad)', () => {
    expect(marks(story + 'وشقيقها الأكبر محمد سافر.')).toEqual([]);
  });

  it('ends a name at a title after it, which is no name word (context-words-arabic.ts)', () => {
    expect(marks(story + 'وقالت إن منصور السعدي رئيس أركان القوات البحرية.')).toEqual(['منصور السعدي:saadi:sanctioned']);
  });

  it('ends a name at a word with "و" in front, which begins the next person\'s', () => {
    expect(marks(story + 'منح معمر القذافي وعائشة القذافي إعفاء.')).toEqual(['معمر القذافي:muammar:sanctioned', 'وعائشة القذافي:aisha:sanctioned']);
    // "وعائشة معمر القذافي": Aisha, daughter of Muammar; her father's name there is not him.
    expect(marks(story + 'منح وعائشة معمر القذافي إعفاء.')).not.toContain('معمر القذافي:muammar:sanctioned');
  });

  it('finds a two-word name and "bin" names on a page that tells a sanctions story, with و in front too', () => {
    expect(marks(story + 'بينهم بشار الأسد وزوجته.')).toEqual(['بشار الأسد:ofac-12735:sanctioned']);
    expect(marks(story + 'ومنهم محمد حمشو وبشرى الأسد.')).toEqual(['محمد حمشو:hamsho:sanctioned', 'وبشرى الأسد:bushra:sanctioned']);
    expect(marks(story + 'وقائده غسان علي بلال.')).toEqual(['غسان علي بلال:bilal:sanctioned']);
    expect(marks(story + 'زعيم القاعدة أسامة بن لادن.')).toEqual(['أسامة بن لادن:bin-ladin:sanctioned']);
    expect(marks(story + 'زعيم الجماعة وعبد الملك الحوثي.')).toEqual(['وعبد الملك الحوثي:houthi:sanctioned']);
  });

  it('reads no such name without a sanctions story, on a sports page, or through a letter taken for a preposition', () => {
    expect(marks('قال بشار الأسد إن السوق مزدحم اليوم.')).toEqual([]);
    expect(marks('عقوبات العقوبات. سجل محمد حمشو هدف المباراة في الدوري وقاد الفريق في البطولة أمام النادي.')).toEqual([]);
    expect(marks(story + 'ومنهم كمال خان.')).toEqual([]);
  });
});

describe('a compound given name after "عبد"', () => {
  it('is no one\'s whole name, though a list writes its second word as the family name', () => {
    expect(marks(`${story}على مدير المخابرات عبد الواحد واثق، وعلى آخرين.`)).toEqual([]);
    expect(marks(`${story}على عبد الواحد.`)).toEqual([]);
  });
});
