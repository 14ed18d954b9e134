// The keys under which two records are one party by the merge's strongest evidence (merge.ts): an identity document
// number, or a person's whole name (any order) with a full birth day; and whether two records meeting under one agree.
// Its own file so that merge.ts and the same-list pass (same-list-duplicates.ts) share it without importing each other.
import type { Entity } from './format';
import { nameKey } from '../names/normalize';
import { sortedNameKey } from './sorted-name-key';

/** Document numbers compared without punctuation, and without a V-/E- style prefix before a long number. */
export function identifierKey(value: string): string | undefined {
  const v = value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const digits = /^[A-Z]{0,2}(\d{6,})$/.exec(v);
  if (digits) return `id:${digits[1]}`;
  return v.length >= 6 && /\d/.test(v) ? `id:${v}` : undefined;
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

/** What agree reads of a record. */
export type Party = Pick<Entity, 'kind' | 'names'>;

const FILLER = new Set(['abu', 'abd', 'bin', 'ibn', 'bint', 'del', 'de', 'la', 'los', 'las', 'van', 'von']);

function tokens(e: Pick<Entity, 'names'>): Set<string> {
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
export function agree(a: Party, b: Party, key: string): boolean {
  if (!sameKind(a, b)) return false;
  if (!key.startsWith('id:')) return true;
  const ta = tokens(a);
  for (const t of tokens(b)) if (ta.has(t)) return true;
  return false;
}

/** Organisations and agencies are one kind for merging: OFAC has no "agency" type. */
export function sameKind(a: Pick<Entity, 'kind'>, b: Pick<Entity, 'kind'>): boolean {
  const k = (e: Pick<Entity, 'kind'>) => (e.kind === 'agency' ? 'organization' : e.kind);
  return k(a) === k(b);
}
