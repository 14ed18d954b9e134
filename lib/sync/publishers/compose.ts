// A new dataset from the installed one and the publications fetched now. For each list that has a new publication,
// its rows in the installed dataset are replaced by the publication's, and what changed between the two becomes
// dated events (added, removed, programs, names); the other lists stay as installed. The records are merged by the
// builder's own merge (lib/dataset/merge.ts), and the curated file is applied to the new records as the builder
// applies it. Pure and in memory: a whole list is about 20,000 records.
import { CURATED_LIST, type CuratedRow } from '../../dataset/curated';
import { eventKey } from '../../dataset/diff';
import { forwardWindow } from '../../dataset/event-window';
import type { Entity, EntityEvent, Sanction } from '../../dataset/format';
import { curatedOnly, ListMerge, sdnEntNum } from '../../dataset/list-merge';
import { agree, matchKeys, mergeInto, sortedNameKey } from '../../dataset/merge';
import { OFAC_SDN_LIST, ofacEntityId } from '../../dataset/ofac';
import { OFAC_CONS_LIST } from '../../dataset/ofac-cons';
import { runToEnd, type Steps } from '../../stepwise';
import { missingSuperseded } from './superseded';
import { stepEndsAt } from './record-steps';
import type { PublisherId, PublisherSource } from './sources';

export interface FreshList {
  source: PublisherSource;
  entities: Entity[];
  /** The publication's date (ISO time): the "to" of every change found. */
  publishedAt: string;
  /**
   * The date of the list as installed (ISO day or time), the "from" of every change found; null when the installed
   * dataset does not hold this list whole (the shipped EU data is one regime), so nothing is diffed.
   */
  installedAt: string | null;
  /**
   * The date of the shipped list this publication supersedes (the EU's Venezuela annex), on the day it first replaces
   * it; null otherwise. An annex entry the publication lacks is then delisted between that date and this one.
   */
  supersededAt?: string | null;
  /** Install even when the publication removes more than GUARD_SHARE of the list (confirmed by a later check or the reader). */
  confirmed: boolean;
  /**
   * Whether the installed names of this list are the publisher's own from an earlier check, so a name missing now
   * was removed by the publisher. The shipped data joins aliases of several years, so it is not compared by name.
   */
  namesComparable: boolean;
}

/** A publication removing more than this share of a list's active entries at once is held back (a cut-short export). */
export const GUARD_SHARE = 0.05;

export interface ListChanges {
  id: PublisherId;
  /** Active entries of the list installed before, and in the publication. */
  before: number;
  after: number;
  added: number;
  removed: number;
  /** Removed entries OFAC folded into another entry for the same party: not delistings. */
  mergedAway: number;
  changed: number;
  /** The publication was held back by the guard; the list stays as installed. */
  held: boolean;
}

export interface Composition {
  /** In id order. */
  entities: Entity[];
  lists: ListChanges[];
}

const isActive = (s: Sanction, lists: Set<string>) => lists.has(s.list) && s.status === 'active';

function refsOf(e: Entity, lists: Set<string>): string[] {
  return e.sources.filter((s) => lists.has(s.list)).map((s) => `${s.list}:${s.ref}`);
}

function activePrograms(e: Entity, lists: Set<string>): string[] {
  return [...new Set(e.sanctions.filter((s) => isActive(s, lists)).map((s) => s.program))].sort();
}

/**
 * Whether two records give the same names in the same order (weak ones aside): then no name was added or removed, and
 * the names need no keys. So it is for nearly every entry of a publication, and the keys were 30 MB of strings a check.
 */
function sameNames(a: Entity, b: Entity): boolean {
  const x = a.names.filter((n) => n.type !== 'weak');
  const y = b.names.filter((n) => n.type !== 'weak');
  return x.length === y.length && x.every((n, i) => n.name === y[i].name);
}

/** The entity's names by their sorted key, leaving out weak names and those whose key is in `ours`. */
function namesOf(e: Entity, ours: Set<string>): Map<string, string> {
  return new Map(e.names.filter((n) => n.type !== 'weak').map((n) => [sortedNameKey(n.name), n.name] as const).filter(([k]) => !ours.has(k)));
}

/** The names each curated row adds to a list entry (mergeInto), by `list:ref`, as sorted keys. */
function curatedNamesByRef(rows: CuratedRow[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.mergeInto) continue;
    const key = `${row.mergeInto.list}:${row.mergeInto.ref}`;
    const names = out.get(key) ?? new Set<string>();
    for (const n of row.entity.names) names.add(sortedNameKey(n.name));
    out.set(key, names);
  }
  return out;
}

type ChangeFields = Pick<EntityEvent, 'change' | 'programs' | 'programsBefore' | 'namesAdded' | 'namesRemoved' | 'entries'>;

/** A change dated by the two publications that bound it, with its parameters for the reader's language. */
function between(fresh: FreshList, type: EntityEvent['type'], summary: string, fields: ChangeFields): EntityEvent {
  const authority = fresh.entities.find((e) => e.sanctions.length)?.sanctions[0].authority ?? fresh.source.label;
  const params = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && (!Array.isArray(v) || v.length > 0)));
  return forwardWindow({ date: fresh.publishedAt, after: fresh.installedAt!, precision: 'between', type, authority, summary, sourceUrl: fresh.source.homepage, list: fresh.source.lists[0], ...params });
}

/**
 * Listing dates for the publication's rows that give none of their own (OFAC's files carry no dates): a program the
 * installed record already had, active, keeps the installed row's dates (the shipped history's "on the list by" or
 * "listed between"); a program new on the entry, or listed again, was listed between the installed publication and
 * this one, as its "added" event says. With no installed publication to compare with, nothing is invented.
 */
function carryListingDates(b: Entity | undefined, e: Entity, lists: Set<string>, fresh: FreshList): void {
  for (const s of e.sanctions) {
    if (!isActive(s, lists) || s.listed || s.listedBy || s.listedAfter) continue;
    const was = b?.sanctions.find((x) => x.list === s.list && x.program === s.program && x.status === 'active');
    if (was) {
      if (was.listed) s.listed = was.listed;
      if (was.listedBy) s.listedBy = was.listedBy;
      if (was.listedAfter) s.listedAfter = was.listedAfter;
    } else if (fresh.installedAt) {
      s.listedAfter = fresh.installedAt.slice(0, 10);
      s.listedBy = fresh.publishedAt.slice(0, 10);
    }
  }
}

function listRef(ref: string): string {
  return ref.slice(ref.indexOf(':') + 1);
}

/** The fresh record, among `candidates`, that is the same party as `e` by the merge's own keys. */
function sameParty(e: Entity, index: Map<string, Entity[]>): Entity | undefined {
  for (const k of matchKeys(e)) for (const c of index.get(k) ?? []) if (agree(c, e, k)) return c;
  return undefined;
}

function* keyIndex(entities: Entity[]): Steps<Map<string, Entity[]>> {
  const index = new Map<string, Entity[]>();
  for (const [i, e] of entities.entries()) {
    if (stepEndsAt(i)) yield;
    for (const k of matchKeys(e)) {
      const list = index.get(k);
      if (list) list.push(e);
      else index.set(k, [e]);
    }
  }
  return index;
}

function dedupe(e: Entity): Entity {
  const uniq = <T>(xs: T[], key: (x: T) => string) => {
    const seen = new Set<string>();
    return xs.filter((x) => !seen.has(key(x)) && (seen.add(key(x)), true));
  };
  return {
    ...e,
    sources: uniq(e.sources, (s) => `${s.list}:${s.ref}`),
    sanctions: uniq(e.sanctions, (s) => JSON.stringify(s)),
    events: uniq(e.events, eventKey).sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/**
 * Diffs one list's publication against the installed records, adding the change events to the records (fresh ones,
 * or installed ones that stay as delisted), and says which installed records the publication replaces.
 */
function* diffList(fresh: FreshList, base: Entity[], changes: ListChanges, curatedNames: Map<string, Set<string>>): Steps<{ replaced: Set<Entity>; ghosts: Map<Entity, Entity>; held: boolean }> {
  const lists = new Set(fresh.source.lists);
  const superseded = new Set(fresh.source.supersedes);
  const freshByRef = new Map<string, Entity>();
  for (const [i, e] of fresh.entities.entries()) {
    // 15,000 OFAC entries in one step were a quarter of a second in a worker profile: a step is a few records.
    if (stepEndsAt(i)) yield;
    for (const r of refsOf(e, lists)) freshByRef.set(r, e);
    if (activePrograms(e, lists).length > 0) changes.after++;
  }

  const replaced = new Set<Entity>();
  const ghosts = new Map<Entity, Entity>();
  const removed: Entity[] = [];
  const kept: [Entity, Entity][] = [];
  const supersededActive: Entity[] = [];
  for (const [i, b] of base.entries()) {
    if (stepEndsAt(i)) yield;
    const refs = refsOf(b, lists);
    if (refs.length === 0) {
      // Only the first full file replaces the superseded list; what is left of it afterwards is its delisted history.
      if (!fresh.installedAt && b.sources.some((s) => superseded.has(s.list))) {
        replaced.add(b);
        if (b.sanctions.some((s) => superseded.has(s.list) && s.status === 'active')) supersededActive.push(b);
      }
      continue;
    }
    const active = activePrograms(b, lists).length > 0;
    if (active) changes.before++;
    const now = refs.map((r) => freshByRef.get(r)).find((x) => x);
    if (now) {
      replaced.add(b);
      kept.push([b, now]);
    } else if (active) {
      removed.push(b);
    }
    // An entry already delisted and still absent stays as it is: it is history.
  }
  // The first full file replacing a superseded list (the EU's over the shipped Venezuela annex) is guarded too: the
  // annex's entries are looked for in it by what both carry, as it has none of the file's ids.
  const missingAnnex = supersededActive.length > 0 ? yield* missingSuperseded(supersededActive, superseded, fresh.entities, fresh.source.supersededPrograms ?? {}) : [];
  if (missingAnnex.length / Math.max(1, supersededActive.length) > GUARD_SHARE && !fresh.confirmed) {
    changes.before = supersededActive.length;
    changes.removed = missingAnnex.length;
    return { replaced: new Set(), ghosts: new Map(), held: true };
  }
  // An annex entry the full file lacks (a few, or more once the reader confirmed) stays, delisted, with its event.
  for (const b of missingAnnex) {
    changes.removed++;
    const programs = activePrograms(b, superseded);
    const event = forwardWindow({ ...between(fresh, 'delisted', `Removed from the ${fresh.source.label} (${programs.join(', ')})`, { change: 'removed', programs }), after: fresh.supersededAt ?? fresh.installedAt ?? fresh.publishedAt });
    ghosts.set(b, { ...b, sanctions: b.sanctions.map((s) => (isActive(s, superseded) ? { ...s, status: 'delisted' as const } : s)), events: [...b.events, event] });
  }
  if (fresh.installedAt && changes.before > 0 && removed.length / changes.before > GUARD_SHARE && !fresh.confirmed) {
    changes.removed = removed.length;
    return { replaced: new Set(), ghosts: new Map(), held: true };
  }
  if (!fresh.installedAt) {
    // Nothing to compare with: the list was not installed whole. Its installed rows are replaced, none is "removed".
    for (const b of removed) replaced.add(b);
    changes.added = changes.after;
    for (const [b, e] of kept) carryListingDates(b, e, lists, fresh);
    return { replaced, ghosts, held: false };
  }

  const baseRefs = new Set<string>();
  for (const [i, b] of base.entries()) {
    if (stepEndsAt(i)) yield;
    for (const r of refsOf(b, lists)) baseRefs.add(r);
  }
  for (const [i, e] of fresh.entities.entries()) {
    if (stepEndsAt(i)) yield;
    if (refsOf(e, lists).some((r) => baseRefs.has(r))) continue;
    changes.added++;
    carryListingDates(undefined, e, lists, fresh);
    const programs = activePrograms(e, lists);
    // A list that dates its own designations (UN, EU, UK) already gave the event, with its day.
    if (e.events.some((x) => x.type === 'designated')) continue;
    e.events.push(between(fresh, 'designated', `Added to the ${fresh.source.label}${programs.length ? ` (${programs.join(', ')})` : ''}`, { change: 'added', programs }));
  }

  const freshIndex = yield* keyIndex(fresh.entities);
  for (const [i, b] of removed.entries()) {
    if (stepEndsAt(i)) yield;
    replaced.add(b);
    const into = sameParty(b, freshIndex);
    const gone = refsOf(b, lists).map(listRef).join(', ');
    if (into) {
      // OFAC deletes an entry it folds into another for the same party (Sept 2022: 35168 into 31124): not a delisting.
      changes.mergedAway++;
      const target = refsOf(into, lists).map(listRef).join(', ');
      into.events.push(...b.events, between(fresh, 'amended', `Entry ${gone} of the ${fresh.source.label} was merged into entry ${target} for the same party`, { change: 'merged', entries: [gone, target] }));
      continue;
    }
    changes.removed++;
    const programs = activePrograms(b, lists);
    const ghost: Entity = {
      ...b,
      sanctions: b.sanctions.map((s) => (isActive(s, lists) ? { ...s, status: 'delisted' as const } : s)),
      events: [...b.events, between(fresh, 'delisted', `Removed from the ${fresh.source.label} (${programs.join(', ')})`, { change: 'removed', programs })],
    };
    ghosts.set(b, ghost);
  }

  for (const [i, [b, e]] of kept.entries()) {
    if (stepEndsAt(i)) yield;
    carryListingDates(b, e, lists, fresh);
    const was = activePrograms(b, lists);
    const now = activePrograms(e, lists);
    let changed = false;
    if (was.join() !== now.join()) {
      changed = true;
      if (was.length === 0) {
        // An entry the list had delisted, listed again.
        e.events.push(between(fresh, 'designated', `Added to the ${fresh.source.label} again (${now.join(', ')})`, { change: 'added', programs: now }));
      } else if (now.length === 0) {
        e.events.push(between(fresh, 'delisted', `Delisted from the ${fresh.source.label} (${was.join(', ')})`, { change: 'delisted', programs: was }));
      } else {
        e.events.push(between(fresh, 'program-changed', `Programs on the ${fresh.source.label}: ${was.join(', ')} → ${now.join(', ')}`, { change: 'programs', programs: now, programsBefore: was }));
      }
    }
    // Names are compared only where the installed record holds this list alone: a merged record's names come from
    // several lists, and a name another list gives is no change of this one.
    const single = b.sources.every((s) => lists.has(s.list) || s.list === CURATED_LIST);
    if (single && fresh.namesComparable && !sameNames(b, e)) {
      // The curated file's names for this entry (applied after the diff) are ours, not the publisher's.
      const ours = new Set(refsOf(b, lists).flatMap((r) => [...(curatedNames.get(r) ?? [])]));
      const before = namesOf(b, ours);
      const after = namesOf(e, ours);
      const added = [...after.keys()].filter((k) => !before.has(k)).map((k) => after.get(k)!);
      const dropped = [...before.keys()].filter((k) => !after.has(k)).map((k) => before.get(k)!);
      if (added.length || dropped.length) {
        changed = true;
        const parts = [added.length ? `added ${added.join('; ')}` : '', dropped.length ? `removed ${dropped.join('; ')}` : ''].filter(Boolean);
        e.events.push(between(fresh, 'name-changed', `Names on the ${fresh.source.label}: ${parts.join('; ')}`, { change: 'names', namesAdded: added, namesRemoved: dropped }));
      }
    }
    // The installed record's history goes on with the new one.
    e.events.push(...b.events);
    if (changed) changes.changed++;
  }
  return { replaced, ghosts, held: false };
}

/** What stays of an installed record when the lists in `lists` are replaced: null when nothing of it stays. */
function remnant(b: Entity, lists: Set<string>): Entity | null {
  const sources = b.sources.filter((s) => !lists.has(s.list));
  if (!sources.some((s) => s.list !== CURATED_LIST)) return null;
  return { ...b, sources, sanctions: b.sanctions.filter((s) => !lists.has(s.list)) };
}

/**
 * The dataset after installing `fresh` over `base`. Installed records of other lists stay; a record on a replaced
 * list and another list keeps its other lists' rows and its id, and the new rows merge back into it.
 */
export function compose(base: Entity[], fresh: FreshList[], curatedRows: CuratedRow[]): Composition {
  return runToEnd(composeSteps(base, fresh, curatedRows));
}

/** compose, yielding every few records (record-steps.ts), so the worker goes on answering pages meanwhile. */
export function* composeSteps(base: Entity[], fresh: FreshList[], curatedRows: CuratedRow[]): Steps<Composition> {
  const lists: ListChanges[] = [];
  const replacedLists = new Set<string>();
  const replaced = new Set<Entity>();
  const ghosts = new Map<Entity, Entity>();
  const applied: FreshList[] = [];
  const curatedNames = curatedNamesByRef(curatedRows);
  for (const f of fresh) {
    const changes: ListChanges = { id: f.source.id, before: 0, after: 0, added: 0, removed: 0, mergedAway: 0, changed: 0, held: false };
    const d = yield* diffList(f, base, changes, curatedNames);
    lists.push(changes);
    if (d.held) {
      changes.held = true;
      continue;
    }
    applied.push(f);
    for (const l of [...f.source.lists, ...f.source.supersedes]) replacedLists.add(l);
    d.replaced.forEach((b) => replaced.add(b));
    d.ghosts.forEach((g, b) => ghosts.set(b, g));
  }

  // Installed records first, so they keep their ids; a new record with the id of one (an entry's remnant) joins it.
  const byId = new Map<string, Entity>();
  const keep = (e: Entity) => {
    const same = byId.get(e.id);
    if (same) mergeInto(same, e);
    else byId.set(e.id, e);
  };
  for (const [i, b] of base.entries()) {
    if (stepEndsAt(i)) yield;
    if (ghosts.has(b)) keep(ghosts.get(b)!);
    else if (!replaced.has(b)) keep(b);
    else {
      const rest = remnant(b, replacedLists);
      if (rest) keep(rest);
    }
  }
  for (const f of applied) {
    for (const [i, e] of f.entities.entries()) {
      if (stepEndsAt(i)) yield;
      keep(e);
    }
  }
  // The builder's merge, in its order (lib/dataset/list-merge.ts): the other lists held, each OFAC non-SDN record
  // folded into the SDN entry of its ent_num, every SDN entry counted, then each made whole: its non-SDN record, the
  // curated rows (an installed record already carrying them keeps them once), the held records of the same party.
  const merge = new ListMerge(curatedRows, 'curated.json');
  const primary: Entity[] = [];
  const standalone: Entity[] = [];
  let n = 0;
  for (const e of byId.values()) {
    if (stepEndsAt(n++)) yield;
    if (curatedOnly(e)) standalone.push(e);
    else if (e.sources.some((s) => s.list === OFAC_SDN_LIST)) primary.push(e);
    else if (e.id.startsWith('ofac-cons-') && e.sources.every((s) => s.list === OFAC_CONS_LIST)) merge.holdConsolidated(e);
    else merge.hold(e);
  }
  merge.releaseConsolidated((entNum) => byId.get(ofacEntityId(entNum))?.sanctions.some((s) => s.list === OFAC_SDN_LIST && s.status === 'active') ?? false);
  const entNums = primary.map(sdnEntNum);
  // The whole-name rule merges a name only one OFAC record carries: all are counted first, as the builder does.
  for (const [i, e] of primary.entries()) {
    if (stepEndsAt(i)) yield;
    merge.count(e, entNums[i] ?? '');
  }
  const merged: Entity[] = [];
  for (const [i, e] of primary.entries()) {
    if (stepEndsAt(i)) yield;
    merged.push(...merge.take(e, entNums[i]));
  }
  merged.push(...merge.endOfStream());
  // The curated file's own records are installed already; one the installed dataset lacks joins.
  merged.push(...standalone, ...merge.rest().filter((e) => !curatedOnly(e) || !byId.has(e.id)));
  const deduped: Entity[] = [];
  for (const [i, e] of merged.entries()) {
    if (stepEndsAt(i)) yield;
    deduped.push(dedupe(e));
  }
  const entities = deduped.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities, lists };
}
