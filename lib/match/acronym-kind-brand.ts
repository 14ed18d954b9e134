// Russian firms are named by the acronym of their words of kind and a brand in quotes: "НПК «БАРЛ»" (научно-
// производственный концерн), "МАК «Вымпел»" (межгосударственная акционерная корпорация), and the lists transliterate
// that as two words (AO NPK BARL, JSC MAC VYMPEL). The news writes the acronym its own way ("МАК", the lists' MAC) or
// gives the legal form in its place ("АО «БАРЛ»"). A one-word brand in quotes right after a Cyrillic acronym in
// capitals is the listed firm named "<acronym> <brand>" when that acronym is the listed one read in Cyrillic (c and k
// alike) or a legal form. The brand alone is often an everyday word (Вымпел, a pennant; Алмаз): the acronym and the
// quotes make it the firm, and the firm's country on the page and a sanctions story are asked besides.
import { latinSpellings } from '../names/cyrillic';
import { lexiconWord } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { skeleton } from '../names/transliterate';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { hasCountryOnPage, sanctionsNear } from './precision';
import { sanctionsStoryWords } from './page-context';
import { perIndex } from './per-index';
import { fillsQuote } from './quoted-names';
import { runStart } from './runs';
import type { ScanState, Span } from './scan-state';

// Module-local copies (see scan-state.ts).
const { ALL_UPPER, CAPITALIZED, CYRILLIC } = normalize;
const { ENTITY_MASK, OUT_SHARED_BRAND, entityKind } = names;

/**
 * The East Slavic legal forms in Cyrillic capitals, as Latin skeletons: АО, ОАО, ЗАО, ПАО, ООО, and Ukrainian ТОВ, ПАТ,
 * АТ. Before a brand in quotes they stand where the acronym of kind would ("АО «БАРЛ»" of AO NPK BARL).
 */
const LEGAL_FORMS = new Set(['ao', 'oao', 'zao', 'pao', 'ooo', 'tov', 'pat', 'at'].map(skeleton));

/** A listed name "<acronym> <brand>": the trie state after the brand, and the acronym's letters with c read as k. */
interface AcronymBrand {
  state: number;
  acronym: string;
}

/**
 * Per index, by the brand's skeleton: the organizations' names of two words whose first is an acronym of two to four
 * letters (the trie's root words of that length), the brand a word of four letters or more after it. Built with the
 * index's tables, once.
 */
const acronymBrands = perIndex((index: NameIndex): Map<number, AcronymBrand[]> => {
  const out = new Map<number, AcronymBrand[]>();
  const { skeletons, rootChild, firstChild, edgeSkel, outRuns, outputs } = index;
  for (let sk = 0; sk < rootChild.length; sk++) {
    const root = rootChild[sk];
    if (root < 0) continue;
    const length = skeletons.start[sk + 1] - skeletons.start[sk];
    if (length < 2 || length > 4) continue;
    const acronym = lexiconWord(skeletons, sk);
    if (!/^[a-z]+$/.test(acronym)) continue;
    for (let c = firstChild[root]; c < firstChild[root + 1]; c++) {
      const brand = edgeSkel[c];
      if (skeletons.start[brand + 1] - skeletons.start[brand] < 4 || outRuns.lengths[c] === 0) continue;
      const first = runStart(outRuns, c);
      let org = false;
      for (let o = first; o < first + outRuns.lengths[c]; o++) if (entityKind(index, outputs[o] & ENTITY_MASK) !== 'person') org = true;
      if (!org) continue;
      const list = out.get(brand) ?? [];
      list.push({ state: c, acronym: acronym.replace(/c/g, 'k') });
      out.set(brand, list);
    }
  }
  return out;
});

/**
 * The span of a one-word brand in quotes at token i after a Cyrillic acronym in capitals (token i - 1), read as the
 * listed "<acronym> <brand>"; undefined otherwise. The flags first: most words are no capitalised Cyrillic word after
 * one in capitals.
 */
export function brandAfterAcronym(s: ScanState, i: number): Span | undefined {
  const { flags, starts, ends, lengths } = s.tokens;
  if (i === s.block.first || (flags[i] & (CAPITALIZED | CYRILLIC)) !== (CAPITALIZED | CYRILLIC)) return undefined;
  const k = i - 1;
  if ((flags[k] & (CYRILLIC | ALL_UPPER)) !== (CYRILLIC | ALL_UPPER) || lengths[k] < 2 || lengths[k] > 4 || s.skels[i] < 0) return undefined;
  const text = s.block.text;
  // "МАК «Вымпел»": one space and an opening quote between, the quote closed right after the brand.
  if (starts[i] - ends[k] !== 2 || text.charCodeAt(ends[k]) !== 32 || !fillsQuote(s, i, i)) return undefined;
  const entries = acronymBrands(s.index).get(s.skels[i]);
  if (!entries) return undefined;
  // The acronym's letters as the lists' Latin (a listed word's or not: "АО" is none), made only for a listed brand.
  const written = skeleton(latinSpellings(text.slice(starts[k], ends[k]).toLowerCase())[0]).replace(/c/g, 'k');
  const legal = LEGAL_FORMS.has(written);
  const found: number[] = [];
  for (const { state, acronym } of entries) if (legal || written === acronym) addOutputs(s, k, i, state, found);
  return found.length ? { start: i, end: i, outputs: found, commonNames: false, brief: true, anyCommon: false, common: false } : undefined;
}

/** The organizations at trie state `state` whose country the page names, in a sanctions story, into `found` (each once). */
function addOutputs(s: ScanState, k: number, i: number, state: number, found: number[]): void {
  const index = s.index;
  const first = runStart(index.outRuns, state);
  for (let o = first; o < first + index.outRuns.lengths[state]; o++) {
    const v = index.outputs[o];
    const e = v & ENTITY_MASK;
    if (v & OUT_SHARED_BRAND || entityKind(index, e) === 'person' || found.some((x) => (x & ENTITY_MASK) === e)) continue;
    if (hasCountryOnPage(s, e) && (sanctionsStoryWords(s.context) >= 2 || sanctionsNear(s, k, i))) found.push(v);
  }
}
