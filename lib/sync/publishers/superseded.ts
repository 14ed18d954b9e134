// Whether the entries of a list that a publisher's full file supersedes (the EU's Venezuela annex, shipped from
// EUR-Lex) are still in that file, so the guard against a cut-short publication holds on the day the full file first
// replaces them. The annex carries none of the EU files' ids (no logicalId, no EU reference number), so an entry is
// found by what both carry: an identity document or a full name with the birth day (the merge's own keys), or else
// a strong name in the same programme with no birth day against it.
import type { Entity } from '../../dataset/format';
import { agree, matchKeys, sortedNameKey } from '../../dataset/merge';
import type { Steps } from '../../stepwise';
import { stepEndsAt } from './record-steps';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function strongNameKeys(e: Entity): string[] {
  return e.names.filter((n) => n.type !== 'weak').map((n) => sortedNameKey(n.name)).filter((k) => k.includes(' '));
}

/** Both give full birth days and none is the same: two people, whatever their names. */
function birthDaysDisagree(a: Entity, b: Entity): boolean {
  const da = a.birthDates.filter((d) => ISO_DAY.test(d));
  const db = new Set(b.birthDates.filter((d) => ISO_DAY.test(d)));
  return da.length > 0 && db.size > 0 && !da.some((d) => db.has(d));
}

/**
 * The superseded entries (active on one of `lists`) that no record of the new file carries. `programs` maps a
 * superseded list's programme to the one the new file writes ('EU-VEN' → 'VEN'); a name alone is compared only
 * within that programme.
 */
export function* missingSuperseded(entries: Entity[], lists: Set<string>, fresh: Entity[], programs: Readonly<Record<string, string>>): Steps<Entity[]> {
  const byKey = new Map<string, Entity[]>();
  const byName = new Map<string, Entity[]>();
  const add = (index: Map<string, Entity[]>, k: string, e: Entity) => {
    const at = index.get(k);
    if (at) at.push(e);
    else index.set(k, [e]);
  };
  for (const [i, e] of fresh.entries()) {
    if (stepEndsAt(i)) yield;
    for (const k of matchKeys(e)) add(byKey, k, e);
    const programmes = new Set(e.sanctions.filter((s) => s.status === 'active').map((s) => s.program));
    for (const k of strongNameKeys(e)) for (const p of programmes) add(byName, `${p}|${k}`, e);
  }
  const missing: Entity[] = [];
  for (const [i, b] of entries.entries()) {
    if (stepEndsAt(i)) yield;
    const byKeys = matchKeys(b).some((k) => (byKey.get(k) ?? []).some((c) => agree(c, b, k)));
    if (byKeys) continue;
    const mine = b.sanctions.filter((s) => lists.has(s.list) && s.status === 'active').map((s) => programs[s.program] ?? s.program);
    const byNames = strongNameKeys(b).some((k) => mine.some((p) => (byName.get(`${p}|${k}`) ?? []).some((c) => !birthDaysDisagree(b, c))));
    if (!byNames) missing.push(b);
  }
  return missing;
}
