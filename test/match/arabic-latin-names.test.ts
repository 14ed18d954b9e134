import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { arabicConsonantKeys, latinConsonantKey } from '../../lib/names/arabic-latin';
import { entity, fixtureEntities } from './fixtures';

const yemen = { countries: ['Yemen'], nationalities: ['Yemen'] };
const script = (id: string, latin: string, arabic: string) => ({
  ...entity(id, latin, 'person', true, yemen),
  names: [{ name: latin, type: 'primary' as const }, { name: arabic, type: 'script' as const }],
});
// The Salehs as OFAC lists them, in Latin letters only; a UN entry with its Arabic name beside them.
const index = buildNameIndex([
  ...fixtureEntities,
  entity('saleh', 'SALEH, Ali Abdullah', 'person', true, yemen),
  entity('ahmed-saleh', 'SALEH, Ahmed Ali Abdullah', 'person', true, yemen),
  entity('embedi', 'EMBEDI', 'organization', true, yemen),
  script('hakim', 'ABDULLAH YAHYA AL HAKIM', 'عبد الله يحيى الحاكم'),
  // The UN's Arabic names hold the words of Arab names: only those are read as Latin ones.
  script('vocab-1', 'YAHYA AHMED HASAN', 'يحيى أحمد حسن'),
  script('vocab-2', 'HASAN ALI MUSA', 'حسن علي موسى'),
  script('vocab-3', 'MUSA ABDULLAH SALIH', 'موسى عبدالله صالح'),
  // Listed Arabic names with a place's and a kinship word's letters, as some in the real lists have.
  script('vocab-4', 'YAHYA AL-IBN AL-SUDAN', 'يحيى الابن السودان'),
  // A listed Saif al-Din, and Hisham as OFAC writes given names (in Latin letters only), six of them.
  { ...script('mashhadani', 'AL-MASHHADANI, Saif-al-Din', 'سيف الدين المشهداني'), nationalities: ['Iraq'] },
  entity('nasrallah', 'NASRALLAH, Hasan', 'person', true, { nationalities: ['Lebanon'] }),
  // The father's-name form of one list writes the family name otherwise (GHATHAFI: ق as gh, ذ as th).
  { ...entity('aisha', 'QADHAFI, Aisha', 'person', true, { nationalities: ['Libya'] }), names: [{ name: 'QADHAFI, Aisha', type: 'primary' as const }, { name: 'GHATHAFI, Aisha Muammer', type: 'aka' as const }] },
  // A UN name in Arabic script whose first two words begin a Somali name the lists write in Latin letters only.
  script('hebo', 'MUHAMMAD ALI AL-HEBO', 'محمد علي الحبو'),
  entity('badaas', 'BADAAS, Mohamed Ali', 'person', true, { nationalities: ['Somalia'] }),
  entity('masjedi', 'MASJEDI, Iraj', 'person', true, { nationalities: ['Iran'] }),
  // ض as Iraq writes it, dh; a UN name in Arabic script has the family name's word too.
  entity('fayyadh', 'AL-FAYYADH, Falih', 'person', true, { nationalities: ['Iraq'] }),
  entity('sharikh', 'AL-SHARIKH, Abdul Mohsen Abdullah Ibrahim', 'person', true, { nationalities: ['Saudi Arabia'] }),
  // An alias of two of the commonest given names, in Latin letters only.
  { ...entity('harb', 'HARB, Khalil Yusif', 'person', true), names: [{ name: 'HARB, Khalil Yusif', type: 'primary' as const }, { name: 'AHMAD, Sayyid', type: 'aka' as const }] },
  { ...script('kubaysi', 'OMAR MAHMOOD IRHAYYIM AL-FAYYADH', 'عمر محمود ارحيم الفياض'), nationalities: ['Iraq'] },
  // A family many listed people share: one in Latin letters only, another with the UN's Arabic name.
  entity('abdulmalik', 'AL HOUTHI, Abdul Malik', 'person', true, yemen),
  script('khaliq', 'ABD AL-KHALIQ AL-HUTHI', 'عبد الخالق الحوثي'),
  // A kunya the list writes apart, in Latin letters only.
  entity('baghdadi', 'AL-BAGHDADI, Abu Bakr', 'person', true, { nationalities: ['Iraq'] }),
  entity('sabri', 'SABRI, Abdallah Yusuf Faisal', 'person', true, { nationalities: ['Jordan'] }),
  entity('masri', 'MASRI, Khaled', 'person', true, { nationalities: ['Egypt'] }),
  { ...entity('haniyeh', 'HANIYEH, Ismail', 'person', true, { nationalities: ['Palestinian'] }), names: ['HANIYEH, Ismail', 'HANIYA, Ismail', 'HANIYAH, Ismail'].map((name, k) => ({ name, type: k ? ('aka' as const) : ('primary' as const) })) },
  // Persian compound surnames, in Latin letters only.
  entity('hajizadeh', 'HAJIZADEH, Amir Ali', 'person', true, { nationalities: ['Iran'] }),
  entity('saburinezhad', 'SABURINEZHAD, Hamid', 'person', true, { nationalities: ['Iran'] }),
  ...['A', 'B', 'C', 'D', 'E', 'F'].map((f) => entity(`hisham-${f}`, `${f}HAMDANI, Hisham`, 'person', true, yemen)),
  entity('jamaleddine', 'JAMALEDDINE, Nazir Ahmad Mohammed', 'person', true, { nationalities: ['Syria'] }),
  // A family name with ق the list writes q, among listed words of the same consonants with fewer vowels (Russian ones).
  entity('qalei', 'QALEI, Nader', 'person', true, { nationalities: ['Syria'] }),
  ...['KLUEV', 'KLYUEV', 'KLUAI', 'KLIUIEV', 'KLUEVA', 'CALI'].map((f) => entity(`kl-${f}`, `${f}, Ivan`, 'person', true, { nationalities: ['Russia'] })),
  // A family name that is many listed people's given name.
  entity('ayman', 'AYMAN, Maalim', 'person', true, { nationalities: ['Somalia'] }),
  ...['A', 'B', 'C', 'D', 'E', 'F'].map((f) => entity(`ayman-${f}`, `${f}ZAWAHRI, Ayman`, 'person', true, yemen)),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));
const story = 'أدرجت وزارة الخزانة الأمريكية في القائمة السوداء ';

describe('Arabic pages and names the lists write in Latin letters only', () => {
  it('brings an Arabic word and the Latin romanisations to one consonant key', () => {
    expect(latinConsonantKey('saleh')).toBe('slh');
    expect(latinConsonantKey('salih')).toBe('slh');
    expect(arabicConsonantKeys('صالح')).toEqual(['slh']);
    expect(arabicConsonantKeys('عبدالله')).toContain(latinConsonantKey('abdullah'));
    expect(arabicConsonantKeys('الحوثي')).toContain(latinConsonantKey('houthi'));
    for (const spelling of ['qadhafi', 'ghathafi', 'qaddafi']) expect(arabicConsonantKeys('القذافي')).toContain(latinConsonantKey(spelling));
  });

  it('finds a person listed only in Latin letters by an Arabic name of three words or more, with و in front too', () => {
    expect(marks(story + 'علي عبدالله صالح ونجله.')).toEqual(['علي عبدالله صالح:saleh:sanctioned']);
    expect(marks(story + 'الرئيس السابق وأحمد علي عبدالله صالح.')).toEqual(['وأحمد علي عبدالله صالح:ahmed-saleh:sanctioned']);
  });

  it('reads "عبد الله" written apart as the one Latin word the lists write (Abdullah), and steps over "الله" only after such a word', () => {
    expect(marks(story + 'علي عبد الله صالح ونجله.')).toEqual(['علي عبد الله صالح:saleh:sanctioned']);
    expect(marks(story + 'على السفر على أحمد علي عبد الله صالح، القائد السابق.')).toEqual(['أحمد علي عبد الله صالح:ahmed-saleh:sanctioned']);
    expect(marks(story + 'علي الله صالح.')).toEqual([]);
  });

  it('begins a name with "عبد الله" written apart, the next word after the tail (sentence from arabicpost.net)', () => {
    expect(marks(story + 'المسؤول الذي أدرج على قائمة العقوبات هو عبد الله يوسف فيصل صبري، وهو أردني الجنسية.')).toEqual(['عبد الله يوسف فيصل صبري:sabri:sanctioned']);
  });

  it('never takes two words by their consonants alone where the story is thin (two sanctions words: latin-read-names.ts), nor a firm\'s one word, nor an everyday word, nor "على" (on) for Ali', () => {
    // Two sanctions words only ("وزارة الخزانة", "القائمة السوداء").
    expect(marks('وضعت وزارة الخزانة في القائمة السوداء ' + 'علي صالح وأحمد صالح.')).toEqual([]);
    expect(marks(story + 'وفق المبادئ العامة.')).toEqual([]);
    expect(marks(story + 'على عبدالله صالح.')).toEqual([]);
  });

  it('takes a name beside a place or a kinship word, which is no one\'s name word (NOT_GIVEN_AR)', () => {
    expect(marks(story + 'غربي السودان علي عبدالله صالح.')).toEqual(['علي عبدالله صالح:saleh:sanctioned']);
    expect(marks(story + 'وأحمد علي عبدالله صالح الابن البكر.')).toEqual(['وأحمد علي عبدالله صالح:ahmed-saleh:sanctioned']);
  });

  it('keeps the Arabic-script name first where the list gives one', () => {
    expect(marks(story + 'عبد الله يحيى الحاكم.')).toEqual(['عبد الله يحيى الحاكم:hakim:sanctioned']);
  });

  it('takes a given name the lists write in Latin letters only, with "و" in front, as the start of the name after it (sentence from alsaa.net)', () => {
    // Hisham Saif al-Din is not the listed Saif al-Din: "سيف الدين" goes on from his given name.
    expect(marks(story + 'القياديين حسين الخليل وهشام سيف الدين.')).toEqual([]);
    // "وفاة" (death) is no given name, though و + فاة reads as Wafa.
    expect(marks(story + 'نشر خبر وفاة سيف الدين المشهداني.')).toEqual(['سيف الدين المشهداني:mashhadani:sanctioned']);
  });

  it('reads a name\'s first word with "ل" (for, owned by) in front as the Latin given name, not with "ب" (sentence from halabtodaytv.net)', () => {
    expect(marks(story + 'السفير الإيراني في بغداد، وشركة مملوكة لإيرج مسجدي.')).toEqual(['لإيرج مسجدي:masjedi:sanctioned']);
    // "بشير" is Bashir, not ب + Sher: ب stays a name's own first letter.
    expect(marks(story + 'السفير الإيراني في بغداد، وشركة مملوكة بإيرج مسجدي.')).toEqual([]);
  });

  it('ends a name with the "الله" of its last word written apart, and begins one right after an organization\'s name (sentence from alsaa.net)', () => {
    expect(marks(story + 'أمين عام مليشيات حزب الله حسن نصر الله، ونائبه.')).toEqual(['حزب الله:ofac-4697:sanctioned', 'حسن نصر الله:nasrallah:sanctioned']);
  });

  it('reads ذ as the lists write it (dh, th, d) and ق also as gh: the father\'s name between (sentence from almashhadalaraby.com)', () => {
    expect(marks(story + 'تجديد منح محمد معمر القذافي وعائشة معمر القذافي إعفاء.')).toContain('وعائشة معمر القذافي:aisha:sanctioned');
  });

  it('takes the longer name that the Latin reading of its first word goes on to, over an Arabic-script name\'s first words (sentence from marsalqatar.qa)', () => {
    expect(marks(story + 'وعبدي صمد ومحمد علي بداس وسليمان متان، بحسب الوكالة.')).toEqual(['ومحمد علي بداس:badaas:sanctioned']);
  });

  it('reads ض also as dh (sentence from annasnews.com)', () => {
    expect(marks(story + 'فرضت الولايات المتحدة اليوم عقوبات جديدة على فالح الفياض، رئيس هيئة الحشد الشعبي العراقية.')).toEqual(['فالح الفياض:fayyadh:sanctioned']);
  });

  it('reads no one in two of the commonest Arabic names by their Latin letters, not even as possible (sentence from nokhbahnews.com)', () => {
    expect(marks(story + 'وافقت لجنة العقوبات على تمديد إعفاء 13 من القادة لكنها رفعت اسمي نائب وزير التعليم سعيد أحمد، ووزير التعليم العالي منها.')).toEqual([]);
  });

  it('reads an "Abd" compound Arabic writes as one word as the two words the list writes (sentence from almasryalyoum.com)', () => {
    expect(marks(story + 'والستة هم: وعبدالمحسن عبدالله إبراهيم الشارخ، وحجاج بن فهد العجمي.')).toEqual(['وعبدالمحسن عبدالله إبراهيم الشارخ:sharikh:sanctioned']);
  });

  it('links a family name without the article back alone only as the page wrote it in the name (sentences from sputniknews.com)', () => {
    expect(marks(story + 'السفير الإيراني في بغداد، إيرج مسجدي، في أحدث حلقة. وقال البيان إن مسجدي، وهو مستشار.')).toEqual(['إيرج مسجدي:masjedi:sanctioned', 'مسجدي:masjedi:sanctioned']);
    expect(marks(story + 'وقال البيان إن مسجدي، وهو مستشار.')).toEqual([]);
    // With "و" in front, as a sentence about him begins (sentence from zamanalwsl.net); not with no name before it.
    expect(marks(story + 'السفير الإيراني في بغداد، إيرج مسجدي، في أحدث حلقة. ومسجدي هو مستشار.')).toEqual(['إيرج مسجدي:masjedi:sanctioned', 'ومسجدي:masjedi:sanctioned']);
    expect(marks(story + 'ومسجدي هو مستشار.')).toEqual([]);
    // Named with the article, the bare word is the adjective (Egyptian).
    expect(marks(story + 'العقوبات على خالد المصري. وقال رجل أعمال مصري إنه غادر.')).toEqual(['خالد المصري:masri:sanctioned']);
  });

  it('links a family name with the article back alone, read loosely only as the page wrote it in the name (sentences from alnnhar.com)', () => {
    // "الأسد" writes no second a of ASSAD: read closely it is no name, but the page wrote it so in his name.
    expect(marks(story + 'عقوبات على بشار الأسد. ستفرض عقوبات على أي كيان يجري معاملات مع نظام الأسد.').map((m) => m.replace(/:[^:]+:/, ':'))).toEqual(['بشار الأسد:sanctioned', 'الأسد:sanctioned']);
    expect(marks(story + 'ستفرض عقوبات على أي كيان يجري معاملات مع نظام الأسد.')).toEqual([]);
    // Another listed family name the page did not write is still read closely: "السلاح", the weapon, is no Saleh.
    expect(marks(story + 'عقوبات على بشار الأسد وعلي عبدالله صالح. وقال إن السلاح وصل.').map((m) => m.replace(/:[^:]+:/, ':'))).toEqual(['بشار الأسد:sanctioned', 'وعلي عبدالله صالح:sanctioned']);
    // After a noun of kind the family name names the family's firm, not the person (sentences from thelenspost.com).
    expect(marks(story + 'عقوبات على بشار الأسد. وذكرت أسماء الكيانات وهي شركة الأسد، التي تتخذ من سوريا مقراً لها.').map((m) => m.replace(/:[^:]+:/, ':'))).toEqual(['بشار الأسد:sanctioned']);
  });

  it('links a family name with the article back alone when a listed Arabic-script name has the word too (sentences from almohrar.com)', () => {
    // "الفياض" is a word of a UN Arabic name (OMAR ... AL-FAYYADH), but the page named AL-FAYYADH, Falih through its Latin reading.
    expect(marks(story + 'عقوبات على رئيس هيئة الحشد الشعبي فالح الفياض. وقالت إن الحكومة الأمريكية أدرجت الفياض لدوره في أعمال العنف.')).toEqual(['فالح الفياض:fayyadh:sanctioned', 'الفياض:fayyadh:sanctioned']);
    // Not with no name before it: the word alone is the UN-listed man's family name as much as anyone's.
    expect(marks(story + 'وقالت إن الحكومة الأمريكية أدرجت الفياض لدوره في أعمال العنف.')).toEqual([]);
    // After a group's word the family's name is the group's, and after a noun with the article an adjective (sentences from skynewsarabia.com).
    const houthi = 'عقوبات على زعيم الميليشيات عبدالملك الحوثي. وفرض حظرا على تزويد جماعة الحوثي بالسلاح بعد التمرد الحوثي. وقال الحوثي إن';
    expect(marks(story + houthi)).toEqual(['عبدالملك الحوثي:abdulmalik:sanctioned', 'الحوثي:abdulmalik:sanctioned']);
  });

  it('reads a kunya Arabic writes as one word as the two words the list writes (sentence from almasryalyoum.com)', () => {
    expect(marks(story + 'زعيم التنظيم وأبوبكر البغدادي، بحسب البيان.')).toEqual(['وأبوبكر البغدادي:baghdadi:sanctioned']);
    expect(marks(story + 'زعيم التنظيم أبو بكر البغدادي، بحسب البيان.')).toEqual(['أبو بكر البغدادي:baghdadi:sanctioned']);
  });

  it('links a family name alone in a headline forward, after a title of the listed role the text names in full (sentences from alittihad44.com)', () => {
    const blocks = (headline: string) => scanPage(index, [headline, story + 'تستهدف العقوبات نجل الرئيس السوري بشار الأسد.']).map((ms) => ms.map((m) => `${m.text}:${m.status}`));
    expect(blocks('عقوبات جديدة على الجيش السوري ونجل الرئيس الأسد')).toEqual([['الأسد:sanctioned'], ['بشار الأسد:sanctioned']]);
    // Without the title it may be the family's head whom the text never names in full ("عقوبات ضد القذافي").
    expect(blocks('عقوبات جديدة على الجيش السوري ونظام الأسد')).toEqual([[], ['بشار الأسد:sanctioned']]);
  });

  it('links a family name of four letters without the article back alone, as the page wrote it in the name (sentences from alresalah.ps)', () => {
    expect(marks(story + 'رئيس المكتب السياسي إسماعيل هنية على قائمة الإرهاب. ويمنع أي مواطن أميركي من التعامل مع هنية.')).toEqual(['إسماعيل هنية:haniyeh:sanctioned', 'هنية:haniyeh:sanctioned']);
    // Alone, with no name before it on the page, the word is no one's.
    expect(marks(story + 'ويمنع أي مواطن أميركي من التعامل مع هنية.')).toEqual([]);
    // A compound surname with its tail written apart, and only with it: "نصر" alone is victory (sentence from nmisr.com).
    expect(marks(story + 'الأمين العام السيد حسن نصر الله ونائبه. بالإضافة إلى نصر الله و قاسم، وقال إن نصر المقاومة قريب.')).toEqual(['حسن نصر الله:nasrallah:sanctioned', 'نصر الله:nasrallah:sanctioned']);
    // A word that many listed people have as their given name is anyone's given name alone (sentence from somalalyaum.com).
    expect(marks(story + 'كل من أبو علي ومعلم أيمن، بينما يقود معلم أيمن ما يسمى بـ "جيش أيمن".')).toEqual(['ومعلم أيمن:ayman:sanctioned', 'معلم أيمن:ayman:sanctioned']);
  });

  it('reads a compound with "الدين" written apart as the one Latin word the lists write (sentences from halabtodaytv.net, syriandays.com)', () => {
    expect(marks(story + 'و”نذير أحمد جمال الدين” مدير شركة.')).toEqual(['نذير أحمد جمال الدين:jamaleddine:sanctioned']);
    expect(marks(story + 'ورجال الأعمال نذير جمال الدين وغيره.')).toEqual(['نذير جمال الدين:jamaleddine:sanctioned']);
    // The word alone is religion: no name.
    expect(marks(story + 'وقال رجل الدين جمال إن الدين لله.')).toEqual([]);
  });

  it('reads ق first as the Latin words that write it q (sentence from halabtodaytv.net)', () => {
    expect(marks(story + 'وبشار محمد عاصي، ونادر قلعي.')).toEqual(['ونادر قلعي:qalei:sanctioned']);
  });

  it('reads a Persian compound surname written as two words as the one Latin word the lists write (sentence from albawabhnews.com)', () => {
    expect(marks(story + 'قائد القوات الجوية في الحرس الثوري العميد أمير علي حاجي زاده الذي كان مسئولا.')).toContain('أمير علي حاجي زاده:hajizadeh:sanctioned');
    expect(marks(story + 'والعميد حميد صبوري نژاد.')).toEqual(['حميد صبوري نژاد:saburinezhad:sanctioned']);
    // Another man of the family; and Ali Hassanzadeh is not the listed Ali Hassan, whose name ends before the tail.
    expect(marks(story + 'العميد رضا حاجي زاده.')).toEqual([]);
    expect(marks(story + 'العميد علي حسن زاده.')).toEqual([]);
    expect(marks(story + 'العميد علي حسن.')).toEqual(['علي حسن:ofac-19428:sanctioned']);
    // "فر" is a tail (-far) and a verb (fled): a name before it ends there.
    expect(marks(story + 'العميد علي حسن فر إلى الخارج.')).toEqual(['علي حسن:ofac-19428:sanctioned']);
  });

  it('does not take an everyday word for the family name of someone named before, though it has the letters (sentence from yemeress.com)', () => {
    // "السلاح" (the weapon) has Saleh's consonants but an a where Saleh has none.
    expect(marks(story + 'علي عبدالله صالح ونجله، وحظر توريد السلاح.')).toEqual(['علي عبدالله صالح:saleh:sanctioned']);
  });
});
