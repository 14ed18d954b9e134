// Women's given names in Arabic script. The list is AKhateeb/arabic-names `female-first-names-in-arabic.txt` (commit
// 32d5ec8, 230 popular women's names of the Arab world; MIT licence, copyright (c) 2018 AKhateeb), copied as it is.
// Left out when read (EVERYDAY): the names that are also everyday words news writes right before a person's name, a
// noun in a construct or a verb ("بيان حسن نصر الله", his statement; "ذكرى رفيق الحريري", his anniversary; "هند",
// India; "إلهام", also Ilham Aliyev's given name), the names the source also lists for men, and places ("أريحا").
import { foldWord } from './normalize';

const WOMEN = `
ابتسام إبتهال أبية أرجوان أرواح أريج أريحا إسراء أسرار إسعاد أسلية إسمهان أسمى أسوة أسيل أسيمة أمة الله إشراق
إشفاق أشواق أصالة أصيلة إفتكار أفراح أفكار أفنان ألحان ألطاف إلهام أليفة آمال أماني آمنة أمنية أميرة أمينة إناس
إنتصار انجي إنصاف إنعام أنيسة آيات إيناس بارعة بتلاء بدوية بديعة براءة براح براعم برلنتي بريكة بريهان بريئة بشرى بصيرة
بلبلة بنان بنانة بنفسج بهية بهيجة بوران بيان بيداء بيسان بيضاء بينة تحفة تحية تذكار تراث تركية تسامح تسبيح تسنيم
تقاء تقوى تلال تماضر تهامة تهاني تهنيد توحيدة تودد توسل توفيقة تي تيجان تيماء ثابتة ثائرة ثراء ثناء جلاء جمانة
جميلة جهام جهراء جورية جويرية جيهان حاكمة حبيبة حسناء حصة حلا حميدة حنان حوراء حياة خاتون ختام خديجة خلود خواطر خولة
خيرية دانة دانية درية دعاء دعد دلال ديمة ذكرى راغدة رامه رامية رانية راوية ربى رحاب رزان رشا رضوى رفيف رقية رمزية
رهام رهف روضة روعة رؤى ريم ريما زكية زمردة زينب سارة سالي سحر سلوى سماهر سمر سمية سناء سهى سهير شادية شذى شمائل شيماء
صابرين صبا عاتكة عبلة عبير عزة عصمت عفاف علا عنود غادة غزل غيداء فاتن فاطمة فتحية فدوى فريال فهمية فوزية فيحاء كوثر
لبنى لمى لؤلؤة ليلى ماجدة محاسن مرام مرح مروة مريم مزنة مسرة منال منى منيرة مها مي ميادة ميساء ميسون نابغة نادية نبيلة
نجود ندى نرمين نشوى نغم نهى نوال نورا نوفة هالة هبة هدى هديل هلا هنادي هند هيفاء وداد وعد ولاء يمنى
`;

// Nouns, adjectives and verbs of news (souls, secrets, loftiest, example, authenticity, joys, ideas, melodies, favours,
// inspiration, tame, hopes, wishes, security's, victory, fairness, favour, verses, Bedouin, acquittal, open space,
// buds, innocent, insight, confusion, violet, statement, Beisan, white, proof, masterpiece, greeting, souvenir,
// heritage, Turkish, tolerance, praise, Tasnim, piety, hills, Tihama, congratulations, courtship, plea, crowns, Tayma,
// firm, rebel, wealth, praise, evacuation, ruling, share, life, close, thoughts, charitable, prayer, anniversary,
// aiming, narrator, my lord, precincts, symbolic, garden, splendour, visions, magic, virtues, rose, spinning, pearl,
// merits, mirth, delight, genius, tune, forbade, gift, India, promise, loyalty, right hand), the source's man's name
// too (إيناس), a name of two words (أمة الله), and one of two letters that is none (تي).
const EVERYDAY = `
أرواح أريحا أسرار أسمى أسوة أصالة أصيلة أفراح أفكار ألحان ألطاف إلهام أليفة آمال أماني أمنية إنتصار إنصاف إنعام آيات
إيناس بدوية براءة براح براعم بريئة بصيرة بلبلة بنفسج بيان بيسان بيضاء بينة تحفة تحية تذكار تراث تركية تسامح تسبيح
تسنيم تقوى تلال تهامة تهاني تودد توسل تيجان تيماء ثابتة ثائرة ثراء ثناء جلاء حاكمة حصة حياة ختام خواطر خيرية دعاء ذكرى
رامية راوية ربى رحاب رمزية روضة روعة رؤى سحر شمائل عصمت علا غزل لؤلؤة محاسن مرح مسرة نابغة نغم نهى هبة هند وعد ولاء
يمنى أمة الله تي
`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

const NAMES: ReadonlySet<string> = (() => {
  const everyday = new Set(words(EVERYDAY).map(foldWord));
  return new Set(words(WOMEN).map(foldWord).filter((w) => !everyday.has(w)));
})();

/** Whether a folded Arabic word is a woman's given name of the table, also behind "و" ("وغادة"). */
export function isArabicWomansName(folded: string): boolean {
  return NAMES.has(folded) || (folded.length > 3 && folded.charCodeAt(0) === 0x648 && NAMES.has(folded.slice(1)));
}
