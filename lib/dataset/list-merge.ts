// The lists made into one dataset, in one order, by one class: `npm run dataset` (scripts/build-dataset.ts) and the
// worker's compose (lib/sync/publishers/compose.ts) both run it, so identical files give identical entities.
// The order: the smaller lists are held (hold), OFAC's non-SDN records wait for the SDN entry of their ent_num
// (holdConsolidated, releaseConsolidated) and one list's duplicate entries among them are made one
// (same-list-duplicates.ts), every SDN entry is counted (count), then each streams past (take): its
// non-SDN record folded in, the curated rows applied, the held records of the same party merged in, and one list's
// duplicate entries made one (same-list-duplicates.ts). What is left (rest): the held records no entry took, each
// with its curated rows, and the curated file's own records.
import { CuratedApplier, CURATED_LIST, type CuratedRow } from './curated';
import type { Entity } from './format';
import { MergeIndex, mergeInto, type NearMiss } from './merge';
import { OFAC_SDN_LIST, ofacEntityId } from './ofac';
import { SameListDuplicates, sameListKey } from './same-list-duplicates';

export interface ListMergeReports {
  /** Every near miss and whole-name pair the merge met, merged or refused (the builder prints them). */
  nearMiss?: (m: NearMiss) => void;
  /** Two entries of one list made one: the kept one and the one it took, before they are merged. */
  sameList?: (into: Entity, other: Entity) => void;
}

type Phase = 'holding' | 'counting' | 'streaming' | 'done';
const PHASES: Phase[] = ['holding', 'counting', 'streaming', 'done'];

export class ListMerge {
  readonly index: MergeIndex;
  readonly curated: CuratedApplier;
  /** OFAC non-SDN records by ent_num, until the SDN entry of that number takes them. */
  private readonly consolidated = new Map<string, Entity>();
  private phase: Phase = 'holding';
  /** The held records, in order, until the holding ends: then one list's entries of one person are made one. */
  private readonly pending: { e: Entity; joinByName: boolean }[] = [];

  constructor(curatedRows: CuratedRow[], curatedFile: string, private readonly reports: ListMergeReports = {}) {
    this.index = new MergeIndex(reports.nearMiss);
    this.curated = new CuratedApplier(curatedRows, curatedFile);
  }

  /** The order above is the contract: a step out of it throws rather than give other entities. */
  private enter(phase: Phase): void {
    if (PHASES.indexOf(phase) < PHASES.indexOf(this.phase)) throw new Error(`ListMerge: ${phase} after ${this.phase}`);
    if (this.phase === 'holding' && phase !== 'holding') this.indexHeld();
    this.phase = phase;
  }

  private indexHeld(): void {
    const duplicates = new SameListDuplicates();
    for (const { e } of this.pending) duplicates.count(e);
    const joinByName = new Map(this.pending.map((p) => [p.e, p.joinByName]));
    const add = (e: Entity) => this.index.add(e, joinByName.get(e) ?? false);
    for (const { e } of this.pending) duplicates.offer(e, mergeInto, this.reports.sameList).forEach(add);
    duplicates.flush(mergeInto, this.reports.sameList).forEach(add);
    this.pending.length = 0;
  }

  /** A smaller list's record (UN, EU; Canada's with `joinByName`, MergeIndex.add). */
  hold(e: Entity, joinByName = false): void {
    this.enter('holding');
    this.pending.push({ e, joinByName });
  }

  /** An OFAC non-SDN record (ofac-cons.ts): the same entry as the SDN entry of its ent_num, if there is one. */
  holdConsolidated(e: Entity): void {
    this.enter('holding');
    this.consolidated.set(e.sources[0].ref, e);
  }

  /** Holds, like the UN's, the non-SDN records whose ent_num is on no SDN entry (`onSdn`); the others wait for it. */
  releaseConsolidated(onSdn: (entNum: string) => boolean): void {
    this.enter('holding');
    for (const [entNum, e] of this.consolidated) {
      if (onSdn(entNum)) continue;
      this.pending.push({ e, joinByName: false });
      this.consolidated.delete(entNum);
    }
  }

  /** The kind of the non-SDN record of `entNum`, while it waits (the autumn-2025 names give no kind). */
  consolidatedKind(entNum: string): Entity['kind'] | undefined {
    return this.consolidated.get(entNum)?.kind;
  }

  /**
   * Counts an SDN entry that will stream past (MergeIndex.countStream) with the names take will give it: its non-SDN
   * record's too. `e` is not changed.
   */
  count(e: Entity, entNum: string): void {
    this.enter('counting');
    const c = this.consolidated.get(entNum);
    if (!c) {
      this.index.countStream(e);
      return;
    }
    const probe = structuredClone(e);
    mergeInto(probe, c);
    this.index.countStream(probe);
  }

  /**
   * One SDN entry (OFAC entry `entNum`) streaming past, made whole: what passes now, or nothing while it waits for
   * its other entry on the same list (a group passes when its last entry comes, or at endOfStream). `onStream`:
   * Canada's join by name alone (MergeIndex.takeByName).
   */
  take(e: Entity, entNum: string | undefined, onStream?: (key: string) => number): Entity[] {
    this.enter('streaming');
    const c = entNum === undefined ? undefined : this.consolidated.get(entNum);
    if (c) {
      mergeInto(e, c);
      this.consolidated.delete(entNum!);
    }
    // Its same-list key as counted: the held records it takes may bring birth dates and nationalities of their own.
    const key = sameListKey(e);
    this.curated.visit(e);
    this.index.takeInto(e);
    if (onStream) this.index.takeByName(e, onStream);
    return this.index.sameList.offer(e, mergeInto, this.reports.sameList, key);
  }

  /** The same-list groups that never completed (a count that did not meet its stream): nothing is lost. */
  endOfStream(): Entity[] {
    this.enter('streaming');
    return this.index.sameList.flush(mergeInto, this.reports.sameList);
  }

  /**
   * The held records no SDN entry took, each with its curated rows and the held records of the same party, then the
   * curated file's own records (and rows whose list record never came). A non-SDN record still waiting is held now.
   */
  rest(): Entity[] {
    this.enter('done');
    for (const e of this.consolidated.values()) this.index.add(e);
    this.consolidated.clear();
    for (const e of this.index.remaining()) {
      this.curated.visit(e);
      this.index.takeInto(e);
    }
    // A held record another held record took just now is no longer held, and is not given twice.
    return [...this.index.remaining(), ...this.curated.finish()];
  }
}

/** The ent_num of an OFAC SDN entity (its id's), or undefined for another list's record. */
export function sdnEntNum(e: Entity): string | undefined {
  return e.sources.find((s) => s.list === OFAC_SDN_LIST && ofacEntityId(s.ref) === e.id)?.ref;
}

/** Whether a record is the curated file's alone (a standalone row): it joins no list record by the merge. */
export function curatedOnly(e: Entity): boolean {
  return e.sources.length > 0 && e.sources.every((s) => s.list === CURATED_LIST);
}
