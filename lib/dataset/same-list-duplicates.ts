// One list can carry one person twice: OFAC added KADYROV, Ramzan Akhmatovich again as 36459 on 15 Sep 2022 (the
// same name, birth day, birth place and nationality as his entry 23343) and removed it on 14 Nov 2022, the day 23343
// took over its program. Two such entries are one person with one history; left apart, every mark of the name is
// ambiguous ("possible"). Only a person's whole name with a full birth day and the same birth place is a key: a
// namesake born on another day, or elsewhere, stays apart.

import type { Entity } from './format';
import { nameKey } from '../names/normalize';
import { sortedNameKey } from './sorted-name-key';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The key two entries of one list share when they are one person, or undefined when the record says too little. */
export function sameListKey(e: Entity): string | undefined {
  if (e.kind !== 'person' || e.sources.length === 0) return undefined;
  const days = e.birthDates.filter((d) => ISO_DAY.test(d)).sort();
  const places = [...new Set(e.birthPlaces.map(nameKey).filter(Boolean))].sort();
  const name = sortedNameKey(e.name);
  if (days.length === 0 || places.length === 0 || name.split(' ').length < 2) return undefined;
  return `${e.sources[0].list}|${name}|${days.join(',')}|${places.join(',')}`;
}

/** The entry that keeps its id: the one still listed, else the first listed (lowest number). */
function keeper(group: Entity[]): Entity {
  const active = group.filter((e) => e.sanctions.some((s) => s.status === 'active'));
  return (active.length > 0 ? active : group)[0];
}

/**
 * Counts a list's entries by sameListKey before they stream (count), then holds back the entries that share a key
 * until all have come and lets one merged entity through (offer, pass). Everything else passes at once.
 */
export class SameListDuplicates {
  private readonly counted = new Map<string, number>();
  private readonly waiting = new Map<string, Entity[]>();

  count(e: Entity): void {
    const k = sameListKey(e);
    if (k) this.counted.set(k, (this.counted.get(k) ?? 0) + 1);
  }

  /**
   * One streamed entry: what passes now (the entry, the merged entity when it completes its group, or nothing while
   * its group waits). `onMerge`: told of each merge, the kept entity and the one it took, before they are merged.
   */
  offer(e: Entity, mergeInto: MergeFn, onMerge?: OnMerge): Entity | undefined {
    const k = sameListKey(e);
    const expected = k ? this.counted.get(k) ?? 0 : 0;
    if (!k || expected < 2) return e;
    const group = [...(this.waiting.get(k) ?? []), e];
    if (group.length < expected) {
      this.waiting.set(k, group);
      return undefined;
    }
    this.waiting.delete(k);
    return release(group, mergeInto, onMerge);
  }

  /** The groups still waiting at the end of the stream: a count that did not meet its stream loses nothing. */
  flush(mergeInto: MergeFn, onMerge?: OnMerge): Entity[] {
    const out = [...this.waiting.values()].map((group) => release(group, mergeInto, onMerge));
    this.waiting.clear();
    return out;
  }

  /** offer over a whole stream, then flush (the builder's OFAC stream). */
  async *pass(stream: AsyncIterable<Entity>, mergeInto: MergeFn, onMerge?: OnMerge): AsyncGenerator<Entity> {
    for await (const e of stream) {
      const out = this.offer(e, mergeInto, onMerge);
      if (out) yield out;
    }
    yield* this.flush(mergeInto, onMerge);
  }
}

type MergeFn = (into: Entity, other: Entity) => void;
type OnMerge = (into: Entity, other: Entity) => void;

function release(group: Entity[], mergeInto: MergeFn, onMerge?: OnMerge): Entity {
  const kept = keeper(group);
  for (const other of group) {
    if (other === kept) continue;
    onMerge?.(kept, other);
    mergeInto(kept, other);
  }
  return kept;
}
