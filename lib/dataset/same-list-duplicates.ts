// One list can carry one person twice: OFAC added KADYROV, Ramzan Akhmatovich again as 36459 on 15 Sep 2022 (the
// same name, birth day, birth place and nationality as his entry 23343) and removed it on 14 Nov 2022, the day 23343
// took over its program. Two such entries are one person with one history; left apart, every mark of the name is
// ambiguous ("possible"). Only a person's whole name with a full birth day and the same birth place is a key: a
// namesake born on another day, or elsewhere, stays apart.
// A list also lists one person once a program where it gives no birth place: AWEYS, Hassan Dahir is OFAC's 7006 (SDGT,
// 2001) and 11744 (SOMALIA, 2010), and the UN's QDi.042 (Al-Qaida, 2001) and SOi.002 (Somalia, 2010), each with the
// same name, birth year 1935, nationality and aliases. So the whole name with the very same birth dates and
// nationalities is a key too, for entries that also share an alias besides that name, or give a full birth day.
// And an entry a list removed is one with the entry of that list still listed that shares the merge's own evidence
// with it (match-keys.ts: a document number and a name word, or a whole name and a full birth day), when exactly one
// does: OFAC folded 35168 (KRIVORUCHKO, Aleksey) into 31124 (KRIVORUCHKO, Aleksei Yurievich, a.k.a. Aleksey) in Sept
// 2022. What the removal then was, a fold or a delisting, folded-entry.ts tells from the two entries' histories.

import type { Entity } from './format';
import { nameKey } from '../names/normalize';
import { countryCodes, disjoint } from './country-codes';
import { foldRemovedEntry } from './folded-entry';
import { agree, matchKeys, type Party } from './match-keys';
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

/** Whether an entry is on its own list (an active sanction there), has left it, or has no sanction there. */
function listState(e: Entity): 'listed' | 'removed' | undefined {
  const list = e.sources[0]?.list;
  const rows = e.sanctions.filter((s) => s.list === list);
  if (rows.length === 0) return undefined;
  return rows.some((s) => s.status === 'active') ? 'listed' : 'removed';
}

const entryRef = (e: Entity) => (e.sources.length > 0 ? `${e.sources[0].list}:${e.sources[0].ref}` : undefined);

/** What the fold needs of a counted entry: the merge's keys, its state, and its same-list key. */
interface Counted {
  party: Party;
  list: string;
  keys: string[];
  state: 'listed' | 'removed';
  key: string | undefined;
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

  /** Entries with the merge's keys by entry (`list:ref`), and by `list|key` the entries listed that carry each. */
  private readonly entries = new Map<string, Counted>();
  private readonly listedByKey = new Map<string, string[]>();
  /** After the count: a removed entry and the listed one it folds into, by entry, and the group key they share. */
  private folds?: Map<string, string>;

  count(e: Entity): void {
    const k = sameListKey(e);
    this.countForFold(e, k);
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

  private countForFold(e: Entity, key: string | undefined): void {
    const ref = entryRef(e);
    const state = listState(e);
    const keys = state ? matchKeys(e) : [];
    if (!ref || !state || keys.length === 0) return;
    const list = e.sources[0].list;
    this.entries.set(ref, { party: { kind: e.kind, names: e.names }, list, keys, state, key });
    if (state !== 'listed') return;
    for (const k of keys) this.listedByKey.set(`${list}|${k}`, [...(this.listedByKey.get(`${list}|${k}`) ?? []), ref]);
  }

  /**
   * Once everything is counted: each removed entry that no same-list key makes one with another, and that exactly one
   * listed entry of its list meets under an agreeing key, joins that entry's group (its same-list group, or a new one).
   */
  private foldGroups(): Map<string, string> {
    if (this.folds) return this.folds;
    const joins: [string, string][] = [];
    for (const [ref, c] of this.entries) {
      if (c.state !== 'removed' || (c.key && this.fits(c.key))) continue;
      const into = new Set<string>();
      for (const k of c.keys) {
        for (const other of this.listedByKey.get(`${c.list}|${k}`) ?? []) if (agree(this.entries.get(other)!.party, c.party, k)) into.add(other);
      }
      if (into.size === 1) joins.push([ref, [...into][0]]);
    }
    const folds = new Map<string, string>();
    for (const [ref, target] of joins) {
      const t = this.entries.get(target)!;
      const group = t.key && this.fits(t.key) ? t.key : `fold|${target}`;
      if (!folds.has(target) && group.startsWith('fold|')) {
        folds.set(target, group);
        this.counted.set(group, 1);
      }
      folds.set(ref, group);
      this.counted.set(group, this.counted.get(group)! + 1);
    }
    this.entries.clear();
    this.listedByKey.clear();
    this.folds = folds;
    return folds;
  }

  /** Whether the entries counted under `key` are one person and will be merged (once all are counted). */
  fits(key: string): boolean {
    if ((this.counted.get(key) ?? 0) < 2) return false;
    if (key.startsWith('fold|')) return true;
    if (!looseKey(key)) return true;
    if (this.disagree.has(key)) return false;
    return /\|~[^|]*\d{4}-\d{2}-\d{2}/.test(key) || (this.aliases.get(key)?.size ?? 0) > 0;
  }

  /**
   * One streamed entry: what passes now (the entry, the merged entity when it completes its group, or nothing while
   * its group waits). `onMerge`: told of each merge, the kept entity and the one it took, before they are merged.
   * `counted`: the entry's key as it was counted, where a merge since has given it more dates or nationalities.
   */
  offer(e: Entity, mergeInto: MergeFn, onMerge?: OnMerge, counted = sameListKey(e)): Entity[] {
    const ref = entryRef(e);
    const k = (ref && this.foldGroups().get(ref)) || counted;
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
    // An entry removed while the kept one stayed listed under its programs was folded into it: not a delisting.
    foldRemovedEntry(kept, other);
    mergeInto(kept, other);
  }
  return kept;
}
