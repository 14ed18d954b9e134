import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity, fixtureEntities } from './fixtures';

// Firms the lists write in Latin letters only (OFAC's Hamas investment office round of May 2022, the Makhloufs').
const firm = (id: string, country: string, ...names: string[]) => ({
  ...entity(id, names[0], 'organization', true, { countries: [country] }),
  names: names.map((name, n) => ({ name, type: n === 0 ? ('primary' as const) : ('aka' as const) })),
});
const index = buildNameIndex([
  ...fixtureEntities,
  firm('agrogate', 'Sudan', 'AGROGATE HOLDING'),
  firm('sidar', 'Algeria', 'SIDAR COMPANY'),
  firm('itqan', 'United Arab Emirates', 'ITQAN REAL ESTATE JSC'),
  firm('trend', 'Turkey', 'TREND GYO'),
  firm('syriatel', 'Syria', 'SYRIATEL'),
  firm('bustan', 'Syria', 'AL-BUSTAN CHARITY', 'AL-BUSTAN CHARITY ASSOCIATION'),
  firm('asyaf', 'Saudi Arabia', 'ASYAF INTERNATIONAL HOLDING GROUP FOR TRADING AND INVESTMENT', 'ASYAF INTERNATIONAL HOLDING GROUP'),
  firm('selselat', 'Iraq', 'SELSELAT AL THAHAB', 'سلسلة الذهب للصرافة'),
  // Groups OFAC designated with Haniyeh (January 2018), and a namesake brand without the article.
  firm('sabireen', 'Palestinian', 'HARAKAT AL-SABIREEN', 'AL-SABIREEN'),
  firm('sabrina', 'Panama', 'SABRINA'),
  firm('hasm', 'Egypt', 'HASM', 'HASM MOVEMENT'),
  firm('thawra', 'Egypt', 'LIWA AL-THAWRA'),
  // A brand that is a person's given name too (Aman), beside a listed Aman.
  firm('aman', 'Syria', 'AMAN HOLDING COMPANY', 'AMAN GROUP', 'AMAN HOLDING GROUP', 'AMAN HOLDING PRIVATE JSC'),
  entity('aman-person', 'ABDURRAHMAN, Aman', 'person', true, { nationalities: ['Indonesia'] }),
  // A Russian firm whose brand has Hamas's consonants, and Hamas, whose Arabic names the index adds.
  firm('hms', 'Russia', 'JOINT STOCK COMPANY HMS GROUP', 'HMS GROUP', 'HMS'),
  firm('hamas', 'Palestinian', 'HAMAS'),
  // Syrian firms whose Latin names read the construct state's t and leave out the place's article, and a brand that
  // is an everyday Arabic word's consonants (عدة, several).
  firm('cham-wings', 'Syria', 'CHAM WINGS AIRLINES', 'AJNEHAT AL SHAM', 'CHAM WINGS'),
  firm('cham-holding', 'Syria', 'CHAM HOLDING', 'AL SHAM COMPANY', 'SHAM HOLDING'),
  firm('day', 'Iran', 'DAY COMPANY'),
  // Firms named for their trade (OFAC's Syria rounds of 2019 and 2020), and a person who shares Amer.
  firm('mohaimen', 'Syria', 'AL-MOHAIMEN FOR TRANSPORTING & CONTRACTING', 'AL-MOHAIMEN FOR TRANSPORTING AND CONTRACTING'),
  firm('amer-development', 'Syria', 'AL-AMER DEVELOPMENT AND REAL ESTATE INVESTMENT'),
  firm('amer-plastic', 'Syria', 'AL-AMER FOR MANUFACTURE OF PLASTIC'),
  entity('amer-person', 'FOZ, Amer', 'person', true, { nationalities: ['Turkey'] }),
  firm('aman-damascus', 'Syria', 'AMAN DAMASCUS JOINT STOCK COMPANY', 'AMAN DAMASCUS JSC'),
  // A firm whose short alias joins the article to its words, as its full name puts "services" last (OFAC, 2020).
  firm('layth', 'Syria', 'AL-LAYTH ALZAHABE TRANSPORTATION AND SHIPPING SERVICES', 'ALLAYTH ALZAHABE'),
  // A brand whose first word is a person's given name too (Tair), its second a firm's only (EU and OFAC, 2023).
  firm('freebird', 'Syria', 'FREEBIRD TRAVEL AND TOURISM', 'AL-TAIR AL-HUR'),
  entity('tair-person', 'AL-TAIR, Hasan', 'person', true, { nationalities: ['Syria'] }),
  // Made-up Lebanese firms shaped like OFAC's Syria fuel round of 2019: the goods they trade in, and SAL, Lebanon's
  // legal form, which one name has only in its longer forms.
  firm('darso', 'Lebanon', 'DARSO POLYMERS & CHEMICALS CO SAL (OFF-SHORE)', 'DARSO POLYMERS AND CHEMICALS'),
  firm('tibar', 'Lebanon', 'TIBAR PETROLEUM SERVICE SAL', 'TIBAR PETROLEUM SERVICES LTD SAL (OFFSHORE)'),
]);

const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('a firm listed in Latin letters, named in Arabic after its noun of kind', () => {
  it('is found by the sound of its brand with its words of kind in Arabic order (sentence from arabicpost.net)', () => {
    expect(
      marks('وأضافت وزارة الخزانة أن الشركات الخاضعة للعقوبات تشمل شركة أجروجيت القابضة ومقرها السودان، وشركة سيدار ومقرها الجزائر، وشركة إتقان العقارية، ومقرها الإمارات، وشركة تريند جيو ومقرها تركيا.'),
    ).toEqual(['أجروجيت القابضة:agrogate', 'وشركة سيدار:sidar', 'إتقان العقارية:itqan', 'تريند جيو:trend']);
  });

  it('reads the article as the list writes it and the noun after the adjective (sentence from anbaa.info)', () => {
    expect(marks('فرضت وزارة الخزانة عقوبات على «جمعية البستان الخيرية» ومديرها في سوريا.')).toEqual(['جمعية البستان الخيرية:bustan']);
  });

  it('reads a movement\'s name in quotes after "حركة", and two after the dual "حركتي" (sentence from alresalah.ps)', () => {
    expect(marks('وتضمن إعلان "الخزانة" الأميركية إضافة حركة "الصابرين" الفلسطينية، وحركتي " حسم" و "لواء الثورة" المصريتين على قائمة الإرهاب.')).toEqual([
      'الصابرين:sabireen',
      'حسم:hasm',
      'لواء الثورة:thawra',
    ]);
    // Unquoted, nothing: "حركة" is also motion, "حسم" a decision.
    expect(marks('وتضمن إعلان الخزانة الأميركية إضافة حركة حسم في مصر على قائمة الإرهاب.')).toEqual([]);
  });

  it('reads a brand in quotes, alone or before its adjectives', () => {
    expect(marks('فرضت وزارة الخزانة الأمريكية عقوبات على إيهاب مخلوف نائب رئيس شركة «سيريتل» للهواتف المحمولة.')).toEqual(['سيريتل:syriatel']);
    expect(marks('وأضافت وزارة الخزانة الأمريكية إلى القائمة السوداء مجموعة "أسياف" الدولية القابضة، ومقرها السعودية.')).toEqual(['مجموعة "أسياف" الدولية القابضة:asyaf']);
  });

  it('reads a listed Arabic name past the quote that closes its brand (sentence from people.com.cn)', () => {
    expect(marks('أدرجت الأمم المتحدة على القائمة السوداء مكتبا للصرافة وشركة "سلسلة الذهب" للصرافة في العراق.')).toEqual(['سلسلة الذهب" للصرافة:selselat']);
  });

  it('reads a brand that persons\' names have too only before an adjective of kind (sentences from rozana.fm, halabtodaytv.net)', () => {
    expect(marks('فرضت وزارة الخزانة الأمريكية عقوبات على سامر وشقيقيه، وشركة أمان القابضة التي تديرها عائلته في سوريا.')).toEqual(['وشركة أمان القابضة:aman']);
    expect(marks('وشملت عقوبات الاتحاد الأوروبي سامر الفوز مدير شركة “أمان القابضة” ومن المقربين للنظام في سوريا.')).toEqual(['شركة “أمان القابضة:aman']);
    // Alone, in quotes or not, it is the given name or the word (safety).
    expect(marks('فرضت وزارة الخزانة الأمريكية عقوبات على شركة «أمان» في سوريا، وشركة أمان للتجارة.')).toEqual([]);
  });

  it('reads a word the lists hold in Arabic letters as itself, not as a Latin brand (sentence from snd.ps)', () => {
    expect(marks('وقالت وزارة الخزانة الأميركية إن العقوبات تستهدف 6 أفراد في قيادة حركة "حماس"، بينهم ممثلون لها في الخارج.')).toEqual(['حماس:hamas']);
  });

  it('takes the firm\'s country named in Arabic on the page as its evidence, far from the sanctions words (list from hibrpress.com)', () => {
    const far = ' وجاء ذلك في بيان صدر اليوم عن المكتب الإعلامي بشأن الطرق والجسور في المدينة.'.repeat(8);
    expect(marks('فرضت وزارة الخزانة الأمريكية عقوبات على شركات في الجزائر.' + far + ' 7. شركة سيدار')).toEqual(['شركة سيدار:sidar']);
    // Another country named is none of its evidence.
    expect(marks('فرضت وزارة الخزانة الأمريكية عقوبات على شركات في مصر.' + far + ' 7. شركة سيدار')).toEqual([]);
  });

  it('marks nothing without the noun of kind, for one brand word with no word of kind or quotes, or without evidence', () => {
    expect(marks('أدرجت وزارة الخزانة الأمريكية على القائمة السوداء أجروجيت القابضة ومقرها السودان.')).toEqual([]);
    expect(marks('أدرجت وزارة الخزانة الأمريكية على القائمة السوداء شركة سيريتل للهواتف.')).toEqual([]);
    expect(marks('افتتحت شركة سيدار فرعا جديدا في المدينة.')).toEqual([]);
  });

  it('reads the firms after the plural "شركات", a final ة as the construct state\'s t (sentence from globaljustice.sy)', () => {
    expect(marks('وأضاف أن العقوبات الأوروبية في سوريا تطاول أيضاً مؤسسات وشركات أجنحة الشام وإيلوما للاستثمارات.')).toEqual(['أجنحة الشام:cham-wings']);
    // After the plural, no "X COMPANY" of one word: "شركات عدة" are several companies.
    expect(marks('فرضت وزارة الخزانة الأمريكية عقوبات على شركات عدة في سوريا وإيران.')).toEqual([]);
  });

  it('reads the name after "تعرف باسم" (known as), without the place\'s article the list leaves out (sentence from zamanalwsl.net)', () => {
    expect(marks('واتخذت وزارة الخزانة الأمريكية هذا الإجراء ضد سوريا، إذ يملك مخلوف حصة من خلال شركة تعرف باسم "الشام القابضة".')).toEqual([
      'الشام القابضة:cham-holding',
    ]);
  });

  it('reads two names after a dual, the first one word without quotes before "و" (sentence from echoroukonline.com)', () => {
    expect(marks('وأدرجت وزارة الخزانة هنية في لائحة الإرهاب مع حركة الصابرين الفلسطينية ومجموعتي حسم و لواء الثورة المصريتين.')).toEqual([
      'حركة الصابرين:sabireen',
      'حسم:hasm',
      'لواء الثورة:thawra',
    ]);
    // Without a second name after "و", the one word is a word (حسم, a decision).
    expect(marks('وأدرجت وزارة الخزانة في لائحة الإرهاب مجموعتي حسم و العمل في مصر.')).toEqual([]);
  });

  it('reads a list item\'s firm without a noun of kind by its words of kind, in English order (list from hibrpress.com)', () => {
    const list = (items: string[]) => scanPage(index, items).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));
    const head = 'فرضت وزارة الخزانة الأمريكية عقوبات على 17 فردا وكيانا في سوريا.';
    expect(list([head, '1. العامر للتطوير والاستثمار العقاري\n2. العامر لتصنيع البلاستيك\n- المهيمن للنقل والمقاولات.'])).toEqual([
      'العامر للتطوير والاستثمار العقاري:amer-development',
      'العامر لتصنيع البلاستيك:amer-plastic',
      'المهيمن للنقل والمقاولات:mohaimen',
    ]);
    // A brand alone opens no item's firm, nor does a word of kind that is not the listed one; nor inside a sentence.
    expect(list([head, '1. المهيمن\n2. العامر للتجارة\nوقال إن العامر للتطوير والاستثمار العقاري مملوكة للعائلة.'])).toEqual([]);
    // Without a country or sanctions words on the page, nothing.
    expect(list(['افتتح المعرض أمس.', '1. العامر للتطوير والاستثمار العقاري'])).toEqual([]);
  });

  it('reads a list item\'s brand of two words, the article joined as Latin writes it, before a trade the alias leaves out (list from hibrpress.com)', () => {
    const list = (items: string[]) => scanPage(index, items).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));
    const head = 'فرضت وزارة الخزانة الأمريكية عقوبات على 17 فردا وكيانا في سوريا.';
    expect(list([head, '4. الليث الذهبي لخدمات النقل والشحن'])).toEqual(['الليث الذهبي:layth']);
    expect(marks('فرضت الخزانة الأمريكية عقوبات في سوريا على شركة الليث الذهبي لخدمات النقل والشحن.')).toEqual(['الليث الذهبي:layth']);
    // Without a word of kind after it, a list item's two words name no firm.
    expect(list([head, '4. الليث الذهبي\n5. الليث الذهبي في دمشق'])).toEqual([]);
  });

  it('reads a brand of two words after its noun whose first word persons\' names have too (sentence from globaljusticesyrianews.com)', () => {
    expect(marks('وأضاف أن العقوبات في سوريا تطاول أيضاً، مجموعة الدج، ومؤسسة الطير الحر للسياحة والسفر.')).toEqual(['الطير الحر:freebird']);
    // Not the person's word alone after the noun, nor read on into a person's name.
    expect(marks('وأضاف أن العقوبات في سوريا تطاول أيضاً مؤسسة الطير وشركة حسن الطير.')).toEqual([]);
  });

  it('reads the later names in quotes of a list after the plural "شركات", a city by its Latin name (sentence from halabtodaytv.net)', () => {
    expect(marks('كما شملت العقوبات في سوريا شركات “روافد” المملوكة لرامي مخلوف، و”أمان دمشق المساهمة”، و”ميرزا”.')).toEqual([
      'أمان دمشق المساهمة:aman-damascus',
    ]);
    // Without the plural noun before it in the sentence, a quote after "و" names no firm.
    expect(marks('فرضت وزارة الخزانة عقوبات في سوريا. وقال المدير إن و”أمان دمشق المساهمة” مشروع.')).toEqual([]);
  });
});

describe('a firm named for the goods and services it trades in', () => {
  it('reads the goods in the plural, and an adjective English sets before the services, without Lebanon\'s SAL', () => {
    expect(marks('فرضت وزارة الخزانة الأمريكية عقوبات على وشركة دارسو للبوليمرات والكيماويات ، وشركة تيبار للخدمات البترولية في لبنان.')).toEqual([
      'دارسو للبوليمرات والكيماويات:darso',
      'تيبار للخدمات البترولية:tibar',
    ]);
  });
});
