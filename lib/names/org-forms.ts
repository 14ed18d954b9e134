// The short forms the news gives an organization whose listed name is longer: its brand ("Rusal" of UNITED
// COMPANY RUSAL PLC, "Rostec" of STATE CORPORATION ROSTEC, "Renova" of RENOVA GROUP, "Rosneft" of ROSNEFT OIL
// COMPANY), and a unit named in the plural in the singular. A brand is only a candidate: the page scan accepts it
// with the evidence a firm's one word needs (lib/match/precision.ts).
//
// Written here: the packages that strip company suffixes (company-name-normalizer, cleanco ports) know legal forms,
// which variants.ts already handles, not the words of kind ("state corporation", "group of companies") that
// Russian state firms carry.
import { isCommonNamePart, isCommonWord } from './frequency';
import { isConnector, isParticle } from './transliterate';

// Words of kind that a listed name carries around the brand, as folded token runs; the longer first.
const KIND_BEFORE = [
  'united company', 'state corporation', 'state company', 'state development corporation', 'group of companies', 'gk', 'holding company',
  // The same in Russian, as the lists transliterate it (HOLDINGOVAYA KOMPANIYA METALLOINVEST AO).
  'holdingovaya kompaniya',
  // A Russian state company, "государственная компания" (GOSUDARSTVENNAYA KOMPANIYA AVTODOR, also AVTODOR GK below).
  'gosudarstvennaya kompaniya', 'gosudarstvennaia kompaniia',
  // An airline, as the lists write the Russian "авиакомпания" (JOINT STOCK COMPANY AVIACOMPANY BELAVIA).
  'aviacompany', 'aviakompaniya',
].map((s) => s.split(' '));
const KIND_AFTER = [
  'group of companies', 'oil company', 'holding company', 'holdings', 'holding', 'group', 'company', 'corporation',
  // "ГК" after the brand, as the lists write it (AVTODOR GK of RUSSIAN HIGHWAYS STATE COMPANY).
  'gk',
  // An airline by its brand ("Transaviaexport" of TRANSAVIAEXPORT AIRLINES).
  'airlines', 'airline',
  // A media firm by its brand ("Difuso" of DIFUSO COMUNICACIONES S.A.).
  'communications', 'comunicaciones',
  // A gem trader by its brand ("Cancri Co." of CANCRI GEMS & JEWELLERY CO., LTD., the lists' "&" and "and" alike).
  'gems and jewellery', 'gems jewellery', 'gems and jewelry', 'gems jewelry', 'jewellery', 'jewelry',
].map((s) => s.split(' '));

function startsWithRun(ts: readonly string[], run: readonly string[]): boolean {
  return run.length < ts.length && run.every((w, k) => ts[k] === w);
}

function endsWithRun(ts: readonly string[], run: readonly string[]): boolean {
  const at = ts.length - run.length;
  return at > 0 && run.every((w, k) => ts[at + k] === w);
}

/**
 * An Arab firm's name of the shape "AL-<name> FOR <trade>" ("AL-KHOBARA FOR ACCOUNTING, AUDITING, AND STUDIES"), as
 * the news shortens it: the article and the name ("Al-Khobara"); undefined for any other shape, or when the name is
 * shorter than six letters, an everyday word or a common name ("AL-YASMEEN FOR CONTRACTING": Yasmeen names people).
 */
export function brandBeforeFor(tokens: readonly string[]): string[] | undefined {
  if (tokens.length < 4 || tokens[2] !== 'for' || (tokens[0] !== 'al' && tokens[0] !== 'el')) return undefined;
  const word = tokens[1];
  if (word.length < 6 || isCommonWord(word) || isCommonNamePart(word)) return undefined;
  return tokens.slice(0, 2);
}

/**
 * The one word a name without its legal form is known by, once the words of kind around it are taken off
 * ("united company rusal": "rusal"); undefined when no such word is taken off or more than one word is left.
 */
export function brandOf(bare: readonly string[]): string | undefined {
  const named = brandAfterKind(bare);
  if (named) return named;
  let ts = bare;
  for (let changed = true; changed && ts.length > 1; ) {
    changed = false;
    for (const run of KIND_BEFORE) {
      if (startsWithRun(ts, run)) {
        ts = ts.slice(run.length);
        changed = true;
      }
    }
    for (const run of KIND_AFTER) {
      if (endsWithRun(ts, run)) {
        ts = ts.slice(0, ts.length - run.length);
        changed = true;
      }
    }
  }
  if (ts.length !== 1 || ts === bare || isConnector(ts[0]) || isParticle(ts[0])) return undefined;
  return ts[0];
}

/**
 * "UC Rusal" of UNITED COMPANY RUSAL PLC: the brand after the initials of the words of kind the listed name begins
 * with, as the firm writes itself; undefined when the name begins with no run of two words of kind or has no brand.
 */
export function brandAfterInitials(bare: readonly string[]): string[] | undefined {
  const run = KIND_BEFORE.find((r) => r.length >= 2 && startsWithRun(bare, r));
  const brand = run ? brandOf(bare) : undefined;
  if (!run || !brand) return undefined;
  return [run.filter((w) => w !== 'of').map((w) => w[0]).join(''), brand];
}

/**
 * BYELORUSSIAN STEEL WORKS of "... BYELORUSSIAN STEEL WORKS MANAGEMENT COMPANY OF HOLDING BYELORUSSIAN METALLURGICAL
 * COMPANY": a Belarusian state firm that manages its holding is listed as the holding's managing company, and the news
 * names it by its own name, the words before "management company of". Undefined for any other shape or when nothing
 * comes before.
 */
export function beforeManagingKind(bare: readonly string[]): string[] | undefined {
  for (let k = 1; k + 2 < bare.length; k++) {
    if (bare[k] !== 'management' || bare[k + 1] !== 'company' || bare[k + 2] !== 'of') continue;
    return bare.slice(0, k);
  }
  return undefined;
}

/** Words of kind that a firm's brand follows ("GAS INDUSTRY INSURANCE COMPANY SOGAZ", "... CORPORATION URALVAGONZAVOD"). */
const KIND_BEFORE_BRAND = new Set(['company', 'corporation']);
/** Kinds that name a firm managing or holding the brand (MANAGEMENT COMPANY METALLOINVEST), not the brand's own. */
const MANAGING_KINDS = new Set(['management', 'holding', 'managing', 'investment']);
/** Words firms' names end in that name no brand, beyond the everyday words frequency.ts knows. */
const ORG_WORDS = new Set([
  'international', 'internacional', 'global', 'worldwide', 'holdings', 'holding', 'group', 'trading', 'services', 'industries',
  'enterprises', 'enterprise', 'limited', 'resources', 'technologies', 'technology', 'solutions', 'systems', 'development',
  'investments', 'investment', 'ventures', 'partners', 'logistics', 'shipping', 'overseas', 'incorporated', 'corporation',
  'management', 'offshore', 'hawala',
]);
/** Words before a lone word of kind that describe the firm rather than name it ("PRIVATE COMPANY PROMCOMPLEKTLOGISTIC"). */
const DESCRIBING = new Set(['private', 'state', 'public', 'national', 'foreign', 'federal', 'municipal']);

/**
 * The one word after the name's last word of kind, when the name ends so: SOGAZ of GAS INDUSTRY INSURANCE COMPANY
 * SOGAZ. Five letters or more and no everyday word ("... COMPANY INTERNATIONAL" names no brand); not after a
 * managing firm's kind, whose brand is another firm's name. Not when one name word alone comes before the kind: in
 * JAWHIRAH COMPANY ISTANBUL the brand is JAWHIRAH and the word after is where the firm sits (a city's name is never
 * a firm's brand), as in BS COMPANY OFFSHORE.
 */
function brandAfterKind(bare: readonly string[]): string | undefined {
  const n = bare.length;
  if (n < 3 || !KIND_BEFORE_BRAND.has(bare[n - 2]) || MANAGING_KINDS.has(bare[n - 3])) return undefined;
  if (n === 3 && !isCommonWord(bare[0]) && !DESCRIBING.has(bare[0])) return undefined;
  if (n > 3 && ownedByStateCorporation(bare)) return undefined;
  const word = bare[n - 1];
  return word.length >= 5 && /^\p{L}+$/u.test(word) && !isCommonWord(word) && !ORG_WORDS.has(word) ? word : undefined;
}

/** Words of kind a firm's brand of two words joined by a hyphen follows ("... AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY"). */
const KIND_BEFORE_HYPHEN_BRAND = new Set(['company', 'corporation', 'concern']);

/**
 * A brand of two words joined by a hyphen after the name's last word of kind: ALMAZ-ANTEY of JOINT STOCK COMPANY
 * AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY. `name` is the listed name as written (the hyphen is not in the tokens),
 * `bare` its tokens without the legal form. Each word three letters or more, none an everyday word; undefined for any
 * other shape.
 */
export function hyphenBrandAfterKind(name: string, bare: readonly string[]): string[] | undefined {
  const n = bare.length;
  if (n < 3 || !KIND_BEFORE_HYPHEN_BRAND.has(bare[n - 3]) || MANAGING_KINDS.has(bare[n - 4] ?? '')) return undefined;
  const [a, b] = [bare[n - 2], bare[n - 1]];
  if (a.length < 3 || b.length < 3 || isCommonWord(a) || isCommonWord(b) || ORG_WORDS.has(b)) return undefined;
  return name.toLowerCase().endsWith(`${a}-${b}`) ? [a, b] : undefined;
}

/**
 * FGUP HYDROGRAPHIC COMPANY STATE CORPORATION ROSATOM: a firm with its own word of kind, then the state corporation
 * that owns it. The word at the end is the owner's brand (Rosatom, on no list), not this firm's.
 */
function ownedByStateCorporation(bare: readonly string[]): boolean {
  const n = bare.length;
  if (bare[n - 3] !== 'state') return false;
  for (let i = 1; i < n - 3; i++) if (KIND_BEFORE_BRAND.has(bare[i])) return true;
  return false;
}

/** Words that say a firm lends or keeps money, so that a bank's name still names a bank without "Bank" after them. */
const MONEY_KINDS = new Set(['trust', 'credit', 'savings']);
/** Words that describe a bank rather than name it ("Popular Credit", "Cooperative Savings"). */
const BANK_DESCRIBING = new Set(['popular', 'people', 'peoples', 'commercial', 'cooperative', 'mutual', 'first', 'united', 'central']);

/**
 * A bank's name without "Bank" where the word before it already says what the firm does: "Jammal Trust" of JAMMAL
 * TRUST BANK S.A.L., "Daedong Credit" of DAEDONG CREDIT BANK. Only after a name word of four letters or more that is
 * no everyday word and no generic firm word ("Popular Credit", "Global Trust" name no one firm); read as a legal form
 * dropped, so the scan asks evidence of it (precision.ts).
 */
export function bankWithoutBank(bare: readonly string[]): string[] | undefined {
  const n = bare.length;
  if (n < 3 || bare[n - 1] !== 'bank' || !MONEY_KINDS.has(bare[n - 2]) || bare.indexOf('bank') < n - 1) return undefined;
  const word = bare[n - 3];
  if (word.length < 4 || !/^\p{L}+$/u.test(word) || isCommonWord(word) || ORG_WORDS.has(word) || DESCRIBING.has(word) || BANK_DESCRIBING.has(word)) return undefined;
  return bare.slice(0, -1);
}

/** The words that make a North Korean firm's name after its own word ("Tangun Trading Corporation"). */
const KOREAN_FIRM_KINDS = new Set(['trading', 'shipping', 'general']);

/**
 * A North Korean firm's name without the country word the lists put first, as the news writes it: "Tangun Trading
 * Corporation" of KOREA TANGUN TRADING CORPORATION (UN: KOREAN TANGUN ...). Only when the firm's own word follows,
 * five letters or more and no everyday or generic firm word, then "trading", "shipping" or "general" and more:
 * "National Insurance Corporation" of KOREA NATIONAL INSURANCE CORPORATION names any country's firm.
 */
export function withoutKorea(tokens: readonly string[]): string[] | undefined {
  if (tokens.length < 4 || (tokens[0] !== 'korea' && tokens[0] !== 'korean')) return undefined;
  const word = tokens[1];
  if (word.length < 5 || !/^\p{L}+$/u.test(word) || isCommonWord(word) || ORG_WORDS.has(word) || !KOREAN_FIRM_KINDS.has(tokens[2])) return undefined;
  return tokens.slice(1);
}

const TRADING_KINDS = new Set(['corporation', 'company', 'corp', 'co']);

/**
 * "Sungnisan" of SUNGNISAN TRADING CORPORATION: a trader listed as its own word, "trading" and a word of kind, as
 * the news lists a designation's firms one after another (North Korea's, Iraq's, China's traders are mostly listed
 * so). Undefined for any other shape, and when the word is shorter than five letters, an everyday word, a common
 * name's or a firm's generic word (OSAMA TRADING COMPANY, OVERSEAS TRADING COMPANY). Not with a legal form instead
 * of the word of kind: TRANSNEFT TRADING LTD is the trading arm of a brand the news means as the parent.
 */
export function tradingBrand(tokens: readonly string[]): string | undefined {
  if (tokens.length !== 3 || tokens[1] !== 'trading' || !TRADING_KINDS.has(tokens[2])) return undefined;
  const word = tokens[0];
  return word.length >= 5 && /^\p{L}+$/u.test(word) && !isCommonWord(word) && !isCommonNamePart(word) && !ORG_WORDS.has(word) ? word : undefined;
}

/**
 * "Korea Rounsan" of KOREA ROUNSAN TRADING CORPORATION: a North Korean firm by its country word and its own word, as
 * the news lists a designation's firms; the same shapes withoutKorea reads, undefined for any other.
 */
export function koreaAndBrand(tokens: readonly string[]): string[] | undefined {
  return withoutKorea(tokens) && tokens.slice(0, 2);
}

// A unit the lists name in the plural, which the news names in the singular ("Special Actions Force" of SPECIAL
// ACTIONS FORCES).
const KIND_SINGULAR = new Map([
  ['forces', 'force'],
  ['services', 'service'],
  ['units', 'unit'],
  ['brigades', 'brigade'],
  // "Zimbabwe Defense Industry" of ZIMBABWE DEFENCE INDUSTRIES (PVT) LTD.
  ['industries', 'industry'],
  // "Shelimar Investment, Ltd" of SHELIMAR INVESTMENTS, LTD; "... Holding" of "... HOLDINGS".
  ['investments', 'investment'],
  ['holdings', 'holding'],
]);

// A holding's word of kind the lists give in the singular, which the news writes in the plural ("Myanmar Economic
// Holdings Ltd" of MYANMAR ECONOMIC HOLDING LIMITED).
const KIND_PLURAL = new Map([
  ['holding', 'holdings'],
  ['investment', 'investments'],
]);

/** The name with its last word of kind in the plural, or undefined when it does not end in one. */
export function pluralOf(tokens: readonly string[]): string[] | undefined {
  const many = tokens.length >= 2 ? KIND_PLURAL.get(tokens[tokens.length - 1]) : undefined;
  return many ? [...tokens.slice(0, -1), many] : undefined;
}

/** The name with its last word of kind in the singular, or undefined when it does not end in one. */
export function singularOf(tokens: readonly string[]): string[] | undefined {
  const one = tokens.length >= 2 ? KIND_SINGULAR.get(tokens[tokens.length - 1]) : undefined;
  return one ? [...tokens.slice(0, -1), one] : undefined;
}

/** Words of kind the news keeps after a firm's own word when it leaves out the word between ("Cham Airlines"). */
const KEPT_KINDS = new Set(['airlines', 'airline', 'airways']);
/** Words of trade the news leaves out at the end of a firm's name ("Sewa Security" of SEWA SECURITY SERVICES). */
const DROPPED_TAILS = new Set(['services', 'service']);

/**
 * A firm's name of three words with one word left out, as the news shortens it: the word between its own word and
 * its word of kind ("Cham Airlines" of CHAM WINGS AIRLINES), or its last word of trade ("Sewa Security" of SEWA
 * SECURITY SERVICES). Only when the first word is the firm's own: four letters or more, no everyday word, no common
 * name part, no generic firm word, no place (isPlace: "Iraqi Freight" names any Iraqi carrier). Not banks: "Moscow
 * Bank", "Agricultural Bank" name many. Read as a legal form dropped, so the scan asks evidence of it (precision.ts).
 */
export function oneWordLeftOut(bare: readonly string[], isPlace: (word: string) => boolean): string[] | undefined {
  if (bare.length !== 3) return undefined;
  const [own, middle, last] = bare;
  if (own.length < 4 || !/^\p{L}+$/u.test(own) || isCommonWord(own) || isCommonNamePart(own) || ORG_WORDS.has(own) || DESCRIBING.has(own) || isPlace(own)) return undefined;
  if (isConnector(middle) || isParticle(middle) || !/^\p{L}+$/u.test(middle)) return undefined;
  if (KEPT_KINDS.has(last) && !KEPT_KINDS.has(middle)) return [own, last];
  if (DROPPED_TAILS.has(last) && middle.length >= 4 && !ORG_WORDS.has(middle)) return [own, middle];
  return undefined;
}
