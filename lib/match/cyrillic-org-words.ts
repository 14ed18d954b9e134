// A firm's name that Russian and Ukrainian news translate or transliterate is written with its first word capitalised
// and the rest in lower case ("Белорусский нефтяной торговый дом" for BELARUSIAN OIL TRADE HOUSE, "Донецкой народной
// республики" for DONETSKAYA NARODNAYA RESPUBLIKA), and its adjectives may be words the scan knows as context words
// ("Российский", "Белорусский": countries' words). Here: which lower-case words go on reading a name after a word
// read as one, and the glossary's reading of a word the lexicon holds as a context word. A name made so must still be
// a listed name's whole form (the trie walk), and precision.ts asks three words or more and the firm's country or a
// sanctions story of it (lowerNameAllowed).
import { latinNameKeys } from '../names/cyrillic';
import { orgGlossaryWords, placeAdjectivePlaces } from '../names/org-glossary';
import { hashWords, lexiconId, lexiconIds, lexiconSize, type HashedWords } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { skeleton } from '../names/transliterate';
import { legalFormWords } from '../names/variants';
import { hyphenTailWord } from './cyrillic-hyphen-tail';
import { kindWordAfterName } from './org-glossary-words';
import { perIndex } from './per-index';
import { WrittenWordMemo } from './written-word-memo';
import { insideQuote } from './quoted-names';
import { SKEL_PERSON_PART } from './name-index';
import { readingsOf, setReadings, type ScanState } from './scan-state';

const { ALL_UPPER, CAPITALIZED, CYRILLIC, JOINED } = normalize;

/**
 * Whether lower-case Cyrillic token i follows, with only a space between, a Cyrillic word read as a listed word of no
 * person's name (a capitalised one, or a lower-case one read so in turn): "нефтяной" after
 * "Белорусский".
 */
export function lowerNameWord(s: ScanState, i: number): boolean {
  const flags = s.tokens.flags;
  if ((flags[i] & (CYRILLIC | JOINED | CAPITALIZED)) !== (CYRILLIC | JOINED) || i <= s.block.first) return false;
  if (!(flags[i - 1] & CYRILLIC)) return false;
  if (s.skels[i - 1] >= 0 && orgWordAt(s, i - 1)) return true;
  // "развития и реконструкции": after "and" between two of the name's words; "и" may itself read as a listed word
  // of a person's name (a Latin I), as in "Конкорд менеджмент и консалтинг" (KONKORD MENEDZHMENT I KONSALTING).
  const { starts, ends } = s.tokens;
  return i - 2 >= s.block.first && (flags[i - 1] & JOINED) !== 0 && s.skels[i - 2] >= 0 && (flags[i - 2] & CYRILLIC) !== 0 && isCyrillicAnd(s.block.text, starts[i - 1], ends[i - 1]) && orgWordAt(s, i - 2);
}

/**
 * Whether a reading of token k is a listed word of no person's name (an organisation's, or one of the forms the index
 * adds to them, "blacksea"): the lower-case words after a person's name ("Путина заявил"), most of them, are not read.
 */
function orgWordAt(s: ScanState, k: number): boolean {
  const skelFlags = s.index.skelFlags;
  if (!(skelFlags[s.skels[k]] & SKEL_PERSON_PART)) return true;
  for (const r of readingsOf(s, k)) if (!(skelFlags[r] & SKEL_PERSON_PART)) return true;
  return false;
}

/** "и", "і", "та" (and), in lower case. */
export function isCyrillicAnd(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start);
  if (end - start === 1) return a === 0x438 || a === 0x456;
  return end - start === 2 && a === 0x442 && text.charCodeAt(start + 1) === 0x430;
}

/** Per index: the glossary's skeletons of each lexicon word (by id), found on first sight; undefined before. */
const knownWordReadings = perIndex((index): (readonly number[] | undefined)[] => new Array<readonly number[] | undefined>(lexiconSize(index.lexicon)).fill(undefined));

/**
 * A Cyrillic word the lexicon holds as a context word ("Российский", "республики"), with no listed name's skeleton,
 * read through the firms' glossary only (lib/names/org-glossary.ts): never as a person's or a place's Latin spelling.
 */
export function knownWordGlossaryReading(s: ScanState, i: number): void {
  const id = s.tokens.ids[i];
  const table = knownWordReadings(s.index);
  let found = table[id];
  if (!found) {
    const written = s.block.text.slice(s.tokens.starts[i], s.tokens.ends[i]).toLowerCase();
    const list: number[] = [];
    for (const w of orgGlossaryWords(written)) {
      const sk = lexiconId(s.index.skeletons, skeleton(w));
      if (sk >= 0 && !list.includes(sk)) list.push(sk);
    }
    found = table[id] = list;
  }
  if (found.length) setReadings(s, i, found);
}

/** Whether tokens start..end hold a lower-case word read by lowerNameWord outside «guillemets» (not a word of kind after a hyphen or a region). */
export function hasLowerNameWord(s: ScanState, start: number, end: number): boolean {
  const flags = s.tokens.flags;
  for (let k = start + 1; k <= end; k++) {
    if (flags[k] & CAPITALIZED || !(flags[k] & CYRILLIC)) continue;
    if (!insideQuote(s.block.text, s.tokens.starts[k]) && !kindWordAfterName(s, k) && !hyphenTailWord(s, k)) return true;
  }
  return false;
}

/** The skeletons of the legal forms' words (oao, ooo, zao, pao...), per index. */
const legalSkeletons = perIndex((index): Set<number> => {
  legalFormSkeletons ??= hashWords(legalFormWords().map(skeleton));
  return new Set([...lexiconIds(index.skeletons, legalFormSkeletons)].filter((k) => k >= 0));
});
/** The legal forms' skeletons, hashed once for every index (legalSkeletons). */
let legalFormSkeletons: HashedWords | undefined;

/**
 * Whether token k is a legal form in Cyrillic capitals ("ОАО", "ООО", "ЗАО", read as the lists' OAO, OOO, ZAO): in
 * a list of firms ("ОАО «Белшина», ОАО «Лакокраска»") it is the next firm's, no capitalised word of a person's name.
 */
export function cyrillicLegalForm(s: ScanState, k: number): boolean {
  return (s.tokens.flags[k] & (CYRILLIC | ALL_UPPER)) === (CYRILLIC | ALL_UPPER) && s.skels[k] >= 0 && legalSkeletons(s.index).has(s.skels[k]);
}

/** Per index: the listed words a lower-case place adjective reads as (its place), by the word as written. */
const placeReadings = perIndex(() => new WrittenWordMemo<readonly number[]>(5000));

/**
 * "минский ОМОН", "минского ОМОНа", "минский отряд милиции особого назначения" for MINSK OMON and MINSK OTRYAD MILITSII
 * OSOBOVO NAZNACHENIYA: Russian and Ukrainian write the adjective of the place a body's name begins with in lower case.
 * Whether lower-case Cyrillic token i, before another Cyrillic word, is an adjective in -ский, -цкий of a place some
 * listed name has; if so it is read as that place only (never as a person's word) and may begin a name
 * (`lowerPlaceStart`, precision.ts asks the body's country or a sanctions story). The letters first, then the string.
 */
export function lowerPlaceAdjective(s: ScanState, i: number): boolean {
  const { flags, starts, ends } = s.tokens;
  if ((flags[i] & (CYRILLIC | CAPITALIZED)) !== CYRILLIC || i + 1 >= s.block.last || (flags[i + 1] & (CYRILLIC | JOINED)) !== (CYRILLIC | JOINED)) return false;
  if (!placeAdjectiveShape(s.block.text, starts[i], ends[i])) return false;
  const memo = placeReadings(s.index);
  let found = memo.get(s.block.text, starts[i], ends[i], s.tokens.hashes[i]);
  if (!found) {
    const written = s.block.text.slice(starts[i], ends[i]);
    const list: number[] = [];
    for (const place of placeAdjectivePlaces(written.toLowerCase())) for (const key of latinNameKeys(place)) {
      const sk = lexiconId(s.index.skeletons, skeleton(key));
      if (sk >= 0 && !(s.index.skelFlags[sk] & SKEL_PERSON_PART) && !list.includes(sk)) list.push(sk);
    }
    found = list;
    memo.set(written, s.tokens.hashes[i], found);
  }
  if (!found.length) return false;
  setReadings(s, i, found);
  return true;
}

/**
 * Whether a word of six letters or more has "к" two to four letters from its end, as an adjective in -ский, -цкий has
 * in every case: the scan's first test of each lower-case Cyrillic word, before any call (lex-page.ts).
 */
export function mayBePlaceAdjective(text: string, end: number): boolean {
  return text.charCodeAt(end - 2) === 0x43a || text.charCodeAt(end - 3) === 0x43a || text.charCodeAt(end - 4) === 0x43a;
}

/** Whether a word of six letters or more ends in an adjective's ending after "ск", "цк" (or "ськ", "цьк"). */
function placeAdjectiveShape(text: string, start: number, end: number): boolean {
  if (end - start < 6) return false;
  for (let p = end - 2; p >= end - 4; p--) {
    if (text.charCodeAt(p) !== 0x43a) continue;
    const c = text.charCodeAt(p - 1) === 0x44c ? text.charCodeAt(p - 2) : text.charCodeAt(p - 1);
    if (c === 0x441 || c === 0x446) return true;
  }
  return false;
}

/** Whether token i is a lower-case Cyrillic place adjective read so (lowerPlaceAdjective), where a name may begin. */
export function lowerPlaceStart(s: ScanState, i: number): boolean {
  const { flags, starts, ends } = s.tokens;
  return (flags[i] & (CYRILLIC | CAPITALIZED)) === CYRILLIC && s.skels[i] >= 0 && placeAdjectiveShape(s.block.text, starts[i], ends[i]);
}
