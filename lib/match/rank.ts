// Choosing among the entities a span of text may name, and how sure to be: the best candidate first,
// ranked by how complete the name is, the title before it and the countries on the page; a common name
// without evidence on the page is only a possible match.
import { runStart } from './runs';
import { ENTITY_MASK, OUT_ALIAS, OUT_FAMILY_FIRST, OUT_MISSING_SHIFT, type NameIndex } from './name-index';

/** What the page tells about one span, gathered before ranking. */
export interface SpanEvidence {
  /** Title bits of the words just before the name ("President", "Gen."). */
  titles: number;
  /** Country numbers named on the page so far. */
  countries: ReadonlySet<number>;
  /** Entities the page names in a distinctive form (a fuller or rarer name), anywhere on the page. */
  distinctive: ReadonlySet<number>;
}

export interface Ranked {
  entity: number;
  score: number;
  roleMatch: boolean;
  countryMatch: boolean;
  /** The best form of the entity's names the words stand for: an alias, and how many listed words it leaves out. */
  alias: boolean;
  missing: number;
}

function hasCountry(index: NameIndex, e: number, countries: ReadonlySet<number>): boolean {
  const start = runStart(index.countryRuns, e);
  for (let i = start; i < start + index.countryRuns.lengths[e]; i++) if (countries.has(index.countries[i])) return true;
  return false;
}

/** Scores each candidate output; one entry per entity, best first (ties keep the dataset's order). */
export function rankCandidates(index: NameIndex, outputs: readonly number[], ev: SpanEvidence): Ranked[] {
  // One entry per entity in a plain array: a span has a few outputs, most often of one entity, and a Map and its
  // spread cost more than the search (the sort below orders the entries whatever their order here).
  const best: Ranked[] = [];
  for (const v of outputs) {
    const e = v & ENTITY_MASK;
    const missing = (v >>> OUT_MISSING_SHIFT) & 7;
    const roleMatch = (index.entityRoles[e] & ev.titles) !== 0;
    const countryMatch = hasCountry(index, e, ev.countries);
    // Words the form leaves out count against it, unless the page gave the fuller name: "Mohamed Ibrahim" after
    // "Mohamed Ahmed Elsayed Ahmed Ibrahim" is that man before a listed "Muhammad al-Ibrahim".
    const distinctive = ev.distinctive.has(e);
    let score = 100 - (distinctive ? 0 : missing * 8);
    if (v & OUT_ALIAS) score -= 3;
    if (v & OUT_FAMILY_FIRST) score -= 1;
    if (roleMatch) score += 20;
    if (countryMatch) score += 10;
    if (distinctive) score += 15;
    let k = 0;
    while (k < best.length && best[k].entity !== e) k++;
    if (k === best.length || best[k].score < score) best[k] = { entity: e, score, roleMatch, countryMatch, alias: (v & OUT_ALIAS) !== 0, missing };
  }
  return best.length > 1 ? best.sort(byScore) : best;
}

function byScore(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.entity - b.entity;
}
