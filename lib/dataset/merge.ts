// One party on several lists is one entity with several sanctions. Two records are the same party only when
// they share an identity document number, or a full name (any order, no accents) and a full birth day.
// A name alone never merges: namesakes are common and a wrong merge would mark an innocent person.

import type { Entity } from './format';
import { nameKey } from '../names/normalize';

/** Document numbers compared without punctuation, and without a V-/E- style prefix before a long number. */
export function identifierKey(value: string): string | undefined {
  const v = value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const digits = /^[A-Z]{0,2}(\d{6,})$/.exec(v);
  if (digits) return `id:${digits[1]}`;
  return v.length >= 6 && /\d/.test(v) ? `id:${v}` : undefined;
}

/** Name tokens sorted, so "MADURO MOROS, Nicolas" and "Nicolás Maduro Moros" agree. */
export function sortedNameKey(name: string): string {
  return nameKey(name).split(' ').filter(Boolean).sort().join(' ');
}

export function matchKeys(e: Entity): string[] {
  const keys = new Set<string>();
  for (const id of e.identifiers) {
    const k = identifierKey(id.value);
    if (k) keys.add(k);
  }
  const days = e.birthDates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (e.kind === 'person' && days.length > 0) {
    for (const n of e.names) {
      if (n.type === 'weak') continue;
      const nk = sortedNameKey(n.name);
      if (nk.split(' ').length < 2) continue;
      for (const d of days) keys.add(`nb:${nk}|${d}`);
    }
  }
  return [...keys];
}

const FILLER = new Set(['abu', 'abd', 'bin', 'ibn', 'bint', 'del', 'de', 'la', 'los', 'las', 'van', 'von']);

function tokens(e: Entity): Set<string> {
  const out = new Set<string>();
  for (const n of e.names) {
    if (n.type === 'weak') continue;
    for (const t of nameKey(n.name).split(' ')) if (t.length >= 3 && !FILLER.has(t)) out.add(t);
  }
  return out;
}

/**
 * A shared document number is only trusted when the two records also share a name word: lists do print the
 * same passport number under two different people (UN IRi.003 and IRi.041).
 */
export function agree(a: Entity, b: Entity, key: string): boolean {
  if (!sameKind(a, b)) return false;
  if (!key.startsWith('id:')) return true;
  const ta = tokens(a);
  for (const t of tokens(b)) if (ta.has(t)) return true;
  return false;
}

/** Organisations and agencies are one kind for merging: OFAC has no "agency" type. */
function sameKind(a: Entity, b: Entity): boolean {
  const k = (e: Entity) => (e.kind === 'agency' ? 'organization' : e.kind);
  return k(a) === k(b);
}

function addAll<T>(into: T[], from: T[], same: (a: T, b: T) => boolean): void {
  for (const x of from) if (!into.some((y) => same(x, y))) into.push(x);
}

/** Folds `other` into `into` (which keeps its id, kind and display name). */
export function mergeInto(into: Entity, other: Entity): void {
  addAll(into.names, other.names.map((n) => (n.type === 'primary' ? { ...n, type: 'aka' as const } : n)),
    (a, b) => sortedNameKey(a.name) === sortedNameKey(b.name));
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

/**
 * Holds the smaller lists (UN, EU) by match key while the big one (OFAC) streams past: each streamed entity takes
 * the held records that match it. What is left at the end is written as entities of their own.
 */
export class MergeIndex {
  private readonly byKey = new Map<string, Entity[]>();
  private readonly held = new Map<string, Entity>();

  private index(e: Entity): void {
    for (const k of matchKeys(e)) {
      const list = this.byKey.get(k);
      if (!list) this.byKey.set(k, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }

  /** Adds a record, merging it into a held one it matches. */
  add(e: Entity): void {
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
  }

  /** Merges every held record matching `e` into it and stops holding them. */
  takeInto(e: Entity): number {
    let n = 0;
    for (const k of matchKeys(e)) {
      for (const hit of this.byKey.get(k) ?? []) {
        if (!this.held.has(hit.id) || !agree(hit, e, k)) continue;
        mergeInto(e, hit);
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
