// A surname alone ("Maduro", "Cristopher Figuera") pointing back to the fuller name of a listed person that the
// same page named before (evidence.ts remembers who that was).
import { mayBeArabicSurname } from './arabic-surname';
import { isArabicUnit } from '../names/arabic';
import { afterCompound } from './arabic-compound-tail';
import { verbBeforeSurname } from './arabic-verb-given';
import { surnameBeforeName } from './front-run-on';
import { groupNounAfter } from './group-noun-after';
import { headAmongRelatives } from './head-among-relatives';
import { mentionOf, type MatchReason, type Mention } from './mention';
import * as normalize from '../names/normalize';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { namedAsOwnRelative, namedAsRelative } from './named-as-relative';
import type { OwnRelative } from './page-context';
import { nicknameAt } from './nicknames';
import { isListedGivenName, isOwnGivenName } from './own-given-name';
import { unknownGivenBefore } from './unknown-given-before';
import { inShortFirstLine } from './headline-line';
import { afterInnerApostrophe } from './precision';
import { runStart } from './runs';
import { isNameWord, isParticleToken, useReading, wordAt, type ScanState, type Span } from './scan-state';
import { HEAD_OF_STATE, HEAD_TITLES, WORD_NOT_GIVEN, countryIndex } from './context-words';
import { kinBeforeSurname } from './kin-before-surname';
import { SPANISH_SPEAKING } from './second-given-name';
import { titleBefore } from './title-before';

// Module-local copies (see scan-state.ts).
const { ALL_UPPER, CAPITALIZED, CASELESS, CYRILLIC, JOINED } = normalize;
const { ENTITY_MASK, OUT_CYRILLIC_ACRONYM, OUT_NO_LEGAL_FORM, OUT_SHARED_BRAND, SKEL_PERSON_PART, entityId, entityKind, entityStatusOf } = names;

/**
 * The back-reference at token i of the current block: the mention and the last token it covers, or undefined
 * when the word is none.
 */
export function backReference(s: ScanState, i: number): [Mention, number] | undefined {
  // Called for every capitalised word outside a name once the page named someone: the cheap tests here, with no
  // closure, so that a word that is no named person's surname costs no allocation (a function with closures makes
  // their context on every call).
  const { context: ctx, skels } = s;
  const { flags, lengths } = s.tokens;
  if ((flags[i] & (CAPITALIZED | CASELESS)) !== CAPITALIZED && !mayBeArabicSurname(s, i)) return undefined;
  // An Arabic word read as Latin ones has no skeleton of its own (arabic-surname.ts found the reading).
  if (s.alts[i] >= 0 && (skels[i] >= 0 ? !ctx.surnames.has(skels[i]) : (flags[i] & CASELESS) !== 0)) useSurnameReading(s, i);
  const sk = skels[i];
  if (sk < 0 || lengths[i] < (s.exact[i] ? 3 : 5)) return undefined;
  const owners = ctx.surnames.get(sk);
  return owners ? linkBack(s, i, sk, owners) : undefined;
}

/** A reading of token i that is the surname of someone the page named, if it has one. */
function useSurnameReading(s: ScanState, i: number): void {
  const surnames = s.context.surnames;
  useReading(s, i, (r) => surnames.has(r));
}

/** backReference past its cheap tests: token i has skeleton sk, the surname of `owners`. */
function linkBack(s: ScanState, i: number, sk: number, owners: readonly number[]): [Mention, number] | undefined {
  const { index, context: ctx, skels, block: b } = s;
  const flags = s.tokens.flags;
  // "President Daniel Ortega" anywhere on the page so far, this batch included: someone else with the surname. The
  // listed owners' own fuller forms ("Cristopher Figuera" after "Manuel Ricardo Cristopher Figuera") are not.
  const before = ctx.otherNames.get(sk);
  // Nor is one of their own given names before it ("Rolando Castro" of CASTRO, Oscar Rolando: own-given-name.ts).
  if (before?.some((p) => p < 0 || !owners.some((e) => hasSurname(index, e, p) || isOwnGivenName(index, e, sk, p)))) ctx.clashes.add(sk);
  // A relative the page names after this word is not yet known to the reader; once named, a clash unless the
  // surname alone already named a listed person before (whom it goes on naming, as for listed relatives below).
  const relative = ctx.relatives?.get(sk);
  if (relative !== undefined && relative < s.offset + i && !ctx.calledBySurname.has(sk)) ctx.clashes.add(sk);
  let j = i;
  while (j + 1 < b.last && flags[j + 1] & JOINED && owners.some((e) => hasSurname(index, e, skels[j + 1]))) j++;
  // "نصر الله" after "حسن نصر الله": a surname read as a compound whose tail is written apart ends after the tail;
  // "Tabataba'i" after the lower-case rest of the word after its inner apostrophe (the mark is never cut inside a word).
  const last =
    j + 1 < b.last && ((flags[i] & CASELESS && afterCompound(s, j + 1)) || (!(flags[j + 1] & CAPITALIZED) && afterInnerApostrophe(s, j + 1, j))) ? j + 1 : j;
  // "Juan Maduro", "Omar bin Laden": another person with the same surname. Remember it, and link nothing.
  const given = otherNameBefore(s, i);
  if (given >= 0) {
    // "Rolando Castro", the listed person's own given name, with the page's full name of that one person only.
    const own = ownerByGivenName(s, given, j, sk, owners, isOwnGivenName);
    // "Maj Gen Deng Wol" of WOL, Santino Deng (Major General): in the Arab world's naming, a title before the pair
    // that fits the one owner's listed role tells the person from the father or a brother.
    const titled = own >= 0 ? -1 : titledOwner(s, given, owners);
    if (titled >= 0 && ownerByGivenName(s, given, j, sk, [titled], isListedGivenName) >= 0) {
      const status = ctx.resolved.get(titled) ?? entityStatusOf(index, titled);
      return [mentionOf(b.text, s.tokens.starts[given], s.tokens.ends[j], entityId(index, titled), status, [], { reasons: EARLIER_FULL_NAME_AND_TITLE }), j];
    }
    if (own >= 0) {
      const status = ctx.resolved.get(own) ?? entityStatusOf(index, own);
      return [mentionOf(b.text, s.tokens.starts[given], s.tokens.ends[j], entityId(index, own), status, [], { reasons: EARLIER_FULL_NAME }), j];
    }
    // The relative of someone the surname alone named already (see above) leaves that surname's referent as it is, and
    // so does a relative of the story's person named once (noteOtherNames).
    if (ctx.ownRelatives?.get(sk)?.some((r) => r.at === s.offset + i)) return undefined;
    if (!(ctx.calledBySurname.has(sk) && ctx.relatives?.has(sk) && namedAsRelative(s, i))) ctx.clashes.add(sk);
    return undefined;
  }
  // "Фонда Акмата Кадырова": a given name no table knows, in the surname's case, is someone else's (unknown-given-before.ts).
  if (unknownGivenBefore(s, i)) return undefined;
  // "Kim Jong Nam" after "Kim Jong Un": the family name first of someone else, whom a later "Kim" may name as well.
  if (last + 1 < b.last && flags[last + 1] & JOINED && isNameWord(s, last + 1) && !surnameBeforeName(s, last)) {
    ctx.clashes.add(sk);
    return undefined;
  }
  // A given name alone (evidence.ts) before any capitalised word begins someone's name ("Abdelrahim Kortaby").
  if (j + 1 < b.last && (flags[j + 1] & (JOINED | CAPITALIZED)) === (JOINED | CAPITALIZED) && ctx.givenNames?.has(sk)) return undefined;
  // Among people sharing the surname, the one the page names most, then the one it named first. Most surnames have one
  // owner on the page: that one, without the ranking's three arrays and objects.
  const candidates =
    owners.length === 1
      ? j === i || hasSurname(index, owners[0], skels[j])
        ? [owners[0]]
        : []
      : owners
          .filter((e) => j === i || hasSurname(index, e, skels[j]))
          .map((e, order) => ({ e, order, named: ctx.named.get(e) ?? 0 }))
          .sort((x, y) => y.named - x.named || x.order - y.order)
          .map((x) => x.e);
  if (!candidates.length) return undefined;
  // "Dodik" after "Milorad Dodik" named him alone; then "Igor Dodik and Gorica Dodik", his children; "Dodik's
  // corruption" is still the father: the surname alone keeps naming whom it named before the others came.
  const called = ctx.calledBySurname.get(sk);
  const kept = candidates.length > 1 && called !== undefined && j === i && candidates.includes(called);
  const head = candidates.length > 1 && !kept && j === i ? headAmongRelatives(s, candidates) : -1;
  const paternal = candidates.length > 1 && !kept && head < 0 && j === i ? paternalOwner(s.index, sk, candidates) : -1;
  const best = kept ? called : head >= 0 ? head : paternal >= 0 ? paternal : candidates[0];
  if (candidates.length === 1 && j === i && !ctx.clashes.has(sk) && !ctx.calledBySurname.has(sk)) ctx.calledBySurname.set(sk, best);
  const shared = candidates.length > 1 && !kept && head < 0 && paternal < 0;
  const unnamedClash = ctx.clashes.has(sk) || (ctx.ownRelatives !== null && nearOwnRelative(s, i, sk));
  // "жена Путина" beside his unlisted cousin "Игорь Путин": after a word of kinship, the head of state named in full,
  // whose relatives the page speaks of (kin-before-surname.ts).
  const anchor = unnamedClash && !shared && candidates.length === 1 && (index.entityRoles[best] & HEAD_OF_STATE) !== 0 && kinBeforeSurname(s, i);
  const unclear = shared || (unnamedClash && !anchor);
  // "General Soleimani" beside his unlisted daughter "Zeinab Soleimani": a title right before the surname that fits
  // the listed role of one person the page named in full is that person (asked only where the surname is unclear).
  // Between listed people only, no one else on the page carrying the surname, the title the page itself wrote before
  // one of their full names fits too ("Defense Minister Shoygu" after "Defense Minister Sergey Shoygu", beside his
  // listed daughter "Kseniya Shoygu"; the lists give neither a position).
  const titled = unclear ? titledOwner(s, i, candidates, unnamedClash ? null : ctx.pageTitles) : -1;
  // "Houthi fighters" after two listed al-Houthis: the clan's movement, no one of them (group-noun-after.ts).
  if (shared && titled < 0 && groupNounAfter(s, last)) return undefined;
  const chosen = titled >= 0 ? titled : best;
  let status = ctx.resolved.get(chosen) ?? entityStatusOf(index, chosen);
  let possibleBecause: Mention['possibleBecause'];
  if (unclear && titled < 0 && status !== 'not-sanctioned') {
    status = 'possible';
    possibleBecause = 'shared-surname';
  }
  const start = s.tokens.starts[i];
  const end = s.tokens.ends[last];
  const others = kept || head >= 0 || paternal >= 0 || titled >= 0 ? candidates.filter((e) => e !== chosen) : candidates.slice(1);
  return [mentionOf(b.text, start, end, entityId(index, chosen), status, others.slice(0, 5).map((e) => entityId(index, e)), { possibleBecause, reasons: titled >= 0 ? EARLIER_FULL_NAME_AND_TITLE : EARLIER_FULL_NAME }), last];
}

/**
 * "Meza" beside OSIRIS LUNA MEZA and MEZA OLIVARES, Alma Yanira: Spanish names carry the father's surname first, and
 * news calls a person by it alone ("Luna y Marroquín ... Meza ha sido designada"). The one candidate whose first
 * listed surname is sk, where it is a later one of each other candidate's, all of Spanish-speaking countries; or -1.
 */
function paternalOwner(index: NameIndex, sk: number, candidates: readonly number[]): number {
  let found = -1;
  for (const e of candidates) {
    const n = index.surnameRuns.lengths[e];
    if (n < 2 || !inSpanishSpeakingCountry(index, e)) return -1;
    const first = runStart(index.surnameRuns, e);
    if (index.surnames[first] !== sk) continue;
    if (found >= 0) return -1;
    found = e;
  }
  return found;
}

let spanishSpeaking: Set<number> | undefined;

function inSpanishSpeakingCountry(index: NameIndex, e: number): boolean {
  spanishSpeaking ??= new Set(SPANISH_SPEAKING.map(countryIndex).filter((k) => k >= 0));
  return names.entityHasCountryIn(index, e, spanishSpeaking);
}

/**
 * Whether a relative of the story's person named once, alone and not in a list of relatives (noteOtherNames), stands
 * in the sentence before surname token i or in its own: there the surname alone may be the relative ("Nicolás Maduro
 * Moros met his cousin Pedro Maduro. Maduro spoke."); further on the story is back to its person.
 */
function nearOwnRelative(s: ScanState, i: number, sk: number): boolean {
  const relatives = s.context.ownRelatives?.get(sk);
  if (!relatives) return false;
  const { starts, ends } = s.tokens;
  const b = s.block;
  for (const r of relatives) {
    const at = r.at - s.offset;
    if (r.group || at >= i) continue;
    let found = 0;
    if (at >= b.first) found = sentenceEnds(b.text, ends[at], starts[i]);
    else {
      // The block before this one, of this batch (an earlier one lies a paragraph or more back): its sentence ends
      // after the name, and its break ends one where it has no stop of its own.
      const k = s.blocks.indexOf(b);
      const prev = k > 0 ? s.blocks[k - 1] : undefined;
      if (!prev || at < prev.first) continue;
      found = Math.max(1, sentenceEnds(prev.text, ends[at], prev.text.length)) + sentenceEnds(b.text, 0, starts[i]);
    }
    if (found < 2) return true;
  }
  return false;
}

/** How many stops (. ! ? or a line break) text from..to holds, up to 2. */
function sentenceEnds(text: string, from: number, to: number): number {
  let n = 0;
  for (let c = from; c < to && n < 2; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 46 || ch === 33 || ch === 63 || ch === 10) n++;
  }
  return n;
}

/**
 * The one person among `candidates` (named in full on the page) whose listed role, or a title the page wrote before
 * the full name (`pageTitles`, when given), the title right before token i fits ("General Soleimani": Brigadier
 * General), or -1. A head of state's title is left out: the famous namesake on
 * no list is as often the president ("President Ortega" beside a listed son whose role is a presidential adviser's).
 */
function titledOwner(s: ScanState, i: number, candidates: readonly number[], pageTitles: Map<number, number> | null = null): number {
  const titles = titleBefore(s, i) & ~HEAD_TITLES;
  if (titles === 0) return -1;
  const roles = s.index.entityRoles;
  let found = -1;
  for (const e of candidates) {
    if (!((roles[e] | (pageTitles?.get(e) ?? 0)) & titles)) continue;
    if (found >= 0) return -1;
    found = e;
  }
  return found;
}

/**
 * The one owner of surname sk (tokens ..j) whose own given name token `given` is, or -1: no other name word before
 * it, and none other of the owners may carry that given name.
 */
function ownerByGivenName(s: ScanState, given: number, j: number, sk: number, owners: readonly number[], own: typeof isOwnGivenName): number {
  const g = s.skels[given];
  // The pair stands alone: "Mohammad Reza Heidari" is a longer name, someone else's.
  if (given > s.block.first && s.tokens.flags[given] & JOINED && isNameWord(s, given - 1)) return -1;
  let found = -1;
  for (const e of owners) {
    if (!own(s.index, e, sk, g) || (j > given + 1 && !hasSurname(s.index, e, s.skels[j]))) continue;
    if (found >= 0) return -1;
    found = e;
  }
  return found;
}

/**
 * "Rodríguez López-Calleja" after "Luis Alberto Rodríguez López-Calleja": surnames that are also the words of a
 * firm's name (RODRIGUEZ LOPEZ, S.A. DE C.V.) name the person the page named in full before, when they link back
 * to that person at least as far as the firm's words go. The back-reference, or undefined for the firm.
 */
export function backReferenceOverFirm(s: ScanState, span: Span): [Mention, number] | undefined {
  const index = s.index;
  if (s.context.surnames.size === 0 || span.outputs.some((v) => entityKind(index, v & ENTITY_MASK) === 'person')) return undefined;
  const ref = backReference(s, span.start);
  return ref && ref[1] >= span.end ? ref : undefined;
}

/**
 * Whether token i, a capitalised word outside any mention, may be a listed person's surname or nickname in a
 * headline or a caption (a short block): only there does a story name someone before introducing them.
 */
export function mayNameLater(s: ScanState, i: number, pending: readonly number[]): boolean {
  // The paragraph after the headline only (repeatsHeadlineWord), asked by the block's identity before any table. Only
  // in the page's first batch (no token of the page read before it, s.offset 0): in the browser a later batch starts
  // mid-page, and its first block is a paragraph like any other, not a headline.
  if (s.block.last - s.block.first > HEADLINE_WORDS && !inShortFirstLine(s, i, HEADLINE_WORDS)) return pending.length > 0 && s.block === s.blocks[1] && s.offset === 0 && repeatsHeadlineWord(s, s.skels[i], pending);
  const sk = s.skels[i];
  // Or a body's acronym in Cyrillic capitals ("... Минобороны и СВР"), which headlineBrand may link.
  return (sk >= 0 && (s.index.skelFlags[sk] & SKEL_PERSON_PART) !== 0) || s.tokens.lengths[i] >= 4 || (s.tokens.flags[i] & (CYRILLIC | ALL_UPPER)) === (CYRILLIC | ALL_UPPER);
}

const HEADLINE_WORDS = 30;

/**
 * Whether token i, an Arabic word of a headline or a caption (a short block), may be a family name alone that the
 * text after it names in full ("... ونجل الرئيس الأسد", then "بشار الأسد"): Arabic has no capitals to tell it, so
 * every such word of four letters or more waits, and forwardReferences asks mayBeArabicSurname of it once the batch
 * has named its people (the article's word read loosely only as the text then writes it in the name).
 */
export function mayNameLaterInArabic(s: ScanState, i: number): boolean {
  // Asked of every Arabic word outside a name: the title word right before it first, one read of the index.
  const b = s.block;
  const before = i > b.first ? s.tokens.ids[i - 1] : -1;
  if (before < 0 || s.index.tokenTitle[before] === 0 || s.tokens.lengths[i] < 4 || !isArabicUnit(b.text.charCodeAt(s.tokens.starts[i]))) return false;
  return b.last - b.first <= HEADLINE_WORDS || inShortFirstLine(s, i, HEADLINE_WORDS);
}

/**
 * Whether the forward link `ref` of Arabic token i names a person whose listed role the title right before i fits
 * ("الرئيس الأسد", then "بشار الأسد": President of the Syrian Arab Republic). Without capitals a family name alone
 * before the full name is as often the family's famous head on no list, or one the text never names in full, as the
 * relative it does name ("عقوبات ضد القذافي", then only "سيف الإسلام القذافي"; "نظام الأسد", then "أسماء الأسد").
 */
function titledArabicForward(s: ScanState, i: number, ref: Mention): boolean {
  const titles = titleBefore(s, i);
  const owners = titles === 0 ? undefined : s.context.surnames.get(s.skels[i]);
  return owners !== undefined && owners.some((e) => s.index.entityRoles[e] & titles && entityId(s.index, e) === ref.entityId);
}

/**
 * Whether a person's name word `sk`, in the paragraph after the headline, is one the headline used alone and that
 * waits for the full name: "Kadyrov" in the headline, "Kadyrov's own sons ..." opening the text, then "Ramzan Kadyrov". The story keeps
 * calling the same man by his surname until it names him; the link is made under the same rules as the headline's.
 */
function repeatsHeadlineWord(s: ScanState, sk: number, pending: readonly number[]): boolean {
  // Asked only in the batch's second block (mayNameLater), of a word of the first, its headline: further down, a
  // surname the page repeats alone is as often a family's other members (an obituary's Garcias).
  if (sk < 0 || !(s.index.skelFlags[sk] & SKEL_PERSON_PART)) return false;
  const headline = s.blocks[0];
  for (const p of pending) if (p < headline.last && s.skels[p] === sk) return true;
  return false;
}

/**
 * A surname or a nickname alone before the full name ("Maduro" or "El Mencho" in a headline, "Деркача" in a
 * caption, then "Nicolás Maduro" in the text): once the batch is read, each such word (page-wide token numbers, in order) links to the person named in
 * full after it, under the rules of a surname alone after the full name. Adds the mentions to their blocks' lists.
 */
export function forwardReferences(s: ScanState, pending: readonly number[], found: Mention[][]): void {
  if (s.context.surnames.size === 0 && s.context.distinctive.size === 0) return;
  let k = 0;
  s.blocks.forEach((b, n) => {
    s.block = b;
    const added: Mention[] = [];
    for (; k < pending.length && pending[k] < b.last; k++) {
      const ref = (s.context.surnames.size > 0 ? (backReference(s, pending[k]) ?? nicknameAt(s, pending[k])) : undefined) ?? headlineBrand(s, pending[k]);
      if (ref && (!(s.tokens.flags[pending[k]] & CASELESS) || titledArabicForward(s, pending[k], ref[0]))) added.push(ref[0]);
    }
    if (added.length > 0) found[n] = [...found[n], ...added].sort((x, y) => x.start - y.start);
  });
}

const EARLIER_FULL_NAME: readonly MatchReason[] = ['earlier-full-name'];
const EARLIER_FULL_NAME_AND_TITLE: readonly MatchReason[] = ['earlier-full-name', 'title'];

/**
 * A firm's brand in a headline ("U.S. Extends Deadline for Deripaska to Divest From Rusal, En+") that the page names
 * in full after it ("United Company Rusal Plc"): a headline in title case puts a capital beside every word, so the
 * brand's own test (precision.ts: mid-sentence, no capitalised neighbour) cannot pass there. The one firm whose brand
 * the word is and whose name the page gives in a distinctive form.
 */
function headlineBrand(s: ScanState, i: number): [Mention, number] | undefined {
  const index = s.index;
  const sk = s.skels[i];
  const flags = s.tokens.flags[i];
  // Or a body's weak acronym in Cyrillic capitals ("США ввели ограничения против ... Минобороны и СВР") that the text
  // after it names the body by with the acronym's evidence (cyrillic-acronyms.ts): a headline gives it none of its own.
  const acronym = (flags & (CYRILLIC | ALL_UPPER)) === (CYRILLIC | ALL_UPPER) && s.tokens.lengths[i] >= 3;
  if (sk < 0 || (flags & (CAPITALIZED | CASELESS)) !== CAPITALIZED || (s.tokens.lengths[i] < 5 && !acronym)) return undefined;
  const state = index.rootChild[sk];
  if (state < 0) return undefined;
  let e = -1;
  const first = runStart(index.outRuns, state);
  for (let o = first; o < first + index.outRuns.lengths[state]; o++) {
    const v = index.outputs[o];
    const x = v & ENTITY_MASK;
    if (!(v & (acronym ? OUT_NO_LEGAL_FORM | OUT_CYRILLIC_ACRONYM : OUT_NO_LEGAL_FORM)) || v & OUT_SHARED_BRAND || entityKind(index, x) === 'person' || !s.context.distinctive.has(x)) continue;
    if (e >= 0 && e !== x) return undefined;
    e = x;
  }
  if (e < 0) return undefined;
  return [mentionOf(s.block.text, s.tokens.starts[i], s.tokens.ends[i], entityId(index, e), entityStatusOf(index, e), [], { reasons: FULLER_NAME }), i];
}

const FULLER_NAME: readonly MatchReason[] = ['fuller-name'];

function hasSurname(index: NameIndex, e: number, sk: number): boolean {
  const first = runStart(index.surnameRuns, e);
  for (let k = first; k < first + index.surnameRuns.lengths[e]; k++) if (index.surnames[k] === sk) return true;
  return false;
}

/**
 * Notes, before the batch's mentions are resolved, every listed person's name word that follows another name word
 * outside the names found ("Daniel Ortega", a person on no list), with the skeleton of the word before (-1: none).
 * A surname alone ("Ortega said") that such a person also carries, before or after it on the page, links no listed
 * relative ("Laureano Ortega Murillo") for certain (backReference).
 */
export function noteOtherNames(s: ScanState): void {
  const { index, skels } = s;
  const flags = s.tokens.flags;
  const others = s.context.otherNames;
  for (const b of s.blocks) {
    s.block = b;
    let next = 0;
    for (let i = b.first + 1; i < b.last; i++) {
      if ((flags[i] & (CAPITALIZED | CASELESS | JOINED)) !== (CAPITALIZED | JOINED) || skels[i] < 0) continue;
      // Inside a name found before the index's table is read: most capitalised words of a page are in one, and the
      // table, read at random, is mostly out of the cache.
      while (next < b.spans.length && b.spans[next].end < i) next++;
      if ((next < b.spans.length && b.spans[next].start <= i) || !(index.skelFlags[skels[i]] & SKEL_PERSON_PART)) continue;
      const given = otherNameBefore(s, i);
      if (given < 0) continue;
      // "Su padre, Adrián Cabello": named once, in passing, a relative of the person the story is about, who keeps the
      // surname alone (but right after it: nearOwnRelative). Named again ("His son Omar bin Laden paints; Omar Bin
      // Laden lives in France"), the relative is a person of the story in their own right, and the surname alone is
      // unclear (noted as any other name below).
      const kin = namedAsOwnRelative(s, i);
      if (kin !== 'none') {
        const own = (s.context.ownRelatives ??= new Map<number, OwnRelative[]>());
        const list = own.get(skels[i]) ?? [];
        if (!hasRelativeGiven(list, skels[given])) {
          list.push({ given: skels[given], at: s.offset + i, group: kin === 'group' });
          own.set(skels[i], list);
          continue;
        }
      }
      if (namedAsRelative(s, i)) {
        const relatives = (s.context.relatives ??= new Map());
        if (!relatives.has(skels[i])) relatives.set(skels[i], s.offset + i);
        continue;
      }
      const list = others.get(skels[i]) ?? [];
      list.push(skels[given]);
      others.set(skels[i], list);
    }
  }
}

/**
 * Whether `list` holds a relative with given name g. A function of its own, not a closure in noteOtherNames' loop: a
 * closure over the loop's `given` made V8 allocate that scope on every token of the page (a third of a Latin scan's
 * allocation).
 */
function hasRelativeGiven(list: readonly OwnRelative[], g: number): boolean {
  for (const r of list) if (r.given === g) return true;
  return false;
}

/**
 * The name word right before surname token i that makes it someone's fuller name, or -1: "Juan" of "Juan Maduro", and
 * "Omar" of "Omar bin Laden" or "Rami al-Assad", whose particle stands between (a listed father's "Osama bin Laden" is
 * one name the trie found, so a particle after a name word outside one is another person's).
 */
function otherNameBefore(s: ScanState, i: number): number {
  const b = s.block;
  const flags = s.tokens.flags;
  if (i <= b.first || !(flags[i] & JOINED)) return -1;
  if (isNameWord(s, i - 1)) return verbBeforeSurname(s, i - 1) ? -1 : i - 1;
  // "Leopoldo Cintra Frías": a capitalised word the lists lack, between a name word and the surname, is another
  // person's first surname (Spanish names carry two), and "Cintra Frías" at a sentence's start later is that person too.
  if ((flags[i - 1] & (CAPITALIZED | CASELESS | JOINED)) === (CAPITALIZED | JOINED) && s.skels[i - 1] < 0 && i - 2 >= b.first && isNameWord(s, i - 2)) return i - 1;
  if (!(i - 1 > b.first && flags[i - 1] & JOINED && isParticleToken(s, i - 1))) return -1;
  if (isNameWord(s, i - 2)) return i - 2;
  // "Yeslam bin Ladin": before "son of" any capitalised word inside a sentence is a given name, one the lists lack too.
  return unlistedGivenName(s, i - 2) && SON_OF.has(wordAt(s, i - 1)) ? i - 2 : -1;
}

/** The particles that say "son of", "daughter of": the word before them is a person's own given name. */
const SON_OF = new Set(['bin', 'ibn', 'bint', 'ben']);

/** Whether token k is a capitalised word inside a sentence (no title, no word the lexicon says is none's given name). */
function unlistedGivenName(s: ScanState, k: number): boolean {
  const { flags, ids, starts, ends } = s.tokens;
  if ((flags[k] & (CAPITALIZED | CASELESS)) !== CAPITALIZED || k <= s.block.first || s.tokens.lengths[k] < 3) return false;
  const id = ids[k];
  if (id >= 0 && (s.index.tokenTitle[id] || s.index.tokenInfo[id] & WORD_NOT_GIVEN)) return false;
  const text = s.block.text;
  for (let c = starts[k] - 1; c >= ends[k - 1]; c--) {
    const ch = text.charCodeAt(c);
    // . ! ? : a line break or an opening quote: the word begins a sentence, where any word has a capital.
    if (ch === 46 || ch === 33 || ch === 63 || ch === 58 || ch === 10 || ch === 34 || ch === 0x201c || ch === 0xab) return false;
  }
  return true;
}
