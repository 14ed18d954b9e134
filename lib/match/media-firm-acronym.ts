// "в эфире телеканала НТВ": a TV company's acronym right after a media outlet's word of kind, where the listed name
// itself calls the firm a TV company before the acronym (AO TELEKOMPANIYA NTV). The page's word of kind agrees with
// the list's, which tells the firm as its country would (cyrillic-acronyms.ts, precision.ts).
import { lexiconId } from '../names/lexicon';
import { skeleton } from '../names/transliterate';
import { stateNamesEntity, type NameIndex } from './name-index';
import { mediaKindBefore } from './media-kind-before-brand';
import { perIndex } from './per-index';
import type { ScanState } from './scan-state';
import { step } from './trie-step';

/** The lists' transliterations of "телекомпания", as the index's skeletons (once per index; -1 where absent). */
const tvCompanySkels = perIndex((index: NameIndex): number[] => [...new Set(['telekompaniya', 'telekompaniia'].map(skeleton))].map((w) => lexiconId(index.skeletons, w)).filter((sk) => sk >= 0));

/**
 * Whether the Cyrillic acronym at token i, after a media outlet's word of kind, is entity e's by a listed name
 * "TELEKOMPANIYA <acronym>" (its legal form left out, as the index holds it).
 */
export function mediaFirmAcronym(s: ScanState, i: number, e: number): boolean {
  const acronym = s.skels[i];
  if (acronym < 0 || !mediaKindBefore(s, i)) return false;
  const index = s.index;
  for (const kind of tvCompanySkels(index)) {
    const after = index.rootChild[kind];
    const state = after >= 0 ? step(index, after, acronym) : -1;
    if (state >= 0 && stateNamesEntity(index, state, e)) return true;
  }
  return false;
}
