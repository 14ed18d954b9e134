// Names in Arabic script: the UN list gives 368 of its people and groups in the original script ("أيمن محمد ربيع
// الظواهري"), and Arabic news writes them with the letters' variant forms and with words attached in front. So:
// - letters (normalize.ts folds each UTF-16 unit through ARABIC_LETTER_FOLDS): the alef with hamza above or below,
//   with madda and wasla is a bare alef (NFKD already takes the hamza off أ إ آ ؤ ئ); alef maqsura ى is ya, ta
//   marbuta ة is ha (الجلاهمة, الجلاهمه); Persian and Urdu ی ک ہ, which the Taliban entries use, are Arabic ي ك ه;
//   tashkeel (marks) and the tatweel ـ vanish inside a word;
// - a page word the names lack is read without the conjunctions و ف and the prepositions ب ل ك attached in front
//   ("وعبد", "لصالح", "للحوثي" for ل + الحوثي): arabicReadings, tried by the page lexer like a declined Cyrillic word;
// - "عبد الله" and "عبدالله", "عبد الملك" and "عبدالملك" are one name written apart or together: the index holds
//   both (arabicNameForms).
// Written here rather than taken from npm: arabic-text-normalizer (some 800 downloads a month) strips Quranic marks
// over whole strings, which the per-unit fold here already does, and knows nothing of attached prepositions;
// arabic-stem and multilingual-stemmer stem everyday words (a name's "ال" and endings would go too) and weigh more
// than this whole file in the content script.

/** Per letter: the letter it folds to (after NFKD and without marks, as normalize.ts folds). */
export const ARABIC_LETTER_FOLDS: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla
  '\u0649': '\u064a', // ى alef maqsura
  '\u0629': '\u0647', // ة ta marbuta
  '\u06cc': '\u064a', // ی Persian ya
  '\u06d2': '\u064a', // ے Urdu ya barree
  '\u06a9': '\u0643', // ک Persian kaf
  '\u06c1': '\u0647', // ہ Urdu heh goal
  '\u06c3': '\u0647', // ۃ
  '\u06be': '\u0647', // ھ heh doachashmee
};

/** The tatweel (kashida), which stretches a word and vanishes inside it like a soft hyphen. */
export const TATWEEL = '\u0640';

/** Whether a folded word is written in Arabic script (its first letter is). */
export function isArabicKey(key: string): boolean {
  return isArabicUnit(key.charCodeAt(0));
}

/** A UTF-16 unit of the Arabic blocks. */
export function isArabicUnit(c: number): boolean {
  return (c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f);
}

const ALEF = '\u0627';
const LAM = '\u0644';
const ARTICLE = ALEF + LAM; // ال

/**
 * The words a folded Arabic page word may be without what is attached in front, longest first, the word itself not
 * among them: "والحوثي" gives "الحوثي"; "للحوثي" (ل + ال, the alef dropped) "الحوثي"; "لصالح" "صالح". At least three
 * letters stay.
 */
export function arabicReadings(word: string): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    if (w.length >= 3 && w !== word && !out.includes(w)) out.push(w);
  };
  let rest = word;
  // و or ف ("and"), then one of ب ل ك ("with", "to", "as").
  if ((rest[0] === '\u0648' || rest[0] === '\u0641') && rest.length > 3) {
    rest = rest.slice(1);
    add(rest);
  }
  if (rest.startsWith(LAM + LAM)) add(ARTICLE + rest.slice(2));
  if ((rest[0] === '\u0628' || rest[0] === LAM || rest[0] === '\u0643') && rest.length > 3) add(rest.slice(1));
  return out;
}

// "عبد" (servant of) before one of God's names, written apart or together; "ابو" (father of) likewise.
const JOINED_COMPOUND = /(^|\s)(عبد|ابو)(ال)/gu;
const SPLIT_COMPOUND = /(^|\s)(عبد|ابو) (ال)/gu;

/**
 * The other spellings of a name in Arabic script that the page may use for its compounds: with every "عبد ال…" and
 * "ابو ال…" written apart, and with every one written together. `name` is as listed; the forms are returned only when
 * they differ from it.
 */
export function arabicNameForms(name: string): string[] {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '');
  const apart = folded.replace(JOINED_COMPOUND, '$1$2 $3');
  const together = folded.replace(SPLIT_COMPOUND, '$1$2$3');
  return [...new Set([apart, together])].filter((f) => f !== folded);
}

// The commonest given names and family-name words of the Arabic-speaking world, in Arabic script as the fold above
// leaves them: the same names as frequency.ts holds in Latin letters (Mohamed, Ahmed, Ali, Hassan, Abdullah...),
// which the page's Arabic words do not meet through any transliteration.
const COMMON_ARABIC = `
محمد احمد علي حسن حسين ابراهيم عبد الله عبدالله عمر يوسف مصطفي محمود خالد سعيد سالم صالح حامد الرحمن عبدالرحمن
كريم الكريم عثمان اسماعيل ناصر جمال فاطمه عايشه مريم خان شاه امين حمد حمدي طه ياسين يحيي موسي عيسي سليمان
عبدالله عبد العزيز المحمد الاحمد العلي الحسن الحسين ابو بن ولد
`;
const COMMON = new Set(COMMON_ARABIC.split(/\s+/).filter(Boolean));

/** Whether a folded Arabic word is one of the commonest Arabic names. */
export function isCommonArabicName(key: string): boolean {
  return COMMON.has(key);
}

/** The commonest Arabic names, folded (for a lexicon a page word is looked up in without its string). */
export function commonArabicNames(): string[] {
  return [...COMMON];
}

const COMPOUND_HEADS = new Set(['عبد', 'ابو', 'بن', 'ابن', 'ولد', 'ال']);

/**
 * The parts of a person's name written in Arabic script, as folded keys (`keyOf` splits and folds a string): the
 * last word is the family's (a nisba or laqab, "الظواهري", "التكريتي"), the words before it the person's own name
 * and the father's and grandfather's, so that news's "أيمن الظواهري" and "عزت الدوري" are the listed person's
 * shortened forms (variants.ts makes them). A name of one or two words stays as it is.
 */
export function arabicPersonName(name: string, keyOf: (s: string) => string[]): { given: string[]; family: string[] } {
  const words = keyOf(name);
  // The UN cuts some long names off after "عبد" or "بن" (اشرف محمد يوسف عثمان عبد): no family name to take.
  if (words.length < 3 || COMPOUND_HEADS.has(words[words.length - 1])) return { given: words, family: [] };
  // "عبد الحی عظیم عبد القادر": a last word after "عبد" or "أبو" is the tail of a compound name (Abdul Qader, the
  // father's or grandfather's), which the family name is as a whole: "عبد القادر" alone is any Abdul Qader.
  const cut = words.length >= 4 && COMPOUND_FIRSTS.has(words[words.length - 2]) ? 2 : 1;
  return { given: words.slice(0, -cut), family: words.slice(-cut) };
}

/** Whether a folded Arabic word is "عبد" or "أبو", which make one name with the word after them ("عبد الحی"). */
export function isCompoundFirst(key: string): boolean {
  return COMPOUND_FIRSTS.has(key);
}

/**
 * The name without its last word when that is a nisba with the article and three words or more stay: news names
 * Saddam Hussein's daughter "رغد صدام حسين" (RAGHAD SADDAM HUSSEIN AL-TIKRITI) and him "صدام حسين". Not when what
 * stays is one compound given name written in two words ("سيف الدين" of سيف الدين المشهداني, "عبد الله"): that is
 * any Saif al-Din's name, and "وعلق الصحفي سيف الدين" on a sanctions page was marked as the listed man.
 */
export function withoutNisba(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 3 || !/^(ال|ٱل|أل)/u.test(words[words.length - 1])) return undefined;
  const rest = words.slice(0, -1);
  if (rest.length === 2 && (COMPOUND_TAILS.has(rest[1]) || COMPOUND_FIRSTS.has(rest[0]))) return undefined;
  return rest.join(' ');
}

/** The words that make one given name with the word before ("سيف الدين", "عبد الله") or after ("عبد الرحمن", "أبو بكر"). */
const COMPOUND_TAILS = new Set(['الدين', 'الله']);
const COMPOUND_FIRSTS = new Set(['عبد', 'ابو', 'أبو']);

// Prepositions that fold to a name: "على" (on) is "علي" (Ali) once alef maqsura is ya; written with ى, it is the word.
// And the prepositions of time and place that a consonant key reads as a name: "بعد" (after) is ABUD's letters, "قبل"
// (before) QABIL's; the names are written otherwise (عبود, قابيل). And "ما" (what, not), the Chinese surname MA's
// letters, which ran a name on into "معلم أيمن ما يسمى" (Maalim Ayman, who leads what is called...).
const NEVER_NAMES = new Set(['على', 'إلى', 'الى', 'حتى', 'لدى', 'سوى', 'بعد', 'قبل', 'عند', 'منذ', 'ما']);

/**
 * "السيد" (Mr, and the Sayyid of a Prophet's descendant) and "السيدة" with the article, also behind و, ف, ل or ب: an
 * honorific before a name ("السيد حسن نصر الله", "السيد عبد الملك الحوثي"), read by its letters as the given name
 * Said. A given name takes no article; the family name al-Sayyid stands last ("إبراهيم أمين السيد").
 */
const HONORIFIC = /^[وف]?(?:ال|لل|بال)سيده?$/u;

/** Whether a folded Arabic word is the honorific "السيد" or "السيدة", with a prefix or none (not a name's first word). */
export function isArabicHonorific(word: string): boolean {
  return word.length >= 5 && word.length <= 8 && HONORIFIC.test(word);
}

/** isArabicHonorific of the page word text[start, end), making its string only where it ends in "سيد" or "سيدة". */
export function isArabicHonorificAt(text: string, start: number, end: number): boolean {
  if (end - start < 5 || end - start > 8) return false;
  let e = end;
  const last = text.charCodeAt(e - 1);
  if (last === 0x629 || last === 0x647) e--;
  if (text.charCodeAt(e - 1) !== 0x62f || text.charCodeAt(e - 2) !== 0x64a || text.charCodeAt(e - 3) !== 0x633) return false;
  return HONORIFIC.test(text.slice(start, end).replace(/\u0629$/u, '\u0647'));
}

/** Whether a page word in Arabic script, as written, is a preposition that folds to a name ("على": on, not Ali). */
export function isNeverName(written: string): boolean {
  return NEVER_NAMES.has(written);
}

/**
 * The length, first and last unit of each of them, for a test that makes no string: the first unit too, as "قال"
 * (said), among the commonest words, has the length and last unit of "قبل".
 */
const shape = (length: number, first: number, last: number) => length * 0x100000000 + first * 0x10000 + last;
const NEVER_SHAPES = new Set([...NEVER_NAMES].map((w) => shape(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))));
/**
 * The shortest and longest of them (two and three letters): the length first, as most page words are longer, and a
 * shape is a number beyond the small integers, which the Set hashes as a heap number.
 */
const NEVER_MIN = Math.min(...[...NEVER_NAMES].map((w) => w.length));
const NEVER_MAX = Math.max(...[...NEVER_NAMES].map((w) => w.length));

/** Whether text[start, end) may be one of isNeverName's words: false rules it out without making its string. */
export function mayBeNeverName(text: string, start: number, end: number): boolean {
  const n = end - start;
  return n >= NEVER_MIN && n <= NEVER_MAX && NEVER_SHAPES.has(shape(n, text.charCodeAt(start), text.charCodeAt(end - 1)));
}

/**
 * Whether a page word in Arabic script, as written, may go on a name beside it: not a preposition that folds to a
 * name ("على محمد": on Muhammad), nor a word with "و" or "ف" (and) in front that only so reads as a name word ("عبد
 * الخالق الحوثي وعبد الله…": two people). `listed`: the word as written is some listed name's word.
 */
export function mayContinueName(written: string, listed: boolean): boolean {
  if (NEVER_NAMES.has(written)) return false;
  return listed || !(written.startsWith('\u0648') || written.startsWith('\u0641'));
}

/** mayContinueName of the page word text[start, end), making its string only where it may be a never-name. */
export function mayContinueNameAt(text: string, start: number, end: number, listed: boolean): boolean {
  if (mayBeNeverName(text, start, end) && NEVER_NAMES.has(text.slice(start, end))) return false;
  const c = text.charCodeAt(start);
  return listed || !(start < end && (c === 0x648 || c === 0x641));
}
