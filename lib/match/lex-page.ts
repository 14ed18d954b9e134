// Reading a batch of a page's text blocks into tokens, and what the index says of each: its skeleton (the
// listed spelling's, or a respelling's), and the countries and sanctions or sports words the page names.
import { isArabicUnit } from '../names/arabic';
import { foldLookAlikes } from '../names/confusables';
import { readArabicWord, readListedArabicWord } from './arabic-words';
import { latinNameKeys } from '../names/cyrillic';
import { addBrandReadings } from './brand-spellings';
import { addForeignSoundReadings, addSoundReading, addWrittenSoundReading } from './cyrillic-sound-readings';
import { hyphenTailWord } from './cyrillic-hyphen-tail';
import { acronymBeforeBrandWord, afterBrandDot, brandDotReading } from './dotted-brands';
import { koreanSyllableWord, latinHyphenSyllable } from './korean-syllables';
import { LOWER_ALONE, LOWER_PAIR, lowerCaseLeaderFilter, lowerCaseLeaderReading } from './lower-case-leaders';
import { koreanSpellings } from '../names/korean-in-cyrillic';
import { burmeseSpellings } from '../names/burmese-in-cyrillic';
import { genitivePluralNominatives, orgGlossaryWords, placeAdjectivePlaces } from '../names/org-glossary';
import { kindWordAfterName } from './org-glossary-words';
import { quotedShortWord } from './quoted-short-word';
import { knownWordGlossaryReading, lowerNameWord, lowerPlaceAdjective, mayBePlaceAdjective } from './cyrillic-org-words';
import { bankNameInQuotes, insideQuote } from './quoted-names';
import * as lexicon from '../names/lexicon';
import * as normalize from '../names/normalize';
import { skeleton, spanishFinalLa, spanishFirstJ } from '../names/transliterate';
import * as contextWords from './context-words';
import type { NameIndex } from './name-index';
import { perIndex } from './per-index';
import type { PageContext } from './page-context';
import { WrittenWordMemo } from './written-word-memo';
import { countryPhraseAt } from './country-phrases';
import { latinGivenNameReading } from './latin-given-names';
import { genericHeadSkeletons, lexiconWords, setReadings, wordAt, type Block, type QuickWords, type ScanState } from './scan-state';

// Module-local copies (see scan-state.ts).
const { hashWords, lexText, lexiconId, lexiconIds, lookupRange, needsSkeletonRange, PageTokens } = lexicon;
const { ALL_UPPER, CAPITALIZED, CASELESS, CYRILLIC, IGNORE, JOIN, JOINED, SPELLED, classOf } = normalize;
const { NAME_ARTICLES, SENSE_AUTHORITY, SENSE_SANCTIONS, SENSE_STORY, WORD_COUNTRY, WORD_SANCTIONS, WORD_SANCTIONS_CHECKED, WORD_SPORTS, lowerCaseCountryWords, plainStoryWords, sanctionsSense } = contextWords;
/** The context words' bits noteContextWord reads: a word with none of them (a particle, a legal form's) calls it not. */
const CONTEXT_BITS = WORD_SANCTIONS | WORD_SANCTIONS_CHECKED | WORD_SPORTS | WORD_COUNTRY;

// One token buffer for all scans: a scan runs to its end before the next starts, and nothing keeps it after.
const scratch = new PageTokens();
let scratchSkels = new Int32Array(1024);
let scratchExact = new Uint8Array(1024);
let scratchAlts = new Int32Array(1024);

/** The index's quick words, found once per index. */
export const quickWordsOf = perIndex((index): QuickWords => {
  quickWords ??= { plainStory: hashWords(plainStoryWords()), lowerCountry: hashWords(lowerCaseCountryWords()), articles: hashWords(NAME_ARTICLES.map(skeleton)) };
  const ids = (lex: lexicon.Lexicon, words: lexicon.HashedWords) => new Set([...lexiconIds(lex, words)].filter((t) => t >= 0));
  return { plainStory: ids(index.lexicon, quickWords.plainStory), lowerCountry: ids(index.lexicon, quickWords.lowerCountry), articles: ids(index.skeletons, quickWords.articles) };
});

/** The quick words, and the skeletons of the articles, hashed once for every index (quickWordsOf). */
let quickWords: { plainStory: lexicon.HashedWords; lowerCountry: lexicon.HashedWords; articles: lexicon.HashedWords } | undefined;

const FACTS = 3;
/**
 * Per lexicon word, what reading a page's words needs of it side by side: its skeleton, then its context-word bits and
 * its country (index.tokenSkel, tokenInfo and tokenCountry, three tables in three places), then, for an Arabic word,
 * its Latin readings once first met (arabic-words.ts; 0 until then). A page's words are spread over the lexicon, so
 * each known word cost up to three cache misses, and an Arabic one a memo lookup besides; here it costs one.
 */
const wordFacts = perIndex((index): Int32Array => {
  const n = index.tokenSkel.length;
  const facts = new Int32Array(FACTS * n);
  for (let id = 0; id < n; id++) {
    facts[FACTS * id] = index.tokenSkel[id];
    facts[FACTS * id + 1] = index.tokenInfo[id] | (index.tokenCountry[id] << 8);
  }
  return facts;
});

/** Lexes the blocks as the next batch of the page and notes what its words tell the page context. */
export function lexPage(index: NameIndex, texts: readonly string[], ctx: PageContext): ScanState {
  const tokens = scratch;
  tokens.reset();
  const blocks: Block[] = [];
  for (const text of texts) {
    const first = tokens.count;
    lexText(index.lexicon, text, tokens);
    blocks.push({ text, first, last: tokens.count, spans: [] });
  }
  const n = tokens.count;
  if (scratchSkels.length < n) {
    scratchSkels = new Int32Array(tokens.starts.length);
    scratchExact = new Uint8Array(tokens.starts.length);
    scratchAlts = new Int32Array(tokens.starts.length);
  }
  const s: ScanState = { index, context: ctx, tokens, skels: scratchSkels, exact: scratchExact, alts: scratchAlts, readings: [], offset: ctx.tokens, blocks, block: blocks[0] ?? { text: '', first: 0, last: 0, spans: [] }, heads: genericHeadSkeletons(index), quick: quickWordsOf(index), lowerSurnames: [], words: lexiconWords(index) };
  ctx.tokens += n;
  const leaders = lowerCaseLeaderFilter(index);
  for (const b of blocks) {
    s.block = b;
    readBlock(s, leaders);
  }
  return s;
}

/** Reads block s.block's words; `leaders` is lowerCaseLeaderFilter of the index (lower-case-leaders.ts). */
function readBlock(s: ScanState, leaders: Uint8Array): void {
  const b = s.block;
  const { ids, flags, lengths, hashes } = s.tokens;
  const facts = wordFacts(s.index);
  const { skels, exact, alts, context: ctx } = s;
  for (let i = b.first; i < b.last; i++) {
    const id = ids[i];
    alts[i] = -1;
    if (id >= 0) {
      const skel = facts[FACTS * id];
      const other = facts[FACTS * id + 1];
      skels[i] = skel;
      exact[i] = skel >= 0 ? 1 : 0;
      const country = other >>> 8;
      if (country && (flags[i] & CAPITALIZED || s.quick.lowerCountry.has(id))) ctx.countries.add(country - 1);
      // «Россия» after "банк" is the bank, not the country (quoted-names.ts); "банк" in "Альфа-банк" a name's word
      // (cyrillic-hyphen-tail.ts).
      // The Cyrillic flag first: a Latin page's context words ("the", "said") call none of the tests below.
      if (skel < 0 && flags[i] & CYRILLIC) {
        // "РФ" is a context word (Russia) that is a brand's word after a dot too ("ВЭБ.РФ": dotted-brands.ts).
        if (lengths[i] < 3 && (afterBrandDot(s, i) || acronymBeforeBrandWord(s, i))) {
          brandDotReading(s, i);
          exact[i] = skels[i] >= 0 ? 1 : 0;
        } else if ((flags[i] & CAPITALIZED && bankNameInQuotes(s, i)) || hyphenTailWord(s, i) || (lengths[i] < 3 && flags[i] & CAPITALIZED && koreanSyllableWord(s, i))) {
          // (The last: a function word's spelling capitalised mid-sentence as a name's syllable, "генерал Со Хтут".)
          cyrillicReading(s, i);
          exact[i] = skels[i] >= 0 ? 1 : 0;
        } else if (flags[i] & CAPITALIZED || lowerNameWord(s, i)) {
          // "Российский", "республики": a context word may be a translated firm's word (cyrillic-org-words.ts).
          knownWordGlossaryReading(s, i);
          exact[i] = skels[i] >= 0 ? 1 : 0;
        }
      }
      // A listed Arabic word may also romanise a Latin-only listed name ("صالح": SALEH).
      if (flags[i] & CASELESS && isArabicUnit(s.block.text.charCodeAt(s.tokens.starts[i]))) readListedArabicWord(s, i, facts, FACTS * id + 2);
      const info = other & 0xff;
      if (info & CONTEXT_BITS) noteContextWord(s, i, info);
      if ((flags[i] & (CAPITALIZED | CASELESS | CYRILLIC)) === CAPITALIZED && lengths[i] >= 4) latinGivenNameReading(s, i);
    } else {
      exact[i] = 0;
      // Only a capitalised word can be part of a name: only then is a respelling looked for; or, in Cyrillic, a
      // later word of a firm's name in «guillemets», which Russian writes in lower case («Авиа групп»).
      // Two letters are a name's word as a Korean syllable, after a brand's dot ("ВЭБ.РФ"), or in capitals before a brand's word
      // ("БМ Банк": dotted-brands.ts).
      const dotted = lengths[i] < 3 && flags[i] & CYRILLIC && (afterBrandDot(s, i) || acronymBeforeBrandWord(s, i));
      // A lower-case word is read only in Cyrillic, joined to the word before (each test below asks both first): a
      // Latin page's lower-case words, most of its words, call none of them.
      // A Korean given name's second syllable after a hyphen ("Kim Jong-un") is read in lower case too.
      // The flags and the hyphen before it asked here: most of a Latin page's words are lower case and unlisted.
      // "володимиру путіну": a given name and a leader's surname in lower case, read as capitalised; "путіна" alone
      // when the form is no everyday word, kept by scan.ts only where the page names the person or his country
      // (lower-case-leaders.ts).
      if ((flags[i] & (CAPITALIZED | CYRILLIC)) === CYRILLIC && lengths[i] >= 4 && leaders[(hashes[i] & 0xffff) >> 3] & (1 << (hashes[i] & 7))) {
        const reading = lowerCaseLeaderReading(s, i);
        if (reading !== 0) flags[i] |= CAPITALIZED;
        if (reading === LOWER_PAIR) {
          flags[i - 1] |= CAPITALIZED;
          cyrillicReading(s, i - 1);
          exact[i - 1] = skels[i - 1] >= 0 ? 1 : 0;
        } else if (reading === LOWER_ALONE) s.lowerSurnames.push(i);
      }
      const syllable = (flags[i] & (CAPITALIZED | CYRILLIC | CASELESS | JOINED)) === JOINED && s.block.text.charCodeAt(s.tokens.starts[i] - 1) === 45 && latinHyphenSyllable(s, i);
      if (!syllable && ((lengths[i] < 3 && !dotted && !(flags[i] & CYRILLIC && (koreanSyllableWord(s, i) || quotedShortWord(s, i)))) || (!(flags[i] & CAPITALIZED) && !((flags[i] & (CYRILLIC | JOINED)) === (CYRILLIC | JOINED) && (laterQuotedWord(s, i) || kindWordAfterName(s, i) || hyphenTailWord(s, i) || lowerNameWord(s, i)))))) {
        skels[i] = -1;
        // "минский ОМОН": a place's adjective in lower case, read as the place only (cyrillic-org-words.ts).
        if (lengths[i] >= 6 && flags[i] & CYRILLIC && mayBePlaceAdjective(s.block.text, s.tokens.ends[i]) && lowerPlaceAdjective(s, i)) exact[i] = 1;
      }
      else if (dotted) {
        brandDotReading(s, i);
        exact[i] = skels[i] >= 0 ? 1 : 0;
      } else if (flags[i] & CYRILLIC) {
        // A transliteration is the listed name in another script, not a misspelling of it: it counts as spelled as
        // listed (an organization's name too).
        cyrillicReading(s, i);
        exact[i] = skels[i] >= 0 ? 1 : 0;
      } else if (flags[i] & CASELESS && isArabicUnit(s.block.text.charCodeAt(s.tokens.starts[i]))) {
        // An Arabic word with a conjunction or preposition in front: the listed word, spelled as listed. Any Arabic
        // word, behind its prefix too ("وماهر"), may romanise a Latin-only name (arabic-latin-reading.ts): a reading
        // in another script, spelled as listed.
        readArabicWord(s, i);
        exact[i] = skels[i] >= 0 || s.alts[i] >= 0 ? 1 : 0;
      } else {
        skels[i] = respelling(s, i);
        // The syllable as the lists write it, but for its capital.
        if (syllable && skels[i] >= 0) exact[i] = 1;
        // "Oleksiy", "Mykola": also the Russian forms of the given name (latin-given-names.ts).
        if (!(flags[i] & CASELESS) && lengths[i] >= 4) latinGivenNameReading(s, i);
      }
    }
  }
}

/** A lower-case Cyrillic word right after a name word, inside a quote: «Авиа групп». */
function laterQuotedWord(s: ScanState, i: number): boolean {
  const flags = s.tokens.flags;
  return (flags[i] & (CYRILLIC | JOINED)) === (CYRILLIC | JOINED) && i > s.block.first && s.skels[i - 1] >= 0 && insideQuote(s.block.text, s.tokens.starts[i]);
}

/**
 * Per index: a Cyrillic word's readings (cyrillicReading), kept across pages; cleared when it grows large. Keyed by
 * the word as the page writes it and the lexer's hash of it, in four memos (read as a plural or not, with a Latin
 * look-alike letter or not), so that a word found before costs neither cyrillicWord's string building nor a key
 * string (a Map by the word sliced and hashed it again at every token: 6% of a Cyrillic page's scan).
 */
const cyrillicCaches = [0, 1, 2, 3].map(() => perIndex(() => new WrittenWordMemo<readonly number[]>(20000)));
// Eight: a Ukrainian given name in a case reads as its own spellings and the Russian and Belarusian forms of both the
// name and its case ("Олександра": Oleksandr, Aleksandr, Alexander, Aleksandra...).
const MAX_READINGS = 8;

/**
 * The skeletons of the listed name words a capitalised Cyrillic word may be, in any case, spelling and East Slavic
 * language (lib/names/cyrillic.ts): the first into skels, all of them (when more than one) into readings.
 */
function cyrillicReading(s: ScanState, i: number): void {
  const flags = s.tokens.flags;
  // A surname in the plural ("Аркадий Ротенберги") only right after a capitalised word, a given name perhaps; not
  // after an initial, which names one person ("В.Литвинов" is Litvinov, not the genitive plural of Litvin).
  const plural = i > s.block.first && (flags[i] & JOINED) !== 0 && (flags[i - 1] & (CAPITALIZED | CASELESS)) === CAPITALIZED && s.tokens.lengths[i - 1] > 1;
  const spelled = (flags[i] & SPELLED) !== 0;
  const cache = cyrillicCaches[(plural ? 2 : 0) + (spelled ? 1 : 0)](s.index);
  const { starts, ends, hashes } = s.tokens;
  let found = cache.get(s.block.text, starts[i], ends[i], hashes[i]);
  if (!found) {
    const written = s.block.text.slice(starts[i], ends[i]);
    const word = cyrillicWord(written, spelled);
    const list: number[] = [];
    // A two-letter word comes here only as a Korean or Burmese syllable (korean-syllables.ts).
    const keys = word.length < 3 ? [...koreanSpellings(word), ...burmeseSpellings(word)] : latinNameKeys(word, plural);
    for (const key of keys) {
      const sk = lexiconId(s.index.skeletons, skeleton(key));
      if (sk >= 0 && !list.includes(sk)) list.push(sk);
      if (list.length === MAX_READINGS) break;
    }
    // «Ростех» for ROSTEC: a firm's Latin brand written back in Cyrillic by its sound (brand-spellings.ts).
    addBrandReadings(s.index, keys, list, MAX_READINGS);
    // "Ніколаса Мадуро", «Хезболла»: a foreign name written by its sound, when nothing else reads the word.
    if (!list.length) addSoundReading(s.index, keys, list);
    // "аль-Кассаби" for Qasabi: a foreign name as written meets no listed word, and only a case ending read off it
    // does (Kassab); its sound is read too, after the others (cyrillic-sound-readings.ts).
    else if (list.length < MAX_READINGS && word.length >= 5) addWrittenSoundReading(s.index, word, list);
    // "Марко", "Ранхель": a Spanish name as Russian writes it by sound, besides its readings (cyrillic-sound-readings.ts).
    if (list.length < MAX_READINGS) addForeignSoundReadings(s.index, keys, list, MAX_READINGS);
    // «Ночных волков»: a plural in the genitive also as its nominative (NOCHNYE VOLKI); a noun only in lower case.
    for (const n of genitivePluralNominatives(word, written.charCodeAt(0) >= 0x430)) for (const key of latinNameKeys(n)) {
      const sk = lexiconId(s.index.skeletons, skeleton(key));
      if (sk >= 0 && !list.includes(sk)) list.push(sk);
    }
    // "Донецкой": also the place it is the adjective of (Donetsk), as a firm's or a body's name has it.
    for (const place of placeAdjectivePlaces(word)) for (const key of latinNameKeys(place)) {
      const sk = lexiconId(s.index.skeletons, skeleton(key));
      if (sk >= 0 && !list.includes(sk)) list.push(sk);
    }
    // A word of a firm's name in English translation ("транспортной": transportation; lib/names/org-glossary.ts).
    for (const w of orgGlossaryWords(word)) {
      const sk = lexiconId(s.index.skeletons, skeleton(w));
      if (sk >= 0 && !list.includes(sk)) list.push(sk);
    }
    found = list;
    cache.set(written, hashes[i], found);
  }
  setReadings(s, i, found);
}

/**
 * A Cyrillic word as written, in lower case without invisible characters (it keeps "й" and "ё" apart from "и" and
 * "е", which folding joins); a Latin look-alike slipped into it (`spelled`) made Cyrillic.
 */
function cyrillicWord(written: string, spelled: boolean): string {
  const nfc = (spelled ? foldLookAlikes(written) : written).normalize('NFC');
  let w = '';
  // An apostrophe inside the word (lexicon.ts keeps it there: "В'ячеслава") is read without it.
  for (let k = 0; k < nfc.length; k++) if (classOf(nfc.charCodeAt(k)) !== IGNORE && classOf(nfc.charCodeAt(k)) !== JOIN) w += nfc[k];
  return w.toLowerCase();
}

/** A sanctions or sports word, or the first word of a country named in several words ("United States"). */
function noteContextWord(s: ScanState, i: number, info: number): void {
  const ctx = s.context;
  const b = s.block;
  // The words whose sense depends on the words around them or on their case are read as strings; the rest count
  // as they are.
  const sense = info & WORD_SANCTIONS_CHECKED ? checkedSense(s, i) : info & WORD_SANCTIONS ? SENSE_SANCTIONS : 0;
  if (sense === SENSE_SANCTIONS) {
    ctx.sanctionsWords++;
    ctx.sanctionsAt.push(s.offset + i);
  } else if (sense === SENSE_STORY) {
    ctx.storyWords++;
    ctx.storyAt.push(s.offset + i);
  } else if (info & WORD_SPORTS) ctx.sportsWords++;
  if (sense >= SENSE_AUTHORITY) ctx.anchored = true;
  // A country's first word only before another capital, or before "del" and a capital ("Corea del Norte").
  const flags = s.tokens.flags;
  if (info & WORD_COUNTRY && flags[i] & CAPITALIZED && i + 1 < b.last && ((flags[i + 1] & (JOINED | CAPITALIZED)) === (JOINED | CAPITALIZED) || (flags[i + 1] & JOINED && i + 2 < b.last && (flags[i + 2] & (JOINED | CAPITALIZED)) === (JOINED | CAPITALIZED)))) {
    const c = countryPhraseAt(s, i, b.last);
    if (c >= 0) ctx.countries.add(c >> 3);
  }
}

/** sanctionsSense of token i, reading the words of its block around it only where the sense depends on them. */
function checkedSense(s: ScanState, i: number): number {
  if (s.quick.plainStory.has(s.tokens.ids[i])) return SENSE_STORY;
  nearScan = s;
  nearToken = i;
  const f = s.tokens.flags[i];
  const sense = sanctionsSense(wordAt(s, i), nearWord, (f & CAPITALIZED) !== 0, (f & (ALL_UPPER | CASELESS)) === ALL_UPPER);
  nearScan = null;
  return sense;
}

// The scan and the token whose words around it nearWord reads, for sanctionsSense while checkedSense asks it: one
// function for every word, where a closure over the token was made at each.
let nearScan: ScanState | null = null;
let nearToken = 0;

/** The word d tokens from the token checkedSense reads, in its block ('' outside it). */
function nearWord(d: number): string {
  const s = nearScan;
  if (s === null) return '';
  const k = nearToken + d;
  return k >= s.block.first && k < s.block.last ? wordAt(s, k) : '';
}

/**
 * Per index: the skeleton number (-1: none) of a capitalised word whose skeleton is made as a string, by the word as
 * written, kept across pages: such words ("Washington", "Moscow") come back page after page, and a word met before
 * then costs neither its folded string nor its skeleton's.
 */
const respellings = perIndex(() => new WrittenWordMemo<boolean>(20000));

/** The skeleton of a capitalised word the lexicon lacks, when some listed name has it (else -1). */
function respelling(s: ScanState, i: number): number {
  const { starts, ends, hashes } = s.tokens;
  const text = s.block.text;
  // Most words are their own skeleton, found by the hash the lexer already made; one that begins with J or ends in
  // an accented "lá" and meets no listed word goes on, for its Spanish readings below.
  if (!(s.tokens.flags[i] & SPELLED) && !needsSkeletonRange(text, starts[i], ends[i])) {
    // (lookupRange reads the skeletons' table only for a hash some skeleton begins its probe at: Lexicon.homes.)
    const own = lookupRange(s.index.skeletons, hashes[i], text, starts[i], ends[i], s.tokens.lengths[i]);
    if (own >= 0 || (text.charCodeAt(starts[i]) !== 74 && !(text.charCodeAt(ends[i] - 1) === 0xe1 && (text.charCodeAt(ends[i] - 2) | 0x20) === 108))) return own;
  }
  const memo = respellings(s.index);
  const at = memo.find(text, starts[i], ends[i], hashes[i]);
  if (at >= 0) {
    if (memo.valueAt(at)) s.exact[i] = 1;
    return memo.numberAt(at);
  }
  const word = wordAt(s, i);
  let sk = lexiconId(s.index.skeletons, skeleton(word));
  const own = sk >= 0;
  // "Jameneí", "Jatamí": Spanish writes a first kh as j too (KHAMENEI, KHATAMI), read so only when the word as
  // written meets no listed word (Juan, Jalil and Jorge stay themselves).
  if (sk < 0) {
    const kh = spanishFirstJ(word);
    if (kh) sk = lexiconId(s.index.skeletons, skeleton(kh));
  }
  // "Hezbolá", "Nasralá": Spanish writes -llah as an accented -lá (HIZBALLAH, NASRALLAH), likewise only as a last try.
  if (sk < 0) {
    const llah = spanishFinalLa(text.slice(starts[i], ends[i]), word);
    if (llah) sk = lexiconId(s.index.skeletons, skeleton(llah));
  }
  // A Spanish reading is the listed word as Spanish writes it, not a misspelling: spelled as listed, as a Cyrillic
  // transliteration is ("Jatam al Anbiya" for KHATAM AL-ANBIYA stands as a body's name, which no misspelt word does).
  const spanish = !own && sk >= 0;
  if (spanish) s.exact[i] = 1;
  memo.set(text.slice(starts[i], ends[i]), hashes[i], spanish, sk);
  return sk;
}
