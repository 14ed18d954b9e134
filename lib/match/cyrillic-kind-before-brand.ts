// Russian and Ukrainian put a firm's word of kind before its name ("холдинга USM", "банка ВТБ", "компании Rusal"),
// where the lists' English puts it after (USM HOLDINGS LIMITED, VTB BANK PJSC). A brand right after such a word is
// read with the word's English behind it: the trie walks from the brand to "holding" or "holdings", and a firm's name
// that ends there (without its legal form) is the firm. Only the glossary's nouns of kind that news sets before a
// firm's name (lib/names/org-glossary.ts), only an organization, and only with the evidence a firm's two-word name
// needs: its country on the page or sanctions words near it. The mark covers the brand; the word of kind is the
// sentence's.
import { hasAdjectiveEnding, orgGlossaryWords, tradeAdjectiveWords } from '../names/org-glossary';
import { lexiconId } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { skeleton } from '../names/transliterate';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { hasCountryOnPage, sanctionsNear } from './precision';
import { perIndex } from './per-index';
import { runStart } from './runs';
import { readingsOf, type ScanState, type Span } from './scan-state';
import { step } from './trie-walk';

// Module-local copies (see scan-state.ts).
const { CAPITALIZED, CYRILLIC, JOINED } = normalize;
const { ENTITY_MASK, OUT_SHARED_BRAND, SKEL_COMMON_WORD, SKEL_COUNTRY, entityKind } = names;

/** The first letters of the glossary's Cyrillic stems of those words (org-glossary.ts): a cheap first test. */
const KIND_INITIALS = 'хкгбфосз';
/** At most this many listed words between a quoted brand and its word of kind. */
const MAX_BETWEEN = 4;

/** The glossary's English words of kind that Russian news sets before a firm's name, and their plurals. */
const KINDS_BEFORE = new Set(['holding', 'company', 'corporation', 'group', 'bank', 'concern', 'fund', 'team', 'club']);
/**
 * Words of kind that say little without the adjective before them: a club is told by its sport ("Бойцовский клуб
 * «Ахмат»" is AKHMAT MMA FIGHT CLUB; "футбольный клуб «Ахмат»" is not), so after one the adjective must be in the name.
 */
const TOLD_BY_ADJECTIVE = new Set(['club']);

/**
 * The span of a brand at token i named after its word of kind (token i - 1), or undefined. Asked where a listed
 * name begins at token i but none was found; the flags first, then the word's string.
 */
export function brandAfterKindWord(s: ScanState, i: number): Span | undefined {
  const { flags, starts, ends } = s.tokens;
  const index = s.index;
  if (i === s.block.first || !(flags[i] & CAPITALIZED) || (flags[i - 1] & (CYRILLIC | CAPITALIZED)) !== CYRILLIC) return undefined;
  if (!KIND_INITIALS.includes(s.block.text[starts[i - 1]])) return undefined;
  const quoted = !(flags[i] & JOINED) && quoteBetween(s.block.text, ends[i - 1], starts[i]);
  if (!(flags[i] & JOINED) && !quoted) return undefined;
  // Each reading of the brand: «Конкорд» is KONKORD as spelled and CONCORD by its sound (brand-spellings.ts).
  let froms: number[] | undefined;
  let end = i;
  for (const sk of quoted && s.alts[i] >= 0 ? readingsOf(s, i) : [s.skels[i]]) {
    if (sk < 0 || index.skelFlags[sk] & (SKEL_COMMON_WORD | SKEL_COUNTRY)) continue;
    const from = index.rootChild[sk];
    if (from >= 0 && (quoted || kindAfter(index, from))) (froms ??= []).push(from);
    else if (from >= 0 && !froms) {
      // "компанією Rayan Roshd Afzar" of RAYAN ROSHD AFZAR COMPANY: a brand of several words, each capitalised.
      const longer = longerBrand(s, i, from);
      if (longer) {
        froms = [longer[0]];
        end = longer[1];
      }
    }
  }
  if (!froms) return undefined;
  const kinds = quoted && groupOfCompanies(s, i - 1) ? FIRM_KINDS : orgGlossaryWords(s.block.text.slice(starts[i - 1], ends[i - 1]).toLowerCase());
  // The adjective before the word of kind, in a quoted brand's phrase ("кейтеринговая компания «Конкорд»").
  const adjective = quoted && i - 2 >= s.block.first && flags[i - 2] & CYRILLIC ? s.block.text.slice(starts[i - 2], ends[i - 2]).toLowerCase() : '';
  const trade = adjective && hasAdjectiveEnding(adjective) ? tradeAdjectiveWords(adjective) : [];
  const outputs: number[] = [];
  for (const from of froms) brandOutputs(s, i, from, kinds, quoted, trade, outputs);
  return outputs.length ? { start: i, end, outputs, commonNames: false, brief: true, anyCommon: false, common: false } : undefined;
}

/** A firm's words of kind: what a holding called a group of companies may be listed as ("CONCERN KALASHNIKOV"). */
const FIRM_KINDS: readonly string[] = ['concern', 'holding', 'company', 'corporation', 'group'];

/**
 * Whether token k is "компаний", "компаній" after "группа", "група" in any case: a group of companies, the holding
 * Russian news names by its brand ("группа компаний «Калашников»") whatever the word of kind the lists give it.
 */
function groupOfCompanies(s: ScanState, k: number): boolean {
  if (k - 1 < s.block.first || s.tokens.lengths[k] !== 8) return false;
  const word = s.block.text.slice(s.tokens.starts[k], s.tokens.ends[k]).toLowerCase();
  if (word !== 'компаний' && word !== 'компаній') return false;
  return /^груп/.test(s.block.text.slice(s.tokens.starts[k - 1], s.tokens.ends[k - 1]).toLowerCase());
}

/** At most this many words after a brand's first that the walk to its word of kind takes in. */
const MAX_MORE_WORDS = 3;

/**
 * The trie state and last token of the longest brand of several capitalised words from token i (trie state `from`)
 * that a word of kind follows in the lists' name, or undefined.
 */
function longerBrand(s: ScanState, i: number, from: number): [number, number] | undefined {
  const { flags } = s.tokens;
  let state = from;
  let found: [number, number] | undefined;
  // The longest: "Rayan Roshd Afzar" is no "Rayan Roshd" (an alias) and a word left over.
  for (let j = i + 1; j <= i + MAX_MORE_WORDS && j < s.block.last; j++) {
    if ((flags[j] & (CAPITALIZED | JOINED)) !== (CAPITALIZED | JOINED) || s.skels[j] < 0) break;
    state = step(s.index, state, s.skels[j]);
    if (state < 0) break;
    if (kindAfter(s.index, state)) found = [state, j];
  }
  return found;
}

/** The organizations a brand at token i names after its word of kind, from the brand's trie state `from`. */
function brandOutputs(s: ScanState, i: number, from: number, kinds: readonly string[], quoted: boolean, trade: readonly string[], outputs: number[]): void {
  const index = s.index;
  for (const kind of kinds) {
    if (!KINDS_BEFORE.has(kind)) continue;
    const told = TOLD_BY_ADJECTIVE.has(kind);
    if (told && !trade.length) continue;
    for (const w of [kind, kind + 's']) {
      const k = lexiconId(index.skeletons, skeleton(w));
      if (k < 0) continue;
      if (!told) {
        const state = step(index, from, k);
        if (state >= 0) addOutputs(s, i, state, outputs);
      }
      // «Терек» after "отряда" for TEREK SPECIAL RAPID RESPONSE TEAM: a brand in quotes is the listed name that
      // begins with it and ends with the word of kind, the words between left out (after a club, its sport's among them).
      if (quoted) for (const end of endsWith(index, from, k, MAX_BETWEEN, told ? trade : undefined)) addOutputs(s, i, end, outputs);
    }
  }
  // «Конкорд» after "кейтеринговая компания" for CONCORD CATERING: the trade's English after the brand ends the name,
  // which the lists write without the word of kind. The trade word is no mere word of kind.
  for (const w of trade) {
    const k = lexiconId(index.skeletons, skeleton(w));
    const state = k < 0 ? -1 : step(index, from, k);
    if (state >= 0) addOutputs(s, i, state, outputs);
  }
}

/**
 * Whether token i comes right after a word of kind that its sport tells apart ("футбольный клуб «Ахмат»"): a brand there
 * names the club of that sport, never a body of the same brand the page named before (quoted-brand-again.ts).
 */
export function afterToldKind(s: ScanState, i: number): boolean {
  const { flags, starts, ends } = s.tokens;
  if (i === s.block.first || (flags[i - 1] & (CYRILLIC | CAPITALIZED)) !== CYRILLIC || !KIND_INITIALS.includes(s.block.text[starts[i - 1]])) return false;
  return orgGlossaryWords(s.block.text.slice(starts[i - 1], ends[i - 1]).toLowerCase()).some((w) => TOLD_BY_ADJECTIVE.has(w));
}

/** The skeletons of KINDS_BEFORE's words and their plurals, per index. */
const kindSkeletons = perIndex((index: NameIndex): Int32Array => {
  const out: number[] = [];
  for (const kind of KINDS_BEFORE) for (const w of [kind, kind + 's']) {
    const k = lexiconId(index.skeletons, skeleton(w));
    if (k >= 0) out.push(k);
  }
  return Int32Array.from(out);
});

/** Whether a word of kind follows trie state `from` directly: most name words are followed by none. */
function kindAfter(index: NameIndex, from: number): boolean {
  const kinds = kindSkeletons(index);
  for (let k = 0; k < kinds.length; k++) if (step(index, from, kinds[k]) >= 0) return true;
  return false;
}

/** A quote between the word of kind and the brand, after a space or none ("отряда «Терек»", "холдинга “USM”"). */
function quoteBetween(text: string, from: number, to: number): boolean {
  if (to - from > 2 || to === from) return false;
  const q = text.charCodeAt(to - 1);
  if (q !== 34 && q !== 0xab && q !== 0x201c && q !== 0x201e) return false;
  return to - from === 1 || text.charCodeAt(from) === 32 || text.charCodeAt(from) === 0xa0;
}

/** Organizations' outputs at trie state `state` that the evidence allows, into `outputs` (each entity once). */
function addOutputs(s: ScanState, i: number, state: number, outputs: number[]): void {
  const index = s.index;
  const first = runStart(index.outRuns, state);
  for (let o = first; o < first + index.outRuns.lengths[state]; o++) {
    const v = index.outputs[o];
    const e = v & ENTITY_MASK;
    if (v & OUT_SHARED_BRAND || entityKind(index, e) === 'person' || outputs.some((x) => (x & ENTITY_MASK) === e)) continue;
    if (hasCountryOnPage(s, e) || sanctionsNear(s, i - 1, i)) outputs.push(v);
  }
}

/**
 * The trie states 2 to `depth` + 1 steps below `state` reached by an edge on skeleton `last`; with `among`, only
 * those whose words between hold one of its English words.
 */
function endsWith(index: NameIndex, state: number, last: number, depth: number, among?: readonly string[]): number[] {
  const out: number[] = [];
  const wanted = among?.map((w) => lexiconId(index.skeletons, skeleton(w))).filter((k) => k >= 0);
  if (wanted && !wanted.length) return out;
  // Each state with whether a wanted word was on its way.
  let level: [number, boolean][] = [[state, !wanted]];
  for (let d = 0; d <= depth && level.length; d++) {
    const next: [number, boolean][] = [];
    for (const [st, seen] of level) {
      for (let c = index.firstChild[st]; c < index.firstChild[st + 1]; c++) {
        if (d > 0 && seen && index.edgeSkel[c] === last) out.push(c);
        next.push([c, seen || (wanted !== undefined && wanted.includes(index.edgeSkel[c]))]);
      }
    }
    level = next;
  }
  return out;
}
