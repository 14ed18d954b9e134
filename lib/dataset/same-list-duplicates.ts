// One list can carry one person twice: OFAC added KADYROV, Ramzan Akhmatovich again as 36459 on 15 Sep 2022 (the
// same name, birth day, birth place and nationality as his entry 23343) and removed it on 14 Nov 2022, the day 23343
// took over its program. Two such entries are one person with one history; left apart, every mark of the name is
// ambiguous ("possible"). Only a person's whole name with a full birth day and the same birth place is a key: a
// namesake born on another day, or elsewhere, stays apart.
// A list also lists one person once a program where it gives no birth place: AWEYS, Hassan Dahir is OFAC's 7006 (SDGT,
// 2001) and 11744 (SOMALIA, 2010), and the UN's QDi.042 (Al-Qaida, 2001) and SOi.002 (Somalia, 2010), each with the
// same name, birth year 1935, nationality and aliases. So the whole name with the very same birth dates and
// nationalities is a key too, for entries that also share an alias besides that name, or give a full birth day.

import type { Entity } from './format';
import { nameKey } from '../names/normalize';
import { countryCodes, disjoint } from './country-codes';
import { sortedNameKey } from './sorted-name-key';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The key two entries of one list share when they are one person, or undefined when the record says too little. */
export function sameListKey(e: Entity): string | undefined {
  if (e.kind !== 'person' || e.sources.length === 0) return undefined;
  const days = e.birthDates.filter((d) => ISO_DAY.test(d)).sort();
  const places = [...new Set(e.birthPlaces.map(nameKey).filter(Boolean))].sort();
  const name = sortedNameKey(e.name);
  if (name.split(' ').length < 2) return undefined;
  if (days.length > 0 && places.length > 0) return `${e.sources[0].list}|${name}|${days.join(',')}|${places.join(',')}`;
  const dates = [...new Set(e.birthDates)].sort();
  if (dates.length === 0) return undefined;
  return `${e.sources[0].list}|${name}|~${dates.join(',')}`;
}

/**
 * A name-and-dates key ("~"): its entries must also share an alias, or give a full birth day, and no two may give
 * different nationalities or birth places (SameListDuplicates.fits).
 */
const looseKey = (k: string) => k.includes('|~');

/** An entry's names besides its whole name, as sorted keys: what entries under a loose key must have in common. */
function aliasKeys(e: Entity): Set<string> {
  const whole = sortedNameKey(e.name);
  return new Set(e.names.filter((n) => n.type !== 'weak').map((n) => sortedNameKey(n.name)).filter((k) => k !== whole));
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
  /** Under a loose key, the aliases every entry counted so far gives. */
  private readonly aliases = new Map<string, Set<string>>();
  /** Under a loose key, whether two entries gave different nationalities or birth places. */
  private readonly disagree = new Set<string>();
  private readonly given = new Map<string, { nationalities: Set<string>; places: Set<string> }[]>();

  count(e: Entity): void {
    const k = sameListKey(e);
    if (!k) return;
    this.counted.set(k, (this.counted.get(k) ?? 0) + 1);
    if (!looseKey(k)) return;
    const mine = aliasKeys(e);
    const before = this.aliases.get(k);
    this.aliases.set(k, before ? new Set([...before].filter((a) => mine.has(a))) : mine);
    const facts = { nationalities: countryCodes(e.nationalities), places: new Set(e.birthPlaces.map(nameKey).filter(Boolean)) };
    const others = this.given.get(k) ?? [];
    if (others.some((o) => disjoint(o.nationalities, facts.nationalities) || disjoint(o.places, facts.places))) this.disagree.add(k);
    this.given.set(k, [...others, facts]);
  }

  /** Whether the entries counted under `key` are one person and will be merged (once all are counted). */
  fits(key: string): boolean {
    if ((this.counted.get(key) ?? 0) < 2) return false;
    if (!looseKey(key)) return true;
    if (this.disagree.has(key)) return false;
    return /\|~[^|]*\d{4}-\d{2}-\d{2}/.test(key) || (this.aliases.get(key)?.size ?? 0) > 0;
  }

  /**
   * One streamed entry: what passes now (the entry, the merged entity when it completes its group, or nothing while
   * its group waits). `onMerge`: told of each merge, the kept entity and the one it took, before they are merged.
   * `k`: the entry's key as it was counted, where a merge since has given it more dates or nationalities.
   */
  offer(e: Entity, mergeInto: MergeFn, onMerge?: OnMerge, k = sameListKey(e)): Entity[] {
    if (!k || !this.fits(k)) return [e];
    const group = [...(this.waiting.get(k) ?? []), e];
    if (group.length < this.counted.get(k)!) {
      this.waiting.set(k, group);
      return [];
    }
    this.waiting.delete(k);
    return [release(group, mergeInto, onMerge)];
  }

  /** The groups still waiting at the end of the stream: a count that did not meet its stream loses nothing. */
  flush(mergeInto: MergeFn, onMerge?: OnMerge): Entity[] {
    const out = [...this.waiting.values()].map((group) => release(group, mergeInto, onMerge));
    this.waiting.clear();
    return out;
  }

  /** offer over a whole stream, then flush (the builder's OFAC stream). */
  async *pass(stream: AsyncIterable<Entity>, mergeInto: MergeFn, onMerge?: OnMerge): AsyncGenerator<Entity> {
    for await (const e of stream) yield* this.offer(e, mergeInto, onMerge);
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
