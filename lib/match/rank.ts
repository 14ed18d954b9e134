// Choosing among the entities a span of text may name, and how sure to be: the best candidate first,
// ranked by how complete the name is, the title before it, the countries on the page and what the lists tie each
// candidate to that the page names; a common name without evidence on the page is only a possible match.
import { runStart } from './runs';
import { BRAND_FIRM_MISSING, isBrandFirm } from './brand-families';
import { LINK_IN_BLOCK, LINK_NONE, linkOnPage } from './entity-links';
import { ENTITY_MASK, OUT_ALIAS, OUT_FAMILY_FIRST, OUT_MISSING_SHIFT, type NameIndex } from './name-index';
import type { Span } from './scan-state';

/** What the page tells about one span, gathered before ranking. */
export interface SpanEvidence {
  /** Title bits of the words just before the name ("President", "Gen."). */
  titles: number;
  /** Country numbers named on the page so far. */
  countries: ReadonlySet<number>;
  /** Entities the page names in a distinctive form (a fuller or rarer name), anywhere on the page. */
  distinctive: ReadonlySet<number>;
  /** The span ranked and its block's spans: a linked entity named there is nearer than one elsewhere on the page. */
  span: Pick<Span, 'outputs'>;
  blockSpans: readonly Span[];
}

export interface Ranked {
  entity: number;
  score: number;
  roleMatch: boolean;
  countryMatch: boolean;
  /** The best form of the entity's names the words stand for: an alias, and how many listed words it leaves out. */
  alias: boolean;
  missing: number;
  /** Whether the page names an entity the lists tie this one to (entity-links.ts): LINK_NONE, _ON_PAGE, _IN_BLOCK. */
  link: number;
}

// A linked entity the page names beside the name tells namesakes and a brand's firms apart as a title of the role
// does; named elsewhere on the page, a little less.
const LINK_IN_BLOCK_SCORE = 20;
const LINK_ON_PAGE_SCORE = 15;

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
    if (k === best.length || best[k].score < score) best[k] = { entity: e, score, roleMatch, countryMatch, alias: (v & OUT_ALIAS) !== 0, missing, link: LINK_NONE };
  }
  if (best.length > 1) linkedBonus(index, outputs, ev, best);
  return best.length > 1 ? best.sort(byScore) : best;
}

/**
 * Raises the candidates whose linked entities the page names, nearest first ("глава «Технопромэкспорта» Сергей
 * Топор-Гилка": OFAC links him to the LLC, not to the older OAO of the same brand). A firm that only shares the brand
 * (brand-families.ts) and whose name is only its legal form, words of kind and the brand stands, so linked, where the
 * brand's own firm does, less a point: the brand names it as well as its parent (a body whose name begins with the brand,
 * ISIS-SOMALIA for "ISIS", does not: it only gains the link's points).
 */
function linkedBonus(index: NameIndex, outputs: readonly number[], ev: SpanEvidence, best: Ranked[]): void {
  // Cheapest first: only a candidate the lists link to something, and that a link may lift to the first place or
  // level with it, is asked about the page (most spans with several candidates are a brand and its family, far apart).
  let top = -Infinity;
  for (const r of best) top = Math.max(top, r.score);
  let near = 0;
  let linkable = 0;
  for (const r of best) {
    if (r.score + LINK_IN_BLOCK_SCORE < top && !(r.missing === BRAND_FIRM_MISSING && brandFirmOnly(index, outputs, r.entity))) continue;
    near++;
    if (index.linkRuns.lengths[r.entity] > 0) linkable++;
  }
  if (near < 2 || linkable === 0) return;
  let anyLinked = false;
  for (const r of best) {
    if (index.linkRuns.lengths[r.entity] === 0) continue;
    if (r.score + LINK_IN_BLOCK_SCORE < top && !(r.missing === BRAND_FIRM_MISSING && brandFirmOnly(index, outputs, r.entity))) continue;
    r.link = linkOnPage(index, r.entity, ev.span, ev.blockSpans, ev.distinctive);
    anyLinked ||= r.link !== LINK_NONE;
  }
  if (!anyLinked) return;
  // What the brand's own firms score before any link: a firm the brand names as well stands just below that once
  // linked, so that a link both have keeps the brand's own first.
  let brandOwn = -Infinity;
  for (const r of best) if (r.missing !== BRAND_FIRM_MISSING || !brandFirmOnly(index, outputs, r.entity)) brandOwn = Math.max(brandOwn, r.score);
  for (const r of best) {
    if (r.link === LINK_NONE) continue;
    if (r.missing === BRAND_FIRM_MISSING && brandFirmOnly(index, outputs, r.entity)) r.score = Math.max(r.score, brandOwn - 1);
    r.score += r.link === LINK_IN_BLOCK ? LINK_IN_BLOCK_SCORE : LINK_ON_PAGE_SCORE;
  }
}

/** Whether the span names entity e only as a firm the brand names as well as its own (brand-families.ts). */
function brandFirmOnly(index: NameIndex, outputs: readonly number[], e: number): boolean {
  for (const v of outputs) if ((v & ENTITY_MASK) === e && !isBrandFirm(index, v)) return false;
  return true;
}

function byScore(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.entity - b.entity;
}
