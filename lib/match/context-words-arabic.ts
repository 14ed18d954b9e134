// The context words of Arabic news (context-words.ts reads them beside the others). Arabic writes the article and
// the conjunctions and prepositions in front of a word ("والعقوبات", "بتجميد"), and context words are read as
// written, so each is listed in the forms news uses; every word is folded when used (alef forms, ta marbuta).
// "عقوبات" is also a penal code's penalties ("قانون العقوبات") and a referee's: a story word only, which counts on a
// page that names sanctions for certain (a blacklist, the Treasury, frozen assets) or the Security Council.

export const STORY_WORDS_AR = [
  'عقوبات', 'العقوبات', 'بعقوبات', 'وعقوبات', 'للعقوبات', 'والعقوبات', 'بالعقوبات', 'إرهابي', 'إرهابية', 'الإرهابية', 'الإرهابي',
  'الإرهاب', 'إرهاب', 'للإرهاب', 'الإرهابيين', 'للإرهابيين', 'إرهابيين',
  // With the pronoun attached ("توسيع لائحة عقوباتها", "عقوباته على"), and "ل" in front.
  'عقوباتها', 'عقوباته', 'عقوباتهم', 'لعقوبات',
  // The UN's own Arabic word for its sanctions ("لجنة الجزاءات", "نظام الجزاءات"); "جزاء" alone is also a penalty kick.
  'الجزاءات', 'جزاءات', 'بالجزاءات', 'والجزاءات',
  // A designation ("أدرجت الخزانة...", "إدراج خمسة من قادة..."); also any listing or inclusion, so a story word.
  'إدراج', 'بإدراج', 'وإدراج', 'أدرجت', 'وأدرجت', 'أدرج', 'وأدرج',
];

export const FREEZE_WORDS_AR = ['تجميد', 'بتجميد', 'وتجميد', 'لتجميد', 'جمدت', 'وجمدت', 'جمد', 'وجمد'];
export const ASSET_WORDS_AR = [
  'أصول', 'الأصول', 'للأصول', 'أرصدة', 'الأرصدة', 'أموال', 'الأموال', 'أصوله', 'أرصدته',
  // With the pronoun attached ("بتجميد أرصدتها", "أموالهم"), and property ("ممتلكاتهم").
  'أصولها', 'أصولهم', 'أرصدتها', 'أرصدتهم', 'أموالها', 'أموالهم', 'أمواله', 'ممتلكات', 'الممتلكات', 'ممتلكاته', 'ممتلكاتها', 'ممتلكاتهم',
  // Accounts and deposits ("تجميد حساباتهم وودائعهم"), as the English list has "accounts".
  'حسابات', 'الحسابات', 'حساباته', 'حساباتها', 'حساباتهم', 'ودائع', 'الودائع', 'ودائعهم', 'وودائعهم',
];

/** Phrases with the same second word made one entry (the phrase tables are maps keyed by it). */
function byKey(phrases: readonly [string, string[]][]): [string, string[]][] {
  const out = new Map<string, string[]>();
  for (const [second, firsts] of phrases) out.set(second, [...(out.get(second) ?? []), ...firsts]);
  return [...out];
}

const LISTS = ['قائمة', 'لائحة', 'قوائم', 'لوائح', 'بقائمة', 'بلائحة', 'لقائمة', 'للائحة', 'وقائمة', 'ولائحة'];
const SANCTIONS_NOUNS = ['عقوبات', 'العقوبات', 'بالعقوبات', 'والعقوبات', 'للعقوبات', 'وعقوبات', 'بعقوبات', 'لعقوبات', 'الجزاءات', 'جزاءات'];

/** Two words, keyed by the second, the first in any of the forms given: "القائمة السوداء", "وزارة الخزانة". */
export const SANCTIONS_PHRASES_AR: readonly [string, string[]][] = byKey([
  // The blacklist, also with "لائحة", the Levant's word for a list ("أضافت على اللائحة السوداء").
  ['السوداء', ['القائمة', 'قائمة', 'القوائم', 'قوائم', 'بالقائمة', 'بالقوائم', 'للقائمة', 'للقوائم', 'اللائحة', 'لائحة', 'اللوائح', 'لوائح', 'باللائحة', 'باللوائح', 'للائحة', 'للوائح']],
  ['الخزانة', ['وزارة', 'لوزارة', 'ووزارة', 'بوزارة']],
  // The Caesar Act, the US law of Syria's sanctions ("قانون قيصر لحماية المدنيين").
  ['قيصر', ['قانون', 'لقانون', 'بقانون', 'وقانون']],
  // A sanctions list ("لائحة العقوبات", "قائمة العقوبات"), and sanctions a state or the UN imposes ("العقوبات
  // الأمريكية", "عقوبات اقتصادية"): a court's or a league's penalties are neither.
  ['العقوبات', LISTS],
  ['الجزاءات', [...LISTS, 'لجنة', 'للجنة', 'ولجنة', 'بلجنة', 'لجان']],
  ...['الأمريكية', 'الأميركية', 'الأوروبية', 'الأممية', 'الدولية', 'الغربية', 'البريطانية', 'الاقتصادية', 'اقتصادية', 'أمريكية', 'أميركية', 'أوروبية', 'دولية'].map(
    (adjective): [string, string[]] => [adjective, SANCTIONS_NOUNS],
  ),
  // The US Treasury without "وزارة" ("الخزانة الأمريكية"), and its Office of Foreign Assets Control ("مكتب مراقبة
  // الأصول الأجنبية").
  ...['الأمريكية', 'الأميركية'].map((us): [string, string[]] => [us, ['الخزانة', 'والخزانة', 'للخزانة', 'بالخزانة']]),
  ['الأجنبية', ['الأصول']],
]);

/**
 * A sanctions story's phrases, keyed by the second word: the travel ban that the UN's and the EU's lists impose
 * beside a freeze ("رفع مجلس الأمن حظر سفر...", "قيود السفر"). A country's or an epidemic's travel ban says so too,
 * so it is a story word, which counts only beside a sanctioning body or a word of sanctions for certain.
 */
export const STORY_PHRASES_AR: readonly [string, string[]][] = byKey([
  ...['السفر', 'سفر'].map((travel): [string, string[]] => [travel, ['حظر', 'بحظر', 'وحظر', 'لحظر', 'الحظر', 'منع', 'بمنع', 'ومنع', 'قيود', 'وقيود', 'القيود']]),
]);

/** Sanctioning bodies: the UN Security Council, the body of the UN lists ("مجلس الأمن"), and others. */
export const AUTHORITY_PHRASES_AR: readonly [string, string[]][] = byKey([
  ['الأمن', ['مجلس', 'لمجلس', 'بمجلس', 'ومجلس']],
  // The European Union, and the US State Department ("الخارجية الأمريكية", with or without "وزارة").
  ['الأوروبي', ['الاتحاد', 'للاتحاد', 'والاتحاد', 'بالاتحاد']],
  ...['الأمريكية', 'الأميركية'].map((us): [string, string[]] => [us, ['الخارجية', 'والخارجية', 'للخارجية', 'بالخارجية']]),
  // The Arab League, which imposes sanctions of its own (Syria, 2011): "جامعة الدول العربية", "الجامعة العربية".
  ['الدول', ['جامعة', 'لجامعة', 'وجامعة', 'بجامعة']],
  ['العربية', ['الجامعة', 'للجامعة', 'والجامعة', 'بالجامعة']],
]);

/** A sports report's words. */
export const SPORTS_WORDS_AR = [
  'مباراة', 'المباراة', 'مباريات', 'المباريات', 'هدف', 'الهدف', 'بهدف', 'أهداف', 'الأهداف', 'لاعب', 'اللاعب', 'لاعبي', 'لاعبو',
  'الدوري', 'بالدوري', 'المنتخب', 'مرمى', 'ركلة', 'الجولة', 'حارس', 'مهاجم', 'مدافع', 'تسديدة', 'بطولة', 'البطولة', 'الفريق',
  'لفريقه', 'نادي', 'النادي', 'الكرة', 'القدم', 'شباك', 'الشوط', 'شوطي',
];

// Titles before or after a name, by the English title whose bit they carry (context-words.ts), with the article and
// "و" or "ل" in front as news writes them. A title is no one's name word, so a name does not run on into it ("منصور
// السعدي رئيس أركان..."), and it is evidence of a listed role. Not the titles that are given names too (أمير Amir,
// ملك Malak, أمين Amin), nor "لواء" (a major general, also a brigade: "لواء فاطميون").
const withPrefixes = (word: string): string[] => [word, 'ال' + word, 'و' + word, 'وال' + word, 'ل' + word, 'لل' + word];
export const TITLES_AR: readonly [string, string[]][] = [
  ['president', withPrefixes('رئيس')],
  ['vice', withPrefixes('نائب')],
  ['minister', [...withPrefixes('وزير'), ...withPrefixes('وزيرة')]],
  ['commander', withPrefixes('قائد')],
  ['leader', withPrefixes('زعيم')],
  ['director', [...withPrefixes('مدير'), ...withPrefixes('مديرة')]],
  ['governor', withPrefixes('محافظ')],
  ['ambassador', withPrefixes('سفير')],
  ['spokesman', withPrefixes('متحدث')],
  ['colonel', [...withPrefixes('عقيد'), ...withPrefixes('عميد')]],
];

// Words news writes right beside a name that are no one's name word, though a listed Arabic name has their letters:
// places before a name ("غربي السودان علي يعقوب جبريل") and kin after it ("أحمد علي عبدالله صالح الابن البكر"). A
// name does not run on into them (isNameWord), so the name beside them stands.
export const NOT_GIVEN_AR = [
  'السودان', 'اليمن', 'سوريا', 'سورية', 'لبنان', 'العراق', 'ليبيا', 'الصومال', 'إيران', 'مصر', 'الأردن', 'فلسطين', 'السعودية', 'قطر',
  'الكويت', 'البحرين', 'الإمارات', 'تونس', 'الجزائر', 'المغرب', 'موريتانيا', 'أفغانستان', 'باكستان', 'تركيا', 'روسيا', 'أمريكا', 'دارفور',
  'دمشق', 'بيروت', 'بغداد', 'صنعاء', 'الخرطوم', 'طهران', 'واشنطن',
  'الابن', 'نجل', 'النجل', 'شقيق', 'الشقيق', 'ابنة', 'الابنة', 'زوجة', 'أرملة', 'والد', 'والدة', 'الأب', 'الأخ', 'الأكبر', 'الأصغر',
];
// The countries of the lists' Arab, Iranian and other entries as Arabic news names them: the country (with the
// article where Arabic writes it) and its nisba adjective with and without the article, both genders; each also
// with و, ب, ل in front ("بسوريا", "والعراق", "للعراق"). Arabic has no capitals, so every form names the country in
// any case (context-words.ts). Not "عمان" (also Amman), "المغرب" (also sunset), "مالي" (also financial).
const COUNTRIES_AR: readonly [string, string[], string][] = [
  ['sy', ['سوريا', 'سورية'], 'سوري'],
  ['iq', ['العراق'], 'عراقي'],
  ['lb', ['لبنان'], 'لبناني'],
  ['ye', ['اليمن'], 'يمني'],
  ['ir', ['إيران', 'ايران'], 'إيراني'],
  ['ly', ['ليبيا'], 'ليبي'],
  ['sd', ['السودان'], 'سوداني'],
  ['so', ['الصومال'], 'صومالي'],
  ['ps', ['فلسطين'], 'فلسطيني'],
  ['jo', ['الأردن'], 'أردني'],
  ['sa', ['السعودية'], 'سعودي'],
  ['eg', ['مصر'], 'مصري'],
  ['af', ['أفغانستان', 'افغانستان'], 'أفغاني'],
  ['pk', ['باكستان'], 'باكستاني'],
  ['tr', ['تركيا'], 'تركي'],
  ['ru', ['روسيا'], 'روسي'],
  ['kw', ['الكويت'], 'كويتي'],
  ['qa', ['قطر'], 'قطري'],
  ['bh', ['البحرين'], 'بحريني'],
  ['dz', ['الجزائر'], 'جزائري'],
  ['tn', ['تونس'], 'تونسي'],
];

/** A country's Arabic names and nisba adjective (masculine, no article) by its code: undefined if not in the table. */
export function arabicCountry(code: string): { names: readonly string[]; nisba: string } | undefined {
  const row = COUNTRIES_AR.find((r) => r[0] === code);
  return row && { names: row[1], nisba: row[2] };
}

/** The table's lines ("sy سوريا|بسوريا|..."), read by context-words.ts with the other languages' tables. */
export const COUNTRY_TABLE_AR: string = COUNTRIES_AR.map(([code, names, nisba]) => {
  const plain = [...names, nisba, nisba + 'ة'];
  const forms = new Set<string>();
  for (const w of plain) {
    const definite = w.startsWith('ال');
    // A country's own name takes no article ("سورية" is also the feminine adjective, which does).
    const words = definite ? [w] : names.includes(w) && w !== nisba + 'ة' ? [w] : [w, 'ال' + w];
    for (const x of words) for (const p of ['', 'و', 'ب', 'ل']) forms.add(p === 'ل' && x.startsWith('ال') ? 'لل' + x.slice(2) : p + x);
  }
  return `${code} ${[...forms].join('|')}`;
}).join('\n');
