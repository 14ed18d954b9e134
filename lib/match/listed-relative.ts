// A common name ("Cilia Flores", "Nicolás Maduro Guerra", "Yoswal Gavidia Flores") on a page that named before, and
// confirmed, a listed relative of the person: one who shares a surname of the person's listed names that is rare
// (FLORES DE MADURO, Cilia and MADURO MOROS, Nicolas share Maduro, which neither the lists' counts nor the world's
// commonest surnames hold) and a country. A story about a listed family names its members by their everyday names;
// a namesake of the wife on a page about the husband is the unlikely reading. Flores, Kim, Garcia, shared by many,
// never count, nor a rare given name the page let stand for a surname (evidence.ts).
import { lexiconWord } from '../names/lexicon';
import * as names from './name-index';
import type { NameIndex } from './name-index';
import { worldSurnameKeys } from './world-surname-keys';
import { runStart } from './runs';
import type { ScanState } from './scan-state';

const { SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_PARTICLE } = names;
const NOT_RARE = SKEL_COMMON_NAME | SKEL_COMMON_WORD | SKEL_COUNTRY | SKEL_PARTICLE;

/** Whether the page named before, and confirmed, a listed relative of person e (above). */
export function confirmedRelativeBefore(s: ScanState, e: number): boolean {
  const { index, context: ctx } = s;
  if (ctx.surnames.size === 0) return false;
  const first = runStart(index.surnameRuns, e);
  for (let k = first; k < first + index.surnameRuns.lengths[e]; k++) {
    const sk = index.surnames[k];
    const carriers = ctx.surnames.get(sk);
    if (!carriers || index.skelFlags[sk] & NOT_RARE || ctx.givenNames?.has(sk)) continue;
    for (const r of carriers) {
      const status = r === e ? undefined : ctx.resolved.get(r);
      if ((status === 'sanctioned' || status === 'delisted') && shareCountry(index, e, r) && !worldSurnameKeys().has(lexiconWord(index.skeletons, sk))) return true;
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
