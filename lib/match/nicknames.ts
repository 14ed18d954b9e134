// Nicknames the lists carry as a person's weak alias ("Mencho" of OSEGUERA CERVANTES, Nemesio; "EL MENCHO"). A weak
// alias alone is too often something else to be a name of its own (the index leaves weak names out), but once the
// page has named the person, the nickname after it ("Nemesio Oseguera Cervantes “Mencho”", "alias El Mencho", then
// "Mencho" alone) is that person, as a surname alone is. A nickname that is an everyday word, a common name or two
// words ("La Gallina", "Chapo Isidro") is the person only right after the full name, in quotes or brackets or after
// "alias", "conocido como", "known as": "Francisco Javier Gudiño Haro (“La Gallina”)", "Fausto Isidro Meza Flores,
// conocido como El Chapo Isidro" (a bound nickname: its key starts with BOUND).
import { isCommonNamePart, isCommonWord } from '../names/frequency';
import { latinNameKeys } from '../names/cyrillic';
import { hashWord } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { mentionOf, type MatchReason, type Mention } from './mention';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { perIndex, perIndexMemo } from './per-index';
import type { Ranked } from './rank';
import { wordAt, type ScanState, type Span } from './scan-state';
import { afterQuotedNickname } from './quoted-nickname';
import { runStart } from './runs';
import { step } from './trie-walk';

const { ENTITY_MASK, entityId, entityStatusOf } = names;
const { CAPITALIZED, CYRILLIC, JOINED } = normalize;

/** Articles a nickname is written with ("El Mencho", "La Tuta"); the nickname is the word after. */
const ARTICLES = new Set(['el', 'la', 'los', 'las', 'the']);

/** Opening quotes a nickname is written in. */
const QUOTES = new Set(['«', '“', '"', "'", '‘']);

/** The first character of a bound nickname's key: one that counts only right after the person's full name. */
export const BOUND = '=';

/**
 * The folded word a weak alias gives as a nickname, or undefined: one word of four letters or more, or an article
 * and such a word, that is neither an everyday word nor a common name ("Tony", "Chino" name too many). Such a word that
 * is an everyday word or a common name, or two words ("ISIDRO, Chapo": "chapo isidro"), is a bound nickname (BOUND
 * first).
 */
export function nicknameKey(alias: string): string | undefined {
  // The lists write a two-word nickname surname first ("ISIDRO, Chapo").
  const comma = alias.split(',');
  const ordered = comma.length === 2 ? `${comma[1]} ${comma[0]}` : alias;
  const words = ordered.split(/[\s"'“”‘’«»]+/).filter(Boolean).map(normalize.foldWord);
  const own = words.length >= 2 && ARTICLES.has(words[0]) ? words.slice(1) : words;
  if (own.length === 0 || own.length > 2 || own.some((w) => w.length < 3 || !/^\p{L}+$/u.test(w)) || own.join('').length < 4) return undefined;
  const word = own.join(' ');
  if (own.length === 2 || isCommonWord(word) || isCommonNamePart(word)) return BOUND + word;
  return word.length < 4 ? undefined : word;
}

/** What may stand between a full name and its nickname: quotes, brackets, a comma, "alias", "known as", an article. */
// "also known as", "better known as", "también conocido como", "más conocido como" as well.
const BOUND_GAP = /^[\s,:(“”"'‘’«»]*(?:(?:(?:also|better|tambi[eé]n|m[aá]s|mejor)\s+)?(?:alias|a\.?k\.?a\.?|known as|nicknamed|conocid[oa]s? como|apodad[oa]s?|(?:el|la) (?:apodo|alias))[\s,:(“”"'‘’«»]*)?(?:(?:el|la|los|las|the)\s+)?$/i;

/**
 * A bound nickname at token i (its first word, or the article before it), right after a span that names its owner:
 * the owner, the nickname's first and last token; undefined when there is none.
 */
function boundNicknameAt(s: ScanState, i: number): [number, number, number] | undefined {
  const b = s.block;
  const { flags, starts, ends } = s.tokens;
  let span: Span | undefined;
  for (const sp of b.spans) if (sp.end < i) span = sp;
  // The gap holds a few words at most ("conocido como El"): most capitalised words are far from any name's end.
  if (span && i - span.end > 4) span = undefined;
  // Or the owner's surname alone, named in full before: "Ávila, conocido como “Chiquito Malo”".
  const before = span ? -1 : surnameBefore(s, i);
  if (!span && before < 0) return undefined;
  const at = lowerAfterArticle(s, i) ? i + 1 : i;
  const one = wordAt(s, at);
  const two = at + 1 < b.last && flags[at + 1] & JOINED ? `${one} ${wordAt(s, at + 1)}` : '';
  const last = two && s.context.nicknames.has(BOUND + two) ? at + 1 : at;
  const owners = s.context.nicknames.get(BOUND + (last > at ? two : one));
  if (!owners) return undefined;
  const first = at > i ? i : i > b.first && ARTICLES.has(wordAt(s, i - 1)) ? i - 1 : i;
  if (!BOUND_GAP.test(b.text.slice(ends[span ? span.end : before], starts[first]))) return undefined;
  const named = span ? undefined : s.context.surnames.get(s.skels[before]);
  const e = span ? owners.find((o) => span.outputs.some((v) => (v & ENTITY_MASK) === o)) : named?.length === 1 && owners.includes(named[0]) ? named[0] : undefined;
  return e === undefined ? undefined : [e, first, last];
}

/**
 * The capitalised word within four words before token i that is the surname of one person the page named in full
 * (a name's mark alone), or -1.
 */
function surnameBefore(s: ScanState, i: number): number {
  const { flags, lengths } = s.tokens;
  for (let j = i - 1; j >= Math.max(s.block.first, i - 4); j--) {
    if (!(flags[j] & CAPITALIZED) || (lengths[j] <= 3 && ARTICLES.has(wordAt(s, j)))) continue;
    const sk = s.skels[j];
    return sk >= 0 && s.context.surnames.has(sk) ? j : -1;
  }
  return -1;
}

/**
 * Whether token i is a capitalised article right after an opening quote, and a lower-case word follows it: «El ocho»
 * (the lists' EL OCHO), where the page writes the nickname itself in lower case.
 */
function lowerAfterArticle(s: ScanState, i: number): boolean {
  const { flags, starts } = s.tokens;
  // Not text[-1] at a block's first word: an index out of range is a slow path in V8.
  return i + 1 < s.block.last && (flags[i + 1] & (JOINED | CAPITALIZED)) === JOINED && starts[i] > 0 && QUOTES.has(s.block.text[starts[i] - 1]) && ARTICLES.has(wordAt(s, i));
}

/** A person's nicknames, and for each the bit of its first word in the page's filter (mayBeginNickname). */
interface Nicknames {
  keys: string[];
  bits: number[];
}

/** Entity number to its nicknames, found once per index. */
const nicknamesByEntity = perIndex((index: NameIndex): Map<number, Nicknames> => {
  const map = new Map<number, Nicknames>();
  const keys = index.nicknameKeys ? index.nicknameKeys.split('\n') : [];
  keys.forEach((key, k) => {
    const e = index.nicknameEntities[k];
    const bit = hashWord(key.slice(key.startsWith(BOUND) ? BOUND.length : 0).split(' ')[0]) & (WORD_BITS - 1);
    const own = map.get(e);
    if (own) {
      own.keys.push(key);
      own.bits.push(bit);
    } else map.set(e, { keys: [key], bits: [bit] });
  });
  return map;
});

/** Notes the nicknames of a person the page named, for the nickname alone later. */
export function registerNicknames(s: ScanState, e: number): void {
  const own = nicknamesByEntity(s.index).get(e);
  if (!own) return;
  const ctx = s.context;
  // A plain array: a typed one costs more to make than a small page's lookups it saves.
  const bits = (ctx.nicknameWords ??= [0, 0, 0, 0, 0, 0, 0, 0]);
  // A loop, not forEach with a closure: called for each person a page names first.
  for (let k = 0; k < own.keys.length; k++) {
    const key = own.keys[k];
    const list = ctx.nicknames.get(key);
    if (!list) ctx.nicknames.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
    bits[own.bits[k] >> 5] |= 1 << (own.bits[k] & 31);
  }
}

/** Bits of the page's filter of nicknames' first words. */
const WORD_BITS = 256;

/**
 * Whether the page word with the lexer's hash h may begin a nickname the page registered: a word's hash is the
 * hashWord of its folded word (wordAt), so a clear bit means no key begins with it. Nicknames are letters only, so a
 * word the lexer hashed without a character wordAt keeps (an apostrophe inside a Cyrillic word) is none either way.
 */
function mayBeginNickname(bits: readonly number[], h: number): boolean {
  const k = h & (WORD_BITS - 1);
  return (bits[k >> 5] & (1 << (k & 31))) !== 0;
}

/**
 * The nickname at token i of the current block, of a person the page named before: the mention (with an article
 * before it: "El Mencho") and its last token; undefined when the word is none. Two people with the nickname: possible.
 */
export function nicknameAt(s: ScanState, i: number): [Mention, number] | undefined {
  const ctx = s.context;
  if (ctx.nicknames.size === 0) return undefined;
  if (s.tokens.flags[i] & CYRILLIC) return cyrillicNicknameAt(s, i);
  // Most capitalised words begin no nickname of the page, told by hash before any string is made; the word after a
  // short one too, which may be an article before the nickname ("El Mencho", «El ocho»).
  const bits = ctx.nicknameWords;
  const { hashes, lengths } = s.tokens;
  if (bits === null || (!mayBeginNickname(bits, hashes[i]) && !(lengths[i] < 4 && i + 1 < s.block.last && mayBeginNickname(bits, hashes[i + 1])))) return undefined;
  // «El ocho»: the nickname after its article, in lower case inside quotes.
  if (s.tokens.lengths[i] < 4 && lowerAfterArticle(s, i) && ctx.nicknames.has(wordAt(s, i + 1))) i++;
  if (s.tokens.lengths[i] < 3) return undefined;
  const b = s.block;
  let owners = ctx.nicknames.get(wordAt(s, i));
  // A nickname of two words the page wrote inside the person's name ("‘Chiquito Malo’"; notePageNicknames).
  let last = i;
  if (!owners && i + 1 < b.last && (s.tokens.flags[i + 1] & (JOINED | CAPITALIZED)) === (JOINED | CAPITALIZED) && twoWordNicknames.has(ctx)) {
    owners = ctx.nicknames.get(`${wordAt(s, i)} ${wordAt(s, i + 1)}`);
    if (owners) last = i + 1;
  }
  if (!owners) {
    const bound = boundNicknameAt(s, i);
    if (!bound) return undefined;
    const [e, first, last] = bound;
    const status = ctx.resolved.get(e) ?? entityStatusOf(s.index, e);
    return [mentionOf(b.text, s.tokens.starts[first], s.tokens.ends[last], entityId(s.index, e), status, [], { reasons: EARLIER_FULL_NAME }), last];
  }
  if (s.tokens.lengths[i] < 4) return undefined;
  const first = i > b.first && ARTICLES.has(wordAt(s, i - 1)) ? i - 1 : i;
  const e = owners[0];
  const status = ctx.resolved.get(e) ?? entityStatusOf(s.index, e);
  const start = s.tokens.starts[first];
  const end = s.tokens.ends[last];
  const shared = owners.length > 1 && status !== 'not-sanctioned';
  const alternatives = owners.slice(1, 6).map((o) => entityId(s.index, o));
  return [mentionOf(b.text, start, end, entityId(s.index, e), shared ? 'possible' : status, alternatives, { possibleBecause: shared ? 'shared-surname' : undefined, reasons: EARLIER_FULL_NAME }), last];
}

const EARLIER_FULL_NAME: readonly MatchReason[] = ['earlier-full-name'];

/**
 * What may stand between a full name and its nickname in Russian and Ukrainian: quotes, brackets, a comma, "known as",
 * "nicknamed", "call sign" in their cases ("Александра Залдостанова (известного под кличкой Хирург)", "Дмитрий
 * Уткин по прозвищу «Вагнер»", "він же", "з позивним").
 */
const CYRILLIC_GAP =
  /^[\s,:(“”"'‘’«»]*(?:(?:(?:известн|відом)\S*\s+)?(?:как|як|(?:по|под|с|на|під|з|за)\s+(?:кличк|прозвищ|позывн|прізвиськ|позивн)\S*)|(?:он|она|він|вона) же)?[\s,:(“”"'‘’«»]*$/iu;

/** Per index: a Cyrillic word's Latin keys, as cyrillicNicknameAt reads it. */
const cyrillicKeys = perIndexMemo<string, readonly string[]>(5000);

/**
 * A nickname in Cyrillic at token i ("Хирург" of ZALDOSTANOV, Aleksandr, listed as Khirurg), of the person the span
 * just before it names: the lists' nicknames are Latin, so the word is read through its Latin spellings, in any case.
 * Only right after the full name, in quotes or brackets or after "по кличке", "известный как": a Russian nickname is
 * mostly an everyday word ("хирург", "волк"), and alone it names no one. Strings only within four words of a name.
 */
function cyrillicNicknameAt(s: ScanState, i: number): [Mention, number] | undefined {
  const b = s.block;
  const { flags, starts, ends } = s.tokens;
  if ((flags[i] & CAPITALIZED) === 0 || s.tokens.lengths[i] < 4) return undefined;
  let span: Span | undefined;
  for (const sp of b.spans) if (sp.end < i) span = sp;
  if (!span || i - span.end > 4) return undefined;
  const ctx = s.context;
  let owners: number[] | undefined;
  const written = b.text.slice(starts[i], ends[i]);
  const memo = cyrillicKeys(s.index);
  let keys = memo.get(written);
  if (!keys) memo.set(written, (keys = latinNameKeys(written.toLowerCase())));
  for (const key of keys) {
    owners = ctx.nicknames.get(key) ?? ctx.nicknames.get(BOUND + key);
    if (owners) break;
  }
  if (!owners || !CYRILLIC_GAP.test(b.text.slice(ends[span.end], starts[i]))) return undefined;
  const e = owners.find((o) => span.outputs.some((v) => (v & ENTITY_MASK) === o));
  if (e === undefined) return undefined;
  const status = ctx.resolved.get(e) ?? entityStatusOf(s.index, e);
  return [mentionOf(b.text, starts[i], ends[i], entityId(s.index, e), status, [], { reasons: EARLIER_FULL_NAME }), i];
}

/**
 * Which of a span's candidates a nickname inside it names (Nicolas "Nicolasito" Maduro: the son, MADURO GUERRA, whose
 * weak alias it is, not the father the words around it name first): that candidate's place in `ranked`, or -1.
 */
export function nicknamedCandidate(s: ScanState, span: Span, ranked: readonly Ranked[]): number {
  if (ranked.length < 2) return -1;
  const given = quotedGivenCandidate(s, span, ranked);
  if (given >= 0 || !s.index.nicknameKeys) return given;
  const byPerson = nicknamesByEntity(s.index);
  for (let k = 0; k < ranked.length; k++) {
    const keys = byPerson.get(ranked[k].entity)?.keys;
    if (keys) for (let i = span.start; i <= span.end; i++) if (s.tokens.lengths[i] >= 4 && keys.includes(wordAt(s, i))) return k;
  }
  return -1;
}

/**
 * Which of a span's candidates the lists give the quoted nickname inside the span as a given name before its surname
 * (Joaquín “El Chapo” Guzmán: GUZMAN LOERA, Joaquin a.k.a. "GUZMAN, Chapo", not his son GUZMAN LOPEZ, Joaquin, whom the
 * words around it name as well): the nickname's words, its article left out, and the span's last word walk the trie
 * to that candidate's name. Its place in `ranked`, or -1.
 */
function quotedGivenCandidate(s: ScanState, span: Span, ranked: readonly Ranked[]): number {
  const { index } = s;
  for (let i = span.start; i < span.end; i++) {
    const after = afterQuotedNickname(s, i);
    if (after < 0) continue;
    const state = quotedGivenState(s, i, after, span.end);
    if (state < 0) continue;
    const from = runStart(index.outRuns, state);
    const to = from + index.outRuns.lengths[state];
    for (let k = 0; k < ranked.length; k++) for (let o = from; o < to; o++) if ((index.outputs[o] & ENTITY_MASK) === ranked[k].entity) return k;
  }
  return -1;
}

/**
 * The trie state the quoted words after token i (up to token `after`), their article left out, and then token
 * `last` walk to: a listed name that gives the nickname as a given name before the surname (GUZMAN, Chapo); -1 if none.
 */
function quotedGivenState(s: ScanState, i: number, after: number, last: number): number {
  const { index, skels } = s;
  let state = 0;
  for (let q = i + 1; q < after && state >= 0; q++) {
    if (q === i + 1 && after - q > 1 && ARTICLES.has(wordAt(s, q))) continue;
    state = skels[q] < 0 ? -1 : step(index, state, skels[q]);
  }
  return state > 0 ? step(index, state, skels[last]) : -1;
}

/**
 * Whether the span writes inside the name, in quotes, a nickname the lists give person e: one of the person's weak
 * aliases (Ismael "El Mayo" Zambada: EL MAYO of ZAMBADA GARCIA, Ismael; Dairo Antonio ‘Otoniel’ Úsuga), or an alias
 * that gives it as a given name before the surname (Joaquín "El Chapo" Guzmán: GUZMAN, Chapo). A namesake who shares
 * the person's common name does not carry the listed nickname too: the name so written is a fuller form of it.
 * Strings only for the words inside quotes within the span.
 */
export function quotedListedNickname(s: ScanState, span: Span, e: number): boolean {
  // A name, the nickname and a name: three words at least.
  if (span.end - span.start < 2) return false;
  for (let i = span.start; i < span.end; i++) {
    const after = afterQuotedNickname(s, i);
    if (after >= 0 && listedQuotedKey(s, i, after, span.end, e) !== undefined) return true;
  }
  return false;
}

/**
 * Such a listed nickname inside the name ('Jobanis de Jesús ‘Chiquito Malo’ Ávila Villadiego', 'Joaquín "El Chapo"
 * Guzmán'): the page has said whose it is, so alone later it names that person, as the surname alone does, though it
 * is two words or an everyday word that the lists' nicknames name only right after the full name (boundNicknameAt).
 * Notes its words, the article left out, as the page's nickname of person e.
 */
export function notePageNicknames(s: ScanState, span: Span, e: number): void {
  if (span.end - span.start < 2) return;
  for (let i = span.start; i < span.end; i++) {
    const after = afterQuotedNickname(s, i);
    if (after < 0) continue;
    const key = listedQuotedKey(s, i, after, span.end, e);
    if (key !== undefined) notePageNickname(s, key, e);
  }
}

/** Notes `key` (folded words, the article left out) as the page's nickname of person e, for it alone later. */
export function notePageNickname(s: ScanState, key: string, e: number): void {
  const ctx = s.context;
  const list = ctx.nicknames.get(key);
  if (!list) ctx.nicknames.set(key, [e]);
  else if (!list.includes(e)) list.push(e);
  if (key.includes(' ')) twoWordNicknames.add(ctx);
  const bit = hashWord(key.split(' ')[0]) & (WORD_BITS - 1);
  const bits = (ctx.nicknameWords ??= [0, 0, 0, 0, 0, 0, 0, 0]);
  bits[bit >> 5] |= 1 << (bit & 31);
}

/** Pages (their context) with a nickname of two words that notePageNicknames noted: only they look two words up. */
const twoWordNicknames = new WeakSet<object>();

/**
 * The words in quotes after token i (up to token `after`), their article left out, when they are a nickname the lists
 * give person e (a weak alias, or a given name before the span's last word `last`); undefined otherwise.
 */
function listedQuotedKey(s: ScanState, i: number, after: number, last: number, e: number): string | undefined {
  const { index } = s;
  const first = after - (i + 1) > 1 && ARTICLES.has(wordAt(s, i + 1)) ? i + 2 : i + 1;
  const words: string[] = [];
  for (let q = first; q < after; q++) words.push(wordAt(s, q));
  const key = words.join(' ');
  const keys = index.nicknameKeys ? nicknamesByEntity(index).get(e)?.keys : undefined;
  if (keys && (keys.includes(key) || keys.includes(BOUND + key))) return key;
  const state = quotedGivenState(s, i, after, last);
  if (state < 0) return undefined;
  const from = runStart(index.outRuns, state);
  const to = from + index.outRuns.lengths[state];
  for (let o = from; o < to; o++) if ((index.outputs[o] & ENTITY_MASK) === e) return key;
  return undefined;
}
