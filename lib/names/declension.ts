// Russian and Ukrainian names decline: "санкции против Путина", "Путину", "с Путиным", "о Путине". A capitalised
// Cyrillic word on a page is tried as written and then as the nominative each case ending could come from; the
// matcher keeps a form only where it meets a listed name's word, so "Мира" becomes "Мир" only if some name has it.
// Only names are read this way (the page lexer asks only for capitalised words that might be a name's), never
// everyday words, whose forms the context words list one by one. Indeclinable surnames (-ко, -енко, -ук, -их, -аго)
// are found as written, the first form tried.

/** [ending, what the nominative ends with instead, the letters the stem must end with (any if empty)]. */
type Rule = readonly [string, readonly string[], RegExp | null];

const AFTER_OV_IN = /(ов|ев|ёв|єв|ин|ын|ів|ін|їн)$/; // Путин, Лавров, Медведев (-ов/-ев/-ин surnames), Ukrainian Путін
const BELARUSIAN_OV_IN = /(ав|ев|эв|ов|ін|ын)$/; // Качанава, Лукашова: Belarusian writes unstressed о as а
const UKRAINIAN_O_NAME = /(тр|вл|йл|ил)$/; // Дмитро, Петро, Павло, Михайло, Данило
const AFTER_SK = /(ск|цк|ськ|цьк)$/; // adjectival: Жириновский, Вишневецкий, Зеленський (Песков is -ов)
const CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/;
const VELAR_OR_HUSH = /[кгхжшщч]$/;

const RULES: readonly Rule[] = [
  // -ов/-ев/-ин surnames: Путина, Путину, Путиным, Путине (Ukrainian Путіним); feminine Лаврова: Лавровой, Лаврову.
  ['ым', [''], AFTER_OV_IN],
  ['им', [''], AFTER_OV_IN],
  ['ой', ['а'], AFTER_OV_IN],
  ['ою', ['а'], AFTER_OV_IN],
  // Ukrainian feminine: Асланової, Аслановій (Russian Аслановой).
  ['ої', ['а'], AFTER_OV_IN],
  ['ій', ['а'], AFTER_OV_IN],
  ['а', [''], AFTER_OV_IN],
  ['у', ['', 'а'], AFTER_OV_IN],
  ['е', [''], AFTER_OV_IN],
  ['ові', [''], null],
  ['еві', [''], null],
  // Adjectival -ский/-цкий (Ukrainian -ський/-цький), feminine -ская/-ська.
  ['ого', ['ий', 'ой'], AFTER_SK],
  ['ому', ['ий', 'ой'], AFTER_SK],
  ['им', ['ий'], AFTER_SK],
  ['ом', ['ий', 'ой'], AFTER_SK],
  ['ой', ['ая'], AFTER_SK],
  ['ую', ['ая'], AFTER_SK],
  // Other adjectival surnames in -ой (Толстой, Лановой): Толстого, Толстому; and in -ый, -ий (Чалый, Ukrainian Чалий:
  // CHALIY): Чалого, Чалому, Чалым.
  ['ого', ['ой', 'ый', 'ий'], null],
  ['ому', ['ой', 'ый', 'ий'], null],
  ['ым', ['ый'], null],
  ['ої', ['а'], AFTER_SK],
  ['ій', ['а'], AFTER_SK],
  ['ою', ['а'], AFTER_SK],
  ['у', ['а'], AFTER_SK],
  // Given names and other surnames ending in a consonant: Владимира, Олегу, Ротенбергом, Дерипаске is below; and
  // Ukrainian ones in -о: Дмитра, Дмитру, Дмитром (Дмитро), Петра (Петро).
  ['а', [''], CONSONANT],
  ['у', [''], CONSONANT],
  ['ом', [''], CONSONANT],
  ['а', ['о'], UKRAINIAN_O_NAME],
  ['у', ['о'], UKRAINIAN_O_NAME],
  ['ом', ['о'], UKRAINIAN_O_NAME],
  ['ові', ['о'], UKRAINIAN_O_NAME],
  // Ukrainian declines the -ко surnames Russian leaves as they are: Лукашенка, Лукашенку, Лукашенком, Шевченкові.
  ['у', ['о'], /к$/],
  ['ом', ['о'], /к$/],
  ['ові', ['о'], /к$/],
  ['ем', [''], /(ич|ж|ш|ц)$/],
  ['е', [''], CONSONANT],
  ['і', [''], CONSONANT],
  // -й and -ь names: Сергея, Сергею, Сергеем; Дмитрия, Дмитрию, Дмитрием, Дмитрии; Игоря, Игорем.
  ['я', ['й', 'ь'], null],
  ['ю', ['й', 'ь'], null],
  ['ем', ['й', 'ь'], null],
  ['е', ['й', 'ь'], /[аеиоуяэ]$/],
  ['ии', ['ий'], null],
  // Ukrainian dative and instrumental of the -ій names: Сергієві, Юрієві, Юрієм (Сергій, Юрій), the stem with its і so
  // that a short one keeps three letters.
  ['єві', ['й'], /і$/],
  ['єм', ['й'], /і$/],
  ['ієм', ['ій'], null],
  ['ія', ['ій'], null],
  ['ію', ['ій'], null],
  // -а/-я names and surnames: Никиты, Дерипаски, Дерипаске, Дерипаску, Дерипаской; Ukrainian Юлії, Юлією.
  ['ы', ['а'], null],
  ['и', ['а', 'я'], VELAR_OR_HUSH],
  ['и', ['я'], null],
  // Ukrainian writes -и after any hard consonant: Миколи, Валентини, Олени (Микола, Валентина, Олена).
  ['и', ['а'], null],
  ['е', ['а', 'я'], null],
  ['у', ['а'], null],
  ['ю', ['я'], null],
  ['ой', ['а'], null],
  ['ей', ['я', 'а'], null],
  ['ою', ['а'], null],
  ['ею', ['я'], null],
  ['і', ['а', 'я'], null],
  // Ukrainian к, г, х before that і become ц, з, с: Дерипасці, Ользі (Дерипаска, Ольга).
  ['ці', ['ка'], null],
  ['зі', ['га'], null],
  ['сі', ['ха'], null],
  ['ї', ['я'], null],
  ['єю', ['я'], null],
  // Names in -ь of the feminine declension, firms' mostly: «Транснефти», «Транснефтью».
  ['и', ['ь'], /[бвдзлмнпрстф]$/],
  ['ью', ['ь'], null],
  // Belarusian feminine -ава/-ова/-іна in the oblique cases: "Наталлі Качанавай" (Kachanava).
  ['ай', ['а'], BELARUSIAN_OV_IN],
];

// A family in the plural: "Борис и Аркадий Ротенберги", "Аркадия и Бориса Ротенбергов" (Ukrainian Ротенбергів),
// "Ротенбергам", "Ротенбергами", "о Ротенбергах"; -ов/-ин surnames: Путины, Путиных, Путиными. Read so only after a
// given name: "братьев Ротенбергов" alone names a family, not one listed person.
const PLURAL_RULES: readonly Rule[] = [
  ['и', [''], CONSONANT],
  ['ов', [''], CONSONANT],
  ['ів', [''], CONSONANT],
  ['ам', [''], CONSONANT],
  ['ами', [''], CONSONANT],
  ['ах', [''], CONSONANT],
  ['ы', [''], AFTER_OV_IN],
  ['і', [''], AFTER_OV_IN],
  ['ых', [''], AFTER_OV_IN],
  ['их', [''], AFTER_OV_IN],
  ['ыми', [''], AFTER_OV_IN],
  ['ими', [''], AFTER_OV_IN],
];

// Given names that lose a vowel when declined (Павел: Павла; Лев: Льва; Пётр: Петра).
const FLEETING: Record<string, string> = { павл: 'павел', льв: 'лев', петр: 'пётр' };

/**
 * The forms a lower-case Cyrillic name word may have in the nominative singular, the word as written first
 * (`nominatives('путина')`: ['путина', 'путин']), and with `plural` the plural's after them ('ротенберги':
 * 'ротенберг'). A stem keeps three letters at least.
 */
export function nominatives(word: string, plural = false): string[] {
  const out = [word];
  const add = (w: string) => {
    if (!out.includes(w)) out.push(w);
  };
  for (const [ending, replacements, stemEnd] of plural ? [...RULES, ...PLURAL_RULES] : RULES) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 3 || (stemEnd && !stemEnd.test(stem))) continue;
    for (const r of replacements) add(stem + r);
    const fleeting = FLEETING[stem];
    if (fleeting) add(fleeting);
  }
  return out;
}
