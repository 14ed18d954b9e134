// A firm the lists write in Latin letters only, as Arabic news writes it: its brand by the sound of the Latin
// ("أجروجيت" AGROGATE, "سيدار" SIDAR, "البستان" AL-BUSTAN), with its words of kind in Arabic, the noun before the brand
// and the adjectives after it ("شركة أجروجيت القابضة": AGROGATE HOLDING; "مجموعة "أسياف" الدولية القابضة": ASYAF
// INTERNATIONAL HOLDING GROUP; "جمعية البستان الخيرية": AL-BUSTAN CHARITY ASSOCIATION), where English puts them all
// after it. The brand is read by the consonant key of lib/names/arabic-latin.ts against the organizations' listed
// words; the name found so must be a listed name word for word in the trie, read as brand, adjectives, noun. Only
// after a noun of kind (شركة, مجموعة, جمعية, مؤسسة): a bare Arabic word read by its consonants is too often an
// everyday word. And only so far as a word of kind follows the brand in the listed name, or the brand is two words
// ("شركة تريند جيو": TREND GYO) or stands in quotes ('شركة «سيريتل»': SYRIATEL); with the evidence a firm's short name
// needs: its country on the page or sanctions words near.
import { arabicKeys, latinSoundReadings } from '../names/arabic-latin';
import { isArabicKey, isArabicUnit } from '../names/arabic';
import { hashWords, lexiconId, lexiconIds, lexiconSize, lexiconWord, type HashedWords } from '../names/lexicon';
import { skeleton } from '../names/transliterate';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { perIndex, perIndexMemo, perIndexSteps } from './per-index';
import type { Steps } from '../stepwise';
import { hasCountryOnPage, sanctionsNear } from './precision';
import { fillsQuote } from './quoted-names';
import { runStart } from './runs';
import { wordAt, type ScanState, type Span } from './scan-state';
import { step } from './trie-walk';
import { latinReadings } from './arabic-latin-reading';
import { NOUNS, nounAt } from './arabic-kind-nouns';

const { ENTITY_MASK, OUT_SHARED_BRAND, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_ORG_ONLY, SKEL_PARTICLE, entityKind } = names;

/**
 * The plural of a noun of kind: the names after it are the firms', not "X COMPANY" with the noun last ("شركات عدة",
 * several companies, is no DAY COMPANY).
 */
const PLURALS = new Set(['شركات']);

/** The dual of a noun of kind: a second name may follow the first after "و". */
const DUALS = new Set(['حركتي', 'مجموعتي', 'شركتي']);

/**
 * A movement's noun, before a name in quotes only: "حركة" is also motion, and news names most movements with their
 * noun by names the index holds in Arabic (حركة الشباب, حركة حماس: lib/names/arabic-org-names.ts).
 */
const MOVEMENTS = new Set(['حركه', 'حركتي']);

/** Whether a quote opens right after token i, with a space before it or not ('حركة "الصابرين"', 'وحركتي " حسم"'). */
function quoteAfter(s: ScanState, i: number): boolean {
  const text = s.block.text;
  let c = s.tokens.ends[i];
  if (text.charCodeAt(c) === 32) c++;
  return QUOTE_UNITS.includes(text.charCodeAt(c));
}

/**
 * The words of kind after the brand (folded, without the prefixes و and, ل for), and the listed English words for
 * each: adjectives, legal forms, and the trade a firm names itself for ("المهيمن للنقل والمقاولات": AL-MOHAIMEN FOR
 * TRANSPORTING AND CONTRACTING; "العامر لتصنيع البلاستيك": AL-AMER FOR MANUFACTURE OF PLASTIC).
 */
const ADJECTIVES: ReadonlyMap<string, readonly string[][]> = new Map([
  ['القابضه', [['holding'], ['holdings']]],
  ['العقاريه', [['real', 'estate'], ['realty']]],
  ['الدوليه', [['international']]],
  ['الخيريه', [['charity'], ['charitable']]],
  ['المساهمه', [['joint', 'stock', 'company'], ['joint', 'stock'], ['jsc']]],
  ['الخاصه', [['private']]],
  ['النقل', [['transporting'], ['transportation'], ['transport']]],
  ['المقاولات', [['contracting'], ['contractors']]],
  ['التطوير', [['development']]],
  ['الاستثمار', [['investment'], ['investments']]],
  ['الاستثمارات', [['investments'], ['investment']]],
  ['تصنيع', [['manufacture', 'of'], ['manufacturing']]],
  ['صناعه', [['manufacture', 'of'], ['manufacturing'], ['industry']]],
  ['البلاستيك', [['plastic'], ['plastics']]],
  ['التجاره', [['trading'], ['trade'], ['commerce']]],
  // The services and trades a firm names itself for ("لخدمات النقل والشحن": TRANSPORTATION AND SHIPPING SERVICES;
  // "للسياحة والسفر": TRAVEL AND TOURISM).
  ['خدمات', [['services'], ['service']]],
  ['الخدمات', [['services'], ['service']]],
  ['الشحن', [['shipping'], ['shipment']]],
  ['السياحه', [['tourism']]],
  ['السفر', [['travel']]],
  // The goods a firm trades in, in the plural ("للبوليمرات والكيماويات": POLYMERS AND CHEMICALS).
  ['البوليمرات', [['polymers']]],
  ['الكيماويات', [['chemicals']]],
  ['الكيميائيات', [['chemicals']]],
  // A city in the firm's name, which Latin spells otherwise than its Arabic letters read ("أمان دمشق المساهمة": AMAN
  // DAMASCUS JOINT STOCK COMPANY).
  ['دمشق', [['damascus']]],
  ['حلب', [['aleppo']]],
]);

/**
 * Adjectives that English sets before the noun of kind they follow in Arabic ("والاستثمار العقاري": AND REAL ESTATE
 * INVESTMENT).
 */
const ADJECTIVES_BEFORE: ReadonlyMap<string, readonly string[][]> = new Map([
  ['العقاري', [['real', 'estate']]],
  ['العقاريه', [['real', 'estate']]],
  // "للخدمات البترولية": PETROLEUM SERVICES, and the lists' singular SERVICE.
  ['البتروليه', [['petroleum']]],
  ['النفطيه', [['oil'], ['petroleum']]],
]);


/** At most this many brand words. */
const MAX_BRAND = 2;

/** The skeletons of the words of kind above, per index (-1 where the lists have no such word). */
interface KindSkeletons {
  nouns: Map<string, number[][]>;
  adjectives: Map<string, number[][]>;
  before: Map<string, number[][]>;
  /** The skeletons of "and" and "for", -1 where no listed name has them. */
  and: number;
  for: number;
}

const kindSkeletons = perIndex((index: NameIndex): KindSkeletons => {
  const read = (table: ReadonlyMap<string, readonly HashedWords[]>) => {
    const out = new Map<string, number[][]>();
    for (const [arabic, forms] of table) {
      const list: number[][] = [];
      for (const form of forms) {
        const sks = [...lexiconIds(index.skeletons, form)];
        if (sks.every((k) => k >= 0)) list.push(sks);
      }
      out.set(arabic, list);
    }
    return out;
  };
  kindWords ??= { nouns: hashedForms(NOUNS), adjectives: hashedForms(ADJECTIVES), before: hashedForms(ADJECTIVES_BEFORE) };
  const sk = (w: string) => lexiconId(index.skeletons, skeleton(w));
  return { nouns: read(kindWords.nouns), adjectives: read(kindWords.adjectives), before: read(kindWords.before), and: sk('and'), for: sk('for') };
});

/** The skeletons of the words of kind's English forms, hashed once for every index (kindSkeletons). */
let kindWords: { nouns: Map<string, HashedWords[]>; adjectives: Map<string, HashedWords[]>; before: Map<string, HashedWords[]> } | undefined;

function hashedForms(table: ReadonlyMap<string, readonly string[][]>): Map<string, HashedWords[]> {
  return new Map([...table].map(([arabic, forms]) => [arabic, forms.map((form) => hashWords(form.map(skeleton)))]));
}

/** A word of kind read at a token: its English forms, and how many tokens it takes (two with an adjective English sets first). */
interface KindReading {
  forms: number[][];
  width: number;
}

/**
 * The forms of a folded word of kind with its prefix: "و" as "and" or nothing, "ل" (for) as "for" or nothing
 * ("للنقل": FOR TRANSPORTING, TRANSPORTATION); none when the word is no word of kind.
 */
function kindForms(kinds: KindSkeletons, word: string): number[][] | undefined {
  const own = kinds.adjectives.get(word);
  if (own) return own;
  let w = word;
  const pre: number[][] = [[]];
  if (w[0] === 'و' && w.length > 4) {
    w = w.slice(1);
    if (kinds.and >= 0) pre.push([kinds.and]);
  } else if (w[0] === 'ل' && w.length > 4) {
    w = w[1] === 'ل' ? 'ا' + w.slice(1) : w.slice(1);
    if (kinds.for >= 0) pre.push([kinds.for]);
  } else return undefined;
  const forms = kinds.adjectives.get(w);
  return forms ? pre.flatMap((p) => forms.map((f) => [...p, ...f])) : undefined;
}

/** The readings of the word of kind at token k, the two-word one first; empty when it is none. */
function kindAt(s: ScanState, k: number): KindReading[] {
  const kinds = kindSkeletons(s.index);
  const forms = kindForms(kinds, wordAt(s, k));
  if (!forms) return [];
  const out: KindReading[] = [];
  const before = nextWord(s, k + 1) ? kinds.before.get(wordAt(s, k + 1)) : undefined;
  if (before) {
    // The prefix's "and" or "for" stays first: "والاستثمار العقاري" is AND REAL ESTATE INVESTMENT.
    const joined: number[][] = [];
    for (const f of forms) {
      const lead = f[0] === kinds.and || f[0] === kinds.for ? 1 : 0;
      for (const b of before) joined.push([...f.slice(0, lead), ...b, ...f.slice(lead)]);
    }
    out.push({ forms: joined, width: 2 });
  }
  out.push({ forms, width: 1 });
  return out;
}

/**
 * Per index: the consonant key of each word only organizations' names carry, to the skeletons of those words (built
 * with the index's other scan tables, in yielding pieces: per-index.ts).
 */
const firmKeys = perIndexSteps((index: NameIndex) =>
  soundKeyTable(index, (sk) => (index.skelFlags[sk] & SKEL_ORG_ONLY && !(index.skelFlags[sk] & (SKEL_PARTICLE | SKEL_COMMON_WORD | SKEL_COUNTRY)) ? sk : -1)),
);

/**
 * The consonant key of each Latin word of the index (three letters or more) to the values `valueOf` gives its skeleton
 * (-1: none), in yielding pieces: the two tables below differ only in which words they keep and what they record.
 */
function* soundKeyTable(index: NameIndex, valueOf: (sk: number) => number): Steps<Map<string, number[]>> {
  const table = new Map<string, number[]>();
  const n = lexiconSize(index.lexicon);
  for (let id = 0; id < n; id++) {
    if ((id & 4095) === 4095) yield;
    const sk = index.tokenSkel[id];
    if (sk < 0) continue;
    const value = valueOf(sk);
    if (value < 0) continue;
    const word = lexiconWord(index.lexicon, id);
    if (word.length < 3 || isArabicKey(word)) continue;
    for (const { key } of latinSoundReadings(word)) {
      if (!key) continue;
      const list = table.get(key);
      if (!list) table.set(key, [value]);
      else if (!list.includes(value)) list.push(value);
    }
  }
  return table;
}

/** Whether only spaces and quotes stand between tokens k - 1 and k (a name's words in quotes: مجموعة "أسياف" الدولية). */
function nextWord(s: ScanState, k: number): boolean {
  if (k >= s.block.last) return false;
  const text = s.block.text;
  for (let c = s.tokens.ends[k - 1]; c < s.tokens.starts[k]; c++) {
    const u = text.charCodeAt(c);
    if (u !== 32 && u !== 0xa0 && u !== 34 && u !== 0xab && u !== 0xbb && u !== 0x201c && u !== 0x201d) return false;
  }
  return isArabicUnit(text.charCodeAt(s.tokens.starts[k]));
}

/**
 * Per index: the consonant key of each word that persons' names have too and that begins an organization's name
 * before a word of kind ("AMAN HOLDING COMPANY": Aman is also a given name), to the trie states after it; and the same
 * after the article (AL-AMER DEVELOPMENT...).
 */
const sharedBrandKeys = perIndexSteps((index: NameIndex) => sharedBrandTable(index, -1));
const sharedBrandKeysAfterArticle = perIndexSteps((index: NameIndex) => sharedBrandTable(index, alSkeleton(index)));

function sharedBrandTable(index: NameIndex, article: number): Steps<Map<string, number[]>> {
  const kinds = kindSkeletons(index);
  const firsts = new Set<number>();
  for (const forms of kinds.adjectives.values()) for (const f of forms) firsts.add(f[0]);
  for (const sk of [kinds.and, kinds.for]) if (sk >= 0) firsts.add(sk);
  const from = article < 0 ? 0 : index.rootChild[article];
  return soundKeyTable(index, (sk) => {
    if (from < 0 || index.skelFlags[sk] & (SKEL_ORG_ONLY | SKEL_PARTICLE | SKEL_COMMON_WORD | SKEL_COUNTRY)) return -1;
    const state = article < 0 ? index.rootChild[sk] : step(index, from, sk);
    if (state < 0) return -1;
    for (const a of firsts) if (step(index, state, a) >= 0) return state;
    return -1;
  });
}

/** The trie states after a word persons' names have too that a folded Arabic word's consonants read (sharedBrandKeys). */
function sharedBrandStates(index: NameIndex, word: string): readonly number[] {
  // Kept per word as written, as brandWords are: arabicKeys makes every reading of the word's consonants.
  return readByKeys(sharedBrandMemo(index), index, word, word.startsWith('ال') ? sharedBrandKeysAfterArticle : sharedBrandKeys, '');
}

const sharedBrandMemo = perIndexMemo<string, readonly number[]>(4096);

/** The listed firm words a folded Arabic word's consonants read (firmKeys), kept per word as written. */
const brandMemo = perIndexMemo<string, readonly number[]>(4096);

function brandWords(index: NameIndex, word: string): readonly number[] {
  return readByKeys(brandMemo(index), index, word, firmKeys, '');
}

/**
 * The listed firm words a folded Arabic word with the article reads with the article joined, as Latin may write it
 * ("الذهبي": ALZAHABE; "الليث": ALLAYTH), where arabicKeys reads the word without it; kept per word as written.
 */
const joinedMemo = perIndexMemo<string, readonly number[]>(1024);

function articleJoinedWords(index: NameIndex, word: string): readonly number[] {
  return readByKeys(joinedMemo(index), index, word, firmKeys, 'l');
}

/**
 * The values a key table holds for any consonant key of `word` (arabicKeys), with `prefix` before each key, each once,
 * kept in `memo` per word as written; the table is asked for only when the memo lacks the word.
 */
function readByKeys(memo: Map<string, readonly number[]>, index: NameIndex, word: string, table: (index: NameIndex) => ReadonlyMap<string, readonly number[]>, prefix: string): readonly number[] {
  const known = memo.get(word);
  if (known) return known;
  const keys = table(index);
  const found: number[] = [];
  for (const key of arabicKeys(word)) for (const v of keys.get(prefix + key.key) ?? []) if (!found.includes(v)) found.push(v);
  memo.set(word, found);
  return found;
}

/** The skeleton of the article "al", per index (-1 when no listed name has it). */
const alSkeleton = perIndex((index: NameIndex): number => lexiconId(index.skeletons, 'al'));

/**
 * The trie states an Arabic brand word (token k) leads to from `states`: each listed firm word its consonants read.
 * `construct`: another brand word follows, so a final ة may be the t Latin writes in the construct state ("أجنحة
 * الشام": AJNEHAT AL SHAM). `dropped` gets the states without the article that one with it kept out.
 */
function brandSteps(s: ScanState, k: number, states: readonly number[], construct = false, dropped: number[] = [], second = false): number[] {
  const word = wordAt(s, k);
  const out: number[] = [];
  const article = word.startsWith('ال');
  // Two letters after the article only as a second brand word, where the first one holds the walk ("الطير الحر").
  if ((article ? word.length - 2 : word.length) < (second && article ? 2 : 3)) return out;
  const al = article ? alSkeleton(s.index) : -1;
  // A word of a firm's listed Arabic name, as written ('وشركة "سلسلة الذهب" للصرافة').
  const own = s.skels[k];
  if (own >= 0) for (const from of states) {
    const to = step(s.index, from, own);
    if (to >= 0) out.push(to);
  }
  // "البستان": AL-BUSTAN, the article a word of its own in the list's name; where the list has it so, a name without
  // it is another's ("الصابرين" is AL-SABIREEN, not SABRINA).
  // A word that ends a listed Arabic name as written is that name, not a Latin firm's word read by its consonants:
  // 'حركة "حماس"' is HAMAS (and حماس is also zeal), not the HMS of JOINT STOCK COMPANY HMS GROUP.
  if (out.some((to) => s.index.outRuns.lengths[to] > 0)) return out;
  const withArticle: number[] = [];
  const bare: number[] = [];
  const read = brandWords(s.index, word);
  const words = construct && word.endsWith('ه') ? [...read, ...brandWords(s.index, word.slice(0, -1) + 'ت')] : read;
  for (const sk of words) {
    // A Latin word with the article joined ("الليث": ALLAYTH) is a reading with the article too.
    const joined = article && joinsArticle(s.index, sk);
    for (const from of states) {
      const to = step(s.index, from, sk);
      if (to >= 0 && !(joined ? withArticle : bare).includes(to)) (joined ? withArticle : bare).push(to);
      if (al >= 0) {
        const a = step(s.index, from, al);
        const b = a >= 0 ? step(s.index, a, sk) : -1;
        if (b >= 0 && !withArticle.includes(b)) withArticle.push(b);
      }
    }
  }
  // The article joined to the word in the list's spelling is the article too.
  if (article) for (const sk of articleJoinedWords(s.index, word)) {
    for (const from of states) {
      const to = step(s.index, from, sk);
      if (to >= 0 && !withArticle.includes(to)) withArticle.push(to);
    }
  }
  for (const to of withArticle.length ? withArticle : bare) if (!out.includes(to)) out.push(to);
  if (withArticle.length) for (const to of bare) if (!out.includes(to)) dropped.push(to);
  return out;
}

/** The states after one of `forms` (sequences of skeletons) from each of `states`. */
function kindSteps(index: NameIndex, states: readonly number[], forms: readonly number[][]): number[] {
  const out: number[] = [];
  for (const from of states) {
    for (const form of forms) {
      let st = from;
      for (const sk of form) if (st >= 0) st = step(index, st, sk);
      if (st >= 0 && !out.includes(st)) out.push(st);
    }
  }
  return out;
}

/** Organizations' outputs at `states` that the evidence allows (each entity once). */
function firmOutputs(s: ScanState, states: readonly number[], start: number, end: number): number[] {
  const index = s.index;
  const outputs: number[] = [];
  for (const state of states) {
    const first = runStart(index.outRuns, state);
    for (let o = first; o < first + index.outRuns.lengths[state]; o++) {
      const v = index.outputs[o];
      const e = v & ENTITY_MASK;
      if (v & OUT_SHARED_BRAND || entityKind(index, e) === 'person' || outputs.some((x) => (x & ENTITY_MASK) === e)) continue;
      if (hasCountryOnPage(s, e) || sanctionsNear(s, start, end)) outputs.push(v);
    }
  }
  return outputs;
}

/**
 * Whether tokens start..end stand in quotes, with a space inside them or not ('" حسم"', as news types them): Arabic,
 * which has no capitals, marks a name so.
 */
function inQuotes(s: ScanState, start: number, end: number): boolean {
  if (fillsQuote(s, start, end)) return true;
  const text = s.block.text;
  let a = s.tokens.starts[start] - 1;
  if (text.charCodeAt(a) === 32) a--;
  let z = s.tokens.ends[end];
  if (text.charCodeAt(z) === 32) z++;
  return a >= 0 && QUOTE_UNITS.includes(text.charCodeAt(a)) && QUOTE_UNITS.includes(text.charCodeAt(z));
}

const QUOTE_UNITS = [0x22, 0xab, 0xbb, 0x201c, 0x201d];

/**
 * The firm named after the noun of kind at token i, or undefined. Its brand begins at token `from` (after the noun, or
 * after "تعرف باسم", known as); `alone`: a one-word brand may stand without quotes (the first of two names after a dual);
 * `noNoun`: a list item's firm, with no noun before it, which needs a word of kind after its brand; `quotedItem`: a
 * later name in quotes of a list after the plural noun.
 */
function firmAfterNoun(s: ScanState, i: number, noun: string, from = i + 1, alone = false, noNoun = false, quotedItem = false): Span | undefined {
  const kinds = kindSkeletons(s.index);
  let best: Span | undefined;
  let states = [0];
  // Whether the brand is read as a word persons' names have too ("أمان": AMAN HOLDING, and Aman a given name): then
  // only with a word of kind after it ("أمان القابضة"), never alone nor with the noun alone.
  let personWord = false;
  // The word of kind after a one-word brand, read once: the check below and the loop after the brand both ask it.
  let kindAfterFirst: KindReading[] | undefined;
  let shared: number[] = [];
  for (let b = 1; b <= MAX_BRAND && ((quotedItem && b === 1) || (noNoun ? b === 1 || nextWord(s, from + 1) : nextWord(s, from + b - 1))); b++) {
    const brandEnd = from + b - 1;
    const dropped: number[] = [];
    if (b === 2 && shared.length) states = [...states, ...shared];
    states = brandSteps(s, brandEnd, states, nextWord(s, brandEnd + 1) && b < MAX_BRAND, dropped, b > 1);
    if (b === 1 && nextWord(s, from + 1) && (kindAfterFirst ??= kindAt(s, from + 1)).length) {
      const read = sharedBrandStates(s.index, wordAt(s, from)).filter((st) => !states.includes(st));
      if (read.length) {
        states = [...states, ...read];
        personWord = true;
      }
    }
    // "مؤسسة الطير الحر" (AL-TAIR AL-HUR): a first brand word that persons' names have too (Tair), read as any listed
    // Latin word, only where a second brand word that only firms' names have goes on from it; both with the article.
    if (b === 1 && !noNoun && !quotedItem && bothDefinite(s, from) && nextWord(s, from + 1) && firmWordAt(s, from + 1)) shared = sharedFirstWord(s, from).filter((st) => !states.includes(st));
    if (!states.length && !shared.length) break;
    // The brand alone: two words, or one in quotes; a list item's, of two words, with a word of kind after it that the
    // listed name leaves out ("الليث الذهبي لخدمات النقل": ALLAYTH ALZAHABE).
    if (!personWord && (noNoun ? b > 1 && nextWord(s, brandEnd + 1) && kindAt(s, brandEnd + 1).length > 0 : b > 1 || alone || inQuotes(s, from, brandEnd))) best = longer(best, s, from, brandEnd, states);
    let at = states;
    let k = brandEnd + 1;
    while (nextWord(s, k)) {
      let after: number[] = [];
      let width = 1;
      for (const kind of k === from + 1 ? (kindAfterFirst ??= kindAt(s, k)) : kindAt(s, k)) {
        after = kindSteps(s.index, at, kind.forms);
        // A place's article that the list leaves out before a word of kind ("الشام القابضة": SHAM HOLDING; AL SHAM
        // COMPANY has it).
        if (!after.length && k === brandEnd + 1 && dropped.length) after = kindSteps(s.index, dropped, kind.forms);
        width = kind.width;
        if (after.length) break;
      }
      // Or the next word of a listed Arabic name, past the quote that closes the brand ("للصرافة": for exchange).
      if (!after.length && s.skels[k] >= 0 && !personWord) {
        after = kindSteps(s.index, at, [[s.skels[k]]]);
        width = 1;
      }
      if (!after.length || !nextWord(s, k + width - 1)) break;
      at = after;
      k += width;
      best = longer(best, s, from, k - 1, at);
    }
    if (personWord && k === brandEnd + 1) break;
    // The noun last, as English has it ("AL-BUSTAN CHARITY ASSOCIATION", "SIDAR COMPANY"); not past a quote that
    // closes a brand the list names alone, which the page marks as the name ('حركة "الصابرين"').
    const quoted = best !== undefined && best.start === from && best.end === k - 1 && inQuotes(s, from, k - 1);
    const withNoun = quoted || noNoun || quotedItem || PLURALS.has(noun) ? [] : kindSteps(s.index, at, kinds.nouns.get(noun) ?? []);
    if (withNoun.length) best = longer(best, s, from === i + 1 ? i : from, k - 1, withNoun);
  }
  return best;
}

/** Whether listed skeleton sk begins with "al" and goes on (ALLAYTH), read without making its string. */
function joinsArticle(index: NameIndex, sk: number): boolean {
  const lex = index.skeletons;
  const at = lex.start[sk];
  return lex.start[sk + 1] - at > 3 && lex.chars.charCodeAt(at) === 97 && lex.chars.charCodeAt(at + 1) === 108;
}

/** Whether tokens k and k + 1 both begin with the article "ال" (units first: most brands after a noun do not). */
function bothDefinite(s: ScanState, k: number): boolean {
  if (k + 1 >= s.block.last) return false;
  const text = s.block.text;
  const a = s.tokens.starts[k];
  const b = s.tokens.starts[k + 1];
  return text.charCodeAt(a) === 0x627 && text.charCodeAt(a + 1) === 0x644 && text.charCodeAt(b) === 0x627 && text.charCodeAt(b + 1) === 0x644;
}

/** Whether token k reads as a word only firms' names have (brandWords), with its article joined or not. */
function firmWordAt(s: ScanState, k: number): boolean {
  const word = wordAt(s, k);
  return brandWords(s.index, word).length > 0 || (word.startsWith('ال') && articleJoinedWords(s.index, word).length > 0);
}

const sharedFirstMemo = perIndexMemo<string, readonly number[]>(1024);

/** The trie states after token k, a brand's first word, read as the listed Latin words of persons' names too (after the article where it has one). */
function sharedFirstWord(s: ScanState, k: number): readonly number[] {
  const word = wordAt(s, k);
  const memo = sharedFirstMemo(s.index);
  const known = memo.get(word);
  if (known) return known;
  const article = word.startsWith('ال');
  const al = article ? alSkeleton(s.index) : -1;
  const from = al >= 0 ? s.index.rootChild[al] : -1;
  const out: number[] = [];
  for (const sk of latinReadings(s.index, [word])) {
    const flags = s.index.skelFlags[sk];
    if (flags & (SKEL_PARTICLE | SKEL_COMMON_WORD | SKEL_COUNTRY)) continue;
    const to = from >= 0 ? step(s.index, from, sk) : article ? -1 : s.index.rootChild[sk];
    if (to >= 0 && !out.includes(to)) out.push(to);
  }
  memo.set(word, out);
  return out;
}

/** The span start..end for the firms at `states`, if any, when it is longer than `best`. */
function longer(best: Span | undefined, s: ScanState, start: number, end: number, states: readonly number[]): Span | undefined {
  if (best && best.end - best.start >= end - start) return best;
  const outputs = firmOutputs(s, states, start, end);
  return outputs.length ? { start, end, outputs, commonNames: false, brief: true, anyCommon: false, common: false } : best;
}

/** Whether the page so far gives a firm the evidence firmOutputs asks for anywhere: a country or a sanctions word. */
export function mayNameFirms(s: ScanState): boolean {
  const ctx = s.context;
  return ctx.countries.size > 0 || ctx.sanctionsAt.length > 0 || (ctx.anchored && ctx.storyAt.length > 0);
}

/**
 * The firm named after an Arabic noun of kind at token i (a caseless word), or undefined: the word's letters and the
 * two units before it tested first, no string made. findSpans asks it of every Arabic word, so it stays small and
 * leaves the rare reading to firmsAfter (kept out of findSpans's optimised code, whose other tests it slowed).
 */
export function arabicFirmAt(s: ScanState, i: number): Span[] | undefined {
  if (i + 1 >= s.block.last) return undefined;
  const noun = nounAt(s, i);
  if (noun !== undefined) return firmsAfter(s, i, noun);
  // A list item's mark (its number's dot or bracket, or a dash) and a space before the word, or "و" and a quote.
  const at = s.tokens.starts[i];
  if (at < 2) return undefined;
  const text = s.block.text;
  const before = text.charCodeAt(at - 1);
  const mark = text.charCodeAt(at - 2);
  if (before === 32) return mark === 46 || mark === 41 || mark === 45 || mark === 0x2022 ? firmsAfter(s, i, '') : undefined;
  return mark === 0x648 && (before === 0x201d || before === 0x201c || before === 0x22 || before === 0xab) ? firmsAfter(s, i, '') : undefined;
}

/** arabicFirmAt past its letters' tests: after the noun of kind, or (noun '') a list's item. */
function firmsAfter(s: ScanState, i: number, noun: string): Span[] | undefined {
  if (noun === '') {
    if (s.block.text.charCodeAt(s.tokens.starts[i] - 1) === 32) return opensListItem(s, i) && wordOfKindNext(s, i) ? wrap(firmAfterNoun(s, i, '', i, false, true)) : undefined;
    return quotedAfterPlural(s, i) ? wrap(firmAfterNoun(s, i, '', i, false, false, true)) : undefined;
  }
  if (MOVEMENTS.has(noun) && !quoteAfter(s, i)) return undefined;
  const first = firmAfterNoun(s, i, noun, i + 1 + knownAs(s, i + 1));
  if (!first) return DUALS.has(noun) ? twoAfterDual(s, i, noun) : undefined;
  // After a dual, the second name in quotes after "و" alone ('وحركتي " حسم" و "لواء الثورة"').
  const and = first.end + 1;
  if (!DUALS.has(noun) || !isAnd(s, and)) return [first];
  const second = firmAfterNoun(s, and, noun);
  return second && second.start > and ? [first, second] : [first];
}

/**
 * Whether token i opens a line, after a list's number or dash at most ("1. العامر للتطوير والاستثمار العقاري", "- المهيمن
 * للنقل والمقاولات"): a list of designated firms names each without a noun of kind.
 */
function opensListItem(s: ScanState, i: number): boolean {
  const text = s.block.text;
  const at = s.tokens.starts[i];
  // A space, then the number's dot or bracket or the dash, before the word: most words have a letter there.
  const mark = at >= 2 ? text.charCodeAt(at - 2) : -1;
  if (text.charCodeAt(at - 1) !== 32 || (mark !== 46 && mark !== 41 && mark !== 45 && mark !== 0x2022) || !isArabicUnit(text.charCodeAt(at))) return false;
  let marked = false;
  for (let c = at - 2; c >= 0; c--) {
    const u = text.charCodeAt(c);
    if (u === 10) return marked;
    const digit = (u >= 48 && u <= 57) || (u >= 0x660 && u <= 0x669);
    // Digits (Latin and Arabic-Indic) before the dot, or the dash alone.
    if (digit || u === 45 || u === 0x2022) marked = true;
    else if (u !== 32 && u !== 0xa0 && u !== 46 && u !== 41) return false;
  }
  return marked;
}

/**
 * Whether a word of kind, or the next word of a listed Arabic name, follows token i: a list item's firm needs one of
 * them after its one-word brand (firmAfterNoun finds none without), and most lines of a list have neither.
 */
function wordOfKindNext(s: ScanState, i: number): boolean {
  if (!nextWord(s, i + 1)) return false;
  if (s.skels[i + 1] >= 0 || kindAt(s, i + 1).length > 0) return true;
  // Or after a brand of two words ("4. الليث الذهبي لخدمات النقل والشحن").
  return nextWord(s, i + 2) && kindAt(s, i + 2).length > 0;
}

const wrap = (span: Span | undefined): Span[] | undefined => (span ? [span] : undefined);

/** How many tokens back a quoted name may stand from the plural noun of its list. */
const LIST_REACH = 40;

/**
 * Whether token i opens a quote right after "و", in a sentence that named firms with the plural noun before it:
 * 'شملت العقوبات شركات “روافد” المملوكة لرامي مخلوف، و”أمان دمشق المساهمة”، و”بنيان...”' lists each firm so.
 */
function quotedAfterPlural(s: ScanState, i: number): boolean {
  const text = s.block.text;
  const at = s.tokens.starts[i];
  if (at < 2 || !QUOTE_UNITS.includes(text.charCodeAt(at - 1)) || !isArabicUnit(text.charCodeAt(at))) return false;
  // "و" right before the quote: 'و”أمان دمشق المساهمة”'.
  if (text.charCodeAt(at - 2) !== 0x648) return false;
  for (let k = i - 1; k >= Math.max(s.block.first, i - LIST_REACH); k--) {
    // Not past the sentence's start.
    for (let c = s.tokens.ends[k]; c < s.tokens.starts[k + 1]; c++) if (text.charCodeAt(c) === 46 || text.charCodeAt(c) === 10) return false;
    const noun = nounAt(s, k);
    if (noun !== undefined && PLURALS.has(noun)) return true;
  }
  return false;
}

/** Whether token k is "و" written apart, with a word after it. */
function isAnd(s: ScanState, k: number): boolean {
  return k + 1 < s.block.last && s.tokens.lengths[k] === 1 && s.block.text.charCodeAt(s.tokens.starts[k]) === 0x648;
}

/**
 * Two names after a dual noun, the first one word without quotes ("ومجموعتي حسم و لواء الثورة": HASM, LIWA AL-THAWRA):
 * the dual says two names follow, so the word before "و" is the first when a second name is found after it.
 */
function twoAfterDual(s: ScanState, i: number, noun: string): Span[] | undefined {
  if (!isAnd(s, i + 2)) return undefined;
  const first = firmAfterNoun(s, i, noun, i + 1, true);
  if (!first || first.end !== i + 1) return undefined;
  const second = firmAfterNoun(s, i + 2, noun);
  return second && second.start > i + 2 ? [first, second] : undefined;
}

/** The words that say "known as" between a noun of kind and the firm's name ("شركة تعرف باسم"), folded. */
const KNOWN_AS = new Set(['تعرف', 'يعرف', 'المعروفه', 'المعروف', 'معروفه']);
const NAMED = new Set(['تدعي', 'تسمي', 'المسماه']);

/** How many words after a noun of kind say the name comes next: "تعرف باسم" two, "تدعى" one, else none. */
function knownAs(s: ScanState, k: number): number {
  if (k + 1 >= s.block.last || s.tokens.lengths[k] < 4) return 0;
  const w = wordAt(s, k);
  if (NAMED.has(w)) return 1;
  return KNOWN_AS.has(w) && wordAt(s, k + 1) === 'باسم' ? 2 : 0;
}
