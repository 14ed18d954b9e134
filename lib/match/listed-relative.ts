// A common name ("Cilia Flores", "Nicolás Maduro Guerra", "Yoswal Gavidia Flores") on a page that named before, and
// confirmed, a listed relative of the person: one who shares a surname of the person's listed names that is rare
// (FLORES DE MADURO, Cilia and MADURO MOROS, Nicolas share Maduro, which neither the lists' counts nor the world's
// commonest surnames hold) and a country. A story about a listed family names its members by their everyday names;
// a namesake of the wife on a page about the husband is the unlikely reading. Flores, Kim, Garcia, shared by many,
// never count, nor a rare given name the page let stand for a surname (evidence.ts).
import { lexiconWord } from '../names/lexicon';
import * as normalize from '../names/normalize';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { worldSurnameKeys } from './world-surname-keys';
import { isLinked } from './entity-links';
import { runStart } from './runs';
import { wordAt, type ScanState, type Span } from './scan-state';
import { KIN } from './named-as-relative';

const { ENTITY_MASK, SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_PARTICLE, entityKind, entityStatusOf } = names;
const { CAPITALIZED, CASELESS, JOINED } = normalize;
const NOT_RARE = SKEL_COMMON_NAME | SKEL_COMMON_WORD | SKEL_COUNTRY | SKEL_PARTICLE;

/**
 * Whether the page named before, and confirmed, a listed relative of person e (above). On a sports page, where
 * namesakes abound, only one the lists themselves link to e ("Kseniya Shoygu" after "Sergey Shoygu": OFAC's SHOIGU,
 * Kseniya Sergeyevna is linked to SHOIGU, Sergei Kuzhugetovich).
 */
export function confirmedRelativeBefore(s: ScanState, e: number, linkedOnly = false): boolean {
  const { index, context: ctx } = s;
  if (ctx.surnames.size === 0) return false;
  const first = runStart(index.surnameRuns, e);
  for (let k = first; k < first + index.surnameRuns.lengths[e]; k++) {
    const sk = index.surnames[k];
    const carriers = ctx.surnames.get(sk);
    if (!carriers || index.skelFlags[sk] & NOT_RARE || ctx.givenNames?.has(sk)) continue;
    for (const r of carriers) {
      const status = r === e ? undefined : ctx.resolved.get(r);
      if ((status === 'sanctioned' || status === 'delisted') && shareCountry(index, e, r) && (!linkedOnly || isLinked(index, e, r)) && !worldSurnameKeys().has(lexiconWord(index.skeletons, sk))) return true;
    }
  }
  return false;
}

function shareCountry(index: NameIndex, a: number, b: number): boolean {
  const fa = runStart(index.countryRuns, a);
  const fb = runStart(index.countryRuns, b);
  for (let i = fa; i < fa + index.countryRuns.lengths[a]; i++) {
    for (let j = fb; j < fb + index.countryRuns.lengths[b]; j++) if (index.countries[i] === index.countries[j]) return true;
  }
  return false;
}

/** Words that tie a kinship word to the relative after it ("daughter of"). */
const TIES = new Set(['of', 'de', 'del']);
/** At most this many words ("Russian President") between "daughter of" and the relative's name. */
const BETWEEN = 4;

/**
 * "Katerina Tikhonova, daughter of Russian President Vladimir Putin": the page states, beside the common name, that
 * the person is the kin of a listed person it names in full, whom the lists relate to the person (a link, or a
 * surname of the person's listed names that is the relative's, or its feminine form: PUTINA, Yekaterina, an alias of
 * TIKHONOVA, Katerina). A namesake is not also some listed person's daughter. Latin script, the relative's name in
 * the same block after the kinship word; English and Spanish ("hija de").
 */
export function kinOfListedBeside(s: ScanState, span: Pick<Span, 'end'>, e: number): boolean {
  const { starts, ends, flags } = s.tokens;
  const b = s.block;
  const k = span.end + 1;
  if (k + 1 >= b.last || flags[k] & (CAPITALIZED | CASELESS)) return false;
  const gap = b.text.slice(ends[span.end], starts[k]);
  if (gap !== ', ' && gap !== ' ') return false;
  if (!KIN.has(wordAt(s, k)) || !TIES.has(wordAt(s, k + 1)) || !(flags[k + 1] & JOINED)) return false;
  for (const other of b.spans) {
    if (other.start <= k + 1) continue;
    if (other.start > k + 2 + BETWEEN) break;
    if (other.commonNames) return false;
    for (let i = k + 2; i <= other.start; i++) if (!(flags[i] & JOINED)) return false;
    for (const v of other.outputs) {
      const r = v & ENTITY_MASK;
      if (r === e || entityKind(s.index, r) !== 'person' || entityStatusOf(s.index, r) !== 'sanctioned') continue;
      if (isLinked(s.index, e, r) || sharesSurname(s.index, e, r)) return true;
    }
    return false;
  }
  return false;
}

/** Whether a surname of e's listed names is one of r's, or its feminine form with -a (PUTINA of PUTIN). */
function sharesSurname(index: NameIndex, e: number, r: number): boolean {
  const fe = runStart(index.surnameRuns, e);
  const fr = runStart(index.surnameRuns, r);
  for (let i = fe; i < fe + index.surnameRuns.lengths[e]; i++) {
    const a = lexiconWord(index.skeletons, index.surnames[i]);
    for (let j = fr; j < fr + index.surnameRuns.lengths[r]; j++) {
      const b = lexiconWord(index.skeletons, index.surnames[j]);
      if (a === b || a === b + 'a') return true;
    }
  }
  return false;
}
