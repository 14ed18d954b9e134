// The spans of a block: from left to right, the longest accepted name at each capitalised token (trie-walk.ts),
// with a firm's legal form after it, and how weak a name each span is.
import { lowerPlaceStart } from './cyrillic-org-words';
import * as normalize from '../names/normalize';
import { coordinatedGivenName } from './coordinated-given-names';
import { nameByInitials } from './initials';
import * as names from './name-index';
import { definedAcronymAt, noteDefinedAcronym, shortNameBeforeBrackets } from './defined-acronyms';
import { legalFormAfter } from './legal-form-after';
import { isGenericHead, readingsOf, useReading, type ScanState, type Span } from './scan-state';
import { longestNameAt, type NameMatch } from './trie-walk';
import { nameByPageAlias } from './page-alias';
import { nameKnownAs } from './known-as-name';
import { latinStart } from './arabic-latin-reading';
import { mayBegin, nameOpenings } from './arabic-name-openings';
import { brandAfterKindWord } from './cyrillic-kind-before-brand';
import { brandAfterAcronym } from './acronym-kind-brand';
import { nameBeforeAcronym } from './name-before-acronym';
import { possessorAfterKin } from './cyrillic-possessor';
import { quotedBrandAgain } from './quoted-brand-again';
import { glossInBrackets } from './bracket-gloss';
import { arabicFirmAt, mayNameFirms } from './arabic-firm-names';
import { spelledAcronymAfter } from './arabic-letter-acronyms';
import { givenNamesBeforeAlias } from './arabic-known-as';
import { prepositionNotName } from './arabic-preposition';
import { translatedNameAt } from './translated-names';
import { noteTranslatedName, shortTranslatedName } from './translated-short-forms';
import { lexiconSize } from '../names/lexicon';
import { perIndex } from './per-index';
import { hasSkeletonBit } from './skeleton-bits';
import { quickWordsOf } from './lex-page';
import { genericHeadSkeletons } from './scan-state';

// Module-local copies (see scan-state.ts).
const { ALL_UPPER, CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;
const { ENTITY_MASK, OUT_MISSING_SHIFT, entityKind } = names;

/**
 * "los Cuinis" for LOS CUINIS: Spanish writes the article of a group's name in lower case, and news the Arabic one
 * ("al-Qaida"). A lower-case "los", "las", "la" or "al" may begin a name when a capitalised word follows it.
 */
function articleBeforeName(s: ScanState, i: number): boolean {
  const flags = s.tokens.flags;
  return s.quick.articles.has(s.skels[i]) && i + 1 < s.block.last && (flags[i + 1] & (JOINED | CAPITALIZED | CASELESS)) === (JOINED | CAPITALIZED);
}

/** The tokens whose skeletons a second walk may change (a name's words): saved and put back when it is not taken. */
const WALK_SPAN = 8;
const saved = new Int32Array(WALK_SPAN);

/**
 * The name found at Arabic token i (`found`), or a longer one walked from the Latin reading of token i that goes on
 * through the next words (latinStart), as longestNameAt found it. The skeletons the second walk set are put back
 * when its name is not longer.
 */
function longerLatinName(s: ScanState, i: number, found: NameMatch): NameMatch {
  const n = Math.min(s.block.last - i, WALK_SPAN);
  for (let k = 0; k < n; k++) saved[k] = s.skels[i + k];
  if (latinStart(s, i) >= 0) {
    const other = longestNameAt(s, i);
    if (other && other.shape.end > found.shape.end) return other;
  }
  for (let k = 0; k < n; k++) s.skels[i + k] = saved[k];
  return found;
}

/** Whether a found name may be a person's (a Latin reading is read as persons' words only). */
function namesPerson(index: names.NameIndex, found: NameMatch): boolean {
  for (const v of found.outputs) if (entityKind(index, v & ENTITY_MASK) === 'person') return true;
  return false;
}

/** A translated name's span, and the acronym the page defines after it ("... Rurales y Urbanos (Averuca)"). */
function pushTranslated(s: ScanState, span: Span): void {
  s.block.spans.push(span);
  noteDefinedAcronym(s, span);
}

/**
 * The translated name at token i, pushed and noted for its short form later, or, after such a name, its short form
 * ("el Cuerpo de los Guardianes": translated-short-forms.ts); undefined when none.
 */
function translatedAt(s: ScanState, i: number): Span | undefined {
  const full = translatedNameAt(s, i);
  if (full) {
    pushTranslated(s, full);
    noteTranslatedName(s, full);
    return full;
  }
  const short = s.context.translatedNames === null ? undefined : shortTranslatedName(s, i);
  if (short) s.block.spans.push(short);
  return short;
}

/**
 * Per index, as bits: the skeletons a lower-case word outside Cyrillic may begin a name with (a generic head, "cartel";
 * an article, "los"). findSpans's per-word gate (MATCHING.md): any other such word, most of a page, is passed over at
 * one test, before the rules below each ask it again.
 */
const lowerOpenings = perIndex((index: names.NameIndex): Uint8Array => {
  const bits = new Uint8Array((lexiconSize(index.skeletons) >> 3) + 1);
  for (const sk of [...genericHeadSkeletons(index), ...quickWordsOf(index).articles]) bits[sk >> 3] |= 1 << (sk & 7);
  return bits;
});

/** Fills the current block's spans. */
export function findSpans(s: ScanState): void {
  const { flags } = s.tokens;
  const { index, skels, block: b } = s;
  // Whether a skeleton begins a name, from 4 KB of bits (arabic-name-openings.ts) rather than the trie's 110 KB root
  // row: this loop asks it of every word, and on a page scanned between others the row is mostly out of the cache.
  const openings = nameOpenings(index);
  const acronyms = s.context.acronyms;
  const count = b.last;
  // "شركة أجروجيت القابضة": a firm listed in Latin letters, named after an Arabic noun of kind (arabic-firm-names.ts).
  const firms = mayNameFirms(s);
  const lower = lowerOpenings(index);
  const alts = s.alts;
  let i = b.first;
  while (i < count) {
    // The per-word gate: a lower-case word in Latin letters with no other reading begins a name only as a generic head
    // or an article; every rule below asks for a capital, Arabic or Cyrillic letters, or one of those.
    if ((flags[i] & (CAPITALIZED | ALL_UPPER | CASELESS | CYRILLIC)) === 0 && alts[i] < 0 && (skels[i] < 0 || !hasSkeletonBit(lower, skels[i]))) {
      i++;
      continue;
    }
    // "بنك في.تي.بي": a Latin acronym spelled by its letters' names after a noun of kind (arabic-letter-acronyms.ts).
    const spelled = firms && flags[i] & CASELESS ? spelledAcronymAfter(s, i) : undefined;
    if (spelled) {
      b.spans.push(spelled);
      i = spelled.end + 1;
      continue;
    }
    const firm = firms && flags[i] & CASELESS ? arabicFirmAt(s, i) : undefined;
    if (firm) {
      b.spans.push(...firm);
      i = firm[firm.length - 1].end + 1;
      continue;
    }
    // "AQAH" after "Al-Qard al-Hassan (AQAH)" earlier on the page (none defined on most pages: no call then).
    const acronymOf = acronyms.size > 0 ? definedAcronymAt(s, i) : undefined;
    if (acronymOf) {
      b.spans.push({ start: i, end: i, outputs: [...acronymOf], commonNames: false, brief: false, anyCommon: false, common: false });
      i++;
      continue;
    }
    let s0 = skels[i];
    // An Arabic word no listed name has, read only as the Latin words it may romanise (arabic-latin-reading.ts).
    const latinOnly = s0 < 0 && s.alts[i] >= 0 && (flags[i] & CASELESS) !== 0;
    if (s0 >= 0 && !mayBegin(openings, s0) && s.alts[i] >= 0) s0 = useReading(s, i, (r) => mayBegin(openings, r));
    else if (latinOnly) s0 = latinStart(s, i);
    if (s0 < 0 || !mayBegin(openings, s0) || (!(flags[i] & CAPITALIZED) && !isGenericHead(s, i) && !articleBeforeName(s, i) && !lowerPlaceStart(s, i))) {
      // "АО «БАРЛ»": a brand in quotes after an acronym of kind or a legal form, the listed AO NPK BARL (acronym-kind-brand.ts).
      const afterAcronym = (flags[i] & CYRILLIC) !== 0 && i > b.first && (flags[i - 1] & (CYRILLIC | ALL_UPPER)) === (CYRILLIC | ALL_UPPER) ? brandAfterAcronym(s, i) : undefined;
      if (afterAcronym) {
        b.spans.push(afterAcronym);
        i++;
        continue;
      }
      // "Universidad de Automatización de Piongyang": a body's name translated, in the page's word order (a capital first).
      const translated = (flags[i] & (CAPITALIZED | CASELESS)) === CAPITALIZED ? translatedAt(s, i) : undefined;
      i = translated ? translated.end + 1 : i + 1;
      continue;
    }
    let found = longestNameAt(s, i);
    // "فرضت عقوبات على حسين": on Hussein, not Ali Hussein (arabic-preposition.ts); asked only of a name found.
    if (found && s.tokens.lengths[i] === 3 && flags[i] & CASELESS && prepositionNotName(s, i)) {
      i++;
      continue;
    }
    // "ومحمد حسين صلاد": an Arabic name found by its Arabic-script words (a UN name's محمد حسين) that the next word does
    // not go on, while the Latin reading of its first word does (SALAD, Mohamed Hussein): the longer name.
    if (found && flags[i] & CASELESS && s.alts[i] >= 0 && found.shape.end + 1 < b.last && flags[found.shape.end + 1] & JOINED && namesPerson(index, found)) found = longerLatinName(s, i, found);
    // "Александра Лукашенко": the word as written is a listed name too (Aleksandra), but only the genitive of
    // Aleksandr goes on into the surname: each reading is tried as a name's start.
    if (!found && s.alts[i] >= 0) {
      const first = skels[i];
      // An Arabic word's readings are mostly Latin words (arabic-latin-reading.ts): only one that goes on through the
      // next word is walked from.
      if (flags[i] & CASELESS && latinStart(s, i) >= 0) found = longestNameAt(s, i);
      else if (!(flags[i] & CASELESS)) for (const r of readingsOf(s, i)) {
        if (r === first || !mayBegin(openings, r)) continue;
        skels[i] = r;
        found = longestNameAt(s, i);
        if (found) break;
      }
      if (!found) skels[i] = latinOnly ? -1 : first;
    }
    // "жена Кадырова Медни": no name begins here, the man's surname in the genitive stands alone (cyrillic-possessor.ts).
    if (found && s.alts[i] >= 0 && possessorAfterKin(s, i)) {
      i++;
      continue;
    }
    if (!found) {
      // "Abdelrahman Hamdan Dagalo alias Abdelrahim": the listed name with the alias the page gives (page-alias.ts).
      const aliased = i + 1 < b.last && (flags[i + 1] & (CAPITALIZED | JOINED | CASELESS)) === (CAPITALIZED | JOINED) && !(flags[i] & CASELESS) ? nameByPageAlias(s, i) : undefined;
      // "..., more commonly known as Bilal al-Sudani": the name the page gives a person it just named (known-as-name.ts).
      const knownAs = aliased || b.spans.length === 0 || flags[i] & CASELESS ? undefined : nameKnownAs(s, i);
      if (knownAs) {
        b.spans.push(knownAs);
        i = knownAs.end + 1;
        continue;
      }
      if (aliased) {
        b.spans.push(...aliased);
        i = aliased[1].end + 1;
        continue;
      }
      // "В. Путин", "Путин В.В.": a surname with initials; "холдинга USM": a brand after its Russian word of kind.
      // "«Терека»" after "отряда «Терек»": a brand in quotes again (quoted-brand-again.ts); "(the Black Sea Bank)" after
      // the body's Russian name (bracket-gloss.ts).
      // "МАК «Вымпел»": a brand in quotes after the listed acronym of its kind (acronym-kind-brand.ts).
      const byInitials = nameByInitials(s, i, b.spans.length ? b.spans[b.spans.length - 1].end : -1) ?? brandAfterKindWord(s, i) ?? (i > b.first && (flags[i - 1] & (CYRILLIC | ALL_UPPER)) === (CYRILLIC | ALL_UPPER) ? brandAfterAcronym(s, i) : undefined) ?? quotedBrandAgain(s, i) ?? glossInBrackets(s, i);
      if (byInitials) b.spans.push(byInitials);
      const translated = byInitials || (flags[i] & (CAPITALIZED | CASELESS)) !== CAPITALIZED ? undefined : translatedAt(s, i);
      i = byInitials ? byInitials.end + 1 : translated ? translated.end + 1 : i + 1;
      continue;
    }
    const { shape, outputs } = found;
    let end = shape.end;
    if (outputs.some((v) => entityKind(index, v & ENTITY_MASK) !== 'person')) end += legalFormAfter(s, end + 1);
    const brief = shape.words <= 2 || outputs.every((v) => (v >>> OUT_MISSING_SHIFT) & 7);
    const span: Span = { start: i, end, outputs, commonNames: shape.commonNames, brief, anyCommon: shape.anyCommon, common: shape.commonNames || (brief && shape.anyCommon) };
    const previousEnd = b.spans.length ? b.spans[b.spans.length - 1].end : -1;
    // "حسين فالح المعروف باسم أبو زينب اللامي": the given names before "known as" and the listed alias (arabic-known-as.ts).
    // "Bancorp (Banco Corporativo SA)": the page's short name before the name in brackets (defined-acronyms.ts).
    // "Всероссийский научно-исследовательский институт автоматики имени Духова (ВНИИА": the name its acronym spells (name-before-acronym.ts).
    const other =
      coordinatedGivenName(s, span, previousEnd) ??
      (flags[i] & CASELESS ? givenNamesBeforeAlias(s, span, previousEnd) : i - 1 > previousEnd ? (shortNameBeforeBrackets(s, span) ?? ((flags[i] & (CYRILLIC | ALL_UPPER)) === (CYRILLIC | ALL_UPPER) ? nameBeforeAcronym(s, span, previousEnd) : undefined)) : undefined);
    if (other) b.spans.push(other);
    b.spans.push(span);
    noteDefinedAcronym(s, span);
    i = end + 1;
  }
}
