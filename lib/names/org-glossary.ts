// The words Russian and Ukrainian firms' names are made of, in English: the lists give many a Russian firm's name in
// English translation (JOINT STOCK COMPANY STATE TRANSPORTATION LEASING COMPANY), and Russian news writes the
// Russian name («Государственной транспортной лизинговой компании», declined). A Cyrillic word of such a name is
// also read as its English word, in any case and gender. The table holds the words of kind and of trade that the
// listed Russian, Ukrainian and Belarusian organizations' names use most (counted over the dataset), no brands.
// Such words are everyday words too ("Промышленный банк" is any industrial bank): a name with a word of this table
// needs a word from outside it (a brand), or three words or more of which one is not a mere word of kind (bank,
// company, state...): lib/match/glossary-names.ts asks `glossaryWordKind` before accepting it.
//
// Written here: dictionaries on npm (e.g. translation packages) call remote services or weigh megabytes; the
// forty words a firm's name is built of fit in this file.

type Kind = 'adj' | 'noun';

/** [English word(s), Cyrillic stems (Russian, Ukrainian), adjective or noun, a mere word of kind]. */
const ENTRIES: readonly [string, string, Kind, boolean][] = [
  ['bank', 'банк', 'noun', true],
  ['company', 'компани компані', 'noun', true],
  ['corporation', 'корпораци корпораці', 'noun', true],
  ['group', 'групп груп', 'noun', true],
  ['holding', 'холдинг', 'noun', true],
  ['association', 'объединени', 'noun', true],
  ['plant', 'завод', 'noun', true],
  ['factory', 'фабрик', 'noun', true],
  ['institute', 'институт інститут', 'noun', true],
  ['center centre', 'центр', 'noun', true],
  ['bureau', 'бюро', 'noun', true],
  ['belarus', 'беларус білорус', 'noun', true],
  ['enterprise', 'предприяти підприємств', 'noun', true],
  ['concern', 'концерн', 'noun', true],
  ['academy', 'академи академі', 'noun', true],
  ['fund foundation', 'фонд', 'noun', true],
  ['club', 'клуб', 'noun', true],
  ['championship', 'чемпионат чемпіонат', 'noun', false],
  ['system', 'систем', 'noun', true],
  ['union', 'союз', 'noun', true],
  ['commission', 'комисси комісі', 'noun', true],
  ['republic', 'республик республік', 'noun', true],
  ['house', 'дом дім', 'noun', true],
  // A police or military detachment (SOBR, "специальный отряд быстрого реагирования": SPECIAL RAPID RESPONSE TEAM).
  ['team', 'отряд спецотряд загін загон', 'noun', true],
  ['movement', 'движени', 'noun', false],
  ['army', 'арми армі', 'noun', false],
  ['development', 'развити розвитк', 'noun', false],
  ['reconstruction', 'реконструкци реконструкці', 'noun', false],
  ['state', 'государственн державн', 'adj', true],
  ['federal', 'федеральн', 'adj', true],
  // Also русский, the other Russian adjective, in a firm's name («Русский финансовый альянс»: RUSSIAN FINANCIAL ALLIANCE).
  ['russian', 'российск російськ русск руськ', 'adj', true],
  // Also as Belarus's own Russian-language press spells it ("Беларуской калийной компанией").
  ['belarusian', 'белорусск білоруськ беларуск беларусск', 'adj', true],
  ['peoples', 'народн', 'adj', true],
  ['national', 'национальн національн', 'adj', true],
  ['united', 'объединенн объединённ', 'adj', true],
  ['central', 'центральн', 'adj', true],
  ['international', 'международн міжнародн', 'adj', true],
  ['management', 'управляющ', 'adj', true],
  ['transportation transport', 'транспортн', 'adj', false],
  ['leasing', 'лизингов лізингов', 'adj', false],
  ['commercial', 'коммерческ комерційн', 'adj', false],
  ['absolute', 'абсолютн', 'adj', false],
  ['fight', 'бойцовск бійцівськ', 'adj', false],
  // A football club (FC AKHMAT GROZNY, PFC CSKA: lib/names/variants.ts spells the acronym out).
  ['football', 'футбольн', 'adj', false],
  ['industrial', 'промышленн промислов индустриальн індустріальн', 'adj', false],
  ['trade trading', 'торгов', 'adj', false],
  ['credit', 'кредитн', 'adj', false],
  ['financial', 'финансов фінансов', 'adj', false],
  ['alliance', 'альянс', 'noun', false],
  ['export', 'экспортн експортн', 'adj', false],
  ['savings', 'сберегательн ощадн', 'adj', false],
  ['payment', 'платежн платіжн', 'adj', false],
  ['election', 'избирательн виборч', 'adj', false],
  ['eurasian', 'евразийск євразійськ', 'adj', false],
  ['military', 'военн військов', 'adj', false],
  ['scientific', 'научн науков', 'adj', false],
  ['research', 'исследовательск дослідн', 'adj', false],
  ['production', 'производственн виробнич', 'adj', false],
  ['design', 'конструкторск конструкторськ', 'adj', false],
  ['engineering', 'инженерн інженерн', 'adj', false],
  ['shipbuilding', 'судостроительн суднобудівн', 'adj', false],
  ['aviation', 'авиационн авіаційн', 'adj', false],
  ['insurance', 'страхов', 'adj', false],
  ['catering', 'кейтерингов', 'adj', false],
  // A firm's English words of trade that Russian writes by their sound, as nouns ("Конкорд кейтеринг" for CONCORD
  // CATERING, "Конкорд менеджмент и консалтинг", "Оборонлогистика").
  ['catering', 'кейтеринг', 'noun', false],
  ['management', 'менеджмент', 'noun', false],
  ['consulting', 'консалтинг', 'noun', false],
  ['logistics', 'логистик логістик', 'noun', false],
  ['investment', 'инвестиционн інвестиційн', 'adj', false],
  ['oil', 'нефтян нафтов', 'adj', false],
  ['potash', 'калийн калійн', 'adj', false],
  ['gas', 'газов', 'adj', false],
  ['youth', 'молодежн молодёжн молодіжн', 'adj', false],
  ['youth', 'молодеж молодёж', 'noun', false],
  ['card', 'карт картк карток', 'noun', false],
  ['moscow', 'московск', 'adj', false],
  ['patriotic', 'патриотическ патріотичн', 'adj', false],
  // A state body's or an institute's words (SPECIAL TECHNOLOGY CENTER: «Специальный технологический центр»; FEDERAL
  // SECURITY SERVICE; ... SERVICE FOR MILITARY-TECHNICAL COOPERATION).
  ['special', 'специальн спеціальн', 'adj', true],
  ['technology technological', 'технологическ технологічн', 'adj', false],
  ['service', 'служб', 'noun', true],
  ['security', 'безопасност безпек', 'noun', false],
  ['cooperation', 'сотрудничеств співробітництв', 'noun', false],
  // Those a business union is made of (THE RUSSIAN UNION OF INDUSTRIALISTS AND ENTREPRENEURS: «Российский союз
  // промышленников и предпринимателей»), in the plural the name declines them in.
  ['industrialists', 'промышленник промисловц', 'noun', false],
  ['entrepreneurs', 'предпринимател підприємц', 'noun', false],
  ['employers', 'работодател роботодавц', 'noun', false],
  // One Russian word for two English ones: the index joins them in the listed name too (joined-compounds.ts).
  ['fareastern', 'дальневосточн далекосхідн', 'adj', false],
  ['blacksea', 'черноморск чорноморськ', 'adj', false],
];

/**
 * More words of bodies' names, read only where a name is read whatever its word order (lib/match/translated-names.ts:
 * "Банк развития сельского хозяйства" for AGRICULTURAL DEVELOPMENT BANK): the words of kind and of trade of the listed
 * bodies' names that news translates most (counted over the dataset's organizations), with the table above. Kept
 * apart so that the trie's readings of a Cyrillic word (lex-page.ts) stay as they were. "сельского хозяйства" is one
 * English word: both read as it; one entry's English words are one word to that reader (main, general).
 */
const TRANSLATED: readonly [string, string, Kind, boolean][] = [
  ['agricultural agriculture', 'сельскохозяйственн сільськогосподарськ сельск хозяйств сільськ господарств', 'adj', false],
  ['university', 'университет університет', 'noun', true],
  ['automation', 'автоматизаци автоматизаці', 'noun', false],
  ['reconnaissance intelligence', 'разведк розвідк', 'noun', false],
  ['reconnaissance intelligence', 'разведывательн розвідувальн', 'adj', false],
  ['technical', 'техническ технічн', 'adj', false],
  ['research', 'исследовани дослідженн', 'noun', false],
  ['professional', 'профессиональн професійн', 'adj', false],
  ['association', 'ассоциаци асоціаці', 'noun', true],
  ['designers designer', 'дизайнер', 'noun', false],
  ['processing', 'обработк обробк', 'noun', false],
  ['data', 'данн дан', 'adj', false],
  ['corps', 'корпус', 'noun', true],
  ['guard guards guardians', 'гварді гварди страж', 'noun', false],
  ['guard guards guardians', 'вартов', 'adj', false],
  ['islamic', 'исламск ісламськ', 'adj', false],
  ['revolution revolutionary', 'революци революці', 'noun', false],
  ['revolution revolutionary', 'революционн революційн', 'adj', false],
  ['main general', 'главн головн генеральн', 'adj', true],
  ['internal', 'внутренн внутрішн', 'adj', false],
  ['affairs', 'дел справ', 'noun', false],
  // Also "management", as the lists translate a Russian road authority's управление (MANAGEMENT OF FEDERAL ROADS).
  ['directorate department administration management', 'управлени управлінн департамент', 'noun', true],
  // "автомобильная дорога" is one road: both words read as it ("Управление федеральных автомобильных дорог").
  ['road roads', 'дорог доріг', 'noun', false],
  ['road roads', 'автомобильн автомобільн', 'adj', false],
  ['ministry', 'министерств міністерств', 'noun', true],
  ['committee', 'комитет комітет', 'noun', true],
  ['agency', 'агентств агенці', 'noun', true],
  ['police', 'полици поліці', 'noun', false],
  ['city', 'городск міськ', 'adj', true],
  ['executive', 'исполнительн виконавч', 'adj', false],
  ['children', 'детск дитяч', 'adj', false],
  ['public social', 'общественн громадськ', 'adj', true],
  // Plants' names (CHELYABINSK FORGE AND PRESS PLANT, MINSK MECHANICAL PLANT NAMED AFTER S.I. VAVILOV).
  ['mechanical', 'механическ механічн', 'adj', false],
  ['chemical', 'химическ хімічн', 'adj', false],
  ['forge forging', 'кузнечн ковальськ', 'adj', false],
  ['press', 'прессов пресов', 'adj', false],
];

/** One Russian or Ukrainian word for several English ones ("горисполкома": CITY EXECUTIVE COMMITTEE). */
const COMPOUNDS: readonly [string, string][] = [
  ['city executive committee', 'горисполком міськвиконком облисполком'],
  // The Soviet-style syllable compound news writes for a country's election commission.
  ['central election commission', 'центризбирком центрвиборчком'],
  // A plant "named after" its patron: имени, імені.
  ['named after', 'имени імені'],
  // A police body's Soviet-style acronym, as news writes it before its city ("ГУВД Минского горисполкома" for MAIN
  // INTERNAL AFFAIRS DIRECTORATE OF THE MINSK CITY EXECUTIVE COMMITTEE; ГУ МВД, ГУМВД the same under the ministry).
  ['main internal affairs directorate', 'гувд гумвд'],
  // A plant's Soviet-style contraction ("Салаватский химзавод": SALAVAT CHEMICAL PLANT).
  ['chemical plant', 'химзавод хімзавод'],
];

/** The English words of the glossary's adjectives and nouns of kind: what russian-order-forms.ts moves. */
export function glossaryEnglishWords(kind: Kind, generic?: boolean): Set<string> {
  return new Set(ENTRIES.filter(([, , k, g]) => k === kind && (generic === undefined || g === generic)).flatMap(([english]) => english.split(' ')));
}

/** Words that name a region (Far Eastern): a firm's name of two words with one of them is one firm, not a kind. */
const REGIONS = new Set(['fareastern']);

// Russian and Ukrainian endings of an adjective (every case and gender, singular and plural) and of a noun.
const ADJ_ENDINGS = new Set('ый ий ой ая яя ое ее ого его ому ему ым им ом ем ую юю ых их ыми ими ые ие ій а я е є ього ьому ім ої ьої у ю ою ьою і іх іми'.split(' '));
// -й: the genitive plural of a noun in -ие, -ия ("исследований": of research; "компаний": of companies).
// -єю: the Ukrainian instrumental of a noun in -ія ("компанією": with the company).
const NOUN_ENDINGS = new Set(['', ...'а у ом е и ы ов ам ами ах я ю ей ею ем ой ою і ї ів ові ям ями ях ь ью й єю'.split(' ')]);

interface Entry {
  english: readonly string[];
  kind: Kind;
  generic: boolean;
}

let stems: Map<string, Entry> | undefined;
function stemTable(): Map<string, Entry> {
  if (!stems) {
    stems = new Map();
    for (const [english, cyrillic, kind, generic] of ENTRIES) for (const stem of cyrillic.split(' ')) stems.set(stem, { english: english.split(' '), kind, generic });
  }
  return stems;
}

/** The glossary entry a lower-case Cyrillic word is a form of, or undefined. */
function entryOf(word: string): Entry | undefined {
  const table = stemTable();
  for (let cut = word.length; cut >= Math.max(3, word.length - 3); cut--) {
    const e = table.get(word.slice(0, cut));
    if (e && (e.kind === 'adj' ? ADJ_ENDINGS : NOUN_ENDINGS).has(word.slice(cut))) return e;
  }
  return undefined;
}

/** The first two letters of the regions' stems, as (first << 16 | second) UTF-16 units, and the shortest stem's length. */
let regionHeads: { heads: Set<number>; minLength: number } | undefined;
function regionStemHeads(): { heads: Set<number>; minLength: number } {
  if (!regionHeads) {
    const stems = ENTRIES.filter(([english]) => REGIONS.has(english.split(' ')[0])).flatMap(([, cyrillic]) => cyrillic.split(' '));
    regionHeads = { heads: new Set(stems.map((t) => (t.charCodeAt(0) << 16) | t.charCodeAt(1))), minLength: Math.min(...stems.map((t) => t.length)) };
  }
  return regionHeads;
}

/** A Cyrillic capital (А-Я, Ѐ-Џ) in lower case; any other unit as it is (none lower-cases into the Cyrillic stems' letters). */
export function lowerCyrillicUnit(c: number): number {
  return c >= 0x410 && c <= 0x42f ? c + 0x20 : c >= 0x400 && c <= 0x40f ? c + 0x50 : c;
}

/**
 * Whether the word text[start, end) may be a region's word (glossaryWordKind 'region'), by its length and first
 * two letters, without making its string: the scan asks this of every capitalised Cyrillic word before a lower-case one.
 */
export function mayBeRegionWord(text: string, start: number, end: number): boolean {
  const { heads, minLength } = regionStemHeads();
  return end - start >= minLength && heads.has((lowerCyrillicUnit(text.charCodeAt(start)) << 16) | lowerCyrillicUnit(text.charCodeAt(start + 1)));
}

/** The English words a lower-case Cyrillic word of a firm's name stands for ('транспортной': transportation, transport). */
export function orgGlossaryWords(word: string): readonly string[] {
  return entryOf(word)?.english ?? [];
}

/** The English words of a lower-case Cyrillic adjective of trade ('кейтеринговая': catering), not a mere word of kind. */
export function tradeAdjectiveWords(word: string): readonly string[] {
  const e = entryOf(word);
  return e && e.kind === 'adj' && !e.generic ? e.english : [];
}

// An adjective's longer endings, which a noun's forms do not have ("Бойцовский", "футбольного").
const LONG_ADJ_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ых|их|ые|ие|ій|ього|ої)$/;

/** Whether a lower-case Cyrillic word has an adjective's ending (some nouns do too: a cheap test, not a parse). */
export function hasAdjectiveEnding(word: string): boolean {
  return LONG_ADJ_ENDING.test(word);
}

/**
 * What the glossary says of a lower-case Cyrillic word: none, a mere word of kind (банк, государственной), a region's
 * name (дальневосточный), or another.
 */
export function glossaryWordKind(word: string): 'none' | 'generic' | 'region' | 'specific' {
  const e = entryOf(word);
  return !e ? 'none' : e.generic ? 'generic' : REGIONS.has(e.english[0]) ? 'region' : 'specific';
}

/**
 * The place a Russian or Ukrainian adjective in -ский, -цкий names ("Донецкой", "Мінського": Donetsk, Minsk), as the
 * place's own word ("донецк", "мінськ"), or undefined: "Донецкой народной республики" is DONETSK PEOPLE'S REPUBLIC.
 */
export function placeAdjectiveStem(word: string): string | undefined {
  for (let cut = word.length - 1; cut >= Math.max(4, word.length - 4); cut--) {
    const stem = word.slice(0, cut);
    if (/(?:с|ц)ь?к$/.test(stem) && ADJ_ENDINGS.has(word.slice(cut))) return stem;
  }
  return undefined;
}

// A town's name of five letters or more ending in a consonant, before the -ск- its adjective adds ("карачев").
const TOWN_BEFORE_SK = /^(.{4,}[бвгдзлмнпрстфхчшщ])сь?к$/;

/**
 * The places such an adjective may name: the stem ("донецк", "мінськ": the town's name ends in -ск), and for a town
 * whose name does not, the stem without the -ск- the adjective adds ("Карачевський завод": KARACHEV PLANT).
 */
export function placeAdjectivePlaces(word: string): readonly string[] {
  const stem = placeAdjectiveStem(word);
  if (!stem) return [];
  const town = TOWN_BEFORE_SK.exec(stem)?.[1];
  return town ? [stem, town] : [stem];
}

/**
 * A plural in the genitive as its nominative, the form the lists transliterate («Ночных волков»: NOCHNYE VOLKI): an
 * adjective in -ых, -их, and (`noun`) a noun in -ов, -ев. Empty for other words.
 */
export function genitivePluralNominatives(word: string, noun: boolean): string[] {
  if (word.length < 5) return [];
  const end = word.slice(-2);
  const stem = word.slice(0, -2);
  if (end === 'ых') return [stem + 'ые'];
  if (end === 'их') return [stem + 'ие'];
  if (noun && (end === 'ов' || end === 'ев')) return [stem + (/[кгхжшчщ]$/.test(stem) ? 'и' : end === 'ев' ? 'и' : 'ы')];
  return [];
}

let translatedTable: Map<string, Entry> | undefined;

/** What the order-free reader takes a word of a body's name for: the English words it keys on, and whether it is a mere word of kind. */
export interface TranslatedWord {
  concepts: readonly string[];
  generic: boolean;
}

/**
 * The glossary's reading of a lower-case Cyrillic word for the order-free reader: this table and the one above, and an
 * adjective's combining form before a hyphen ("военно-патриотическое", "військово-технічного": военн-, військов-).
 */
export function translatedEntryOf(word: string): TranslatedWord | undefined {
  if (!translatedTable) {
    translatedTable = new Map();
    for (const [english, cyrillic, kind, generic] of [...ENTRIES, ...TRANSLATED]) {
      for (const stem of cyrillic.split(' ')) if (!translatedTable.has(stem)) translatedTable.set(stem, { english: [english.split(' ')[0]], kind, generic });
    }
    for (const [english, cyrillic] of COMPOUNDS) for (const stem of cyrillic.split(' ')) translatedTable.set(stem, { english: english.split(' '), kind: 'noun', generic: false });
  }
  const table = translatedTable;
  const find = (w: string): Entry | undefined => {
    for (let cut = w.length; cut >= Math.max(3, w.length - 3); cut--) {
      const e = table.get(w.slice(0, cut));
      // A neuter noun's nominative too ("министерство", "сотрудничество"), which the table above never needed.
      if (e && ((e.kind === 'adj' ? ADJ_ENDINGS : NOUN_ENDINGS).has(w.slice(cut)) || (e.kind === 'noun' && w.slice(cut) === 'о'))) return e;
    }
    return undefined;
  };
  const e = find(word) ?? (word.length >= 5 && word.endsWith('о') ? find(word.slice(0, -1) + 'ое') : undefined);
  return e && { concepts: e.english, generic: e.generic };
}

/** The English words of both tables, each with its entry's first (the one the order-free reader keys on). */
export function glossaryEnglishConcepts(): [string, string][] {
  return [...ENTRIES, ...TRANSLATED].flatMap(([english]) => english.split(' ').map((w): [string, string] => [w, english.split(' ')[0]]));
}

/** Every Cyrillic stem the order-free reader knows (translatedEntryOf): for the scan's first test of a word. */
export function translatedStems(): string[] {
  return [...ENTRIES, ...TRANSLATED, ...COMPOUNDS].flatMap(([, cyrillic]) => cyrillic.split(' '));
}
