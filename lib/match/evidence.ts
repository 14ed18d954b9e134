// From a span to a mention: the best of the entities it may name (rank.ts), and whether the page gives evidence
// enough to call a common name sanctioned; a person named is remembered for a surname alone later.
import { mentionOf, type MatchReason, type Mention, type MentionStatus } from './mention';
import { isArabicKey } from '../names/arabic';
import { noteWrittenArabicSurname } from './arabic-surname';
import * as normalize from '../names/normalize';
import * as contextWords from './context-words';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { isSportsPage, sanctionsStoryWords } from './page-context';
import { nicknamedCandidate, notePageNickname, notePageNicknames, quotedListedNickname, registerNicknames } from './nicknames';
import { pageDefinedNickname } from './page-defined-nickname';
import { rankCandidates, type Ranked } from './rank';
import { runStart } from './runs';
import { sanctionsNear } from './precision';
import { lexiconSize, lexiconWord } from '../names/lexicon';
import { perIndex } from './per-index';
import { isTitleWord, titleWordBits } from './title-word-bits';
import { ministerBefore, ownHeadBefore } from './office-before-name';
import { consonantSkeleton } from '../names/transliterate';
import { commonNamePartAt, type ScanState, type Span } from './scan-state';
import { confirmedRelativeBefore, kinOfListedBeside } from './listed-relative';
import { nisbaGroup } from './arabic-nisba-groups';
import { ukrainianFirmFirst } from './ukrainian-registered-firm';
import { familyFirstInArabic } from './arabic-family-first';
import { coDesignatedFirst, coDesignatedOnPage } from './co-designated';
import { coordinatedNameEnd } from './coordinated-given-names';
import { isLinked, LINK_NONE, linkOnPage } from './entity-links';
import { rareWholeName } from './rare-whole-name';
import { listedBodyBeside } from './listed-body-beside';
import { titleBefore } from './title-before';
import { runsOnIntoNamedFamily } from './latin-read-names';
import { tooYoungForTitle } from './too-young-for-office';

// Module-local copies (see scan-state.ts).
const { HEAD_OF_STATE } = contextWords;
const { CASELESS, CYRILLIC } = normalize;
const { ENTITY_MASK, SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_PARTICLE, entityId, entityKind, entityStatusOf } = names;

/** The mention a span of the current block makes. */
export function resolveSpan(s: ScanState, span: Span): Mention {
  const { index, context: ctx } = s;
  const titles = titlesAround(s, span.start, span.end);
  const byWords = rankCandidates(index, span.outputs, { titles, countries: ctx.countries, distinctive: ctx.distinctive, span, blockSpans: s.block.spans });
  // A nickname inside the name tells a person from the namesake relative the words around it name first.
  const nicknamed = nicknamedCandidate(s, span, byWords);
  // A Ukrainian legal form before a firm's name ('ПАТ "ВТБ Банк"') tells the Ukrainian firm from its foreign parent.
  const firm = nicknamed > 0 ? -1 : ukrainianFirmFirst(s, span, byWords);
  // Two listed people of one name: the one co-designated with more of the page's other listed names (co-designated.ts);
  // else an alias that is another identity gives way to a person named by their own surname.
  const coDesignated = nicknamed >= 0 || firm > 0 ? -1 : coDesignatedFirst(s, byWords);
  const first = nicknamed > 0 ? nicknamed : firm > 0 ? firm : coDesignated > 0 ? coDesignated : ownSurnameFirst(s, span, byWords);
  const ranked = first > 0 ? [byWords[first], ...byWords.filter((_, k) => k !== first)] : byWords;
  const best = ranked[0];
  // "حزب الله العراقي" after "كتائب حزب الله": the Iraqi body the page named, not HIZBALLAH.
  const group = nisbaGroup(s, span, best.entity);
  if (group >= 0) {
    const at = s.tokens.starts[span.start];
    return mentionOf(s.block.text, at, s.tokens.ends[span.end], entityId(index, group), entityStatusOf(index, group), [entityId(index, best.entity)], { reasons: EARLIER_NAME });
  }
  let status: MentionStatus = entityStatusOf(index, best.entity);
  let possibleBecause: Mention['possibleBecause'];
  // A brief name with a common surname ("Cilia Flores", "Najib Ahmad"), or with a common given name unless it
  // names a head of state ("Manuel Bernal" is many people; "Nicolás Maduro" mostly one), is a common name.
  const commonSurname = span.brief && commonSurnameIn(s, span.start, span.end, best.entity);
  // A common given name with a surname rare where the person is from is a rare whole name ("Oleg Deripaska":
  // rare-whole-name.ts), but not on a sports page, where namesakes abound.
  const weak = span.commonNames || (span.brief && (commonSurname || (span.anyCommon && !(index.entityRoles[best.entity] & HEAD_OF_STATE) && !(rareWholeName(s, span, best.entity) && !sportsPage(s)))));
  // A name other entries carry too ("Nicolás Maduro" of MADURO GUERRA, Nicolas Ernesto) does not point to one on its own.
  const sole = ranked.length === 1;
  let reasons: readonly MatchReason[] = weak ? NONE : best.roleMatch ? (sole ? DISTINCTIVE_WITH_TITLE : CLOSEST_WITH_TITLE) : sole ? DISTINCTIVE : CLOSEST;
  if (entityKind(index, best.entity) === 'person' && weak && status !== 'not-sanctioned') {
    const sports = sportsPage(s);
    const near = sanctionsNear(s, span.start, span.end);
    // A name the page confirmed once (a title, the sanctions story around it) stays confirmed for its later
    // mentions, however far from that evidence they are.
    const confirmed = ctx.resolved.get(best.entity);
    // Each piece of evidence the page gives, in the order the card names them; any one of them confirms the name.
    const found: MatchReason[] = [];
    if (confirmed !== undefined && confirmed !== 'possible') found.push('confirmed-earlier');
    if (ctx.distinctive.has(best.entity)) found.push('fuller-name');
    if (!sports && ctx.parentNames !== null && ctx.parentNames.has(parentNameKey(s, span.start, span.end))) found.push('listed-child');
    if (confirmedRelativeBefore(s, best.entity, sports) || kinOfListedBeside(s, span, best.entity)) found.push('listed-relative');
    if (!sports && best.roleMatch) found.push('title');
    else if (ministerBefore(s, span, best, commonSurname) || ownHeadBefore(s, span, best.entity)) found.push('title');
    // An alias of common words only that is another identity, not a spelling of the listed name ("Raúl Castro" of
    // FELIX FELIX, Victor Manuel a.k.a. CASTRO RODRIGUEZ, Raul; "Juan Gonzalez" of PEREZ ROJAS, Daniel), is as likely
    // a famous or ordinary person on no list: the story's words and countries do not tell them apart, only what
    // points at the listed person does (a fuller name, a title of the listed role, an earlier confirmed mention).
    // A body the lists link the person to, named on the page ("Ibrahim al-Amin al-Sayed" of AL-SAYYID, Ibrahim Amin
    // a.k.a. SAYYED, on a page about Hezbollah's council), tells the listed identity from a namesake as the primary
    // surname does.
    const storyCounts = !sports && !(span.commonNames && best.alias && !usesPrimarySurname(s, span, best.entity) && linkOnPage(index, best.entity, span, s.block.spans, ctx.distinctive) === LINK_NONE);
    if (storyCounts && near) found.push('sanctions-near');
    if (storyCounts && best.countryMatch && sanctionsStoryWords(ctx) >= 2) found.push('country');
    // "Ivan Kubrakov": only the given name is common, and the whole name is rare; on a page that tells a sanctions
    // story, the listed person, wherever the story's words are.
    if (storyCounts && !span.commonNames && !commonSurname && sanctionsStoryWords(ctx) >= 3) found.push('sanctions-story');
    // A listed body named beside the name: one the list links the person to, or one the name heads
    // (listed-body-beside.ts), asked only when nothing else confirmed the name (it reads the block's spans).
    if (found.length === 0 && !sports && !span.commonNames && listedBodyBeside(s, span, best.entity)) found.push('listed-body');
    // "депутаты Дмитрий Исламов, Николай Борцов, Николай Панков": named among others the page confirmed who were
    // listed on the person's day (co-designated.ts), asked only when nothing else confirmed the name.
    if (found.length === 0 && !sports && !span.commonNames && !commonSurname && coDesignatedOnPage(s, best.entity)) found.push('co-designated');
    // Ismael "El Mayo" Zambada: the listed nickname written inside the name is a fuller form of it, wherever the page.
    if (found.length === 0 && quotedListedNickname(s, span, best.entity)) found.push('fuller-name');
    reasons = found;
    if (found.length === 0) {
      status = 'possible';
      possibleBecause = 'common-name';
      reasons = sports ? SPORTS : NONE;
    }
  }
  // Two Arabic words that are the listed name only family first ("حماية المال" for HAMEIAH, Mamil) are everyday words;
  // two that run on into the family name of another listed person the page named are a relative's longer name
  // ("محمد حمدان دقلو", Hemedti, as ALHMIDAN, Mohamad: latin-read-names.ts).
  // "Maj Gen Zaw Min Tun" of TUN, Zaw Min, born 2001: a rank or office the listed person was too young to hold
  // (too-young-for-office.ts) says the page means a namesake.
  if ((status === 'sanctioned' || status === 'delisted') && (familyFirstInArabic(s, span, best.entity) || runsOnIntoNamedFamily(s, span.start, span.end, best.entity) || (entityKind(index, best.entity) === 'person' && tooYoungForTitle(s, span.start, best.entity)))) {
    status = 'possible';
    possibleBecause = 'common-name';
    reasons = NONE;
  }
  // Two listed people with the same name (KIM, Yong Chol born 1946 and KIM, Yong Chol born 1962), and nothing on the
  // page that ranks one above the other (a title of one's role, a country only one is tied to, a fuller name): which
  // one is meant is only possible, whatever the evidence for the name; the card lists both and what tells them apart.
  if (nicknamed < 0 && coDesignated < 0 && sameNameTie(index, ranked) && status !== 'not-sanctioned' && !ctx.resolved.has(best.entity)) {
    status = 'possible';
    possibleBecause = 'common-name';
    reasons = NONE;
  }
  // Chosen by the nickname alone, the person keeps no surname for later: "Maduro" alone, without the nickname, names
  // whom the words name without it (the father), and the nickname alone later names the son.
  if (entityKind(index, best.entity) === 'person') {
    register(s, best.entity, status, nicknamed > 0 ? NO_WORDS : span);
    notePageNicknames(s, span, best.entity);
    if (status !== 'possible') {
      const defined = pageDefinedNickname(s, span);
      if (defined !== undefined) notePageNickname(s, defined, best.entity);
    }
  }
  const start = s.tokens.starts[span.start];
  const end = s.tokens.ends[span.end];
  return mentionOf(s.block.text, start, end, entityId(index, best.entity), status, ranked.slice(1, 6).map((r) => entityId(index, r.entity)), { possibleBecause, reasons });
}

// Shared by every mention that has them: a page may have thousands of mentions.
const DISTINCTIVE: readonly MatchReason[] = ['distinctive-name'];
const DISTINCTIVE_WITH_TITLE: readonly MatchReason[] = ['distinctive-name', 'title'];
const CLOSEST: readonly MatchReason[] = ['closest-name'];
const CLOSEST_WITH_TITLE: readonly MatchReason[] = ['closest-name', 'title'];
const SPORTS: readonly MatchReason[] = ['sports-page'];
const EARLIER_NAME: readonly MatchReason[] = ['earlier-full-name'];
const NONE: readonly MatchReason[] = [];
/** A span of no words: a person registered without surnames. */
const NO_WORDS = { start: 0, end: -1 };

function sameNameTie(index: NameIndex, ranked: readonly Ranked[]): boolean {
  if (ranked.length < 2) return false;
  const [a, b] = ranked;
  if (a.score !== b.score || entityKind(index, a.entity) !== 'person' || entityKind(index, b.entity) !== 'person') return false;
  // A son named after his father (ROTENBERG, Boris Romanovich and ROTENBERG, Boris Borisovich, whom the list links to
  // him), both sanctioned: whichever the page means is sanctioned, so the evidence's status stands; the card lists both.
  return !(isLinked(index, a.entity, b.entity) && entityStatusOf(index, a.entity) === 'sanctioned' && entityStatusOf(index, b.entity) === 'sanctioned');
}

/** Title bits of the words up to four before and after the name ("President", "Gen."). */
function titlesAround(s: ScanState, start: number, end: number): number {
  let bits = 0;
  const ids = s.tokens.ids;
  const tokenTitle = s.index.tokenTitle;
  // The bits first: most words around a name are no title.
  const titleBits = titleWordBits(s.index);
  const b = s.block;
  for (let i = Math.max(b.first, start - 4); i < start; i++) if (ids[i] >= 0 && isTitleWord(titleBits, ids[i])) bits |= tokenTitle[ids[i]];
  for (let i = end + 1; i < Math.min(b.last, end + 5); i++) if (ids[i] >= 0 && isTitleWord(titleBits, ids[i])) bits |= tokenTitle[ids[i]];
  return bits;
}

/** A sports report, where namesakes abound: no evidence counts there. */
export function sportsPage(s: ScanState): boolean {
  return isSportsPage(s.context);
}

/** Whether tokens start..end use one of the person's surnames that is a common one (Flores, Ahmad). */
function commonSurnameIn(s: ScanState, start: number, end: number, e: number): boolean {
  const index = s.index;
  if (entityKind(index, e) !== 'person') return false;
  const first = runStart(index.surnameRuns, e);
  for (let k = first; k < first + index.surnameRuns.lengths[e]; k++) {
    const sk = index.surnames[k];
    if (!(index.skelFlags[sk] & SKEL_COMMON_NAME)) continue;
    for (let i = start; i <= end; i++) if (s.skels[i] === sk) return true;
  }
  return false;
}

/**
 * Whether tokens of the span carry the first surname of the person's listed names (the primary name's, which the
 * index keeps first), or an alias's spelling of it, of the same consonants: "Kim Young-Chol" does for KIM, Yong Chol,
 * "Андрій Воробйов" (VOROBYOV) for VOROBYEV, Andrey; "Raúl Castro" does not for FELIX FELIX.
 */
function usesPrimarySurname(s: ScanState, span: Span, e: number): boolean {
  const index = s.index;
  if (index.surnameRuns.lengths[e] === 0) return true;
  const sk = index.surnames[runStart(index.surnameRuns, e)];
  // A given name that shares the next name's surname ("Ігоря та Бориса Ротенбергів") uses the surname written there.
  const end = span.start === span.end ? coordinatedNameEnd(s, span.start) : span.end;
  for (let i = span.start; i <= end; i++) if (s.skels[i] === sk) return true;
  const key = consonantKey(index, sk);
  if (key.length < 3) return false;
  for (let i = span.start; i <= end; i++) if (s.skels[i] >= 0 && consonantKey(index, s.skels[i]) === key) return true;
  return false;
}

/**
 * "Владимире Алексееве": a person the words name by an alias that is another identity (PANYAEV, Vladimir a.k.a.
 * ALEXEEV, Vladimir) gives way to a listed person whom they name by that person's own name less one word, the
 * patronymic Russian and Ukrainian news leave out (ALEXSEYEV, Vladimir Stepanovich). Cyrillic words only: in Latin
 * letters a list's names copied family first ("Ali Hassan" of ALI, Hassan) are the alias itself. The index of that
 * one in `ranked`, or 0.
 */
function ownSurnameFirst(s: ScanState, span: Span, ranked: readonly Ranked[]): number {
  if (ranked.length < 2 || !ranked[0].alias || !(s.tokens.flags[span.start] & CYRILLIC)) return 0;
  const index = s.index;
  if (entityKind(index, ranked[0].entity) !== 'person' || usesPrimarySurname(s, span, ranked[0].entity)) return 0;
  for (let k = 1; k < ranked.length; k++) {
    const e = ranked[k].entity;
    if (entityKind(index, e) === 'person' && !ranked[k].alias && ranked[k].missing <= 1 && usesPrimarySurname(s, span, e)) return k;
  }
  return 0;
}

/** Remembers a person named on the page, by the surnames the text used ("Cilia Flores" registers Flores only). */
export function register(s: ScanState, e: number, status: MentionStatus, span: Pick<Span, 'start' | 'end'>): void {
  const { index, context: ctx } = s;
  ctx.resolved.set(e, status);
  const times = ctx.named.get(e);
  ctx.named.set(e, (times ?? 0) + 1);
  // A person named before has their nicknames noted already.
  if (times === undefined) registerNicknames(s, e);
  // The page's own title for the person ("Defense Minister Sergey Shoygu"), for a titled surname alone (back-reference.ts).
  const titles = titleBefore(s, span.start);
  if (titles !== 0) (ctx.pageTitles ??= new Map()).set(e, (ctx.pageTitles.get(e) ?? 0) | titles);
  const first = runStart(index.surnameRuns, e);
  const count = index.surnameRuns.lengths[e];
  let usedKeys: string[] | undefined;
  for (let k = first; k < first + count; k++) {
    const sk = index.surnames[k];
    let used = -1;
    for (let i = span.start; i <= span.end && used < 0; i++) if (s.skels[i] === sk) used = i;
    if (used < 0) continue;
    noteWrittenArabicSurname(s, used, sk);
    // Only a surname new on the page has other spellings to note (once per person and surname on a page).
    if (!noteSurname(ctx.surnames, sk, e) || count === 1) continue;
    const key = consonantKey(index, sk);
    if (key.length >= 3) (usedKeys ??= []).push(key);
  }
  if (span.end > span.start && times === undefined) noteRareGivenName(s, e, span.start, first, count);
  // The list's other spelling of a surname the text used ("Đokić", read as DOKIC, and the list's DJOKIC): the
  // surname alone may come in either ("Djokic" later).
  if (!usedKeys) return;
  for (let k = first; k < first + count; k++) {
    const sk = index.surnames[k];
    if (usedKeys.includes(consonantKey(index, sk))) noteSurname(ctx.surnames, sk, e);
  }
}

/**
 * Notes the words after the first of a listed person's Arabic name of three words or more found in a distinctive
 * form: an Arab name holds the father's after the person's own ("رغد صدام حسين", RAGHAD SADDAM HUSSEIN AL-TIKRITI),
 * so a common name that is those words ("صدام حسين") names the listed parent on that page (a footballer's page
 * names no listed daughter).
 */
export function noteParentName(s: ScanState, span: Span): void {
  const { flags, starts } = s.tokens;
  if (span.end - span.start < 2 || !(flags[span.start] & CASELESS) || !isArabicKey(s.block.text[starts[span.start]])) return;
  if (!span.outputs.some((v) => entityKind(s.index, v & ENTITY_MASK) === 'person')) return;
  (s.context.parentNames ??= new Set()).add(parentNameKey(s, span.start + 1, span.end));
}

/** The skeletons of tokens start..end joined by commas. */
function parentNameKey(s: ScanState, start: number, end: number): string {
  let key = '';
  for (let i = start; i <= end; i++) key += (i > start ? ',' : '') + s.skels[i];
  return key;
}

/**
 * "Abdelrahim" after "Abdelrahim Hamdan Dagalo", "Diosdado" after "Diosdado Cabello": a first given name that is rare
 * in the world (no common name part, of the lists' or the world's, no everyday word) names the person alone too, as a
 * surname alone does (back-reference.ts, with its rules for namesakes). Token k begins the name; a surname there
 * (family first: "Kim Jong Un") is none.
 */
function noteRareGivenName(s: ScanState, e: number, k: number, first: number, count: number): void {
  const index = s.index;
  const sk = s.skels[k];
  if (sk < 0 || s.tokens.lengths[k] < 5 || index.skelFlags[sk] & (SKEL_COMMON_NAME | SKEL_COMMON_WORD | SKEL_COUNTRY | SKEL_PARTICLE)) return;
  for (let j = first; j < first + count; j++) if (index.surnames[j] === sk) return;
  // The page's map first: the common-name test may spell the word out and make its skeleton (commonNamePartAt reads
  // most words from the page by their hash, with no string).
  if (s.context.surnames.has(sk) || commonNamePartAt(s, k)) return;
  noteSurname(s.context.surnames, sk, e);
  (s.context.givenNames ??= new Set()).add(sk);
}

/** The consonant key of a surname skeleton (Latin letters only: '' for other scripts), made once per index and skeleton. */
function consonantKey(index: NameIndex, sk: number): string {
  const keys = consonantKeys(index);
  return (keys[sk] ??= consonantSkeleton(lexiconWord(index.skeletons, sk)));
}

const consonantKeys = perIndex((index: NameIndex): (string | undefined)[] => new Array<string | undefined>(lexiconSize(index.skeletons)).fill(undefined));

/** Adds person e to the surname's list; whether it was not there. */
function noteSurname(surnames: Map<number, number[]>, sk: number, e: number): boolean {
  const list = surnames.get(sk);
  if (!list) surnames.set(sk, [e]);
  else if (!list.includes(e)) list.push(e);
  else return false;
  return true;
}
