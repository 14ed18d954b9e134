// The context words of Arabic news (context-words.ts reads them beside the others). Arabic writes the article and
// the conjunctions and prepositions in front of a word ("والعقوبات", "بتجميد"), and context words are read as
// written, so each is listed in the forms news uses; every word is folded when used (alef forms, ta marbuta).
// "عقوبات" is also a penal code's penalties ("قانون العقوبات") and a referee's: a story word only, which counts on a
// page that names sanctions for certain (a blacklist, the Treasury, frozen assets) or the Security Council.

export const STORY_WORDS_AR = [
  'عقوبات', 'العقوبات', 'بعقوبات', 'وعقوبات', 'للعقوبات', 'والعقوبات', 'بالعقوبات', 'إرهابي', 'إرهابية', 'الإرهابية', 'الإرهابي',
  'الإرهاب', 'إرهاب', 'للإرهاب',
];

export const FREEZE_WORDS_AR = ['تجميد', 'بتجميد', 'وتجميد', 'لتجميد', 'جمدت', 'وجمدت', 'جمد', 'وجمد'];
export const ASSET_WORDS_AR = ['أصول', 'الأصول', 'للأصول', 'أرصدة', 'الأرصدة', 'أموال', 'الأموال', 'أصوله', 'أرصدته'];

/** Two words, keyed by the second, the first in any of the forms given: "القائمة السوداء", "وزارة الخزانة". */
export const SANCTIONS_PHRASES_AR: readonly [string, string[]][] = [
  ['السوداء', ['القائمة', 'قائمة', 'القوائم', 'قوائم', 'بالقائمة', 'بالقوائم', 'للقائمة', 'للقوائم']],
  ['الخزانة', ['وزارة', 'لوزارة', 'ووزارة', 'بوزارة']],
  // The Caesar Act, the US law of Syria's sanctions ("قانون قيصر لحماية المدنيين").
  ['قيصر', ['قانون', 'لقانون', 'بقانون', 'وقانون']],
];

/** The UN Security Council, the sanctioning body of the UN lists ("مجلس الأمن"). */
export const AUTHORITY_PHRASES_AR: readonly [string, string[]][] = [['الأمن', ['مجلس', 'لمجلس', 'بمجلس', 'ومجلس']]];

/** A sports report's words. */
export const SPORTS_WORDS_AR = [
  'مباراة', 'المباراة', 'مباريات', 'المباريات', 'هدف', 'الهدف', 'بهدف', 'أهداف', 'الأهداف', 'لاعب', 'اللاعب', 'لاعبي', 'لاعبو',
  'الدوري', 'بالدوري', 'المنتخب', 'مرمى', 'ركلة', 'الجولة', 'حارس', 'مهاجم', 'مدافع', 'تسديدة', 'بطولة', 'البطولة', 'الفريق',
  'لفريقه', 'نادي', 'النادي', 'الكرة', 'القدم', 'شباك', 'الشوط', 'شوطي',
];
