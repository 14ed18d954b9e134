// The precision rules: whether words the trie walk found may name an entity of a given kind at all (a person
// needs two capitalised name words, an acronym capitals, a vessel its whole name), read from the span's shape
// and the words around it.
import { declinedCyrillicAcronym, foreignBodyAcronym } from './cyrillic-acronyms';
import { cyrillicGroupCue, groupOfOtherKind } from './cyrillic-group-cue';
import { hyphenTailWord } from './cyrillic-hyphen-tail';
import { branchAfterAcronym } from './branch-acronym';
import * as normalize from '../names/normalize';
import { isArabicKey } from '../names/arabic';
import { glossaryWordKind } from '../names/org-glossary';
import { arabicParticleAt } from './arabic-descent';
import { afterArabicGroupWord, quotedArabicGroupName } from './arabic-group-names';
import { afterArabicPlaceWord } from './arabic-named-after';
import { besideLatinPlaceWord } from './latin-named-after';
import * as contextWords from './context-words';
import * as names from './name-index';
import { isSportsPage, sanctionsStoryWords } from './page-context';
import { latinReadNameAllowed, latinReading } from './latin-read-names';
import { glossaryNameAllowed } from './glossary-names';
import { cyrillicLegalForm, hasLowerNameWord, isCyrillicAnd, lowerNameWord, lowerPlaceStart } from './cyrillic-org-words';
import { kindWordAfterName } from './org-glossary-words';
import { latinHyphenSyllable } from './korean-syllables';
import { fillsQuote, quoteGoesOnPast } from './quoted-names';
import { afterQuotedNickname } from './quoted-nickname';
import { ministryWithoutCountry } from './ministry-names';
import { runStart } from './runs';
import { LINK_NONE, linkOnPage } from './entity-links';
import { inTitleCaseLine } from './headline-line';
import { stateBodyWordsOnly } from './state-body-names';
import { mediaKindBefore } from './media-kind-before-brand';
import { mediaFirmAcronym } from './media-firm-acronym';
import { thingKindBefore } from './thing-kind-before-brand';
import { ownKindBefore } from './translated-concepts';
import { countryPhraseAt } from './country-phrases';
import { personNameWordsOnly } from './owner-named-firms';
import { legalFormAfter } from './legal-form-after';
import { afterNounOfKind } from './arabic-kind-nouns';
import { afterWomansGivenName } from './womans-nasab';
import { isGenericHead, isInitial, isNameWord, isParticleToken, wordAt, type ScanState } from './scan-state';

// Module-local copies (see scan-state.ts).
const { ALL_UPPER, CAPITALIZED, CASELESS, CYRILLIC, JOINED, hasCase, isUpper } = normalize;
const { WORD_VESSEL_CUE } = contextWords;
const { ENTITY_MASK, SKEL_ACRONYM, OUT_AFTER_POSSESSIVE, OUT_ALIAS, OUT_ARABIC_READ, OUT_CYRILLIC_ACRONYM, OUT_MISSING_SHIFT, OUT_NO_LEGAL_FORM, OUT_SHARED_BRAND, SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_FIRST_GIVEN, SKEL_ORG_ONLY, SKEL_PARTICLE, SKEL_PERSON_PART, entityKind } = names;

/** Tokens start..end of the current block, and the facts about them that the acceptance rules read. */
export interface SpanShape {
  start: number;
  end: number; // inclusive
  /** Name words, not counting particles and middle initials; the first of them. */
  words: number;
  first: number;
  capitalized: boolean;
  upper: boolean;
  /** Some word is only a respelling of the listed one; such a word of fewer than four letters. */
  fuzzy: boolean;
  fuzzyShort: boolean;
  commonWords: boolean;
  commonNames: boolean;
  anyCommon: boolean;
  /**
   * What accepts reads of a person's name the same way for every entity it may be, found once (-1 until then): how an
   * Arabic page read its words (latinReading, latin-read-names.ts), and whether a word of place stands before it
   * (afterArabicPlaceWord, 1 or 0).
   */
  latinRead: number;
  afterPlace: number;
  /**
   * What accepts reads of an organization's name the same way for every entity, found once (-1 until then, else 1 or
   * 0): whether it fails quoteGoesOnPast or glossaryNameAllowed (a Cyrillic name's words as written).
   */
  cyrillicRefused: number;
}

export function shapeOf(s: ScanState, start: number, end: number): SpanShape {
  const { flags, lengths } = s.tokens;
  const { skels, exact } = s;
  const skelFlags = s.index.skelFlags;
  let common = 0;
  let rare = 0;
  let givenElsewhere = 0;
  const shape: SpanShape = { start, end, words: 0, first: -1, capitalized: true, upper: true, fuzzy: false, fuzzyShort: false, commonWords: true, commonNames: true, anyCommon: false, latinRead: -1, afterPlace: -1, cyrillicRefused: -1 };
  for (let i = start; i <= end; i++) {
    // A nickname in quotes inside the name is no word of it (trie-walk.ts skipped it); a name that ends inside the
    // quotes went into them ('كتائب “سيد الشهداء”', trie-walk.ts).
    if (i > start && !(flags[i] & JOINED)) {
      const after = afterQuotedNickname(s, i - 1);
      if (after > i && after <= end) i = after;
    }
    const sk = skels[i];
    const sf = sk >= 0 ? skelFlags[sk] : 0;
    if (sf & SKEL_PARTICLE || (sk < 0 && (isParticleToken(s, i) || arabicParticleAt(s, i))) || (i > start && i < end && (isInitial(s, i) || cyrillicAndInside(s, i)))) continue;
    if (shape.first < 0) shape.first = i;
    shape.words++;
    // A generic head at either end may be in lower case ("the Sinaloa cartel"), and one right before it at the end
    // ("Tasnim news agency"). So may a Korean given name's second syllable after a hyphen ("Kim Jong-un").
    if (!(flags[i] & CAPITALIZED) && !((i === start || i === end || (i === end - 1 && !(flags[end] & CAPITALIZED))) && isGenericHead(s, i)) && !latinHyphenSyllable(s, i) && !afterInnerApostrophe(s, i, start)) shape.capitalized = false;
    if (!(flags[i] & (ALL_UPPER | CASELESS))) shape.upper = false;
    if (!exact[i]) {
      shape.fuzzy = true;
      if (lengths[i] < 4) shape.fuzzyShort = true;
    }
    if (!(sf & SKEL_COMMON_WORD)) shape.commonWords = false;
    if (!(sf & SKEL_COMMON_NAME)) {
      shape.commonNames = false;
      rare++;
      if (sf & SKEL_FIRST_GIVEN) givenElsewhere++;
    } else {
      shape.anyCommon = true;
      common++;
    }
  }
  // Given names all common and a surname that the lists give many people as their first given name ("Mohammad Ali
  // Morteza"): a name of given names, as common as they are.
  if (rare === 1 && givenElsewhere === 1 && common >= 2) shape.commonNames = true;
  return shape;
}

/** "Конкорд менеджмент и консалтинг": a lower-case "и", "і", "та" inside a Cyrillic name is its connector, no word. */
function cyrillicAndInside(s: ScanState, i: number): boolean {
  const { flags, lengths, starts, ends } = s.tokens;
  return lengths[i] <= 2 && (flags[i] & (CYRILLIC | CAPITALIZED)) === CYRILLIC && isCyrillicAnd(s.block.text, starts[i], ends[i]);
}

/** Apostrophes that join two parts of one word ("Vitel'homme", "Kata’ib"). */
const INNER_APOSTROPHES = new Set([39, 0x2019, 0x2bc, 0x2bb, 0x2be, 0x2bf, 0x60, 0xb4, 0x2018]);

/**
 * Whether token i is the lower-case rest of a capitalised word after an apostrophe inside it ("homme" of
 * "Vitel'homme", a Haitian given name): part of that word, whose capital it keeps.
 */
export function afterInnerApostrophe(s: ScanState, i: number, start: number): boolean {
  const at = s.tokens.starts[i];
  return i > start && s.tokens.ends[i - 1] === at - 1 && INNER_APOSTROPHES.has(s.block.text.charCodeAt(at - 1)) && (s.tokens.flags[i - 1] & CAPITALIZED) !== 0;
}

/**
 * Whether token i of a Latin name runs on by a hyphen into a further word ("Díaz-Canel", the page's "Díaz-canel"):
 * the name's last word is then only the first part of a compound surname, and the person is someone else. Only for
 * names of common words: "Vladimir Putin-led" keeps its rare name.
 */
function hyphenGoesOn(s: ScanState, i: number): boolean {
  const { starts, ends, flags } = s.tokens;
  if (i + 1 >= s.block.last || flags[i] & CYRILLIC || starts[i + 1] !== ends[i] + 1) return false;
  const c = s.block.text.charCodeAt(ends[i]);
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/**
 * Whether token i is followed by a particle (al, el, bin) and a capitalised word joined to it ("Mohamed Ali
 * al-Houthi", "Ali bin Hassan"): the family name of a longer name.
 */
function particleNameAfter(s: ScanState, i: number): boolean {
  const { flags } = s.tokens;
  const k = i + 1;
  return k + 1 < s.block.last && (flags[k] & (JOINED | CAPITALIZED)) === JOINED && isParticleToken(s, k) && (flags[k + 1] & (JOINED | CAPITALIZED)) === (JOINED | CAPITALIZED);
}

/**
 * Whether a span may name an entity of this kind (`output`: an entity and its form, name-index.ts). Persons: two
 * or more name words, each capitalised, spelled as listed or as a transliteration of at least four letters.
 * Organizations: several capitalised words, or one word that is an acronym in capitals or a rare name that only
 * organizations carry. Vessels and aircraft: the whole name only, and a one-word or everyday-word name only after
 * "tanker", "vessel" and the like.
 */
export function accepts(s: ScanState, shape: SpanShape, output: number): boolean {
  const { start, end } = shape;
  const e = output & ENTITY_MASK;
  const kind = entityKind(s.index, e);
  const missing = (output >>> OUT_MISSING_SHIFT) & 7;
  if (shape.words === 0) return false;
  // Or once the page named the body in full ("el Ministerio Público" after "Ministerio Público de Nicaragua").
  // Or in a sanctions story about the body's country alone ("la Policía Nacional" of POLICIA NACIONAL DE NICARAGUA).
  // Or, four capitalised words or more, which name one body ("Counter-Terror Special Forces" of IRAN'S COUNTER-TERROR
  // SPECIAL FORCES), with the body's country on the page and sanctions words near.
  if (output & OUT_AFTER_POSSESSIVE && !afterCountryPossessive(s, start, e) && !namedBefore(s, e) && !ownCountryStory(s, e) && !ownCountryStorySoFar(s, e, start) && !longRunStands(s, start, end, e)) return false;
  if (kind === 'person') {
    if (output & OUT_ARABIC_READ && !isArabicKey(s.block.text[s.tokens.starts[start]])) return false;
    // "مسجد خالد بن الوليد", "Omar Mukhtar Street": a place named after someone is no person (arabic-named-after.ts,
    // latin-named-after.ts).
    if (shape.words < 2 || !shape.capitalized || shape.commonWords || shape.fuzzyShort) return false;
    // "Abd al-Mu’ayyid": a name does not end inside a word, before the lower-case rest after its apostrophe.
    if (end + 1 < s.block.last && !(s.tokens.flags[end + 1] & CAPITALIZED) && afterInnerApostrophe(s, end + 1, end)) return false;
    // "Miguel Díaz-Canel": a name of common words does not end inside a hyphenated surname the list does not go on with.
    if (shape.commonNames && hyphenGoesOn(s, end)) return false;
    // "Mohamed Ali al-Houthi": nor before an Arabic particle and a capitalised family name the list does not go on with.
    if (shape.commonNames && particleNameAfter(s, end)) return false;
    if (shape.latinRead < 0) shape.latinRead = latinReading(s, start, end);
    if (!latinReadNameAllowed(s, start, end, shape.words, output, shape.latinRead)) return false;
    if (shape.afterPlace < 0) shape.afterPlace = afterArabicPlaceWord(s, start) || besideLatinPlaceWord(s, start, end) ? 1 : 0;
    // "غادة أديب مهنا": a woman's given name, then her father's name (womans-nasab.ts), unless the page named him apart.
    return shape.afterPlace === 0 && !(afterWomansGivenName(s, start, shape.first) && !namedBefore(s, e));
  }
  if (shape.fuzzy) return false;
  // "ISIS-M", "ISIS-K": an acronym run on by a hyphen into a short word in capitals is a branch's (branch-acronym.ts).
  if (start === end && branchAfterAcronym(s, end)) return false;
  // "директора ФСБ": a body's weak acronym only as one word in Cyrillic capitals, on a page that names the body's
  // country and tells a sanctions story (cyrillic-acronyms.ts).
  // "MININT": a weak alias its body's own name spells, in capitals in either script, with the same evidence
  // (OUT_SPELLED_ACRONYM: the bit without OUT_ALIAS, weak-own-names.ts).
  if (output & OUT_CYRILLIC_ACRONYM && !cyrillicAcronymStands(s, shape, e, !(output & OUT_ALIAS))) return false;
  if (kind === 'vessel' || kind === 'aircraft') {
    if (!shape.capitalized) return false;
    // A vessel without its trailing hull number (variants.ts): only right after "buque", "tanker" and the like.
    if (missing > 0) return missing === 1 && (output & OUT_NO_LEGAL_FORM) !== 0 && shape.words >= 2 && precededByCue(s, start);
    // Arabic has no capitals, the mark that lets a Latin page's vessel name of two words stand: one met through its
    // words' Latin readings ("أعلى الله", a prayer for the dead, as the vessel ULA with "الله" stepped over as a
    // compound's tail) needs a cue as a one-word name does.
    if (shape.latinRead < 0 && s.tokens.flags[start] & CASELESS) shape.latinRead = latinReading(s, start, end);
    if (shape.words === 1 || shape.commonWords || shape.latinRead > 0) {
      // "los buques Athens Voyager, de bandera panameña": the last word of another vessel's name is none of its own.
      if (start > s.block.first && s.tokens.flags[start] & JOINED && s.tokens.flags[start - 1] & CAPITALIZED && !isVesselCue(s, start - 1)) return false;
      if (precededByCue(s, start) || followedByFlag(s, shape.end) || registrationMark(s, start, end) || captainOf(s, start)) return true;
      // Once the page named the vessel so, its rare name alone mid-sentence is the vessel ("a cargo del Faxon"), not
      // an everyday word nor a word of another name ("The Magus Prize" after the tanker's other name).
      return shape.words === 1 && !shape.commonWords && midSentence(s, start) && !besideCapital(s, start, end) && namedBefore(s, e);
    }
    return true;
  }
  const { flags, lengths } = s.tokens;
  // «Газпром нефть Азия»: a Cyrillic firm's name in quotes that go on past it with a capitalised word is another firm.
  // A Cyrillic firm's name of the glossary's everyday words ("Промышленный банк") names no one firm (glossary-names.ts).
  // Both read only the name's words (and the story's words, which the span rules do not change): asked once a shape.
  if (shape.cyrillicRefused < 0) shape.cyrillicRefused = (flags[start] & CYRILLIC && quoteGoesOnPast(s, start, end)) || !glossaryNameAllowed(s, start, end) ? 1 : 0;
  if (shape.cyrillicRefused === 1) return false;
  // "Белорусский нефтяной торговый дом": a name read on into lower-case words (cyrillic-org-words.ts) is any firm's
  // description in fewer words, and only the firm's own country or a sanctions story makes it the listed one.
  // Of two words ("Конкорд кейтеринг", "Державної думи"), both: the firm's country on the page and a sanctions story,
  // no lower-case word of four letters or more going on after it (a description's next word), and no mere word of kind.
  if (hasLowerNameWord(s, start, end) && !lowerNameStands(s, e, start, end)) return false;
  if (shape.words === 1) {
    const i = shape.first;
    if (!(flags[i] & CAPITALIZED) && lowerPlaceStart(s, i)) return false;
    const sf = s.index.skelFlags[s.skels[i]];
    // The English everyday word a Cyrillic acronym's Latin letters spell ("ВЭБ", "ВЕБ": veb, as web) is no reading of
    // it: the acronym already stood on its page's evidence (cyrillicAcronymStands).
    if (sf & SKEL_COUNTRY || (sf & SKEL_COMMON_WORD && !(output & OUT_CYRILLIC_ACRONYM))) return false;
    // "групи “Альянс”": a business group of the brand, not a listed firm of another kind (cyrillic-group-cue.ts).
    if (flags[i] & CYRILLIC && groupOfOtherKind(s, i)) return false;
    // "The Houthis collaborate...": a listed name of the English article and one word (THE HOUTHIS, THE BASE) whose
    // "The" opens a sentence has its capital from the sentence, not the name; mid-sentence the news writes "the
    // Houthis", which no listed name begins. The one word alone must then stand, and none here does.
    if (start < i && !midSentence(s, start) && wordAt(s, start) === 'the') return false;
    // A firm that shares the brand goes along as an alternative wherever the brand's own firm is found (trie-walk.ts).
    if (output & OUT_SHARED_BRAND) return true;
    if (output & OUT_NO_LEGAL_FORM) return acceptsBrand(s, shape, e, sf);
    // An acronym (PDVSA, IRGC) stands out from words in lower case; in a headline set in capitals it is not
    // told apart from the words around it.
    if (flags[i] & ALL_UPPER && !(flags[i] & CASELESS)) {
      if (lengths[i] < 3 || inCapitals(s, i) || kindBeforeQuote(s, i)) return false;
      // Three letters name many things (RGB is a colour model before it is North Korea's intelligence bureau):
      // only on a page that names the organization's country or tells a sanctions story nearby.
      return lengths[i] > 3 || hasCountryOnPage(s, e) || sanctionsNear(s, start, end);
    }
    // "PdVSA", "Pdvsa": the same acronym in mixed case, when its shape says acronym and no person carries the word.
    // "ВЕБом": a Cyrillic acronym declined, that stood as one above.
    if (output & OUT_CYRILLIC_ACRONYM) return true;
    if (flags[i] & CAPITALIZED && !(sf & (SKEL_PERSON_PART | SKEL_COMMON_NAME)) && mixedCaseAcronym(s, i)) {
      return lengths[i] > 3 || hasCountryOnPage(s, e) || sanctionsNear(s, start, end);
    }
    // An alias of one word is too often something else ("CLEOPATRA'S" of a Honduran firm): it counts only as the
    // firm's brand does ("GAZPROM" of PJSC GAZPROM, "DIAMVILLE" of DIAMVILLE SAU), with its evidence.
    // An Arabic group's one word after its word of kind ("تنظيم القاعدة"): arabic-group-names.ts.
    // Or once the page has named the group ("حركة حماس", then "لحماس" and "المسؤول في حماس"), where no definite word
    // follows it: "القاعدة الجوية" is an air base on any page.
    if (flags[i] & CASELESS && (afterArabicGroupWord(s, i) || quotedArabicGroupName(s, i) || (namedBefore(s, e) && !definiteAfter(s, i)))) return true;
    // "fighting Isis, the Islamic State group": a body's acronym that its own name spells (SKEL_ACRONYM), which some
    // papers write in title case, once the page has named the body; no listed person's word, no capitalised word
    // beside it (a given name, "Isis", is one: the body named before on the page is what tells them apart).
    // Or after a Spanish article in lower case, as Colombian and Spanish style writes a body's acronym ("las Farc",
    // "del Eln"): a given name takes no article in news.
    if (sf & SKEL_ACRONYM && start === i && (flags[i] & (ALL_UPPER | CASELESS)) === 0 && !(sf & SKEL_PERSON_PART) && !besideCapital(s, i) && (namedBefore(s, e) || spanishArticleBefore(s, i))) return true;
    if (output & OUT_ALIAS) return acceptsBrand(s, shape, e, sf);
    // A capitalised word after the group's is another name's, but for a title ("Hamas Finance Minister Zaher Jabarin").
    if ((flags[i] & CAPITALIZED) === 0 || sf & SKEL_COMMON_NAME || (isRunOn(s, start, end) && !roleAfter(s, end))) return false;
    // "Al Qaeda", "al-Qaida" of AL QA'IDA: the Arabic article is the group's own word, as no everyday word's article
    // is ("Los Rojos"): the name stands as the group's one word would alone, the article taken as its start.
    const own = start === i || arabicArticleBefore(s, start, i) ? start : -1;
    // A group's own one word that a listed person's name carries too, no common name (HAMAS; "HAMAS, Saidullah"):
    // as the group in a sanctions story, with no capitalised word beside it (a person's name would have one).
    // Or before a role in lower case, on any page ("former al-Qaeda leader Osama bin Laden", "a Hamas official").
    if (!(sf & SKEL_ORG_ONLY)) return own >= 0 && missing === 0 && lengths[i] >= 5 && (roleAfter(s, end) || ownNameInStory(s, e, own, start, end, i) || slashAfterFoundBody(s, own));
    // One rare word that only organizations carry, as the organization's own primary name (HIZBALLAH, "los Cuinis").
    // On a sports page such a word is as often a team's name («Феникс», a futsal club, not the listed firm FENIKS):
    // there only with its legal form beside it, or sanctions words near.
    if (lengths[i] >= 6) return !isSportsPage(s.context) || oneWordFirmCue(s, start, end);
    // A group's own name of five letters (HAMAS; TAJCO, CIMEX): five letters name many things, so only in a sanctions
    // story, as above.
    // Either may also stand paired by a slash with a body the scan just found ("the war against ISIS/Al-Qaeda"): two
    // groups, no person's name.
    if (lengths[i] === 5 && own >= 0 && missing === 0) return roleAfter(s, end) || ownNameInStory(s, e, own, start, end, i) || slashAfterFoundBody(s, own);
    // A shorter word after an article of the listed name ("Los Zetas" of LOS ZETAS): the article makes it a name, but
    // the word is often an everyday one in its language ("Los Rojos", "Los Gueros"): only on a sanctions page that
    // names the group's country.
    // Or as an item of a run of groups in a sanctions story (amongListedGroups).
    return start < i && missing === 0 && lengths[i] >= 4 && ((hasCountryOnPage(s, e) && (sanctionsStoryWords(s.context) >= 2 || sanctionsNear(s, start, end))) || amongListedGroups(s, start, end));
  }
  // Several words: the first and the last capitalised (connectors between may be lower case), or a generic head
  // ("cártel de Sinaloa", "the Gulf cartel") beside a capitalised name word.
  // A Cyrillic firm's name that fills its «guillemets» may end in lower case («Авиа групп»).
  const quoted = (flags[start] & (CAPITALIZED | CYRILLIC)) === (CAPITALIZED | CYRILLIC) && fillsQuote(s, start, end);
  // "минский ОМОН": a body's name that begins with its place's adjective in lower case (cyrillic-org-words.ts), only
  // on a page that names the body's country or tells a sanctions story.
  const placeStart = !(flags[start] & CAPITALIZED) && lowerPlaceStart(s, start);
  if (placeStart && !(hasCountryOnPage(s, e) || sanctionsStoryWords(s.context) >= 2)) return false;
  if (!quoted && ((!placeStart && !nameEdge(s, start) && !hyphenedArticleStart(s, start, end)) || !nameEdge(s, end) || !(flags[start] & CAPITALIZED || flags[end] & CAPITALIZED || placeStart))) return false;
  // "Cambodia's Ministry of National Defence" is not North Korea's listed one (state-body-names.ts).
  if (s.index.countryRuns.lengths[e] > 0 && !hasCountryOnPage(s, e) && stateBodyWordsOnly(s, start, end)) return false;
  if (shape.commonWords) return shape.capitalized && !quoted;
  // "International Industrial Bank": a Latin name after a capitalised word of organisations' names mid-sentence, the
  // two the start of another listed name, is the end of that longer name, not the listed INDUSTRIAL BANK (another bank;
  // the page's is INTERNATIONAL INDUSTRIAL DEVELOPMENT BANK with a word left out).
  if ((flags[start] & (CYRILLIC | CASELESS)) === 0 && longerNameBefore(s, start)) return false;
  // "the Ministry of Defence" is any country's (ministry-names.ts): the ministry's country must be on the page.
  if (ministryWithoutCountry(s, start, end) && !(hasCountryOnPage(s, e) || afterCountryPossessive(s, start, e) || namedBefore(s, e))) return false;
  // A firm named after its owner is, without its legal form, a person's name (owner-named-firms.ts).
  // Arabic writes the firm's kind before its name ("شركة نبيل شومان للصيرفة": NABIL CHOUMAN & CO), where the lists put
  // the legal form after it.
  if (output & OUT_NO_LEGAL_FORM && personNameWordsOnly(s, start, end)) return legalFormAfter(s, end + 1, true) > 0 || namedBefore(s, e) || afterNounOfKind(s, start);
  // Two words left of a firm's name without its legal form read like anything, a person's name included
  // ("Thinh Cuong" of THINH CUONG CO LTD): only with a legal form after them in the text, the firm's country
  // on the page, or a sanctions story nearby.
  // A lone letter ("A&M Mahar") is no word of the name here.
  if (output & OUT_NO_LEGAL_FORM && shape.words - lettersIn(s, start, end) < 3) {
    return legalFormAfter(s, end + 1) > 0 || hasCountryOnPage(s, e) || sanctionsNear(s, start, end) || amongListedGroups(s, start, end);
  }
  return true;
}

function cyrillicAcronymStands(s: ScanState, shape: SpanShape, e: number, spelled: boolean): boolean {
  const { start, end } = shape;
  if (start !== end && !cyrillicAcronymPair(s, start, end)) return false;
  // A spelled acronym in capitals of either script, never a person's name or an everyday word ("SARA", "NADA").
  if (spelled) {
    if (!(s.tokens.flags[start] & ALL_UPPER) || s.index.skelFlags[s.skels[start]] & (SKEL_PERSON_PART | SKEL_COMMON_NAME | SKEL_COMMON_WORD)) return false;
  } else {
    if (!(s.tokens.flags[start] & CYRILLIC)) return false;
    // Or declined, its case ending in lower case ("ВЕБом"): cyrillic-acronyms.ts.
    if (!(s.tokens.flags[start] & ALL_UPPER) && !declinedCyrillicAcronym(s.block.text, s.tokens.starts[start], s.tokens.ends[start])) return false;
  }
  // A body the lists give no country (ISIL) has none to name.
  // Or a TV company's acronym after "телеканала", as its listed name calls it (media-firm-acronym.ts).
  if (!(hasCountryOnPage(s, e) || s.index.countryRuns.lengths[e] === 0 || (!spelled && mediaFirmAcronym(s, start, e)))) return false;
  // "КСИР провел учения": a foreign body's translated acronym is its own, as IRGC is; a weak one also needs the story.
  return (!spelled && foreignBodyAcronym(s.index, e)) || sanctionsStoryWords(s.context) >= 2 || sanctionsNear(s, start, end);
}

/**
 * Two Cyrillic words in capitals joined by a hyphen or a space: a holding's acronym and its plant's ("ОДК-УМПО"), a
 * force's and its parent's ("ВКС КСИР"; cyrillic-acronyms.ts).
 */
function cyrillicAcronymPair(s: ScanState, start: number, end: number): boolean {
  if (end !== start + 1) return false;
  const both = s.tokens.flags[start] & s.tokens.flags[end];
  if ((both & (CYRILLIC | ALL_UPPER)) !== (CYRILLIC | ALL_UPPER)) return false;
  const at = s.tokens.ends[start];
  const c = s.block.text.charCodeAt(at);
  return s.tokens.starts[end] === at + 1 && (c === 0x2d || c === 32 || c === 0xa0);
}

/**
 * A Cyrillic word in capitals right before a name in quotes is that name's word of kind, as a legal form is ("МАК
 * «Вымпел»": an interstate joint stock corporation; "НКО «...»"), not a listed acronym of its own (MAK).
 */
function kindBeforeQuote(s: ScanState, i: number): boolean {
  if (!(s.tokens.flags[i] & CYRILLIC)) return false;
  const text = s.block.text;
  const at = s.tokens.ends[i];
  const space = text.charCodeAt(at);
  if (space !== 32 && space !== 0xa0) return false;
  const quote = text.charCodeAt(at + 1);
  return quote === 0xab || quote === 0x22 || quote === 0x201e || quote === 0x201c;
}

/** How many tokens start..end are one letter long. */
function lettersIn(s: ScanState, start: number, end: number): number {
  let n = 0;
  for (let k = start; k <= end; k++) if (s.tokens.lengths[k] === 1) n++;
  return n;
}

/**
 * Whether the word after token end is a role ("al-Qaeda leader", "Hamas official"; in title case before a name, "Hamas
 * Finance Minister Zaher Jabarin"): a group's member.
 */
function roleAfter(s: ScanState, end: number): boolean {
  const k = end + 1;
  const { flags, ids } = s.tokens;
  if (k >= s.block.last || (flags[k] & (JOINED | CASELESS)) !== JOINED) return false;
  if (!(flags[k] & CAPITALIZED)) return ids[k] >= 0 && s.index.tokenTitle[ids[k]] !== 0;
  if (inTitleCaseLine(s, k)) return false;
  // "Hamas Finance Minister Zaher Jabarin": a title in title case, after one word of its portfolio at most, before a
  // capitalised name; not in a headline in title case, where every word has its capital.
  for (let t = k; t <= k + 1 && t + 1 < s.block.last; t++) {
    if ((flags[t] & (JOINED | CAPITALIZED | CASELESS)) !== (JOINED | CAPITALIZED)) return false;
    if (ids[t] >= 0 && s.index.tokenTitle[ids[t]] !== 0) return (flags[t + 1] & (JOINED | CAPITALIZED | CASELESS)) === (JOINED | CAPITALIZED);
  }
  return false;
}

/**
 * A listed organization's own one-word name (see accepts) once the page has named it so, or mid-sentence with no
 * capitalised word beside it, in a sanctions story with sanctions words near, on a page that names the group's
 * country when the lists give one.
 */
function ownNameInStory(s: ScanState, e: number, i: number, start: number, end: number, last = i): boolean {
  if (namedBefore(s, e)) return true;
  // The story's words near the name, or anywhere on a page that tells the story at length ("in support of Hamas" in
  // the last paragraph of a page about a Houthi financier's designation): evidence belongs to the page (issue 18).
  const story = sanctionsStoryWords(s.context);
  if (!midSentence(s, i) || besideCapital(s, i, last, true) || story < 2 || (story < GROUP_STORY_WORDS && !sanctionsNear(s, start, end))) return false;
  return s.index.countryRuns.lengths[e] === 0 || hasCountryOnPage(s, e);
}

/**
 * "al-Qaeda in the Islamic Maghreb": a group's name that begins with the Arabic article in lower case, joined by a
 * hyphen to the capitalised word after it, as the article of "al-Qaeda" alone is the group's own (arabicArticleBefore).
 * Four words or more: "al-Mukhtar Brigade" of two is as often a street or a unit named after Omar al-Mukhtar.
 */
function hyphenedArticleStart(s: ScanState, start: number, end: number): boolean {
  const { flags, lengths, ends } = s.tokens;
  return end - start >= 3 && lengths[start] === 2 && (flags[start + 1] & CAPITALIZED) !== 0 && s.block.text.charCodeAt(ends[start]) === 45 && wordAt(s, start) === 'al';
}

/** Story words that let a group's own word stand anywhere on the page, without sanctions words near it. */
const GROUP_STORY_WORDS = 4;

/** Whether the tokens start..i-1 are the Arabic article alone ("Al Qaeda", "al-Qaida"), as the listed name begins. */
function arabicArticleBefore(s: ScanState, start: number, i: number): boolean {
  return i === start + 1 && wordAt(s, start) === 'al';
}

/**
 * A firm's one word without its legal form or words of kind ("Sberbank" of PJSC SBERBANK, "Rusal" of UNITED COMPANY
 * RUSAL PLC), where no person carries the word. Such words are often everyday words too (Leverage, Monitoring,
 * Unidas): only capitalised mid-sentence, with no other capitalised word beside it ("Naciones Unidas"), on a page
 * that names the firm's country and tells a sanctions story.
 */
function acceptsBrand(s: ScanState, shape: SpanShape, e: number, sf: number): boolean {
  const { start, end } = shape;
  const i = shape.first;
  const { flags, lengths } = s.tokens;
  // A word in title case is no word of a headline in capitals, however many acronyms stand round it ("АЛРОСА,
  // «Совкомфлот», РЖД").
  if ((flags[i] & (CAPITALIZED | CASELESS)) !== CAPITALIZED || !(sf & SKEL_ORG_ONLY) || (flags[i] & ALL_UPPER && inCapitals(s, i))) return false;
  // A Cyrillic brand in «guillemets» («Роснефтью»), the way Russian news writes a firm's name, is a firm's name as
  // written: one word of sanctions on a page that names its country will do.
  const story = () => sanctionsStoryWords(s.context) >= 2 || sanctionsNear(s, start, end) || (sanctionsStoryWords(s.context) >= 1 && quotedCyrillicWord(s, i));
  const evidence = () => (hasCountryOnPage(s, e) && story()) || amongFirms(s, i, start, end) || amongListedGroups(s, start, end);
  // The brand of a bank in capitals ("VTB" of VTB BANK PJSC), or one with a "+" ("En+" of EN+ GROUP PLC), on a
  // sanctions page that names its country.
  if (lengths[i] < 5) return ((flags[i] & ALL_UPPER) !== 0 || s.block.text.charCodeAt(s.tokens.ends[i] - 1) === 43) && evidence();
  // "телеканал «Звєзда»" is the TV channel, not PAO ZVEZDA (media-kind-before-brand.ts); "нефтепровода «Дружба»" the
  // pipeline, not DRUZHBA, AO (thing-kind-before-brand.ts).
  if (mediaKindBefore(s, i) || thingKindBefore(s, i)) return false;
  // A brand that is a common name too ("Wagner") is a person's name beside another ("Richard Wagner").
  const common = (sf & SKEL_COMMON_NAME) !== 0;
  // "«Группы Вагнера»": in Cyrillic, quotes or the word "group" make it the firm (cyrillic-group-cue.ts).
  const cue = common && cyrillicGroupCue(s, i);
  if (common && !cue && besideCapital(s, i)) return false;
  // "Al-Khobara": the article in front is the name's own (a brand of AL-KHOBARA FOR ...: org-forms.ts).
  const from = start < i && isParticleToken(s, start) ? start : i;
  // Once the page named the firm so, its word counts at a sentence's start too ("Sberbank said..."), but not as the
  // first word of another name ("Sepah News", the Guard's news agency, after the Guard was named; a title after it is
  // none: "Hezbollah SG"), unless a head's name follows it ("Рособоронекспорту Олександра Міхєєва").
  if (namedBefore(s, e)) return !isRunOn(s, start, end) || headNamedAfter(s, from, i);
  // A common name is the firm first only after "group", "grupo" ("the mercenary group Wagner"), after the rest of its
  // listed name translated ("la empresa militar privada rusa Wagner": translated-concepts.ts), or once the page named
  // someone the lists link to the firm ("Wagner" after its commander Dmitry Utkin).
  if (common) return (cue || groupBefore(s, i) || ownKindBefore(s, i, e) || linkOnPage(s.index, e, NO_OUTPUTS, s.block.spans, s.context.distinctive) !== LINK_NONE) && evidence();
  // "Cancri Co.": the legal form after the brand is the firm's own word, no other name's.
  // "ООО Оборонлогистика": a legal form in Cyrillic capitals before the brand is the firm's own word, as one after it is.
  const formBefore = from > s.block.first && (flags[from] & JOINED) !== 0 && cyrillicLegalForm(s, from - 1);
  const capitalAfter = i + 1 < s.block.last && (flags[i + 1] & (JOINED | CAPITALIZED)) === (JOINED | CAPITALIZED);
  // "Rosneft CEO Igor Sechin": a title in title case or capitals and a capitalised name after the brand are its head's
  // (roleAfter), no other name's words.
  return (midSentence(s, from) || formBefore) && (!besideCapital(s, from, i) || headNamedAfter(s, from, i) || ((!capitalBefore(s, from) || formBefore) && (legalFormAfter(s, end + 1) > 0 || countryAfter(s, i) || (formBefore && !capitalAfter) || (!formBefore && roleAfter(s, end))))) && evidence();
}

/**
 * What makes a one-word firm's name the firm on a sports page, where team names abound: a legal form right before it
 * in Cyrillic capitals or right after it, or sanctions words near.
 */
function oneWordFirmCue(s: ScanState, start: number, end: number): boolean {
  return legalFormBefore(s, start) || legalFormAfter(s, end + 1) > 0 || sanctionsNear(s, start, end);
}

/** Whether a legal form in Cyrillic capitals comes right before token i, by a space and an opening quote at most ("ООО «Феникс»"). */
function legalFormBefore(s: ScanState, i: number): boolean {
  if (i <= s.block.first || !cyrillicLegalForm(s, i - 1)) return false;
  const gap = s.block.text.slice(s.tokens.ends[i - 1], s.tokens.starts[i]);
  return gap === ' ' || (gap.length === 2 && gap[0] === ' ' && '«"„“'.includes(gap[1]));
}

/** Whether a name read on into lower-case words (hasLowerNameWord) has the evidence its length asks. */
function lowerNameStands(s: ScanState, e: number, start: number, end: number): boolean {
  if (end - start >= 2) return hasCountryOnPage(s, e) || sanctionsStoryWords(s.context) >= 2;
  if (end - start < 1 || !(s.tokens.flags[start] & CAPITALIZED)) return false;
  const next = end + 1;
  // A preposition's few letters ("из России") are no description's word.
  if (next < s.block.last && (s.tokens.flags[next] & (CYRILLIC | JOINED | CAPITALIZED)) === (CYRILLIC | JOINED) && s.tokens.lengths[next] > 3) return false;
  if (!hasCountryOnPage(s, e) || sanctionsStoryWords(s.context) < 2) return false;
  // "Авио групп": a mere word of kind after a brand, unquoted, is any firm's description ("кейтеринг" is a trade).
  return glossaryWordKind(s.block.text.slice(s.tokens.starts[end], s.tokens.ends[end]).toLowerCase()) !== 'generic';
}

/**
 * "Держдуми РФ", "Минобороны России": a Cyrillic body's one word before its country's name in the genitive (of
 * Russia) runs on into no other name. Token i is the body's word; the one after is a country's word only.
 */
function countryAfter(s: ScanState, i: number): boolean {
  const { flags, ids } = s.tokens;
  const k = i + 1;
  return (flags[i] & CYRILLIC) !== 0 && k < s.block.last && (flags[k] & (CYRILLIC | JOINED)) === (CYRILLIC | JOINED) && ids[k] >= 0 && s.index.tokenCountry[ids[k]] !== 0;
}

/**
 * "президента ЛУКОЙЛа Вагита Алекперова", "гендиректора Рособоронекспорту Олександра Міхєєва": Russian and Ukrainian
 * name a firm between its head's title and the head's name. A Cyrillic brand at tokens from..i with a lower-case word
 * before it and exactly two capitalised Cyrillic words after it (a given name and a surname) is the firm, not a word
 * of a longer name.
 */
function headNamedAfter(s: ScanState, from: number, i: number): boolean {
  const flags = s.tokens.flags;
  const b = s.block;
  const NAME = CYRILLIC | CAPITALIZED | JOINED;
  if (!(flags[i] & CYRILLIC) || from <= b.first || !(flags[from] & JOINED) || (flags[from - 1] & (CYRILLIC | CAPITALIZED)) !== CYRILLIC) return false;
  if (i + 2 >= b.last || (flags[i + 1] & NAME) !== NAME || (flags[i + 2] & NAME) !== NAME) return false;
  return i + 3 >= b.last || (flags[i + 3] & (JOINED | CAPITALIZED)) !== (JOINED | CAPITALIZED);
}

/** Whether token i is a Cyrillic word alone between an opening and a closing quotation mark («Роснефтью»). */
function quotedCyrillicWord(s: ScanState, i: number): boolean {
  return (s.tokens.flags[i] & CYRILLIC) !== 0 && s.tokens.starts[i] > 0 && s.tokens.ends[i] < s.block.text.length && fillsQuote(s, i, i);
}

/**
 * "Among the companies under the sanctions were Agrorozkvit, Beltechexport, Slavkali": a brand in a list of firms,
 * two items beside it (after a comma or "and"/"y") other words of six letters or more that only organizations' names
 * carry, or, before it, listed firms' names the scan found ("Beltechexport, Agat – Electromechanical Plant,
 * Agrorozkvit"), in a sanctions story (three story words and sanctions words near). The list stands for the firm's
 * country, which a page about another country's designations may not name (AGROROZKVIT LLC is Ukrainian, listed with
 * Belarus's firms).
 */
function amongFirms(s: ScanState, i: number, start: number, end: number): boolean {
  if (s.tokens.lengths[i] < 6 || sanctionsStoryWords(s.context) < 3) return false;
  // Two items at least beside it: "Phoenix, Arizona" is a place, each word some firm's too.
  const next = nextItem(s, i);
  const previous = previousItem(s, i);
  const found = foundFirmEndingAt(s, previous);
  const before = (k: number) => firmWord(s, k) || foundFirmEndingAt(s, k) >= 0;
  const firms = firmWord(s, next) ? (firmWord(s, nextItem(s, next)) || before(previous)) : before(previous) && before(previousItem(s, found >= 0 ? found : previous));
  return firms && sanctionsNear(s, start, end);
}

/**
 * "como la Familia Michoacana, Los Zetas, Cartel de Sinaloa, Caballeros Templarios, Urabeños, Rastrojos ... o Cuinis":
 * a group's short name as an item of a run of groups, in a sanctions story, stands for the group's country, which a
 * page about another country's designations may not name. Two other items up to three on either side must read as
 * groups: a listed organization's name the scan found before, a word only organizations' names carry (six letters or
 * more, no everyday word or common name), or a generic head ("Cartel de Sinaloa"). A list of surnames has none.
 */
export function amongListedGroups(s: ScanState, start: number, end: number): boolean {
  if (sanctionsStoryWords(s.context) < 2) return false;
  let groups = 0;
  for (let k = end, n = 0; n < 3 && groups < 2; n++) {
    const from = itemAfter(s, k);
    if (from < 0) break;
    k = itemEnd(s, from);
    if (itemReadsAsGroup(s, from, k)) groups++;
  }
  const flags = s.tokens.flags;
  let k = start > s.block.first && flags[start] & JOINED && NAME_ARTICLES.has(wordAt(s, start - 1)) ? start - 1 : start;
  for (let n = 0; n < 3 && groups < 2; n++) {
    const last = itemBefore(s, k);
    if (last < 0) break;
    const found = foundFirmEndingAt(s, last);
    k = found >= 0 ? found : itemStart(s, last);
    if (found >= 0 || itemReadsAsGroup(s, k, last)) groups++;
  }
  return groups >= 2;
}

const NAME_ARTICLES = new Set(contextWords.NAME_ARTICLES);
const LIST_JOINS = new Set(['and', 'or', 'y', 'e', 'o', 'u']);

/** The first token of the list item after the item ending at token k (after ", " or "y", "o", "and", "or"), or -1. */
function itemAfter(s: ScanState, k: number): number {
  const { flags, starts, ends } = s.tokens;
  const { last, text } = s.block;
  let i = k + 1;
  if (i >= last) return -1;
  if (flags[i] & JOINED) {
    if (!LIST_JOINS.has(wordAt(s, i)) || i + 1 >= last || !(flags[i + 1] & JOINED)) return -1;
    i++;
  } else if (text.slice(ends[k], starts[i]) !== ', ') return -1;
  if (i + 1 < last && flags[i + 1] & JOINED && !(flags[i] & CAPITALIZED) && NAME_ARTICLES.has(wordAt(s, i))) i++;
  return flags[i] & CAPITALIZED ? i : -1;
}

/** The last token of the list item before the item beginning at token k, or -1. */
function itemBefore(s: ScanState, k: number): number {
  const { flags, starts, ends } = s.tokens;
  const first = s.block.first;
  if (k - 1 < first) return -1;
  let i = k - 1;
  if (flags[k] & JOINED) {
    if (!LIST_JOINS.has(wordAt(s, i)) || i - 1 < first || !(flags[i] & JOINED)) return -1;
    i--;
  } else if (s.block.text.slice(ends[i], starts[k]) !== ', ') return -1;
  return flags[i] & CAPITALIZED ? i : -1;
}

/** The last token of the item beginning at token i: capitalised words and the connectors between them. */
function itemEnd(s: ScanState, i: number): number {
  const flags = s.tokens.flags;
  const last = s.block.last;
  let k = i;
  while (k + 1 < last && flags[k + 1] & JOINED && !LIST_JOINS.has(wordAt(s, k + 1)) && k - i < 5) k++;
  return k;
}

/** The first token of the item ending at token k. */
function itemStart(s: ScanState, k: number): number {
  const flags = s.tokens.flags;
  let i = k;
  while (i - 1 >= s.block.first && flags[i] & JOINED && flags[i - 1] & CAPITALIZED && k - i < 5) i--;
  return i;
}

function itemReadsAsGroup(s: ScanState, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (firmWord(s, k) || isGenericHead(s, k)) return true;
  return false;
}

/** Whether token i follows a slash, no space around it, right after an organization's name the scan found ("ISIS/Al-Qaeda"). */
function slashAfterFoundBody(s: ScanState, i: number): boolean {
  return i > s.block.first && s.tokens.starts[i] === s.tokens.ends[i - 1] + 1 && s.block.text.charCodeAt(s.tokens.ends[i - 1]) === 47 && foundFirmEndingAt(s, i - 1) >= 0;
}

/** The first token of the organization's name the scan found last in this block when it ends at token k, or -1. */
function foundFirmEndingAt(s: ScanState, k: number): number {
  const spans = s.block.spans;
  const last = k >= 0 && spans.length ? spans[spans.length - 1] : undefined;
  if (!last || last.end !== k) return -1;
  for (const v of last.outputs) if (entityKind(s.index, v & ENTITY_MASK) === 'organization') return last.start;
  return -1;
}

/** The token of the next item of a list after token i (after ", " or " and "), or -1. */
function nextItem(s: ScanState, i: number): number {
  const { starts, ends } = s.tokens;
  const { last, text } = s.block;
  if (i < 0 || i + 1 >= last) return -1;
  const gap = text.slice(ends[i], starts[i + 1]);
  if (gap === ', ') return i + 1;
  return gap === ' ' && i + 2 < last && AND_WORDS.has(wordAt(s, i + 1)) && text.slice(ends[i + 1], starts[i + 2]) === ' ' ? i + 2 : -1;
}

/** The token of the item before token i in a list (before ", " or " and "), or -1. */
function previousItem(s: ScanState, i: number): number {
  const { starts, ends } = s.tokens;
  const { first, text } = s.block;
  if (i < 0 || i - 1 < first) return -1;
  const gap = text.slice(ends[i - 1], starts[i]);
  if (gap === ', ') return i - 1;
  return gap === ' ' && i - 2 >= first && AND_WORDS.has(wordAt(s, i - 1)) && text.slice(ends[i - 2], starts[i - 1]) === ' ' ? i - 2 : -1;
}

/** Whether token k is a capitalised word of six letters or more that only organizations' names carry, and no everyday word. */
function firmWord(s: ScanState, k: number): boolean {
  if (k < 0 || (s.tokens.flags[k] & (CAPITALIZED | CASELESS)) !== CAPITALIZED || s.tokens.lengths[k] < 6 || s.skels[k] < 0) return false;
  const sf = s.index.skelFlags[s.skels[k]];
  return (sf & SKEL_ORG_ONLY) !== 0 && !(sf & (SKEL_COMMON_WORD | SKEL_COMMON_NAME | SKEL_COUNTRY));
}

const AND_WORDS = new Set(['and', 'y', 'e']);

/**
 * Whether a capitalised word in mixed case reads as an acronym: more capitals than small letters and a capital
 * last ("PdVSA"), or one capital on five letters or more with no vowel among the first three ("Pdvsa", "Dgcim"),
 * as Spanish style writes long acronyms. A word in title case that a reader could pronounce ("Sole", "Hamas",
 * "Sebin") is not one.
 */
export function mixedCaseAcronym(s: ScanState, i: number): boolean {
  const text = s.block.text;
  let upper = 0;
  let lower = 0;
  for (let k = s.tokens.starts[i]; k < s.tokens.ends[i]; k++) {
    const c = text.charCodeAt(k);
    if (isUpper(c)) upper++;
    else if (hasCase(c)) lower++;
  }
  // Small letters at the end make a plural ("MPs", "NGOs"), not an acronym.
  if (upper > lower) return isUpper(text.charCodeAt(s.tokens.ends[i] - 1));
  if (upper !== 1 || s.tokens.lengths[i] < 5) return false;
  const start = s.tokens.starts[i];
  for (let k = start; k < start + 3; k++) if (isVowelLike(text.charCodeAt(k))) return false;
  return true;
}

/** A e i o u y in either case, or a letter outside ASCII (an accented vowel, most likely). */
function isVowelLike(c: number): boolean {
  if (c >= 128) return true;
  const l = c | 32;
  return l === 97 || l === 101 || l === 105 || l === 111 || l === 117 || l === 121;
}

/**
 * Whether token i follows a word of its sentence (not a block's start, nor . ! ? : or an opening quote). Russian
 * and Ukrainian put a firm's name in «guillemets» or "quotes" mid-sentence ("в перечне находятся «Рособоронэкспорт»",
 * "компанії \"РусАл\"", English-style "оператор “Мегафон”"): for a Cyrillic word those do not begin a sentence.
 */
/**
 * Whether a capitalised word mid-sentence that organisations' names alone carry, no country's, runs on into token
 * start, the two words the beginning of a listed name, outside a title-case headline. The flags first.
 */
function longerNameBefore(s: ScanState, start: number): boolean {
  const { flags, ids } = s.tokens;
  const index = s.index;
  const k = start - 1;
  if (!capitalBefore(s, start) || (flags[k] & (CASELESS | CYRILLIC)) !== 0 || s.skels[k] < 0 || s.skels[start] < 0 || !(index.skelFlags[s.skels[k]] & SKEL_ORG_ONLY)) return false;
  if (ids[k] >= 0 && index.tokenCountry[ids[k]] !== 0) return false;
  const from = index.rootChild[s.skels[k]];
  let begins = false;
  if (from >= 0) for (let c = index.firstChild[from]; c < index.firstChild[from + 1] && !begins; c++) begins = index.edgeSkel[c] === s.skels[start];
  return begins && midSentence(s, k) && !inTitleCaseLine(s, start);
}

function midSentence(s: ScanState, i: number): boolean {
  if (i === s.block.first) return false;
  const text = s.block.text;
  const cyrillic = (s.tokens.flags[i] & CYRILLIC) !== 0;
  for (let k = s.tokens.starts[i] - 1; k >= s.tokens.ends[i - 1]; k--) {
    const c = text[k];
    // A quote that holds this one word is a firm's name in quotes ("Severstal’s" main owner, JSC "SOGAZ"), not speech.
    if ((c === '“' || ((c === '«' || c === '"') && !cyrillic)) && k === s.tokens.starts[i] - 1 && quotesOneWord(text, s.tokens.ends[i])) continue;
    // A straight quote right after the word before closes that word's quote ("Севергрупп", Nordgold), opening none.
    if (c === '"' && k === s.tokens.ends[i - 1]) continue;
    if (c === '.' || c === '!' || c === '?' || c === ':' || ((c === '«' || c === '"' || c === '“') && !cyrillic) || c === '¿' || c === '¡' || c === '\n') return false;
  }
  return true;
}

/** Whether a closing quote follows the word ending at `end`, after its possessive if any ("Severstal’s"). */
function quotesOneWord(text: string, end: number): boolean {
  let k = end;
  if ((text[k] === '’' || text[k] === "'") && text[k + 1] === 's') k += 2;
  return text[k] === '”' || text[k] === '"' || text[k] === '»';
}

/** Whether a capitalised word touches tokens i..last on either side ("Naciones Unidas", "Sberbank Europe"). */
/** Whether a capitalised word stands right before token i in its sentence. */
function capitalBefore(s: ScanState, i: number): boolean {
  return i > s.block.first && (s.tokens.flags[i] & JOINED) !== 0 && (s.tokens.flags[i - 1] & CAPITALIZED) !== 0;
}

function besideCapital(s: ScanState, i: number, last = i, countryBefore = false): boolean {
  const flags = s.tokens.flags;
  const b = s.block;
  // With countryBefore, a country's word before ("Palestinian Hamas") is the group's, not a person's given name.
  const before = i > b.first && (flags[i] & JOINED) !== 0 && (flags[i - 1] & CAPITALIZED) !== 0 && !(countryBefore && contextWords.countryCode(wordAt(s, i - 1)));
  return before || (last + 1 < b.last && (flags[last + 1] & (JOINED | CAPITALIZED)) === (JOINED | CAPITALIZED));
}

/** A word that may begin or end a name of several words: a capitalised one, or a generic head ("cartel"). */
function nameEdge(s: ScanState, k: number): boolean {
  // "Дальневосточный банк": a Russian word of kind in lower case after the name (org-glossary-words.ts).
  // "Альфа-банк": a word of kind after a hyphen (cyrillic-hyphen-tail.ts).
  // "Белорусский нефтяной торговый дом": a translated firm's name ends in lower case (cyrillic-org-words.ts).
  // "Kim Jong-un": a Korean given name's second syllable (korean-syllables.ts).
  return (s.tokens.flags[k] & CAPITALIZED) !== 0 || isGenericHead(s, k) || kindWordAfterName(s, k) || hyphenTailWord(s, k) || lowerNameWord(s, k) || latinHyphenSyllable(s, k);
}

/**
 * "número N488RC": an aircraft's tail number or a vessel's mark as its one-word name, capitals and digits mixed in one
 * word of five or more as the list writes it (the walk took it only as written). No everyday word looks so.
 */
function registrationMark(s: ScanState, start: number, end: number): boolean {
  const { flags, lengths, starts, ends } = s.tokens;
  if (start !== end || lengths[start] < 5 || (flags[start] & (ALL_UPPER | CASELESS)) !== ALL_UPPER) return false;
  const text = s.block.text;
  for (let k = starts[start]; k < ends[start]; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function precededByCue(s: ScanState, start: number): boolean {
  for (let i = Math.max(s.block.first, start - 2); i < start; i++) if (isVesselCue(s, i)) return true;
  // "yachts such as the Graceful", "yates como el Graceful": the cue, then words that introduce a list's items.
  let k = start - 1;
  while (k >= s.block.first && start - k <= 4 && LIST_INTRO.has(wordAt(s, k))) k--;
  return (k < start - 2 && k >= s.block.first && isVesselCue(s, k)) || cueBeforeList(s, start);
}

/**
 * "capitán del Petunia", "captain of the Fortune": a ship's captain, in a sanctions story (a team has a captain too,
 * on a sports page). "el capitán Forest" is a person.
 */
function captainOf(s: ScanState, start: number): boolean {
  let k = start - 1;
  if (k > s.block.first && (wordAt(s, k) === 'the' || wordAt(s, k) === 'el')) k--;
  if (k <= s.block.first || !OF_WORDS.has(wordAt(s, k)) || !CAPTAIN_WORDS.has(wordAt(s, k - 1))) return false;
  return sanctionsStoryWords(s.context) >= 2;
}

const OF_WORDS = new Set(['of', 'de', 'del']);
const CAPTAIN_WORDS = new Set(['captain', 'captains', 'capitan', 'capitanes']);

/**
 * "los buques petroleros Clavel, Petunia, Fortune, Forest y Faxon": a vessel word, then a list of names, each one
 * word or two, this one among them.
 */
function cueBeforeList(s: ScanState, start: number): boolean {
  let k = start;
  for (let n = 0; n < 8; n++) {
    const last = itemBefore(s, k);
    if (last < 0) return false;
    k = itemStart(s, last);
    if (last - k > 1) return false;
    if (k > s.block.first && isVesselCue(s, k - 1)) return true;
  }
  return false;
}

function isVesselCue(s: ScanState, i: number): boolean {
  const id = s.tokens.ids[i];
  return id >= 0 && (s.index.tokenInfo[id] & WORD_VESSEL_CUE) !== 0;
}

/** Words between a vessel word and the names it introduces ("such as the", "como el", "including"). */
const LIST_INTRO = new Set(['such', 'as', 'including', 'like', 'the', 'a', 'como', 'incluido', 'incluidos', 'el', 'la', 'los', 'las']);

/**
 * "el Olympia, de bandera de las islas Caimán": the vessel's flag right after its name, as Spanish gives it. Not
 * English "flagged", a verb too ("Olympia, flagged by analysts").
 */
function followedByFlag(s: ScanState, end: number): boolean {
  if (end + 2 >= s.block.last) return false;
  const next = wordAt(s, end + 1);
  return (next === 'de' || next === 'con' || next === 'bajo') && wordAt(s, end + 2) === 'bandera';
}

/**
 * Whether the words start..end run on into, or follow, another capitalised name word. A title after them is none:
 * "Hezbollah Secretary-General Naim Qassem", "Hezbollah SG Sayyed Nasrallah’s Son" (a headline's title case too).
 */
function isRunOn(s: ScanState, start: number, end: number): boolean {
  const flags = s.tokens.flags;
  const b = s.block;
  if (start > b.first && (flags[start] & JOINED) !== 0 && isNameWord(s, start - 1)) return true;
  if (end + 1 >= b.last || (flags[end + 1] & (JOINED | CAPITALIZED)) !== (JOINED | CAPITALIZED)) return false;
  const id = s.tokens.ids[end + 1];
  if (id >= 0 && s.index.tokenTitle[id] !== 0) return false;
  // In a title-case headline the next word's capital says nothing: it runs on only as a word of some person's name
  // ("Treasury Targets al-Shabaab Funding Network"; not "Hamas Saidullah").
  return !inTitleCaseLine(s, end + 1) || (s.skels[end + 1] >= 0 && (s.index.skelFlags[s.skels[end + 1]] & SKEL_PERSON_PART) !== 0);
}

/** Whether the words on both sides of token i are in capitals too (a headline or a menu set in capitals). */
function inCapitals(s: ScanState, i: number): boolean {
  const { flags, lengths } = s.tokens;
  const b = s.block;
  // "ОАО «Белшина», ОАО «Лакокраска»": legal forms in Cyrillic capitals round a firm's name make no headline in capitals.
  const upper = (k: number) => k >= b.first && k < b.last && lengths[k] > 1 && (flags[k] & (ALL_UPPER | CASELESS)) === ALL_UPPER && !cyrillicLegalForm(s, k);
  return (upper(i - 1) || i === b.first) && (upper(i + 1) || i === b.last - 1) && (upper(i - 1) || upper(i + 1));
}

/** A span without candidates of its own, for linkOnPage. */
const NO_OUTPUTS = { outputs: [] as number[] };

const GROUP_WORDS = new Set(['group', 'grupo', 'groupe', 'gruppa']);

/**
 * Whether the words before token i, in lower case, call what follows a group ("the group Wagner", "el grupo Wagner"),
 * also with what kind of group between: one word ("el grupo paramilitar Wagner") or "de", "of" and one ("el grupo de
 * hackers Lazarus").
 */
function groupBefore(s: ScanState, i: number): boolean {
  const flags = s.tokens.flags;
  const first = s.block.first;
  for (let k = i - 1; k >= first && k >= i - 3; k--) {
    if (!(flags[k + 1] & JOINED) || flags[k] & CAPITALIZED) return false;
    if (!GROUP_WORDS.has(wordAt(s, k))) continue;
    const between = i - 1 - k;
    return between < 2 || wordAt(s, k + 1) === 'of' || wordAt(s, k + 1) === 'de';
  }
  return false;
}

/** Whether the page named entity e before the current span: in an earlier batch, or earlier in this one. */
/** The Spanish articles, alone or joined to a preposition, that news writes before a body's acronym ("las Farc", "del Eln"). */
const SPANISH_ARTICLES = new Set(['el', 'la', 'los', 'las', 'del', 'al']);

/** Whether token i follows a Spanish article in lower case, in the same sentence. */
function spanishArticleBefore(s: ScanState, i: number): boolean {
  const flags = s.tokens.flags;
  return i > s.block.first && (flags[i] & JOINED) !== 0 && (flags[i - 1] & CAPITALIZED) === 0 && SPANISH_ARTICLES.has(wordAt(s, i - 1));
}

function namedBefore(s: ScanState, e: number): boolean {
  if (s.context.distinctive.has(e)) return true;
  for (const b of s.blocks) {
    for (const span of b.spans) for (const v of span.outputs) if ((v & ENTITY_MASK) === e) return true;
    if (b === s.block) break;
  }
  return false;
}

/** The relative pronouns, which begin with the article's letters and may follow a name ("في حماس الذي"). */
const ARABIC_RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'اللاتي', 'اللواتي']);

/**
 * Whether Arabic token i is followed in its sentence by a word with the article, an adjective of a common noun
 * ("القاعدة الجوية": the air base), not a relative pronoun.
 */
function definiteAfter(s: ScanState, i: number): boolean {
  const { flags, starts } = s.tokens;
  if (i + 1 >= s.block.last || !(flags[i + 1] & JOINED) || !(flags[i + 1] & CASELESS)) return false;
  const text = s.block.text;
  const at = starts[i + 1];
  return text.charCodeAt(at) === 0x627 && text.charCodeAt(at + 1) === 0x644 && !ARABIC_RELATIVES.has(wordAt(s, i + 1));
}

/** "Iran’s Law Enforcement Forces": the word before `start` is one of entity e's countries with a possessive "'s". */
function afterCountryPossessive(s: ScanState, start: number, e: number): boolean {
  const i = start - 1;
  if (i < s.block.first) return false;
  const { starts, ends } = s.tokens;
  if (!/^['’]s\s+$/.test(s.block.text.slice(ends[i], starts[start]))) return false;
  const code = contextWords.countryCode(wordAt(s, i));
  if (!code) return false;
  return names.entityHasCountry(s.index, e, contextWords.countryIndex(code));
}

/** Whether tokens start..end are four capitalised words or more, with entity e's country on the page and sanctions words near. */
function longRunStands(s: ScanState, start: number, end: number, e: number): boolean {
  if (end - start < 3) return false;
  let capitalized = 0;
  for (let k = start; k <= end; k++) if (s.tokens.flags[k] & CAPITALIZED) capitalized++;
  return capitalized >= 4 && hasCountryOnPage(s, e) && sanctionsNear(s, start, end);
}

const UNITED_STATES = contextWords.countryIndex('us');

/**
 * A sanctions story whose countries so far are entity e's own, one at least, beside the United States that most such
 * stories name as the sanctioning state: "la Policía Nacional" there is that country's (every country has one, and
 * on a page about Venezuela it is Venezuela's).
 */
export function ownCountryStory(s: ScanState, e: number): boolean {
  if (sanctionsStoryWords(s.context) < 2) return false;
  const index = s.index;
  const from = runStart(index.countryRuns, e);
  const to = from + index.countryRuns.lengths[e];
  let own = 0;
  for (const c of s.context.countries) {
    if (c === UNITED_STATES) continue;
    let k = from;
    while (k < to && index.countries[k] !== c) k++;
    if (k === to) return false;
    own++;
  }
  return own > 0;
}

/**
 * ownCountryStory as the page has told it up to token start ("in coordination with the Fourth Division" on a page
 * about Syria's designations that names Lebanon only further on): the countries named before the span, and those of
 * earlier batches, are the body's own, the United States aside. Where each country is first named in the batch is read
 * once a batch, on demand: few spans get here.
 */
function ownCountryStorySoFar(s: ScanState, e: number, start: number): boolean {
  if (sanctionsStoryWords(s.context) < 2) return false;
  const firstNamed = firstNamedIn(s);
  const index = s.index;
  const from = runStart(index.countryRuns, e);
  const to = from + index.countryRuns.lengths[e];
  let own = 0;
  for (const c of s.context.countries) {
    const at = firstNamed.get(c);
    if (c === UNITED_STATES || (at !== undefined && at >= start)) continue;
    let k = from;
    while (k < to && index.countries[k] !== c) k++;
    if (k === to) return false;
    own++;
  }
  return own > 0;
}

/** Per batch (its blocks), the token at which each country is first named in it. */
const FIRST_NAMED = new WeakMap<readonly unknown[], Map<number, number>>();

function firstNamedIn(s: ScanState): Map<number, number> {
  let first = FIRST_NAMED.get(s.blocks);
  if (first) return first;
  first = new Map();
  for (const b of s.blocks) {
    for (let k = b.first; k < b.last; k++) {
      const c = countryOfToken(s, b, k);
      if (c >= 0 && !first.has(c)) first.set(c, k);
    }
  }
  FIRST_NAMED.set(s.blocks, first);
  return first;
}

/** The country token k of block b begins to name, as the page lexer reads it (lex-page.ts), or -1. */
function countryOfToken(s: ScanState, b: { first: number; last: number }, k: number): number {
  const id = s.tokens.ids[k];
  if (id < 0) return -1;
  const flags = s.tokens.flags;
  const one = s.index.tokenCountry[id];
  if (one && (flags[k] & CAPITALIZED || s.quick.lowerCountry.has(id))) return one - 1;
  if (!(s.index.tokenInfo[id] & contextWords.WORD_COUNTRY) || !(flags[k] & CAPITALIZED)) return -1;
  // A phrase of two words or more: the one-word names were read above.
  const c = countryPhraseAt(s, k, b.last);
  return c >= 0 && (c & 7) > 1 ? c >> 3 : -1;
}

export function hasCountryOnPage(s: ScanState, e: number): boolean {
  return names.entityHasCountryIn(s.index, e, s.context.countries);
}

/**
 * Sanctions words within about a paragraph (60 words) either side, across block boundaries; a story's words
 * ("sancionó", "regime") only on a page that names sanctions for certain (context-words.ts).
 */
export function sanctionsNear(s: ScanState, start: number, end: number): boolean {
  const from = s.offset + start - 60;
  const to = s.offset + end + 60;
  const ctx = s.context;
  const near = (x: number) => x >= from && x <= to;
  return ctx.sanctionsAt.some(near) || (ctx.anchored && ctx.storyAt.some(near));
}
