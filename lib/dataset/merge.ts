// One party on several lists is one entity with several sanctions. Two records are the same party only when
// they share an identity document number, or a full name (any order, no accents) and a full birth day.
// A name alone never merges: namesakes are common and a wrong merge would mark an innocent person.
// Across two publishers' lists a near miss also merges (nearMissRefusal): the same surnames, the given names of one
// among the other's, birth years at most one apart, no disagreeing nationality, and exactly one such candidate.
// And a whole name, any order, with a birth year or other evidence (cross-list.ts), where a list marks no surname.

import { roleList, type Entity, type EntityName } from './format';
import { nameKey } from '../names/normalize';
import { isCommonNamePart } from '../names/frequency';
import { isConnector, skeleton } from '../names/transliterate';
import { personName, withoutLegalForm } from '../names/variants';
import { birthYears, yearsWithin } from './birth-years';
import { countryCodes, disjoint } from './country-codes';
import { crossListKeys, crossListVerdict, givesWay, sharesFirstNames, type CrossListRule } from './cross-list';
import { agree, identifierKey, matchKeys, sameKind } from './match-keys';
import { SameListDuplicates, sameListKey } from './same-list-duplicates';
import { sortedNameKey } from './sorted-name-key';

/** Whether a name has letters with marks (accents, tildes, cedillas). */
export function hasAccents(name: string): boolean {
  return /\p{M}/u.test(name.normalize('NFD'));
}

export { sortedNameKey };
export { agree, identifierKey, matchKeys };

/**
 * The keys under which a record may join another by name alone (MergeIndex.takeByName): each name's words in any
 * order, by their transliteration skeleton; an organization's also without its legal form ("=" marks the name as
 * written, so "SBERBANK OF RUSSIA" is told from a subsidiary's "JSC SBERBANK OF RUSSIA"). A person's weak alias,
 * or name of one word, is no key.
 */
export function joinKeys(e: Entity): string[] {
  const keys = new Set<string>();
  for (const n of e.names) for (const k of nameJoinKeys(n, e.kind)) keys.add(k);
  // A person written with one family name on one list and two on another (MURILLO ZAMBRANA and MURILLO DE
  // ORTEGA, Rosario Maria): the first family name and the first given name, with the same birth day.
  const days = e.birthDates.filter((d) => ISO_DAY.test(d));
  if (e.kind === 'person' && days.length > 0) {
    for (const n of e.names) {
      if (n.type === 'weak' || !n.name.includes(',')) continue;
      const p = personName(n.name);
      if (p.family.length === 0 || p.given.length === 0) continue;
      for (const d of days) keys.add(`person-day:${skeleton(p.family[0])} ${skeleton(p.given[0])}|${d}`);
    }
  }
  return [...keys];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function nameJoinKeys(n: EntityName, kind: Entity['kind']): string[] {
  const group = kind === 'agency' ? 'organization' : kind;
  // Spellings of one transliteration agree (Sergey and Sergei, Kiriyenko and Kirienko): the page scan's own skeleton,
  // taken after the legal form is found ("company" is no legal form once it is "compani").
  const words = nameKey(n.name).split(' ').filter(Boolean);
  const key = (ts: string[]) => ts.map(skeleton).sort().join(' ');
  if (group === 'person') return n.type !== 'weak' && words.length >= 2 ? [`${group}:${key(words)}`] : [];
  const keys: string[] = [];
  if (words.length > 0) keys.push(`=${group}:${key(words)}`);
  const core = withoutLegalForm(words);
  if (core.length > 0) keys.push(`${group}:${key(core)}`);
  return keys;
}

/** Birth years agree when either side gives none, or some year is on both. */
function birthYearsAgree(a: Entity, b: Entity): boolean {
  if (a.birthDates.length === 0 || b.birthDates.length === 0) return true;
  const years = new Set(a.birthDates.map((d) => d.slice(0, 4)));
  return b.birthDates.some((d) => years.has(d.slice(0, 4)));
}

function addAll<T>(into: T[], from: T[], same: (a: T, b: T) => boolean): void {
  for (const x of from) if (!into.some((y) => same(x, y))) into.push(x);
}

/** Folds `other` into `into` (which keeps its id, kind and display name). */
export function mergeInto(into: Entity, other: Entity): void {
  // A form that only adds accents is kept ("Maikel José MORENO PÉREZ" beside "MORENO PEREZ, Maikel Jose"): the card
  // takes a readable name's accents from it (lib/names/readable.ts).
  addAll(into.names, other.names.map((n) => (n.type === 'primary' ? { ...n, type: 'aka' as const } : n)),
    (a, b) => sortedNameKey(a.name) === sortedNameKey(b.name) && (!hasAccents(a.name) || hasAccents(b.name)));
  // The card names the one list whose words the role line is: here the other record's, if this one had none.
  if (into.positions.length === 0 && other.positions.length > 0 && roleList(other) !== roleList(into)) into.roleFrom = roleList(other);
  for (const k of ['birthDates', 'birthPlaces', 'nationalities', 'countries', 'positions'] as const) {
    addAll(into[k], other[k], (a, b) => a === b);
  }
  addAll(into.identifiers, other.identifiers, (a, b) => a.type === b.type && a.value === b.value);
  into.sources.push(...other.sources);
  into.sanctions.push(...other.sanctions);
  into.events.push(...other.events);
  into.events.sort((a, b) => a.date.localeCompare(b.date));
  if (!into.description && other.description) into.description = other.description;
  if (other.links) into.links = [...(into.links ?? []), ...other.links];
}

/** A list's publisher: OFAC's SDN and consolidated lists are one publisher, never merged by a near miss. */
function publisherOf(list: string): string {
  return list.split('-').slice(0, list.startsWith('us-') ? 2 : 1).join('-');
}

const publishers = (e: Entity) => new Set(e.sources.map((s) => publisherOf(s.list)));

interface SplitName {
  family: string[];
  given: string[];
}

/**
 * A person's names with a marked surname ("LAST, First" or "First LAST"), as transliteration skeletons. Surnames
 * keep their order: Rodríguez Gómez and Gómez Rodríguez are two families.
 */
function splitNames(e: Entity): SplitName[] {
  if (e.kind !== 'person') return [];
  const out: SplitName[] = [];
  for (const n of e.names) {
    if (n.type === 'weak') continue;
    const p = personName(n.name);
    if (p.family.length === 0 || p.given.length === 0) continue;
    // A joiner is no given name ("Arcadio de Jesus"): it neither keys a near miss nor has to be on both sides.
    const given = [...new Set(p.given.filter((t) => !isConnector(t)).map(skeleton))];
    if (given.length > 0) out.push({ family: p.family.map(skeleton), given });
  }
  return out;
}

/**
 * The keys under which two records are a near miss: each name's surnames with one of its given names. Two records
 * sharing one are compared by nearMissRefusal, and merged, or the refusal reported.
 */
export function nearMissKeys(e: Entity): string[] {
  const keys = new Set<string>();
  for (const n of splitNames(e)) for (const g of n.given) keys.add(`nm:${n.family.join(' ')}|${g}`);
  return [...keys];
}

const subset = (a: string[], b: string[]) => a.every((t) => b.includes(t));

function namesAgree(a: Entity, b: Entity): boolean {
  const nb = splitNames(b);
  return splitNames(a).some((x) => nb.some((y) =>
    x.family.join(' ') === y.family.join(' ') && (subset(x.given, y.given) || subset(y.given, x.given))));
}

/**
 * Why two records that are a near miss (nearMissKeys) are not one party, or undefined when they are, as far as
 * the near-miss rule goes (the caller still asks for a single candidate).
 */
export function nearMissRefusal(a: Entity, b: Entity): string | undefined {
  if (a.kind !== 'person' || b.kind !== 'person') return 'not both persons';
  const pa = publishers(a);
  const shared = [...publishers(b)].filter((p) => pa.has(p));
  if (shared.length > 0) return `same publisher's list (${shared.join(', ')})`;
  if (!namesAgree(a, b)) return 'given names differ (neither\'s are among the other\'s)';
  if (a.birthDates.length === 0 || b.birthDates.length === 0) return 'no birth date on one side';
  if (!yearsWithin(birthYears(a), birthYears(b), 1)) return `born ${a.birthDates.join('/')} and ${b.birthDates.join('/')}`;
  if (disjoint(countryCodes(a.nationalities), countryCodes(b.nationalities))) {
    return `nationality ${a.nationalities.join('/')} and ${b.nationalities.join('/')}`;
  }
  return undefined;
}

/** One near miss the merge met: merged, or refused with the reason. */
export interface NearMiss {
  /** The record that took (or would take) the other: its id is kept. */
  into: Entity;
  other: Entity;
  merged: boolean;
  /** Why not merged; for a merge, how the two differ (a merge by the whole name: the evidence, cross-list.ts). */
  why: string;
  /** Met by the whole-name rule (cross-list.ts), not by shared surnames. */
  byName?: boolean;
}

/** How two near-miss records differ, in words, for the report. */
function difference(a: Entity, b: Entity): string {
  const born = a.birthDates.join('/') === b.birthDates.join('/') ? `both born ${a.birthDates.join('/')}` : `born ${a.birthDates.join('/')} and ${b.birthDates.join('/')}`;
  return `${a.name} / ${b.name}, ${born}`;
}

/**
 * Holds the smaller lists (UN, EU) by match key while the big one (OFAC) streams past: each streamed entity takes
 * the held records that match it. What is left at the end is written as entities of their own.
 */
export class MergeIndex {
  private readonly byKey = new Map<string, Entity[]>();
  private readonly held = new Map<string, Entity>();
  /** Held records that may also join by name alone (takeByName), by joinKeys. */
  private readonly byName = new Map<string, Entity[]>();
  /** Held records by nearMissKeys. */
  private readonly byNearKey = new Map<string, Entity[]>();
  /** Held records merged by a near miss, and the entity that took them. */
  private readonly nearTaken = new Map<Entity, Entity>();
  /** Held records by crossListKeys. */
  private readonly byCrossKey = new Map<string, Entity[]>();
  /** How many streamed records carry each crossListKeys key (countStream). */
  private readonly streamed = new Map<string, number>();
  /** Of those, how many under each same-list key: entries of one list the same-list pass makes one count once. */
  private readonly streamedSameList = new Map<string, Map<string, number>>();

  /** One list's entries that are one person (same-list-duplicates.ts): counted with the stream, merged as it passes. */
  readonly sameList = new SameListDuplicates();

  /** Each record's keys while its names stay as they were (a merge only adds names): counted, then streamed. */
  private readonly keysKept = new WeakMap<Entity, { names: number; keys: string[] }>();

  private crossKeys(e: Entity): string[] {
    const kept = this.keysKept.get(e);
    if (kept && kept.names === e.names.length) return kept.keys;
    const keys = crossListKeys(e);
    this.keysKept.set(e, { names: e.names.length, keys });
    return keys;
  }

  /** `onNearMiss`: told of every near miss takeInto merges or refuses (the builder prints them). */
  constructor(private readonly onNearMiss?: (m: NearMiss) => void) {}

  private index(e: Entity): void {
    for (const k of matchKeys(e)) {
      const list = this.byKey.get(k);
      if (!list) this.byKey.set(k, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }

  /**
   * Adds a record, merging it into a held one it matches. `joinByName`: the record may also join a streamed entity
   * by name alone (takeByName), for a list that gives too little else to merge on (Canada's: no documents, most
   * birth dates a year or none).
   */
  add(e: Entity, joinByName = false): void {
    for (const k of matchKeys(e)) {
      const hit = this.byKey.get(k)?.find((h) => h !== e && agree(h, e, k));
      if (hit) {
        mergeInto(hit, e);
        this.index(hit);
        return;
      }
    }
    this.held.set(e.id, e);
    this.index(e);
    for (const k of nearMissKeys(e)) {
      const list = this.byNearKey.get(k);
      if (list) list.push(e);
      else this.byNearKey.set(k, [e]);
    }
    for (const k of this.crossKeys(e)) {
      const list = this.byCrossKey.get(k);
      if (list) list.push(e);
      else this.byCrossKey.set(k, [e]);
    }
    if (joinByName) {
      for (const k of joinKeys(e)) {
        const list = this.byName.get(k);
        if (list) list.push(e);
        else this.byName.set(k, [e]);
      }
    }
  }

  /** Merges every held record matching `e` into it and stops holding them. */
  takeInto(e: Entity): number {
    let n = 0;
    for (const k of matchKeys(e)) {
      for (const hit of this.byKey.get(k) ?? []) {
        // A held record finished on its own (remaining()) meets itself under its own keys.
        if (hit === e || !this.held.has(hit.id) || !agree(hit, e, k)) continue;
        mergeInto(e, hit);
        this.held.delete(hit.id);
        n++;
      }
    }
    // A held record finished on its own takes nothing by a near miss: the rule joins a streamed record to held ones.
    if (this.held.get(e.id) !== e) {
      n += this.takeNearMiss(e);
      n += this.takeSameName(e);
    }
    return n;
  }

  /**
   * Tells the index of a record that will stream past (takeInto), before any does: the whole-name rule merges only
   * a name that one streamed record carries, so every streamed record must be counted first. Without the count
   * that rule merges nothing.
   */
  countStream(e: Entity): void {
    this.sameList.count(e);
    const group = sameListKey(e);
    for (const k of this.crossKeys(e)) {
      this.streamed.set(k, (this.streamed.get(k) ?? 0) + 1);
      if (!group) continue;
      const groups = this.streamedSameList.get(k) ?? new Map<string, number>();
      groups.set(group, (groups.get(group) ?? 0) + 1);
      this.streamedSameList.set(k, groups);
    }
  }

  /** How many streamed entities will carry `key`: one list's entries of one person (sameList.fits) count once. */
  private carriers(key: string): number | undefined {
    const n = this.streamed.get(key);
    if (n === undefined) return undefined;
    let once = 0;
    for (const [group, m] of this.streamedSameList.get(key) ?? []) if (m > 1 && this.sameList.fits(group)) once += m - 1;
    return n - once;
  }

  /**
   * Merges into `e` the one held record of another publisher that carries one of its whole names (crossListKeys)
   * with the evidence crossListVerdict asks for, when each name they share is carried by no other streamed record
   * and no other held record fits. Each refusal is reported.
   */
  private takeSameName(e: Entity): number {
    const shared = new Map<Entity, string[]>();
    for (const k of this.crossKeys(e)) {
      for (const h of this.byCrossKey.get(k) ?? []) {
        if (h === e || this.held.get(h.id) !== h) continue;
        shared.set(h, [...(shared.get(h) ?? []), k]);
      }
    }
    if (shared.size === 0) return 0;
    const fit: [Entity, CrossListRule][] = [];
    const refuse = (h: Entity, why: string) => this.onNearMiss?.({ into: e, other: h, merged: false, why, byName: true });
    const pe = publishers(e);
    for (const [h, all] of shared) {
      // A name with its words joined counts only where the two share no name as written: the rule was made for
      // those pairs, and the others keep their verdict.
      // (A person's: an organisation's joined first name, "AL-QA'IDA IN THE ARABIAN PENINSULA", stays evidence.)
      const personJoined = (k: string) => k.startsWith('j:') && !k.startsWith('j:o=');
      const keys = all.some((k) => !personJoined(k)) ? all.filter((k) => !personJoined(k)) : all;
      const same = [...publishers(h)].filter((p) => pe.has(p));
      if (same.length > 0) continue;
      // Not counted (countStream never called): the rule is not in use here, and says nothing.
      if (keys.some((k) => !this.streamed.has(k))) continue;
      const crowded = keys.find((k) => this.carriers(k) !== 1);
      if (crowded) {
        refuse(h, `${this.carriers(crowded)} streamed records carry ${crowded.slice(2)}`);
        continue;
      }
      const v = crossListVerdict(e, h, keys);
      if ('refused' in v) refuse(h, v.refused);
      else fit.push([h, v.rule]);
    }
    // A body the UN lists twice where OFAC lists one with both names (YAS AIR and PARS AVIATION SERVICES COMPANY, both
    // aliases of OFAC's POUYA AIR): the candidate with the stronger evidence (the same country) is the one.
    // Of two bodies of one country, the one whose first name is this one's (SECOND ACADEMY OF NATURAL SCIENCES, not the
    // ACADEMY OF NATIONAL DEFENSE SCIENCE that shares an alias with it).
    for (const better of [([, rule]: [Entity, CrossListRule]) => !givesWay(rule), ([x]: [Entity, CrossListRule]) => sharesFirstNames(e, x, shared.get(x) ?? [])]) {
      const strong = fit.filter(better);
      if (fit.length <= 1 || strong.length !== 1) continue;
      for (const [h] of fit) if (h !== strong[0][0]) refuse(h, `another candidate fits by stronger evidence: ${strong[0][0].id}`);
      fit.splice(0, fit.length, strong[0]);
    }
    if (fit.length !== 1) {
      for (const [h] of fit) refuse(h, `${fit.length} candidates: ${fit.map(([x]) => x.id).join(', ')}`);
      return 0;
    }
    const [[h, rule]] = fit;
    this.onNearMiss?.({ into: e, other: h, merged: true, why: rule, byName: true });
    mergeInto(e, h);
    this.held.delete(h.id);
    return 1;
  }

  /**
   * Merges into `e` the one held record that is a near miss of it (nearMissRefusal finds no reason against); with
   * two or more such candidates none is merged. Each refusal is reported, and so is a record already taken by an
   * earlier one (two streamed records fitting one held record: the report shows it, the merge cannot be undone).
   */
  private takeNearMiss(e: Entity): number {
    const candidates = new Set<Entity>();
    for (const k of nearMissKeys(e)) for (const h of this.byNearKey.get(k) ?? []) if (h !== e) candidates.add(h);
    if (candidates.size === 0) return 0;
    const fit: Entity[] = [];
    for (const h of candidates) {
      const taker = this.nearTaken.get(h);
      if (!this.held.has(h.id) && !taker) continue;
      const why = nearMissRefusal(e, h);
      if (why) this.onNearMiss?.({ into: e, other: h, merged: false, why });
      else if (taker) this.onNearMiss?.({ into: e, other: h, merged: false, why: `already merged into ${taker.id} by a near miss` });
      else fit.push(h);
    }
    if (fit.length !== 1) {
      for (const h of fit) this.onNearMiss?.({ into: e, other: h, merged: false, why: `${fit.length} candidates: ${fit.map((x) => x.id).join(', ')}` });
      return 0;
    }
    const [h] = fit;
    // Told before the merge, so the report shows the two records as the lists give them.
    this.onNearMiss?.({ into: e, other: h, merged: true, why: difference(e, h) });
    mergeInto(e, h);
    this.held.delete(h.id);
    this.nearTaken.set(h, e);
    return 1;
  }

  /**
   * Merges into `e` a held record added with `joinByName` that has one of its names, when that name is the only
   * one of its kind on the stream (`onStream(key)`: how many streamed entities carry it, `e` included) and held
   * records carry it once (or several times, when the name says enough to be one party listed twice), and they agree on what both give: kind and birth years. A person needs a name of three words
   * or more for that, or two words of which one is rare (isCommonNamePart) or a birth year on both sides. Namesakes stay apart: a name two streamed
   * entities or two held records share never joins. A name the held record brings that another streamed entity
   * also carries ("Sberbank", the bare name of the bank and of its subsidiary JOINT STOCK COMPANY SBERBANK) is left
   * out: it does not tell the two apart, and even as a weak alias it would hide the entity's own shortened form.
   */
  takeByName(e: Entity, onStream: (key: string) => number): number {
    const own = new Set(joinKeys(e));
    const elsewhere = (k: string) => onStream(k) - (own.has(k) ? 1 : 0) > 0;
    // "Sovcombank" for SOVCOMBANK OPEN JOINT STOCK COMPANY: the entity's own name without its legal form, which the
    // name index already knows as that (and marks with its own care); as an alias it would only stand in its way.
    const ownShortForm = (k: string) => k.startsWith('organization:') && own.has(k);
    let n = 0;
    for (const k of own) {
      const list = this.byName.get(k)?.filter((h) => this.held.has(h.id));
      if (!list || list.length === 0 || onStream(k) !== 1) continue;
      // Several held records with one name are one party listed under several regulations only when the name
      // says enough: a person's of three words or more, or an organization's as written.
      if (list.length > 1 && !(k.startsWith('=') || (k.startsWith('person:') && k.split(' ').length >= 3))) continue;
      for (const hit of list) {
        if (!this.held.has(hit.id) || !sameKind(hit, e) || !birthYearsAgree(hit, e)) continue;
        if (k.startsWith('person:') && k.split(' ').length < 3 && (hit.birthDates.length === 0 || e.birthDates.length === 0)) {
          if (k.slice('person:'.length).split(' ').every(isCommonNamePart)) continue;
        }
        mergeInto(e, { ...hit, names: hit.names.filter((x) => !nameJoinKeys(x, hit.kind).some((key) => elsewhere(key) || ownShortForm(key))) });
        this.held.delete(hit.id);
        n++;
      }
    }
    return n;
  }

  remaining(): Entity[] {
    return [...this.held.values()];
  }
}
