// Finding mentions of listed names in a page's text: one pass over each block's tokens walks the name
// trie from every capitalised token, so the cost grows with the text, not with the dataset. A page's blocks
// are scanned together (scanPage) so that a surname alone can point back to a fuller name, and so that the
// countries and the kind of story on the page can rank candidates and vouch for common names.
import { ALL_UPPER, CAPITALIZED, CASELESS, JOINED, TokenBuffer, tokenizeInto } from '../names/normalize';
import { isCommonNamePart } from '../names/frequency';
import { isParticle, skeleton } from '../names/transliterate';
import { legalFormAt } from '../names/variants';
import { countryAt, countryIndex, isSanctionsWord, isSportsWord, titleBits } from './context';
import {
  ENTITY_MASK,
  OUT_MISSING_SHIFT,
  SKEL_COMMON_NAME,
  SKEL_COMMON_WORD,
  SKEL_COUNTRY,
  SKEL_ORG_ONLY,
  SKEL_PARTICLE,
  SKEL_PERSON_PART,
  entityId,
  entityKind,
  entityStatusOf,
  type NameIndex,
} from './index';
import { rankCandidates } from './rank';

export { buildNameIndex, deserializeIndex, indexBytes, serializeIndex, type NameIndex, type SerializedIndex } from './index';

export type MentionStatus = 'sanctioned' | 'delisted' | 'not-sanctioned' | 'possible';

export interface Mention {
  text: string;
  start: number;
  end: number;
  entityId: string;
  status: MentionStatus;
  /** Other entities the same words could name, best first. */
  alternatives: string[];
  /** Why a match is only possible: a common name with no evidence on the page, or a surname two people share. */
  possibleBecause?: 'common-name' | 'shared-surname';
}

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
}

export function createPageContext(): PageContext {
  return { countries: new Set(), sanctionsWords: 0, sportsWords: 0, distinctive: new Set(), surnames: new Map(), clashes: new Set(), resolved: new Map(), named: new Map(), sanctionsAt: [], tokens: 0 };
}

interface Span {
  start: number;
  end: number; // inclusive token index
  outputs: number[];
  common: boolean;
  fuzzy: boolean;
}

interface Block {
  tokens: TokenBuffer;
  skels: Int32Array;
  exact: Uint8Array;
  /** The page-wide number of this block's first token. */
  offset: number;
  spans: Span[];
}

const VESSEL_CUES = new Set(['vessel', 'tanker', 'ship', 'freighter', 'carrier', 'mv', 'tug', 'yacht', 'aircraft', 'plane', 'jet', 'airliner', 'boat']);
const NOT_A_GIVEN_NAME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'former', 'ex', 'mr', 'mrs', 'ms', 'dr', 'when', 'but', 'and', 'as', 'after', 'if', 'while', 'said']);

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

function prepareBlock(index: NameIndex, text: string, ctx: PageContext): Block {
  const tokens = new TokenBuffer();
  tokenizeInto(text, tokens);
  const n = tokens.count;
  const skels = new Int32Array(n);
  const exact = new Uint8Array(n);
  const offset = ctx.tokens;
  ctx.tokens += n;
  const keys = tokens.keys;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    const t = index.tokens.get(key);
    if (t !== undefined) {
      skels[i] = index.tokenSkel[t];
      exact[i] = 1;
    } else {
      skels[i] = key.length >= 3 ? (index.skeletons.get(skeleton(key)) ?? -1) : -1;
    }
    if (isSanctionsWord(key)) {
      ctx.sanctionsWords++;
      ctx.sanctionsAt.push(offset + i);
    } else if (isSportsWord(key)) ctx.sportsWords++;
    if (tokens.flags[i] & CAPITALIZED) {
      const c = countryAt(keys, i, n);
      if (c) ctx.countries.add(countryIndex(c.code));
    }
  }
  return { tokens, skels, exact, offset, spans: [] };
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
  first: number;
}

function shapeOf(index: NameIndex, b: Block, start: number, end: number): SpanShape {
  const { flags, keys } = b.tokens;
  const shape: SpanShape = { words: 0, capitalized: true, upper: true, fuzzy: false, fuzzyShort: false, commonWords: true, commonNames: true, first: -1 };
  for (let i = start; i <= end; i++) {
    const s = b.skels[i];
    const sf = s >= 0 ? index.skelFlags[s] : 0;
    if (sf & SKEL_PARTICLE || (s < 0 && isParticle(keys[i]))) continue;
    if (shape.first < 0) shape.first = i;
    shape.words++;
    if (!(flags[i] & CAPITALIZED)) shape.capitalized = false;
    if (!(flags[i] & (ALL_UPPER | CASELESS))) shape.upper = false;
    if (!b.exact[i]) {
      shape.fuzzy = true;
      if (keys[i].length < 4) shape.fuzzyShort = true;
    }
    if (!(sf & SKEL_COMMON_WORD)) shape.commonWords = false;
    if (!(sf & SKEL_COMMON_NAME)) shape.commonNames = false;
  }
  return shape;
}

function precededByCue(b: Block, start: number): boolean {
  for (let i = Math.max(0, start - 2); i < start; i++) if (VESSEL_CUES.has(b.tokens.keys[i])) return true;
  return false;
}

/**
 * Whether a span may name an entity of this kind. Persons: two or more name words, each capitalised, spelled
 * as listed or as a transliteration of at least four letters. Organizations: several capitalised words, or
 * one word that is an acronym in capitals or a rare name that only organizations carry. Vessels and aircraft:
 * the whole name only, and a one-word or everyday-word name only after "tanker", "vessel" and the like.
 */
function accepts(index: NameIndex, b: Block, start: number, end: number, shape: SpanShape, output: number): boolean {
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
    if (shape.words === 1 || shape.commonWords) return precededByCue(b, start);
    return true;
  }
  const { flags, keys } = b.tokens;
  if (shape.words === 1) {
    const i = shape.first;
    const sf = index.skelFlags[b.skels[i]];
    if (sf & (SKEL_COMMON_WORD | SKEL_COUNTRY)) return false;
    if (flags[i] & ALL_UPPER && !(flags[i] & CASELESS)) return keys[i].length >= 3 || (keys[i].length === 2 && start === end);
    return (flags[i] & CAPITALIZED) !== 0 && keys[i].length >= 6 && (sf & SKEL_ORG_ONLY) !== 0 && !(sf & SKEL_COMMON_NAME);
  }
  // Several words: the first and the last capitalised (connectors between may be lower case).
  if (!(flags[start] & CAPITALIZED) || !(flags[end] & CAPITALIZED)) return false;
  if (shape.commonWords) return shape.capitalized;
  return true;
}

function legalFormAfter(keys: readonly string[], flags: Uint8Array, from: number, count: number): number {
  if (from >= count || !(flags[from] & JOINED)) return 0;
  let n = legalFormAt(keys, from, count);
  for (let k = from + 1; k < from + n; k++) if (!(flags[k] & JOINED)) n = 0;
  return n;
}

function findSpans(index: NameIndex, b: Block): void {
  const { flags, keys, count } = b.tokens;
  const { outStart, outputs } = index;
  let i = 0;
  while (i < count) {
    if (b.skels[i] < 0 || index.rootChild[b.skels[i]] < 0 || !(flags[i] & CAPITALIZED)) {
      i++;
      continue;
    }
    let state = 0;
    let bestEnd = -1;
    let bestOutputs: number[] = [];
    let bestShape: SpanShape | undefined;
    for (let j = i; j < count; j++) {
      if (j > i && !(flags[j] & JOINED)) break;
      const s = b.skels[j];
      const next = s >= 0 ? step(index, state, s) : -1;
      if (next < 0) {
        // "Bashar al-Assad" for a list that writes "ASSAD, Bashar": the particle may be skipped.
        if (j > i && isParticle(keys[j]) && j + 1 < count && flags[j + 1] & JOINED) continue;
        break;
      }
      state = next;
      const a = outStart[state];
      const z = outStart[state + 1];
      if (a === z) continue;
      const shape = shapeOf(index, b, i, j);
      const ok: number[] = [];
      for (let o = a; o < z; o++) if (accepts(index, b, i, j, shape, outputs[o])) ok.push(outputs[o]);
      if (ok.length) {
        bestEnd = j;
        bestOutputs = ok;
        bestShape = shape;
      }
    }
    if (bestEnd >= 0 && bestShape) {
      // "Rosneft Trading SA": a legal form the list writes otherwise still belongs to the highlighted name.
      if (bestOutputs.some((v) => entityKind(index, v & ENTITY_MASK) !== 'person')) bestEnd += legalFormAfter(keys, flags, bestEnd + 1, count);
      b.spans.push({ start: i, end: bestEnd, outputs: bestOutputs, common: bestShape.commonNames, fuzzy: bestShape.fuzzy });
      i = bestEnd + 1;
    } else i++;
  }
}

function titlesAround(b: Block, start: number, end: number): number {
  let bits = 0;
  const keys = b.tokens.keys;
  for (let i = Math.max(0, start - 4); i < start; i++) bits |= titleBits(keys[i]);
  for (let i = end + 1; i < Math.min(b.tokens.count, end + 5); i++) bits |= titleBits(keys[i]);
  return bits;
}

function sportsPage(ctx: PageContext): boolean {
  return ctx.sportsWords >= 3 && ctx.sportsWords >= 2 * ctx.sanctionsWords;
}

/** Remembers a person named on the page, by the surnames the text used ("Cilia Flores" registers Flores only). */
function register(index: NameIndex, ctx: PageContext, e: number, status: MentionStatus, b: Block, span: Span): void {
  ctx.resolved.set(e, status);
  ctx.named.set(e, (ctx.named.get(e) ?? 0) + 1);
  for (let k = index.surnameStart[e]; k < index.surnameStart[e + 1]; k++) {
    const s = index.surnames[k];
    let used = false;
    for (let i = span.start; i <= span.end && !used; i++) used = b.skels[i] === s;
    if (!used) continue;
    const list = ctx.surnames.get(s) ?? [];
    if (!list.includes(e)) list.push(e);
    ctx.surnames.set(s, list);
  }
}

function resolveSpan(index: NameIndex, ctx: PageContext, b: Block, text: string, span: Span): Mention {
  const titles = titlesAround(b, span.start, span.end);
  const ranked = rankCandidates(index, span.outputs, { titles, countries: ctx.countries, distinctive: ctx.distinctive, fuzzy: span.fuzzy });
  const best = ranked[0];
  let status: MentionStatus = entityStatusOf(index, best.entity);
  let possibleBecause: Mention['possibleBecause'];
  if (entityKind(index, best.entity) === 'person' && span.common && status !== 'not-sanctioned') {
    const sports = sportsPage(ctx);
    // Within about a paragraph either side, across block boundaries.
    const from = b.offset + span.start - 60;
    const to = b.offset + span.end + 60;
    const near = ctx.sanctionsAt.some((p) => p >= from && p <= to);
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
  if (entityKind(index, best.entity) === 'person') register(index, ctx, best.entity, status, b, span);
  const start = b.tokens.starts[span.start];
  const end = b.tokens.ends[span.end];
  const mention: Mention = { text: text.slice(start, end), start, end, entityId: entityId(index, best.entity), status, alternatives: ranked.slice(1, 6).map((r) => entityId(index, r.entity)) };
  if (possibleBecause) mention.possibleBecause = possibleBecause;
  return mention;
}

/** A capitalised word that could be another person's given name or surname. */
function isNameWord(index: NameIndex, b: Block, i: number): boolean {
  const f = b.tokens.flags[i];
  if (!(f & CAPITALIZED) || f & CASELESS) return false;
  const key = b.tokens.keys[i];
  if (titleBits(key) || NOT_A_GIVEN_NAME.has(key) || isParticle(key)) return false;
  const s = b.skels[i];
  const sf = s >= 0 ? index.skelFlags[s] : 0;
  // Known from some listed person's name, or a common given name: "Pedro", not "Later".
  if (s < 0) return isCommonNamePart(key);
  return (sf & (SKEL_PERSON_PART | SKEL_COMMON_NAME)) !== 0 && !(sf & (SKEL_COMMON_WORD | SKEL_COUNTRY));
}

/**
 * A surname alone ("Maduro", "Cristopher Figuera") after the fuller name of a listed person on the same page.
 * Returns the mention and the last token it covers, or undefined when the word is no back-reference.
 */
function backReference(index: NameIndex, ctx: PageContext, b: Block, text: string, i: number): [Mention, number] | undefined {
  const { flags, keys, count } = b.tokens;
  const s = b.skels[i];
  if (s < 0 || !(flags[i] & CAPITALIZED) || flags[i] & CASELESS || keys[i].length < (b.exact[i] ? 3 : 5)) return undefined;
  const owners = ctx.surnames.get(s);
  if (!owners) return undefined;
  let j = i;
  while (j + 1 < count && flags[j + 1] & JOINED && owners.some((e) => hasSurname(index, e, b.skels[j + 1]))) j++;
  // "Juan Maduro": another person with the same surname. Remember it, and link nothing.
  if (flags[i] & JOINED && isNameWord(index, b, i - 1)) {
    ctx.clashes.add(s);
    return undefined;
  }
  if (j + 1 < count && flags[j + 1] & JOINED && isNameWord(index, b, j + 1)) return undefined;
  // Among people sharing the surname, the one the page names most, then the one it named first.
  const candidates = owners
    .filter((e) => j === i || hasSurname(index, e, b.skels[j]))
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
  const start = b.tokens.starts[i];
  const end = b.tokens.ends[j];
  const mention: Mention = { text: text.slice(start, end), start, end, entityId: entityId(index, best), status, alternatives: candidates.slice(1, 6).map((e) => entityId(index, e)) };
  if (possibleBecause) mention.possibleBecause = possibleBecause;
  return [mention, j];
}

function hasSurname(index: NameIndex, e: number, s: number): boolean {
  for (let k = index.surnameStart[e]; k < index.surnameStart[e + 1]; k++) if (index.surnames[k] === s) return true;
  return false;
}

/**
 * Scans all text blocks of a page (in reading order) and returns each block's mentions, offsets into that
 * block. Pass the same `context` for later batches of the same page.
 */
export function scanPage(index: NameIndex, texts: readonly string[], context: PageContext = createPageContext()): Mention[][] {
  const blocks = texts.map((t) => prepareBlock(index, t, context));
  for (const b of blocks) {
    findSpans(index, b);
    for (const span of b.spans) {
      if (span.common) continue;
      for (const v of span.outputs) context.distinctive.add(v & ENTITY_MASK);
    }
  }
  return blocks.map((b, k) => {
    const text = texts[k];
    const mentions: Mention[] = [];
    let next = 0;
    for (let i = 0; i < b.tokens.count; i++) {
      const span = b.spans[next];
      if (span && span.start === i) {
        mentions.push(resolveSpan(index, context, b, text, span));
        next++;
        i = span.end;
        continue;
      }
      const ref = backReference(index, context, b, text, i);
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
