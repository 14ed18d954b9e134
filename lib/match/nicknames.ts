// Nicknames the lists carry as a person's weak alias ("Mencho" of OSEGUERA CERVANTES, Nemesio; "EL MENCHO"). A weak
// alias alone is too often something else to be a name of its own (the index leaves weak names out), but once the
// page has named the person, the nickname after it ("Nemesio Oseguera Cervantes “Mencho”", "alias El Mencho", then
// "Mencho" alone) is that person, as a surname alone is.
import { isCommonNamePart, isCommonWord } from '../names/frequency';
import { foldWord } from '../names/normalize';
import { mentionOf, type MatchReason, type Mention } from './mention';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { perIndex } from './per-index';
import type { Ranked } from './rank';
import { wordAt, type ScanState, type Span } from './scan-state';

const { entityId, entityStatusOf } = names;

/** Articles a nickname is written with ("El Mencho", "La Tuta"); the nickname is the word after. */
const ARTICLES = new Set(['el', 'la', 'los', 'las', 'the']);

/**
 * The folded word a weak alias gives as a nickname, or undefined: one word of four letters or more, or an article
 * and such a word, that is neither an everyday word nor a common name ("Tony", "Chino" name too many).
 */
export function nicknameKey(alias: string): string | undefined {
  const words = alias.split(/[\s"'“”‘’«»]+/).filter(Boolean).map(foldWord);
  const word = words.length === 2 && ARTICLES.has(words[0]) ? words[1] : words.length === 1 ? words[0] : undefined;
  if (!word || word.length < 4 || !/^\p{L}+$/u.test(word) || isCommonWord(word) || isCommonNamePart(word)) return undefined;
  return word;
}

/** Entity number to its nicknames, found once per index. */
const nicknamesByEntity = perIndex((index: NameIndex): Map<number, string[]> => {
  const map = new Map<number, string[]>();
  const keys = index.nicknameKeys ? index.nicknameKeys.split('\n') : [];
  keys.forEach((key, k) => {
    const e = index.nicknameEntities[k];
    const list = map.get(e);
    if (list) list.push(key);
    else map.set(e, [key]);
  });
  return map;
});

/** Notes the nicknames of a person the page named, for the nickname alone later. */
export function registerNicknames(s: ScanState, e: number): void {
  const keys = nicknamesByEntity(s.index).get(e);
  if (!keys) return;
  for (const key of keys) {
    const list = s.context.nicknames.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    s.context.nicknames.set(key, list);
  }
}

/**
 * The nickname at token i of the current block, of a person the page named before: the mention (with an article
 * before it: "El Mencho") and its last token; undefined when the word is none. Two people with the nickname: possible.
 */
export function nicknameAt(s: ScanState, i: number): [Mention, number] | undefined {
  const ctx = s.context;
  if (ctx.nicknames.size === 0 || s.tokens.lengths[i] < 4) return undefined;
  const owners = ctx.nicknames.get(wordAt(s, i));
  if (!owners) return undefined;
  const b = s.block;
  const first = i > b.first && ARTICLES.has(wordAt(s, i - 1)) ? i - 1 : i;
  const e = owners[0];
  const status = ctx.resolved.get(e) ?? entityStatusOf(s.index, e);
  const start = s.tokens.starts[first];
  const end = s.tokens.ends[i];
  const shared = owners.length > 1 && status !== 'not-sanctioned';
  const alternatives = owners.slice(1, 6).map((o) => entityId(s.index, o));
  return [mentionOf(b.text, start, end, entityId(s.index, e), shared ? 'possible' : status, alternatives, { possibleBecause: shared ? 'shared-surname' : undefined, reasons: EARLIER_FULL_NAME }), i];
}

const EARLIER_FULL_NAME: readonly MatchReason[] = ['earlier-full-name'];

/**
 * Which of a span's candidates a nickname inside it names (Nicolas "Nicolasito" Maduro: the son, MADURO GUERRA, whose
 * weak alias it is, not the father the words around it name first): that candidate's place in `ranked`, or -1.
 */
export function nicknamedCandidate(s: ScanState, span: Span, ranked: readonly Ranked[]): number {
  if (ranked.length < 2 || !s.index.nicknameKeys) return -1;
  const byPerson = nicknamesByEntity(s.index);
  for (let k = 0; k < ranked.length; k++) {
    const keys = byPerson.get(ranked[k].entity);
    if (keys) for (let i = span.start; i <= span.end; i++) if (s.tokens.lengths[i] >= 4 && keys.includes(wordAt(s, i))) return k;
  }
  return -1;
}
