// Finding mentions of listed names in a page's text: one pass over each block's tokens walks the name
// trie from every capitalised token, so the cost grows with the text, not with the dataset. A page's blocks
// are scanned together (scanPage) so that a surname alone can point back to a fuller name, and so that the
// countries and the kind of story on the page can rank candidates and vouch for common names.
import * as lexicon from '../names/lexicon';
import * as normalize from '../names/normalize';
import { isCommonNamePart } from '../names/frequency';
import { skeleton } from '../names/transliterate';
import { legalFormAt } from '../names/variants';
import * as context from './context';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { rankCandidates } from './rank';
import { runStart } from './runs';

// Module-local copies of what the per-token loops read: some loaders (tsx, CommonJS interop) read imported
// bindings through getters.
const { lexText, lexiconId, lookupRange, needsSkeletonRange, PageTokens } = lexicon;
const { ALL_UPPER, CAPITALIZED, CASELESS, JOINED, foldWord } = normalize;
const { HEAD_TITLES, WORD_COUNTRY, WORD_LEGAL, WORD_NOT_GIVEN, WORD_PARTICLE, WORD_SANCTIONS, WORD_SPORTS, WORD_VESSEL_CUE, countryAt, countryIndex } = context;
const { ENTITY_MASK, OUT_ALIAS, OUT_MISSING_SHIFT, OUT_NO_LEGAL_FORM, SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_ORG_ONLY, SKEL_PARTICLE, SKEL_PERSON_PART, entityId, entityKind, entityStatusOf } = names;
type PageTokens = lexicon.PageTokens;

export { buildNameIndex, nameIndexSteps } from './build-name-index';
export { indexBytes, isNameIndex, type NameIndex } from './name-index';

import type { Mention, MentionStatus } from './mention';
export type { Mention, MentionStatus } from './mention';

/**
 * What a page has said so far. Keep one per page (tab and URL) and pass it to every scan of that page's
 * text, so that batches scanned later still see the names and countries of earlier ones.
 */
export interface PageContext {
  countries: Set<number>;
  sanctionsWords: number;
  sportsWords: number;
  /** Entities named in a distinctive form (not only by common name parts). */
  distinctive: Set<number>;
  /** Surname skeleton to the entities named in full earlier on the page, in the order first named. */
  surnames: Map<number, number[]>;
  /** Surnames that an unlisted person on the page also carries ("Juan Maduro"). */
  clashes: Set<number>;
  /** The status each named entity got, for its surname alone later. */
  resolved: Map<number, MentionStatus>;
  /** How often each person was named in full, for choosing among people who share a surname. */
  named: Map<number, number>;
  /** Page-wide token numbers of sanctions-story words, and the page's token count so far. */
  sanctionsAt: number[];
  tokens: number;
  /** The index the entity numbers above belong to; a scan with another index starts the context afresh. */
  index: NameIndex | null;
}

export function createPageContext(): PageContext {
  return { countries: new Set(), sanctionsWords: 0, sportsWords: 0, distinctive: new Set(), surnames: new Map(), clashes: new Set(), resolved: new Map(), named: new Map(), sanctionsAt: [], tokens: 0, index: null };
}

interface Span {
  start: number;
  end: number; // inclusive token number
  outputs: number[];
  /** Every word of the name is common. */
  commonNames: boolean;
  /** Two words, or a shortened form of the listed name. */
  brief: boolean;
  /** Some word of the name is common. */
  anyCommon: boolean;
  /** Weak whoever it names: such a span vouches for no one as a fuller name on the page. */
  common: boolean;
}

interface Block {
  text: string;
  /** Token numbers first .. last-1 of the page's tokens. */
  first: number;
  last: number;
  spans: Span[];
}

/** A page's tokens and what the index says of each: its skeleton (-1: none) and whether it is spelled as listed. */
interface Page {
  tokens: PageTokens;
  skels: Int32Array;
  exact: Uint8Array;
  /** Page-wide number of token 0 (earlier batches of the same page came first). */
  offset: number;
}

function step(index: NameIndex, state: number, skel: number): number {
  if (state === 0) return index.rootChild[skel];
  let lo = index.firstChild[state];
  let hi = index.firstChild[state + 1] - 1;
  const edges = index.edgeSkel;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = edges[mid];
    if (v === skel) return mid;
    if (v < skel) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The folded word of token i, made only where a rule needs the string. */
function wordAt(b: Block, p: Page, i: number): string {
  return foldWord(b.text.slice(p.tokens.starts[i], p.tokens.ends[i]));
}

// One token buffer for all scans: a scan runs to its end before the next starts, and nothing keeps it after.
const scratch = new PageTokens();
let scratchSkels = new Int32Array(1024);
let scratchExact = new Uint8Array(1024);

function lexBlocks(index: NameIndex, texts: readonly string[], ctx: PageContext): { page: Page; blocks: Block[] } {
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
  }
  const skels = scratchSkels;
  const exact = scratchExact;
  const page: Page = { tokens, skels, exact, offset: ctx.tokens };
  ctx.tokens += n;
  const { ids, flags, lengths } = tokens;
  const { tokenSkel, tokenInfo, tokenCountry } = index;
  for (const b of blocks) {
    for (let i = b.first; i < b.last; i++) {
      const id = ids[i];
      if (id >= 0) {
        const skel = tokenSkel[id];
        skels[i] = skel;
        exact[i] = skel >= 0 ? 1 : 0;
        const country = tokenCountry[id];
        if (country && flags[i] & CAPITALIZED) ctx.countries.add(country - 1);
        const info = tokenInfo[id];
        if (info === 0) continue;
        if (info & WORD_SANCTIONS) {
          ctx.sanctionsWords++;
          ctx.sanctionsAt.push(page.offset + i);
        } else if (info & WORD_SPORTS) ctx.sportsWords++;
        // The first word of a country named in several words ("United States"): only before another capital.
        if (info & WORD_COUNTRY && flags[i] & CAPITALIZED && i + 1 < b.last && (flags[i + 1] & (JOINED | CAPITALIZED)) === (JOINED | CAPITALIZED)) {
          const words: string[] = [];
          for (let k = i; k < Math.min(b.last, i + 4); k++) words.push(wordAt(b, page, k));
          const c = countryAt(words, 0, words.length);
          if (c) ctx.countries.add(countryIndex(c.code));
        }
      } else {
        exact[i] = 0;
        // Only a capitalised word can be part of a name: only then is a respelling looked for. Most words are
        // their own skeleton, found by the hash the lexer already made.
        if (!(flags[i] & CAPITALIZED) || lengths[i] < 3) skels[i] = -1;
        else if (!needsSkeletonRange(b.text, tokens.starts[i], tokens.ends[i])) skels[i] = lookupRange(index.skeletons, tokens.hashes[i], b.text, tokens.starts[i], tokens.ends[i], lengths[i]);
        else skels[i] = lexiconId(index.skeletons, skeleton(wordAt(b, page, i)));
      }
    }
  }
  return { page, blocks };
}

/** A capital letter with a dot: a middle initial ("Nicolás M. Maduro"). */
function isInitial(b: Block, p: Page, i: number): boolean {
  return p.tokens.lengths[i] === 1 && (p.tokens.flags[i] & (CAPITALIZED | CASELESS)) === CAPITALIZED && b.text.charCodeAt(p.tokens.ends[i]) === 46;
}

function isParticleToken(index: NameIndex, p: Page, i: number): boolean {
  const id = p.tokens.ids[i];
  return id >= 0 && (index.tokenInfo[id] & WORD_PARTICLE) !== 0;
}

/** Facts about tokens start..end that the acceptance rules read. */
interface SpanShape {
  words: number;
  capitalized: boolean;
  upper: boolean;
  fuzzy: boolean;
  fuzzyShort: boolean;
  commonWords: boolean;
  commonNames: boolean;
  anyCommon: boolean;
  first: number;
}

function shapeOf(index: NameIndex, b: Block, p: Page, start: number, end: number): SpanShape {
  const { flags, lengths } = p.tokens;
  const shape: SpanShape = { words: 0, capitalized: true, upper: true, fuzzy: false, fuzzyShort: false, commonWords: true, commonNames: true, anyCommon: false, first: -1 };
  for (let i = start; i <= end; i++) {
    const s = p.skels[i];
    const sf = s >= 0 ? index.skelFlags[s] : 0;
    if (sf & SKEL_PARTICLE || (s < 0 && isParticleToken(index, p, i)) || (i > start && i < end && isInitial(b, p, i))) continue;
    if (shape.first < 0) shape.first = i;
    shape.words++;
    if (!(flags[i] & CAPITALIZED)) shape.capitalized = false;
    if (!(flags[i] & (ALL_UPPER | CASELESS))) shape.upper = false;
    if (!p.exact[i]) {
      shape.fuzzy = true;
      if (lengths[i] < 4) shape.fuzzyShort = true;
    }
    if (!(sf & SKEL_COMMON_WORD)) shape.commonWords = false;
    if (!(sf & SKEL_COMMON_NAME)) shape.commonNames = false;
    else shape.anyCommon = true;
  }
  return shape;
}

function precededByCue(index: NameIndex, b: Block, p: Page, start: number): boolean {
  for (let i = Math.max(b.first, start - 2); i < start; i++) {
    const id = p.tokens.ids[i];
    if (id >= 0 && index.tokenInfo[id] & WORD_VESSEL_CUE) return true;
  }
  return false;
}

/**
 * Whether a span may name an entity of this kind. Persons: two or more name words, each capitalised, spelled
 * as listed or as a transliteration of at least four letters. Organizations: several capitalised words, or
 * one word that is an acronym in capitals or a rare name that only organizations carry. Vessels and aircraft:
 * the whole name only, and a one-word or everyday-word name only after "tanker", "vessel" and the like.
 */
function accepts(index: NameIndex, ctx: PageContext, b: Block, p: Page, start: number, end: number, shape: SpanShape, output: number): boolean {
  const e = output & ENTITY_MASK;
  const kind = entityKind(index, e);
  const missing = (output >>> OUT_MISSING_SHIFT) & 7;
  if (shape.words === 0) return false;
  if (kind === 'person') {
    return shape.words >= 2 && shape.capitalized && !shape.commonWords && !shape.fuzzyShort;
  }
  if (shape.fuzzy) return false;
  if (kind === 'vessel' || kind === 'aircraft') {
    if (missing > 0 || !shape.capitalized) return false;
    if (shape.words === 1 || shape.commonWords) return precededByCue(index, b, p, start);
    return true;
  }
  const { flags, lengths } = p.tokens;
  if (shape.words === 1) {
    const i = shape.first;
    const sf = index.skelFlags[p.skels[i]];
    if (sf & (SKEL_COMMON_WORD | SKEL_COUNTRY)) return false;
    // An acronym (PDVSA, IRGC) stands out from words in lower case; in a headline set in capitals it is not
    // told apart from the words around it.
    if (flags[i] & ALL_UPPER && !(flags[i] & CASELESS)) {
      if (lengths[i] < 3 || inCapitals(b, p, i)) return false;
      // Three letters name many things (RGB is a colour model before it is North Korea's intelligence bureau):
      // only on a page that names the organization's country or tells a sanctions story nearby.
      return lengths[i] > 3 || hasCountryOnPage(index, ctx, e) || sanctionsNear(ctx, p, start, end);
    }
    // One rare word that only organizations carry, as the organization's own primary name (HIZBALLAH); an
    // alias of one word ("CLEOPATRA'S" of a Honduran firm) is too often something else.
    return (flags[i] & CAPITALIZED) !== 0 && lengths[i] >= 6 && (sf & SKEL_ORG_ONLY) !== 0 && !(sf & SKEL_COMMON_NAME) && !(output & OUT_ALIAS) && !isRunOn(index, b, p, start, end);
  }
  // Several words: the first and the last capitalised (connectors between may be lower case).
  if (!(flags[start] & CAPITALIZED) || !(flags[end] & CAPITALIZED)) return false;
  if (shape.commonWords) return shape.capitalized;
  // Two words left of a firm's name without its legal form read like anything, a person's name included
  // ("Thinh Cuong" of THINH CUONG CO LTD): only with a legal form after them in the text, the firm's country
  // on the page, or a sanctions story nearby.
  if (output & OUT_NO_LEGAL_FORM && shape.words < 3) {
    return legalFormAfter(index, b, p, end + 1) > 0 || hasCountryOnPage(index, ctx, e) || sanctionsNear(ctx, p, start, end);
  }
  return true;
}

/** Whether the words start..end run on into, or follow, another capitalised name word. */
function isRunOn(index: NameIndex, b: Block, p: Page, start: number, end: number): boolean {
  const flags = p.tokens.flags;
  return (start > b.first && (flags[start] & JOINED) !== 0 && isNameWord(index, b, p, start - 1)) || (end + 1 < b.last && (flags[end + 1] & JOINED) !== 0 && (flags[end + 1] & CAPITALIZED) !== 0);
}

/** Whether the words on both sides of token i are in capitals too (a headline or a menu set in capitals). */
function inCapitals(b: Block, p: Page, i: number): boolean {
  const { flags, lengths } = p.tokens;
  const upper = (k: number) => k >= b.first && k < b.last && lengths[k] > 1 && (flags[k] & (ALL_UPPER | CASELESS)) === ALL_UPPER;
  return (upper(i - 1) || i === b.first) && (upper(i + 1) || i === b.last - 1) && (upper(i - 1) || upper(i + 1));
}

/** "Rosneft Trading SA": a legal form the list writes otherwise still belongs to the highlighted name. */
function legalFormAfter(index: NameIndex, b: Block, p: Page, from: number): number {
  const { flags, ids } = p.tokens;
  if (from >= b.last || !(flags[from] & JOINED) || ids[from] < 0 || !(index.tokenInfo[ids[from]] & WORD_LEGAL)) return 0;
  const words: string[] = [];
  for (let k = from; k < Math.min(b.last, from + 5) && (k === from || flags[k] & JOINED); k++) words.push(wordAt(b, p, k));
  return legalFormAt(words, 0, words.length);
}

function hasCountryOnPage(index: NameIndex, ctx: PageContext, e: number): boolean {
  const start = runStart(index.countryRuns, e);
  for (let k = start; k < start + index.countryRuns.lengths[e]; k++) if (ctx.countries.has(index.countries[k])) return true;
  return false;
}

/** Sanctions-story words within about a paragraph (60 words) either side, across block boundaries. */
function sanctionsNear(ctx: PageContext, p: Page, start: number, end: number): boolean {
  const from = p.offset + start - 60;
  const to = p.offset + end + 60;
  return ctx.sanctionsAt.some((x) => x >= from && x <= to);
}

/** Whether tokens start..end use one of the person's surnames that is a common one (Flores, Ahmad). */
function commonSurnameIn(index: NameIndex, p: Page, start: number, end: number, e: number): boolean {
  if (entityKind(index, e) !== 'person') return false;
  const first = runStart(index.surnameRuns, e);
  for (let k = first; k < first + index.surnameRuns.lengths[e]; k++) {
    const s = index.surnames[k];
    if (!(index.skelFlags[s] & SKEL_COMMON_NAME)) continue;
    for (let i = start; i <= end; i++) if (p.skels[i] === s) return true;
  }
  return false;
}

function findSpans(index: NameIndex, ctx: PageContext, b: Block, p: Page): void {
  const { flags } = p.tokens;
  const { outRuns, outputs, rootChild } = index;
  const skels = p.skels;
  const count = b.last;
  let i = b.first;
  while (i < count) {
    const s0 = skels[i];
    if (s0 < 0 || rootChild[s0] < 0 || !(flags[i] & CAPITALIZED)) {
      i++;
      continue;
    }
    let state = 0;
    let bestEnd = -1;
    let bestOutputs: number[] = [];
    let bestShape: SpanShape | undefined;
    for (let j = i; j < count; j++) {
      if (j > i && !(flags[j] & JOINED)) break;
      const s = skels[j];
      const next = s >= 0 ? step(index, state, s) : -1;
      if (next < 0) {
        // "Bashar al-Assad" for a list that writes "ASSAD, Bashar", and "Nicolás M. Maduro": a particle or a
        // middle initial may be skipped.
        if (j > i && (isParticleToken(index, p, j) || isInitial(b, p, j)) && j + 1 < count && flags[j + 1] & JOINED) continue;
        break;
      }
      state = next;
      const outCount = outRuns.lengths[state];
      if (outCount === 0) continue;
      const a = runStart(outRuns, state);
      const z = a + outCount;
      const shape = shapeOf(index, b, p, i, j);
      const ok: number[] = [];
      // "Calixto Ortega Sánchez" is not the listed Calixto Ortega Ríos: a person's name that runs on into
      // another name word is someone else's fuller name.
      const runsOn = (i > b.first && flags[i] & JOINED && isNameWord(index, b, p, i - 1)) || (j + 1 < count && flags[j + 1] & JOINED && isNameWord(index, b, p, j + 1));
      for (let o = a; o < z; o++) {
        const v = outputs[o];
        if (runsOn && entityKind(index, v & ENTITY_MASK) === 'person') continue;
        if (accepts(index, ctx, b, p, i, j, shape, v)) ok.push(v);
      }
      if (ok.length) {
        bestEnd = j;
        bestOutputs = ok;
        bestShape = shape;
      }
    }
    if (bestEnd >= 0 && bestShape) {
      if (bestOutputs.some((v) => entityKind(index, v & ENTITY_MASK) !== 'person')) bestEnd += legalFormAfter(index, b, p, bestEnd + 1);
      const brief = bestShape.words <= 2 || bestOutputs.every((v) => (v >>> OUT_MISSING_SHIFT) & 7);
      b.spans.push({ start: i, end: bestEnd, outputs: bestOutputs, commonNames: bestShape.commonNames, brief, anyCommon: bestShape.anyCommon, common: bestShape.commonNames || (brief && bestShape.anyCommon) });
      i = bestEnd + 1;
    } else i++;
  }
}

function titlesAround(index: NameIndex, b: Block, p: Page, start: number, end: number): number {
  let bits = 0;
  const ids = p.tokens.ids;
  for (let i = Math.max(b.first, start - 4); i < start; i++) if (ids[i] >= 0) bits |= index.tokenTitle[ids[i]];
  for (let i = end + 1; i < Math.min(b.last, end + 5); i++) if (ids[i] >= 0) bits |= index.tokenTitle[ids[i]];
  return bits;
}

function sportsPage(ctx: PageContext): boolean {
  return ctx.sportsWords >= 3 && ctx.sportsWords >= 2 * ctx.sanctionsWords;
}

/** Remembers a person named on the page, by the surnames the text used ("Cilia Flores" registers Flores only). */
function register(index: NameIndex, ctx: PageContext, e: number, status: MentionStatus, p: Page, span: Span): void {
  ctx.resolved.set(e, status);
  ctx.named.set(e, (ctx.named.get(e) ?? 0) + 1);
  const first = runStart(index.surnameRuns, e);
  for (let k = first; k < first + index.surnameRuns.lengths[e]; k++) {
    const s = index.surnames[k];
    let used = false;
    for (let i = span.start; i <= span.end && !used; i++) used = p.skels[i] === s;
    if (!used) continue;
    const list = ctx.surnames.get(s) ?? [];
    if (!list.includes(e)) list.push(e);
    ctx.surnames.set(s, list);
  }
}

function resolveSpan(index: NameIndex, ctx: PageContext, b: Block, p: Page, span: Span): Mention {
  const titles = titlesAround(index, b, p, span.start, span.end);
  const ranked = rankCandidates(index, span.outputs, { titles, countries: ctx.countries, distinctive: ctx.distinctive });
  const best = ranked[0];
  let status: MentionStatus = entityStatusOf(index, best.entity);
  let possibleBecause: Mention['possibleBecause'];
  // A brief name with a common surname ("Cilia Flores", "Najib Ahmad"), or with a common given name unless it
  // names a head of state ("Manuel Bernal" is many people; "Nicolás Maduro" mostly one), is a common name.
  const weak =
    span.commonNames ||
    (span.brief && (commonSurnameIn(index, p, span.start, span.end, best.entity) || (span.anyCommon && !(index.entityRoles[best.entity] & HEAD_TITLES))));
  if (entityKind(index, best.entity) === 'person' && weak && status !== 'not-sanctioned') {
    const sports = sportsPage(ctx);
    const near = sanctionsNear(ctx, p, span.start, span.end);
    const evidence =
      ctx.distinctive.has(best.entity) ||
      (!sports && best.roleMatch) ||
      (!sports && near) ||
      (!sports && best.countryMatch && ctx.sanctionsWords >= 2);
    if (!evidence) {
      status = 'possible';
      possibleBecause = 'common-name';
    }
  }
  if (entityKind(index, best.entity) === 'person') register(index, ctx, best.entity, status, p, span);
  const start = p.tokens.starts[span.start];
  const end = p.tokens.ends[span.end];
  const mention: Mention = { text: b.text.slice(start, end), start, end, entityId: entityId(index, best.entity), status, alternatives: ranked.slice(1, 6).map((r) => entityId(index, r.entity)) };
  if (possibleBecause) mention.possibleBecause = possibleBecause;
  return mention;
}

/** A capitalised word that could be another person's given name or surname. */
function isNameWord(index: NameIndex, b: Block, p: Page, i: number): boolean {
  const f = p.tokens.flags[i];
  if (!(f & CAPITALIZED) || f & CASELESS) return false;
  const id = p.tokens.ids[i];
  const info = id >= 0 ? index.tokenInfo[id] : 0;
  if ((id >= 0 && index.tokenTitle[id]) || info & (WORD_NOT_GIVEN | WORD_PARTICLE)) return false;
  const s = p.skels[i];
  // Known from some listed person's name, or a common given name: "Pedro", not "Later".
  if (s < 0) return isCommonNamePart(wordAt(b, p, i));
  const sf = index.skelFlags[s];
  return (sf & (SKEL_PERSON_PART | SKEL_COMMON_NAME)) !== 0 && !(sf & (SKEL_COMMON_WORD | SKEL_COUNTRY));
}

/**
 * A surname alone ("Maduro", "Cristopher Figuera") after the fuller name of a listed person on the same page.
 * Returns the mention and the last token it covers, or undefined when the word is no back-reference.
 */
function backReference(index: NameIndex, ctx: PageContext, b: Block, p: Page, i: number): [Mention, number] | undefined {
  const { flags, lengths } = p.tokens;
  if ((flags[i] & (CAPITALIZED | CASELESS)) !== CAPITALIZED) return undefined;
  const s = p.skels[i];
  if (s < 0 || lengths[i] < (p.exact[i] ? 3 : 5)) return undefined;
  const owners = ctx.surnames.get(s);
  if (!owners) return undefined;
  let j = i;
  while (j + 1 < b.last && flags[j + 1] & JOINED && owners.some((e) => hasSurname(index, e, p.skels[j + 1]))) j++;
  // "Juan Maduro": another person with the same surname. Remember it, and link nothing.
  if (i > b.first && flags[i] & JOINED && isNameWord(index, b, p, i - 1)) {
    ctx.clashes.add(s);
    return undefined;
  }
  if (j + 1 < b.last && flags[j + 1] & JOINED && isNameWord(index, b, p, j + 1)) return undefined;
  // Among people sharing the surname, the one the page names most, then the one it named first.
  const candidates = owners
    .filter((e) => j === i || hasSurname(index, e, p.skels[j]))
    .map((e, order) => ({ e, order, named: ctx.named.get(e) ?? 0 }))
    .sort((x, y) => y.named - x.named || x.order - y.order)
    .map((x) => x.e);
  if (!candidates.length) return undefined;
  const best = candidates[0];
  let status = ctx.resolved.get(best) ?? entityStatusOf(index, best);
  let possibleBecause: Mention['possibleBecause'];
  if ((candidates.length > 1 || ctx.clashes.has(s)) && status !== 'not-sanctioned') {
    status = 'possible';
    possibleBecause = 'shared-surname';
  }
  const start = p.tokens.starts[i];
  const end = p.tokens.ends[j];
  const mention: Mention = { text: b.text.slice(start, end), start, end, entityId: entityId(index, best), status, alternatives: candidates.slice(1, 6).map((e) => entityId(index, e)) };
  if (possibleBecause) mention.possibleBecause = possibleBecause;
  return [mention, j];
}

function hasSurname(index: NameIndex, e: number, s: number): boolean {
  const first = runStart(index.surnameRuns, e);
  for (let k = first; k < first + index.surnameRuns.lengths[e]; k++) if (index.surnames[k] === s) return true;
  return false;
}

/**
 * Scans all text blocks of a page (in reading order) and returns each block's mentions, offsets into that
 * block. Pass the same `context` for later batches of the same page.
 */
export function scanPage(index: NameIndex, texts: readonly string[], context: PageContext = createPageContext()): Mention[][] {
  // A new dataset version mid-page: what the page said so far is kept in the old index's numbers.
  if (context.index !== index) Object.assign(context, createPageContext(), { index });
  const { page, blocks } = lexBlocks(index, texts, context);
  for (const b of blocks) {
    findSpans(index, context, b, page);
    for (const span of b.spans) {
      if (span.common) continue;
      for (const v of span.outputs) context.distinctive.add(v & ENTITY_MASK);
    }
  }
  return blocks.map((b) => {
    const mentions: Mention[] = [];
    let next = 0;
    for (let i = b.first; i < b.last; i++) {
      const span = b.spans[next];
      if (span && span.start === i) {
        mentions.push(resolveSpan(index, context, b, page, span));
        next++;
        i = span.end;
        continue;
      }
      if (context.surnames.size === 0 || (page.tokens.flags[i] & (CAPITALIZED | CASELESS)) !== CAPITALIZED) continue;
      const ref = backReference(index, context, b, page, i);
      if (ref) {
        mentions.push(ref[0]);
        i = ref[1];
      }
    }
    return mentions;
  });
}

/** Scans one block of text on its own (a page of one block). */
export function scanText(index: NameIndex, text: string, context?: PageContext): Mention[] {
  return scanPage(index, [text], context)[0];
}
