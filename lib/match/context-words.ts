// What a page says around a name: which countries it names, whether it tells a sanctions story or a sports
// story, and the title written before a name. Ranking and the common-name rule read these.
import { foldWord } from '../names/normalize';
import * as ar from './context-words-arabic';
import * as ru from './context-words-cyrillic';
import { particles } from '../names/transliterate';
import { legalFormWords } from '../names/variants';

// ISO 3166 alpha-2 code, then the names and demonyms news text uses, folded, "|" between forms.
const COUNTRY_TABLE = `
af afghanistan|afghan|afghans
al albania|albanian
dz algeria|algerian
ao angola|angolan
ag antigua and barbuda
ar argentina|argentine|argentinian
am armenia|armenian
aw aruba
au australia|australian
at austria|austrian
az azerbaijan|azerbaijani
bs bahamas|bahamian
bh bahrain|bahraini
bd bangladesh|bangladeshi
bb barbados
by belarus|belarusian|belorussian
be belgium|belgian
bz belize|belizean
bj benin|beninese
bm bermuda
bo bolivia|bolivian
ba bosnia|bosnian|bosnia and herzegovina|bih
br brazil|brazilian
vg british virgin islands|bvi
bn brunei
bg bulgaria|bulgarian
bf burkina faso|burkinabe
mm burma|myanmar|burmese
bi burundi|burundian
kh cambodia|cambodian
cm cameroon|cameroonian
ca canada|canadian
cv cape verde|cabo verde
ky cayman islands
cf central african republic
cl chile|chilean
cn china|chinese|prc
co colombia|colombian
km comoros|comorian
cd congo|congolese|drc|democratic republic of the congo|congo democratic republic of the
ck cook islands
cr costa rica|costa rican
hr croatia|croatian
cu cuba|cuban
cy cyprus|cypriot
cz czech republic|czechia|czech
dk denmark|danish
dj djibouti|djiboutian
do dominican republic|dominican
ec ecuador|ecuadorian
eg egypt|egyptian|egyptians
sv el salvador|salvadoran
gq equatorial guinea
er eritrea|eritrean
ee estonia|estonian
et ethiopia|ethiopian
fi finland|finnish
fr france|french
ga gabon|gabonese
gm gambia|gambian
ge georgia|georgian
de germany|german
gh ghana|ghanaian
gi gibraltar
gr greece|greek
gt guatemala|guatemalan
gw guinea-bissau|guinea bissau
gn guinea|guinean
gy guyana|guyanese
ht haiti|haitian
hn honduras|honduran
hk hong kong
hu hungary|hungarian
is iceland|icelandic
in india|indian
id indonesia|indonesian
ir iran|iranian|iranians
iq iraq|iraqi|iraqis
ie ireland|irish
im isle of man
il israel|israeli
it italy|italian
ci ivory coast|ivorian|cote d'ivoire|cote d ivoire|côte d'ivoire
jm jamaica|jamaican
jp japan|japanese
jo jordan|jordanian
kz kazakhstan|kazakh
ke kenya|kenyan
ki kiribati
xk kosovo|kosovar|kosovars
kp north korea|dprk|north korean|korea north|democratic people's republic of korea
kr south korea|south korean|korea south
kw kuwait|kuwaiti
kg kyrgyzstan|kyrgyz
la laos|lao|laotian
lv latvia|latvian
lb lebanon|lebanese
lr liberia|liberian|liberians
ly libya|libyan
li liechtenstein
lt lithuania|lithuanian
lu luxembourg
mo macau|macao
my malaysia|malaysian
mv maldives|maldivian|maldivians
ml mali|malian
mt malta|maltese
mh marshall islands
mr mauritania|mauritanian
mx mexico|mexican
md moldova|moldovan
mc monaco|monegasque
mn mongolia|mongolian
me montenegro|montenegrin
ma morocco|moroccan
mz mozambique|mozambican
na namibia|namibian
np nepal|nepalese
an netherlands antilles
nl netherlands|dutch|holland
nz new zealand
ni nicaragua|nicaraguan
ne niger|nigerien
ng nigeria|nigerian
mk north macedonia|macedonia|macedonian
no norway|norwegian
om oman|omani
pk pakistan|pakistani
pw palau
ps palestine|palestinian|gaza|west bank
pa panama|panamanian
py paraguay|paraguayan
pe peru|peruvian
ph philippines|philippine|filipino
pl poland|polish
pt portugal|portuguese
qa qatar|qatari
cg republic of the congo|congo-brazzaville
ro romania|romanian
ru russia|russian|russians|russian federation
rw rwanda|rwandan
kn saint kitts and nevis|st kitts and nevis
vc saint vincent and the grenadines|st vincent and the grenadines
ws samoa
sm san marino
st sao tome and principe
sa saudi arabia|saudi|saudis
sn senegal|senegalese
rs serbia|serbian
sc seychelles
sl sierra leone|sierra leonean
sg singapore|singaporean
sk slovakia|slovak
si slovenia|slovenian
so somalia|somali
za south africa|south african
ss south sudan|south sudanese
es spain|spanish
lk sri lanka|sri lankan
sd sudan|sudanese
sr suriname
se sweden|swedish
ch switzerland|swiss
sy syria|syrian|syrians|syrian arab republic
tw taiwan|taiwanese
tj tajikistan|tajik
tz tanzania|tanzanian
th thailand|thai
tg togo|togolese
tt trinidad and tobago
tn tunisia|tunisian
tr turkey|turkiye|turkish
tm turkmenistan|turkmen
tv tuvalu
ug uganda|ugandan
ua ukraine|ukrainian
ae united arab emirates|uae|emirati|emirates|dubai
gb united kingdom|britain|british|uk|england|english|scotland|wales
us united states|usa|american|americans
uy uruguay|uruguayan
uz uzbekistan|uzbek
vu vanuatu
ve venezuela|venezuelan|venezuelans|bolivarian republic of venezuela
vn vietnam|viet nam|vietnamese
ye yemen|yemeni
zw zimbabwe|zimbabwean
zm zambia|zambian
`;

// The same in Spanish, for the countries Spanish-language news about sanctions names most: the country's name
// first, then its demonyms.
const COUNTRY_TABLE_ES = `
af afganistán|afgano|afgana
by bielorrusia|belarús|bielorruso|bielorrusa|bielorrusos
bo bolivia|boliviano|boliviana
br brasil|brasileño|brasileña
ca canadá|canadiense
cn china|chino|chinos
co colombia|colombiano|colombiana|colombianos
cu cuba|cubano|cubana|cubanos|cubanas
ec ecuador|ecuatoriano|ecuatoriana
eg egipto|egipcio
es españa|español|española
fr francia|francés|francesa
de alemania|alemán|alemana
hu hungría|húngaro|húngara
ir irán|iraní|iraníes
iq irak|iraquí
il israel|israelí
lb líbano|libanés|libanesa
ly libia|libio
mx méxico|mexicano|mexicana|mexicanos|mexicanas
ni nicaragua|nicaragüense|nicaragüenses
kp corea del norte|norcoreano|norcoreana|norcoreanos
kr corea del sur|surcoreano|surcoreana
pa panamá|panameño|panameña
pe perú|peruano|peruana
ru rusia|ruso|rusa|rusos|rusas|federación rusa
sy siria|sirio|sirios
tr turquía|turco|turca
ua ucrania|ucraniano|ucraniana
gb reino unido|británico|británica
us estados unidos|estadounidense|estadounidenses|norteamericano|norteamericana
ve venezuela|venezolano|venezolana|venezolanos|venezolanas
cf república centroafricana|centroafricano|centroafricana
mm birmania|birmano|birmana|birmanos|birmanas
ae emiratos árabes unidos|emiratos|emiratí|emiratíes
sa arabia saudita|arabia saudí|saudí|saudíes
hn honduras|hondureño|hondureña|hondureños|hondureñas
gt guatemala|guatemalteco|guatemalteca|guatemaltecos|guatemaltecas
sv el salvador|salvadoreño|salvadoreña|salvadoreños|salvadoreñas
do república dominicana|dominicano|dominicana|dominicanos
cr costa rica|costarricense|costarricenses
kh camboya|camboyano|camboyana|camboyanos
py paraguayo|paraguaya|paraguayos|paraguayas
ht haití|haitiano|haitiana|haitianos|haitianas
ss sudán del sur|sursudanés|sursudanesa
sd sudán|sudanés|sudanesa|sudaneses
ye yemení|yemeníes
ar argentino|argentina|argentinos
cl chileno|chilena|chilenos
ml malí|maliense|malienses
cd república democrática del congo|congoleño|congoleña
pk pakistán|paquistaní|pakistaní
ba bosnio|bosnia|bosnios
rs serbio|serbia|serbios
`;

/** Spanish, Russian and Ukrainian demonyms, written in lower case ("el gobierno ruso", "российский"), and Arabic's country words, which has no capitals: they name the country in any case. */
const LOWER_CASE_DEMONYMS = new Set(
  [...COUNTRY_TABLE_ES.trim().split('\n'), ...ru.COUNTRY_TABLE_RU.trim().split('\n')]
    .flatMap((line) => line.slice(3).split('|').slice(1))
    .concat(ar.COUNTRY_TABLE_AR.split('\n').flatMap((line) => line.slice(3).split('|')))
    .filter((form) => !form.includes(' '))
    .map(foldWord),
);

/** Whether a country word counts written in lower case: a Spanish demonym, not "turkey" or "china". */
export function countryInLowerCase(key: string): boolean {
  return LOWER_CASE_DEMONYMS.has(key);
}

/** Country codes by folded name or demonym, the phrase split into tokens ("north korea"). */
const COUNTRY_BY_PHRASE = new Map<string, string>();
/**
 * The first token of each phrase, for the scanner's quick check, and as bits (bit n) the token counts of the phrases it
 * begins: countryAt joins the page's tokens only into phrases of a length the table has.
 */
const COUNTRY_FIRST = new Map<string, number>();
/** Each code's country number, in the order the tables first give it: the scan asks it of every country a page names, where indexOf read a list of the codes one by one. */
const CODE_INDEX = new Map<string, number>();

for (const line of [...COUNTRY_TABLE.trim().split('\n'), ...COUNTRY_TABLE_ES.trim().split('\n'), ...ru.COUNTRY_TABLE_RU.trim().split('\n'), ...ar.COUNTRY_TABLE_AR.split('\n')]) {
  const code = line.slice(0, 2);
  if (!CODE_INDEX.has(code)) CODE_INDEX.set(code, CODE_INDEX.size);
  COUNTRY_BY_PHRASE.set(code, code);
  for (const form of line.slice(3).split('|')) {
    const phrase = form.split(' ').map(foldWord).join(' ');
    COUNTRY_BY_PHRASE.set(phrase, code);
    const words = phrase.split(' ');
    COUNTRY_FIRST.set(words[0], (COUNTRY_FIRST.get(words[0]) ?? 0) | (1 << Math.min(words.length, 31)));
  }
}

// The UN's formal names of countries, as its consolidated list gives an entry's country ("Iran (Islamic Republic
// of)"): read for a listed entry's countries only, never looked for on a page. (The formal names news also writes,
// "Democratic People's Republic of Korea", "Syrian Arab Republic", are in the table above.)
const FORMAL_COUNTRY_NAMES: readonly [string, string][] = [
  ['Iran (Islamic Republic of)', 'ir'],
  ['United Kingdom of Great Britain and Northern Ireland', 'gb'],
  ['United States of America', 'us'],
  ['North Macedonia, The Republic of', 'mk'],
  ['United Republic of Tanzania', 'tz'],
  ['State of Palestine', 'ps'],
  ['China, Hong Kong Special Administrative Region', 'hk'],
  // OFAC's "Name, article" order and its abbreviations.
  ['Virgin Islands, British', 'vg'],
  ['Congo, Republic of the', 'cg'],
  ['Bahamas, The', 'bs'],
  ['Man, Isle of', 'im'],
  ['The Gambia', 'gm'],
  ['St. Kitts and Nevis', 'kn'],
  ['St. Kitts & Nevis', 'kn'],
  ['St. Vincent and the Grenadines', 'vc'],
];
const foldCountry = (value: string) =>
  value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(foldWord)
    .join(' ');
const FORMAL_BY_FOLDED = new Map(FORMAL_COUNTRY_NAMES.map(([name, code]) => [foldCountry(name), code]));

/**
 * The country code for a dataset's country field: an ISO code ("VE", "ve") or a name ("Venezuela",
 * "Korea, North"). Undefined for what the table does not know.
 */
export function countryCode(value: string): string | undefined {
  const folded = foldCountry(value);
  const direct = COUNTRY_BY_PHRASE.get(folded) ?? FORMAL_BY_FOLDED.get(folded);
  if (direct) return direct;
  // OFAC's "Region: Gaza", "Region: West Bank": the region's country when the table knows the region.
  if (folded.startsWith('region: ')) return countryCode(value.slice(value.indexOf(':') + 1));
  // "Korea, North" as OFAC writes it.
  const parts = folded.split(' ');
  if (parts.length === 2) return COUNTRY_BY_PHRASE.get(`${parts[1]} ${parts[0]}`);
  return undefined;
}

export function countryIndex(code: string): number {
  return CODE_INDEX.get(code) ?? -1;
}

/** The most tokens a country's phrase that begins with `key` has (0: none begins with it). */
export function countryPhraseTokens(key: string): number {
  const lengths = COUNTRY_FIRST.get(key);
  return lengths === undefined ? 0 : 31 - Math.clz32(lengths);
}

/**
 * Every phrase countryAt finds on a page (the two-letter codes left out), split into its words, with its country's
 * number: for a table of the phrases by the lexicon's word numbers, made once per index (lex-page.ts).
 */
export function countryPhraseList(): [words: string[], country: number][] {
  const list: [string[], number][] = [];
  for (const [phrase, code] of COUNTRY_BY_PHRASE) if (phrase.length > 2) list.push([phrase.split(' '), countryIndex(code)]);
  return list;
}

/** The country a run of page tokens names at position i, and how many tokens it takes. */
export function countryAt(keys: readonly string[], i: number, count: number): { code: string; length: number } | undefined {
  const k = keys[i];
  const lengths = COUNTRY_FIRST.get(k);
  if (lengths === undefined) return undefined;
  // No phrase is made of a length no phrase this word begins has ("venezuela" begins only itself, "united" none of one).
  for (let n = Math.min(4, count - i); n >= 1; n--) {
    if (!(lengths & (1 << n))) continue;
    const phrase = n === 1 ? k : n === 2 ? `${k} ${keys[i + 1]}` : keys.slice(i, i + n).join(' ');
    const code = COUNTRY_BY_PHRASE.get(phrase);
    // Two-letter codes name a country only in the dataset; on a page "us" and "in" are words.
    if (code && phrase.length > 2) return { code, length: n };
  }
  return undefined;
}

/** The one-word English names and demonyms of a country ("venezuela", "venezuelan"), for the names it qualifies. */
export function englishCountryWords(code: string): string[] {
  const line = COUNTRY_TABLE.trim().split('\n').find((l) => l.startsWith(`${code} `));
  return line ? line.slice(3).split('|').filter((f) => !f.includes(' ')).map(foldWord) : [];
}

export function isCountryWord(key: string): boolean {
  return COUNTRY_BY_PHRASE.has(key) && key.length > 2;
}

/**
 * Titles and roles written before a name. Each has a bit; an entity's positions ("President of the
 * Bolivarian Republic of Venezuela") give it the same bits, and a title that matches the entity's role
 * is evidence that the page means this person.
 */
const TITLES: readonly string[][] = [
  ['president', 'presidente', 'presidenta', 'expresidente', 'expresidenta'],
  ['vice', 'deputy'],
  ['minister', 'ministry', 'ministro', 'ministra', 'ministerio', 'exministro', 'exministra', 'canciller'],
  ['general', 'gen', 'generals', 'generales', 'gral'],
  ['colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'brigadier', 'brig', 'coronel', 'teniente'],
  ['commander', 'commanding', 'comandante'],
  ['director', 'directorate', 'directora', 'exdirector', 'exdirectora'],
  ['governor', 'gobernador', 'gobernadora', 'exgobernador', 'exgobernadora'],
  ['ambassador', 'envoy', 'attache', 'embajador', 'embajadora'],
  ['senator', 'lawmaker', 'deputy', 'legislator', 'parliament', 'parliamentarian', 'mp', 'senador', 'senadora', 'diputado', 'diputada', 'legislador', 'legisladora', 'parlamentario', 'parlamentaria', 'congresista', 'exdiputado', 'exdiputada'],
  ['chief', 'head', 'jefe', 'jefa'],
  // "SG": the secretary-general, as Lebanese and Gulf outlets write it before the name ("Hezbollah SG Sayyed Nasrallah").
  ['secretary', 'secretario', 'secretaria', 'sg'],
  ['chairman', 'chair', 'chairwoman'],
  ['judge', 'magistrate', 'justice', 'juez', 'jueza', 'magistrado', 'magistrada'],
  ['admiral', 'adm', 'almirante'],
  ['prosecutor', 'attorney', 'fiscal', 'procurador', 'procuradora', 'exfiscal'],
  ['mayor', 'alcalde', 'alcaldesa'],
  ['sheikh', 'shaykh', 'emir', 'amir', 'prince', 'king', 'jeque'],
  ['leader', 'commander', 'lider', 'cabecilla'],
  ['ceo', 'executive', 'founder', 'owner', 'fundador', 'fundadora', 'propietario', 'propietaria'],
  ['businessman', 'businesswoman', 'oligarch', 'tycoon', 'financier', 'empresario', 'empresaria', 'oligarca', 'magnate', 'financista'],
  ['officer', 'official', 'agent', 'funcionario', 'funcionaria', 'agente'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'portavoz', 'vocero', 'vocera'],
  ['prime', 'premier', 'primer', 'primera'],
  // A Shia cleric's rank, written before the name ("Ayatollah Ali Khamenei"): a title, no given name.
  ['ayatollah', 'ayatullah', 'hojatoleslam', 'hojjatoleslam', 'mullah'],
  // The honorific of the Prophet's descendants before a Shia cleric's name ("Sayyed Hassan Nasrallah"): no role.
  ['sayyed', 'sayyid', 'seyyed', 'seyed'],
  // The state's propagandists, as news calls the television hosts the lists name without a position.
  ['propagandist', 'propagandists', 'propagandista', 'propagandistas'],
];

// Spanish writes some two-word titles as one ("vicepresidente", "viceministro"): each carries both words' bits.
const COMPOUND_TITLES: readonly [string, string[]][] = [
  ['vicepresidente', ['vice', 'president']],
  ['vicepresidenta', ['vice', 'president']],
  ['viceministro', ['vice', 'minister']],
  ['viceministra', ['vice', 'minister']],
  ['vicealmirante', ['vice', 'admiral']],
  ['exvicepresidente', ['vice', 'president']],
  ['exvicepresidenta', ['vice', 'president']],
];

const TITLE_BITS = new Map<string, number>();
TITLES.forEach((forms, bit) => {
  for (const f of forms) TITLE_BITS.set(f, (TITLE_BITS.get(f) ?? 0) | (1 << bit));
});
for (const [word, parts] of COMPOUND_TITLES) TITLE_BITS.set(word, parts.reduce((bits, p) => bits | (TITLE_BITS.get(p) ?? 0), 0));
const englishTitleBits = new Map(TITLES.map((forms, bit) => [forms[0], 1 << bit]));
for (const [english, forms] of [...ru.TITLES_RU, ...ar.TITLES_AR]) {
  for (const f of forms) TITLE_BITS.set(foldWord(f), (TITLE_BITS.get(foldWord(f)) ?? 0) | (englishTitleBits.get(english) ?? 0));
}

/**
 * A listed person whose position is head of a state or government ("President of the Russian Federation",
 * "Former President of Ukraine", "Prime Minister"): the person a bare name most often means. Not a title bit: the
 * president of a bank, a court, a party or a company carries the title's bit (for "bank president Kim") but not this.
 */
export const HEAD_OF_STATE = 1 << 30;

/** High offices (heads of state and government, their deputies, ministers): a title and a surname alone name one. */
export const HIGH_OFFICE_TITLES = titleMask(['president', 'prime', 'king', 'vice', 'minister']);

/**
 * A government's ministers ("Deputy Prime Minister", "министр обороны", "canciller"): an office of the state itself,
 * where a president may head a bank, a club or a federation and a deputy a firm's department.
 */
export const MINISTER_TITLES = titleMask(['minister', 'prime']);

/** "пропагандистка Ольга Скабеева", "Kremlin propagandist ...": a role the lists sanction its holders for. */
export const PROPAGANDIST_TITLES = titleMask(['propagandist']);

/**
 * A region's governor ("губернатор Курской области", "Governor of Tver Oblast"): an office of the state as a
 * minister's is; a culture page's namesake holds none.
 */
export const GOVERNOR_TITLES = titleMask(['governor']);

/** A lawmaker ("депутат", "нардеп", "сенатор", "senator"): a state office when the legislature is the nation's. */
export const LEGISLATOR_TITLES = titleMask(['senator']);

/** A state's head ("presidenta", "President", "президент", "Prime Minister"), before its country's name. */
export const HEAD_TITLES = titleMask(['president', 'prime']);

function titleMask(words: string[]): number {
  let bits = 0;
  for (const w of words) bits |= TITLE_BITS.get(w) ?? 0;
  return bits;
}

/** The title bits of one folded token (0 when it is no title). */
export function titleBits(key: string): number {
  return TITLE_BITS.get(key) ?? 0;
}

/** The title bits of several folded words together (a family of offices: "minister", "president"...). */
export function titleBitsOf(keys: readonly string[]): number {
  return keys.reduce((bits, key) => bits | titleBits(key), 0);
}

/** The title bits that an entity's listed positions carry. */
export function roleBits(positions: readonly string[]): number {
  let bits = 0;
  for (const p of positions) {
    for (const w of p.split(/[^\p{L}]+/u)) if (w) bits |= titleBits(foldWord(w));
    if (LEGISLATURE.test(p)) bits |= LEGISLATOR_TITLES;
  }
  return positions.some(headsAState) ? bits | HEAD_OF_STATE : bits;
}

// "Member of the State Duma of the Federal Assembly ..." (447 listed persons) and "Member of the Federation Council"
// (169) name no title word, yet news calls them by one: "депутат Госдумы", "депутата Держдуми", "сенатор".
const LEGISLATURE = /\b(?:state duma|federation council)\b/i;

// "President", "Former Prime Minister of Ukraine", "... recognised as interim president of Venezuela", "Supreme Leader
// of Iran" (the head of that state, above its president): the office itself, with at most a country after it; not a
// deputy's or an aide's, and not "of" a body named by these words.
const HEAD_OFFICE = /^(?:.*\bas\s+)?(?:(?:former|interim|acting)\s+)*(?:president|prime minister|king|emir|supreme leader)(?:\s+of\s+(.+))?$/i;
const BODY_WORDS = /\b(?:bank|court|council|board|commission|company|corporation|organi[sz]ation|academy|assembly|party|fund|cent(?:er|re)|chamber|house|institute|registry|mission|group|holding|railways|front|forces|congress|federation of bosnia|oppressed|electoral|university|committee|union|association|agency|authority|service|corps|foundation)\b/i;

function headsAState(position: string): boolean {
  const plain = position.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const m = HEAD_OFFICE.exec(plain);
  return m !== null && (m[1] === undefined || !BODY_WORDS.test(m[1]));
}

// The words of a sanctions story, English and Spanish, in three strengths. Near a common name they are the
// evidence that the page means a listed person, but many have an everyday sense too: Spanish "sancionar" is any
// penalty (Profeco "sancionó" a shop, a league a player), "productos congelados" are frozen food, an "embargo de
// bienes" is a court's seizure, "designated hitter", a trafficking case in the local court. So only words that say
// sanctions whatever the story (OFAC, "lista negra", the Treasury, English "sanctioned") count on their own; the
// story's words count only on a page that also names such a word or the body that imposes sanctions (the EU).
// Spanish words that are everyday words first ("régimen", "designado": appointed, "tráfico": road traffic,
// "lavado": washing) are left out.

/** Sanctions whatever the story: evidence on their own. */
const SANCTIONS_WORDS = new Set(
  // CAATSA: the US sanctions act ("Countering America's Adversaries Through Sanctions Act"), named so in any language.
  ['sanction', 'sanctions', 'sanctioned', 'sanctioning', 'blacklist', 'blacklisted', 'ofac', 'sdn', 'magnitsky', 'caatsa', ...ru.SANCTIONS_WORDS_RU].map(foldWord),
);

// Spanish "sancionar" is any penalty, but with the United States named a few words away it is the sanctions sense
// ("Estados Unidos ha impuesto sanciones a...", "sancionados por EE. UU.", "Washington sancionó"); the United States
// alone names no sanctioning body, as it is on every page (sanctionsSense).
const SPANISH_SANCTION_WORDS = new Set(
  [
    'sanción', 'sanciones', 'sancionado', 'sancionada', 'sancionados', 'sancionadas', 'sancionar', 'sanciona', 'sancionan',
    'sancionó', 'sancionaron', 'sancionará', 'sancionarán', 'sancionaba', 'sancionatorio', 'sancionatorias', 'sancionatorios',
  ].map(foldWord),
);
/** At most this many words between a Spanish word of sanctions and the United States' name. */
const US_WITHIN = 6;

/** A sanctions story's words, evidence only on a page that names sanctions for certain (sanctionsSense). */
const STORY_WORDS = new Set(
  [
    'designated', 'designation', 'designates', 'indicted', 'indictment', 'terrorist',
    'terrorism', 'smuggling', 'trafficking', 'trafficker', 'laundering', 'militia', 'regime',
    ...SPANISH_SANCTION_WORDS, 'terrorista', 'terroristas', 'terrorismo',
    'contrabando', 'narcotráfico', 'narcotraficante', 'narcotraficantes', 'traficante', 'traficantes', 'blanqueo', 'milicia',
    'milicias', ...ru.STORY_WORDS_RU, ...ar.STORY_WORDS_AR,
  ].map(foldWord),
);

/** Freezing is a sanction only of assets ("activos congelados", "froze their assets"), not of food or prices. */
const FREEZE_WORDS = new Set(
  ['frozen', 'freeze', 'freezes', 'froze', 'congelado', 'congelada', 'congelados', 'congeladas', 'congelar', 'congeló', 'congelamiento', 'congelación', ...ru.FREEZE_WORDS_RU, ...ar.FREEZE_WORDS_AR].map(foldWord),
);
const ASSET_WORDS = new Set(
  ['assets', 'asset', 'funds', 'accounts', 'property', 'properties', 'holdings', 'activos', 'bienes', 'fondos', 'cuentas', 'propiedades', 'patrimonio', 'capitales', ...ru.ASSET_WORDS_RU, ...ar.ASSET_WORDS_AR].map(foldWord),
);
/** What a court seizes ("embargo de bienes", "embargo de su salario"): an embargo of these is no sanction. */
const SEIZED_WORDS = new Set([...ASSET_WORDS, ...['cuenta', 'casa', 'vivienda', 'inmueble', 'inmuebles', 'salario', 'sueldo', 'nómina', 'vehículo', 'vehículos'].map(foldWord)]);

// Two-word phrases, keyed by their second word: sanctions whatever the story ("lista negra": blacklist, "lista
// Clinton": Colombia's name for OFAC's list, "restrictive measures": the EU's word), or the sanctioning body only
// ("European Union"). "negra", "Clinton" or "Union" alone say nothing.
// Russian and Ukrainian ones are keyed so too ("Минфин США": the US Treasury; "черный список").
const phrases = (list: readonly (readonly [string, readonly string[]])[]) => new Map(list.map(([second, firsts]) => [foldWord(second), new Set(firsts.map(foldWord))]));
const SANCTIONS_PHRASES = phrases([
  ['negra', ['lista']],
  ['clinton', ['lista']],
  ['restrictivas', ['medidas']],
  ['measures', ['restrictive']],
  // OFAC's own designations: "Specially Designated Global Terrorist(s)", "Specially Designated Nationals".
  ['designated', ['specially']],
  ...ru.SANCTIONS_PHRASES_RU,
  ...ar.SANCTIONS_PHRASES_AR,
]);
/** A story's phrases: story words, which count only as the others do ("travel ban", "حظر السفر"). */
const STORY_PHRASES = phrases([['ban', ['travel']], ...ar.STORY_PHRASES_AR]);
const AUTHORITY_PHRASES = phrases([
  ['union', ['european']],
  ['europea', ['union']],
  ...ru.AUTHORITY_PHRASES_RU,
  ...ar.AUTHORITY_PHRASES_AR,
]);
// The US department that, with the Treasury, imposes sanctions (visa bans, designations), in the word orders news
// writes it, capitalised: "State Department", "Department of State", "Departamento de Estado". Like the EU, it names
// the body, not sanctions; its "sanciones" and "designated" are then the sanctions'. The key is the last word.
const STATE_DEPARTMENT: ReadonlyMap<string, readonly string[]> = new Map([
  ['department', ['state']],
  ['state', ['of', 'department']],
  ['estado', ['de', 'departamento']],
]);
// The UN Security Council, the body of the UN's lists, as the Arabic table has it ("مجلس الأمن"): "Security Council",
// "Consejo de Seguridad", capitalised; not a state's own ("National Security Council", "Consejo de Seguridad Nacional").
const SECURITY_COUNCIL: ReadonlyMap<string, { before: readonly string[]; not: readonly [number, string] }> = new Map([
  ['council', { before: ['security'], not: [-2, 'national'] }],
  ['seguridad', { before: ['de', 'consejo'], not: [1, 'nacional'] }],
]);
/** The European Union in one word ("Евросоюз"). */
const AUTHORITY_WORDS = new Set(ru.AUTHORITY_WORDS_RU.map(foldWord));
/** The European Union as news abbreviates it, in capitals only ("EU", Spanish "UE", Russian "ЕС"; "eu" is Portuguese "I"). */
const AUTHORITY_ACRONYMS = new Set(['eu', 'ue', ...ru.AUTHORITY_ACRONYMS_RU.map(foldWord)]);
// Story words only as a capitalised name: "the Treasury" and "el Tesoro" are the sanctioning department; "un
// tesoro" is a treasure and "the treasury" of a club or a town its purse. Capitalised, both say sanctions.
const SANCTIONS_CAPITALISED = new Set(['tesoro', 'treasury']);

/** What a word says of a sanctions story (sanctionsSense). */
export const SENSE_NONE = 0;
/** A sanctions story's word, evidence only on a page with a SENSE_SANCTIONS or SENSE_AUTHORITY word. */
export const SENSE_STORY = 1;
/** Names a sanctioning body: not evidence itself, but it makes the page's story words count. */
export const SENSE_AUTHORITY = 2;
/** Sanctions whatever the story: evidence on its own, and it makes the page's story words count. */
export const SENSE_SANCTIONS = 3;

export function isSanctionsWord(key: string): boolean {
  return SANCTIONS_WORDS.has(key) || STORY_WORDS.has(key);
}

/** The story words whose sense needs neither the words around them nor their case (the page lexer's quick path). */
export function plainStoryWords(): string[] {
  return [...STORY_WORDS].filter((w) => !SPANISH_SANCTION_WORDS.has(w) && !SANCTIONS_CAPITALISED.has(w) && !SANCTIONS_PHRASES.has(w) && !AUTHORITY_PHRASES.has(w) && !STORY_PHRASES.has(w) && !AUTHORITY_WORDS.has(w) && !AUTHORITY_ACRONYMS.has(w) && !FREEZE_WORDS.has(w) && w !== 'embargo');
}

/** The words that name a country in lower case too (countryInLowerCase). */
export function lowerCaseCountryWords(): string[] {
  return [...LOWER_CASE_DEMONYMS];
}

/**
 * The sense in which a word flagged WORD_SANCTIONS_CHECKED tells a sanctions story: `key` is the folded word,
 * `near(d)` the folded word d places from it in its block ('' past the block's ends; read only where the sense
 * depends on it), `capitalised` and `upper` its case.
 */
export function sanctionsSense(key: string, near: (d: number) => string, capitalised: boolean, upper: boolean): number {
  if (SANCTIONS_CAPITALISED.has(key)) return capitalised ? SENSE_SANCTIONS : SENSE_STORY;
  if (AUTHORITY_WORDS.has(key)) return SENSE_AUTHORITY;
  const before = STATE_DEPARTMENT.get(key);
  if (before !== undefined) return capitalised && before.every((w, k) => near(-1 - k) === w) ? SENSE_AUTHORITY : SENSE_NONE;
  const council = SECURITY_COUNCIL.get(key);
  if (council !== undefined) return capitalised && council.before.every((w, k) => near(-1 - k) === w) && near(council.not[0]) !== council.not[1] ? SENSE_AUTHORITY : SENSE_NONE;
  // A second word may close a sanctions phrase and a body's ("العقوبات الأمريكية", "الخارجية الأمريكية"), and be a
  // story word of its own where it closes neither ("العقوبات").
  const sanctionsFirsts = SANCTIONS_PHRASES.get(key);
  const authorityFirsts = AUTHORITY_PHRASES.get(key);
  const storyFirsts = STORY_PHRASES.get(key);
  if (sanctionsFirsts !== undefined || authorityFirsts !== undefined || storyFirsts !== undefined) {
    const previous = near(-1);
    if (sanctionsFirsts?.has(previous)) return SENSE_SANCTIONS;
    if (authorityFirsts?.has(previous)) return SENSE_AUTHORITY;
    if (storyFirsts?.has(previous)) return bodyBefore(near) ? SENSE_SANCTIONS : SENSE_STORY;
    if (!STORY_WORDS.has(key)) return SENSE_NONE;
  }
  if (AUTHORITY_ACRONYMS.has(key)) return upper ? SENSE_AUTHORITY : SENSE_NONE;
  // After the verb the assets may come past their owner ("froze the 68-year-old's assets").
  if (FREEZE_WORDS.has(key)) return anyWithin(near, -3, 6, ASSET_WORDS) ? SENSE_STORY : SENSE_NONE;
  // "Sin embargo" is Spanish for "however"; an embargo of a house or a salary is a court's seizure.
  if (key === 'embargo') return near(-1) === 'sin' ? SENSE_NONE : anyWithin(near, 1, 3, SEIZED_WORDS) ? SENSE_STORY : SENSE_SANCTIONS;
  if (SPANISH_SANCTION_WORDS.has(key) && unitedStatesNear(near)) return SENSE_SANCTIONS;
  return STORY_WORDS.has(key) ? SENSE_STORY : SENSE_NONE;
}

/**
 * Whether a sanctioning body's two-word name ends within BODY_WITHIN words before a story phrase's last word: the
 * travel ban the body imposes or lifts ("قرر مجلس الأمن الدولي رفع حظر السفر", "the European Union's travel ban") is
 * its sanction, as an epidemic's or a country's own travel ban is not.
 */
function bodyBefore(near: (d: number) => string): boolean {
  for (let d = -2; d >= -BODY_WITHIN; d--) if (AUTHORITY_PHRASES.get(near(d))?.has(near(d - 1))) return true;
  return false;
}

const BODY_WITHIN = 8;

/** Whether the United States is named within US_WITHIN words: "Estados Unidos", "EE. UU.", "EEUU", "Washington". */
function unitedStatesNear(near: (d: number) => string): boolean {
  for (let d = -US_WITHIN; d <= US_WITHIN; d++) {
    if (d === 0) continue;
    const w = near(d);
    if (w === 'eeuu' || w === 'washington' || (w === 'unidos' && near(d - 1) === 'estados') || (w === 'uu' && near(d - 1) === 'ee')) return true;
  }
  return false;
}

function anyWithin(near: (d: number) => string, from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let d = from; d <= to; d++) if (d !== 0 && set.has(near(d))) return true;
  return false;
}

// The words of a sports report, English and Spanish: on such a page a country is no evidence (a team plays for
// it). Spanish words with another sense ("partido": a party, "equipo", "defensa", "penal": criminal) are left out.
const SPORTS_WORDS = new Set(
  [
    'goal', 'goals', 'scored', 'striker', 'midfielder', 'defender', 'goalkeeper', 'league', 'match', 'season', 'club', 'coach',
    'tournament', 'championship', 'cup', 'fifa', 'stadium', 'penalty', 'kickoff', 'football', 'soccer', 'basketball', 'tennis',
    'cricket', 'squad', 'fixture', 'referee', 'playoff', 'playoffs', 'olympic', 'olympics', 'athlete', 'sprinter', 'marathon',
    'transfer', 'forward', 'winger', 'assist', 'assists', 'wicket', 'innings', 'racket', 'serve', 'medal',
    'gol', 'goles', 'golazo', 'delantero', 'mediocampista', 'centrocampista', 'portero', 'arquero', 'guardameta', 'futbolista',
    'liga', 'temporada', 'torneo', 'campeonato', 'estadio', 'penalti', 'fútbol', 'futbol', 'béisbol', 'beisbol',
    'baloncesto', 'básquetbol', 'tenis', 'entrenador', 'jugador', 'jugadores', 'árbitro', 'jonrón', 'jonrones', 'lanzador',
    'bateador', 'pelotero', 'repechaje', 'liguilla', 'atleta', 'medalla', 'olímpico', 'olímpicos', 'maratón', 'fichaje',
    ...ru.SPORTS_WORDS_RU,
    ...ar.SPORTS_WORDS_AR,
  ].map(foldWord),
);
// Words that announce a vessel or an aircraft by name ("the tanker Freedom").
const VESSEL_CUES = [
  'vessel', 'tanker', 'ship', 'freighter', 'carrier', 'mv', 'tug', 'yacht', 'aircraft', 'plane', 'jet', 'airliner', 'boat',
  // In the plural before a list ("yachts such as the Graceful"), and Spanish ("el yate Graceful", "yates como el Graceful").
  'vessels', 'tankers', 'ships', 'yachts', 'superyacht', 'superyachts', 'megayacht', 'megayachts',
  'yate', 'yates', 'superyate', 'superyates', 'megayate', 'megayates', 'buque', 'buques', 'barco', 'barcos', 'petrolero', 'petroleros', 'carguero', 'cargueros', 'avion', 'aviones',
  ...ru.VESSEL_CUES_RU.map(foldWord),
];
// Capitalised words before a surname that are not another person's given name ("On Sunday Maduro said").
const NOT_GIVEN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'former', 'ex', 'mr', 'mrs', 'ms', 'dr', 'when', 'but', 'and', 'as', 'after', 'if', 'while', 'said', ...ru.NOT_GIVEN_RU.map(foldWord), ...ar.NOT_GIVEN_AR.map(foldWord)];

/**
 * Generic heads of organisations' names that news writes in lower case before or after the name ("the Sinaloa
 * cartel", "el cártel de Sinaloa") where the list writes them as part of it (SINALOA CARTEL, CARTEL DE SINALOA); a
 * prison likewise ("Tehran's Evin prison", "Sednaya prison" of EVIN PRISON, SAYDNAYA PRISON: OFAC lists some twenty),
 * and an agency, a news agency in two words ("Iran's semi-official Tasnim news agency" of TASNIM NEWS AGENCY), and a
 * militia ("the Kaniyat militia" of KANIYAT MILITIA).
 */
export const GENERIC_HEADS: readonly string[] = ['cartel', 'prison', 'agency', 'news', 'militia'];

/**
 * Articles that begin a group's listed name and that news writes in lower case: Spanish ("los Cuinis") and the
 * Arabic article ("al-Qaida", "al Qaeda" of AL QA'IDA).
 */
export const NAME_ARTICLES: readonly string[] = ['los', 'las', 'la', 'al'];

/** What the page lexer knows of a word besides the names it belongs to. */
export const WORD_SANCTIONS = 1;
export const WORD_SPORTS = 2;
export const WORD_COUNTRY = 4; // the first word of a country's name or demonym
export const WORD_PARTICLE = 8; // al-, el-, bin, ibn
export const WORD_VESSEL_CUE = 16;
export const WORD_NOT_GIVEN = 32;
export const WORD_SANCTIONS_CHECKED = 64; // counts only as sanctionsSense says (story words, phrases, "Tesoro", "EU")
export const WORD_LEGAL = 128; // may begin a legal form ("co", "s", "ltd")

/**
 * Country number + 1 of a one-word country name or demonym ("venezuelan"), 0 for other words. A two-letter word
 * counts only as a form the tables write ("РФ", "UK"), never as the ISO code the table is keyed by ("us", "ve").
 */
export function singleWordCountry(word: string): number {
  const code = COUNTRY_BY_PHRASE.get(word);
  if (code === word) return 0;
  return code ? countryIndex(code) + 1 : 0;
}

/** The first words of the countries named in several words ("north" of "north korea"). */
const PHRASE_FIRST = new Set([...COUNTRY_BY_PHRASE.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

let vocabulary: ReadonlyMap<string, { flags: number; titles: number }> | undefined;

/** Every context word with its flags and title bits, for the index's vocabulary (made once). */
export function contextVocabulary(): ReadonlyMap<string, { flags: number; titles: number }> {
  if (vocabulary) return vocabulary;
  const vocab = new Map<string, { flags: number; titles: number }>();
  const add = (word: string, flags: number, titles = 0) => {
    const v = vocab.get(word) ?? { flags: 0, titles: 0 };
    v.flags |= flags;
    v.titles |= titles;
    vocab.set(word, v);
  };
  for (const w of SANCTIONS_WORDS) add(w, WORD_SANCTIONS);
  const checked = [...STORY_WORDS, ...FREEZE_WORDS, 'embargo', ...SANCTIONS_PHRASES.keys(), ...AUTHORITY_PHRASES.keys(), ...STORY_PHRASES.keys(), ...AUTHORITY_WORDS, ...AUTHORITY_ACRONYMS, ...SANCTIONS_CAPITALISED, ...STATE_DEPARTMENT.keys(), ...SECURITY_COUNCIL.keys()];
  for (const w of checked) add(w, WORD_SANCTIONS_CHECKED);
  for (const w of SPORTS_WORDS) add(w, WORD_SPORTS);
  for (const w of PHRASE_FIRST) add(w, WORD_COUNTRY);
  for (const w of COUNTRY_FIRST.keys()) if (singleWordCountry(w)) add(w, 0);
  for (const w of [...particles(), ...ru.PARTICLES_RU.map(foldWord)]) add(w, WORD_PARTICLE);
  for (const w of VESSEL_CUES) add(w, WORD_VESSEL_CUE);
  for (const w of NOT_GIVEN) add(w, WORD_NOT_GIVEN);
  for (const w of legalFormWords()) add(w, WORD_LEGAL);
  for (const [w, bits] of TITLE_BITS) add(w, 0, bits);
  vocabulary = vocab;
  return vocab;
}
