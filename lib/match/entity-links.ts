// The entities a listed entity is tied to in the lists' own words: OFAC's "Linked To:" (an entity's `links` with a
// resolved id) and the organisation a person's position names ("Director General of <the firm's listed name>"), both
// ways. A page that names one of them beside a name tells which of two namesakes or two entries the name means
// (rank.ts). Gathered while the index is built, laid out as sorted entity numbers per entity.
import type { Entity } from '../dataset/format';
import { isCommonWord } from '../names/frequency';
import { isSharedBrand } from './brand-families';
import { IntList } from './int-list';
import { ENTITY_MASK, type NameIndex } from './name-index';
import { runStart, runsFromStarts, type Runs } from './runs';
import type { Span } from './scan-state';

/** How a candidate's linked entities stand on the page (rankCandidates' bonus). */
export const LINK_NONE = 0;
export const LINK_ON_PAGE = 1;
export const LINK_IN_BLOCK = 2;

export class EntityLinksDraft {
  /** Pairs (entity, id of the entity it links to), resolved to numbers at the end. */
  private readonly byIdFrom = new IntList();
  private readonly byIdTo: string[] = [];
  /** Pairs (person, the upper-cased words after an "of" of a position), resolved to organisations at the end. */
  private readonly byPositionFrom = new IntList();
  private readonly byPositionTo: string[] = [];
  /** Organisations' non-weak names as listed (no copy made here) and their entities. */
  private readonly orgNames: string[] = [];
  private readonly orgEntities = new IntList();

  note(entity: Entity, e: number): void {
    if (entity.links) {
      for (const link of entity.links) {
        if (!link.id) continue;
        this.byIdFrom.push(e);
        this.byIdTo.push(link.id);
      }
    }
    if (entity.kind === 'person') {
      if (entity.positions.length === 0) return;
      for (const p of entity.positions) {
        for (const tail of positionTails(p)) {
          this.byPositionFrom.push(e);
          this.byPositionTo.push(tail);
        }
      }
    } else if (entity.kind === 'organization') {
      for (const n of entity.names) {
        if (n.type === 'weak') continue;
        this.orgNames.push(n.name);
        this.orgEntities.push(e);
      }
    }
  }

  /** Each entity's linked entities (both ways, each once, ascending), for the entities with these ids. */
  finish(ids: readonly string[]): { linkRuns: Runs; links: Int32Array } {
    const pairs: number[] = [];
    // A pair as one number (entity numbers are below 2^24), so that the sort is a numeric one.
    const pair = (e: number, f: number) => pairs.push(e * PAIR + f, f * PAIR + e);
    if (this.byIdTo.length) {
      const number = new Map<string, number>();
      ids.forEach((id, e) => number.set(id, e));
      this.byIdTo.forEach((id, k) => {
        const e = this.byIdFrom.data[k];
        const f = number.get(id);
        if (f !== undefined && f !== e) pair(e, f);
      });
    }
    if (this.byPositionTo.length) {
      // The lists write most firms' names in capitals already: only a name with a small letter is upper-cased.
      const wanted = new Set(this.byPositionTo);
      const org = new Map<string, number>();
      this.orgNames.forEach((name, k) => {
        const key = wanted.has(name) ? name : SMALL_LETTER.test(name) ? name.toUpperCase() : undefined;
        if (key === undefined || !wanted.has(key)) return;
        const e = this.orgEntities.data[k];
        const known = org.get(key);
        org.set(key, known === undefined || known === e ? e : -1);
      });
      this.byPositionTo.forEach((tail, k) => {
        const f = org.get(tail);
        if (f !== undefined && f >= 0) pair(this.byPositionFrom.data[k], f);
      });
    }
    const sorted = Float64Array.from(pairs).sort();
    const starts = new Int32Array(ids.length + 1);
    const links = new IntList(sorted.length + 1);
    let k = 0;
    for (let e = 0; e < ids.length; e++) {
      starts[e] = links.length;
      let last = -1;
      for (; k < sorted.length && Math.floor(sorted[k] / PAIR) === e; k++) {
        const f = sorted[k] % PAIR;
        if (f !== last) links.push((last = f));
      }
    }
    starts[ids.length] = links.length;
    return { linkRuns: runsFromStarts(starts, true), links: links.toArray() };
  }
}

const PAIR = 2 ** 24;
const SMALL_LETTER = /\p{Ll}/u;

/**
 * The words after each "of" of a position that may be an organisation's whole name: two words or more, or one
 * written in capitals as an acronym is ("Commander of IRGC"); "Minister of Justice" names no firm JUSTICE.
 */
function positionTails(position: string): string[] {
  const tails: string[] = [];
  const re = / of (?:the )?/gi;
  for (let m = re.exec(position); m; m = re.exec(position)) {
    const tail = position.slice(m.index + m[0].length).replace(/[.;,\s]+$/, '');
    const oneWord = !/\s/.test(tail);
    if (oneWord && (tail.length < 3 || tail !== tail.toUpperCase() || isCommonWord(tail.toLowerCase()))) continue;
    tails.push(tail.toUpperCase());
  }
  return tails;
}

/** Whether entity f is among e's linked entities (each entity's list is sorted). */
export function isLinked(index: NameIndex, e: number, f: number): boolean {
  let lo = runStart(index.linkRuns, e);
  let hi = lo + index.linkRuns.lengths[e] - 1;
  const links = index.links;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid] < f) lo = mid + 1;
    else if (links[mid] > f) hi = mid - 1;
    else return true;
  }
  return false;
}

/**
 * How near the page names an entity linked to candidate e: in the same block (a name there not made of common words
 * alone: "Сергей Топор-Гилка" is brief, with a common given name, and still his), or anywhere on the page so far in a
 * distinctive form (`distinctive`); the span's own candidates do not count for each other.
 */
export function linkOnPage(index: NameIndex, e: number, span: Pick<Span, 'outputs'>, blockSpans: readonly Span[], distinctive: ReadonlySet<number>): number {
  if (index.linkRuns.lengths[e] === 0) return LINK_NONE;
  for (const other of blockSpans) {
    if (other.commonNames || other.outputs === span.outputs) continue;
    for (const v of other.outputs) if (!isSharedBrand(index, v) && isLinked(index, e, v & ENTITY_MASK) && !amongOutputs(span.outputs, v & ENTITY_MASK)) return LINK_IN_BLOCK;
  }
  // Through the shorter of the two: a body the lists link hundreds to (ISIL, the IRGC), or a long page's names.
  const count = index.linkRuns.lengths[e];
  if (count < distinctive.size) {
    const first = runStart(index.linkRuns, e);
    for (let k = first; k < first + count; k++) {
      const f = index.links[k];
      if (distinctive.has(f) && !amongOutputs(span.outputs, f)) return LINK_ON_PAGE;
    }
  } else for (const f of distinctive) if (isLinked(index, e, f) && !amongOutputs(span.outputs, f)) return LINK_ON_PAGE;
  return LINK_NONE;
}

function amongOutputs(outputs: readonly number[], f: number): boolean {
  for (const v of outputs) if ((v & ENTITY_MASK) === f) return true;
  return false;
}
