// The skeletons of the 75 countries' commonest surnames (lib/names/world-surnames.ts): what makes a surname no rare
// one for the rare-surname rule, the misspelt-name rule and the listed-relative evidence alike.
import { skeleton } from '../names/transliterate';
import { WORLD_SURNAMES } from '../names/world-surnames';

let worldKeys: ReadonlySet<string> | undefined;

/** The skeletons of the 75 countries' commonest surnames, made on first use. */
export function worldSurnameKeys(): ReadonlySet<string> {
  worldKeys ??= new Set(WORLD_SURNAMES.split(/\s+/).filter(Boolean).map(skeleton));
  return worldKeys;
}
