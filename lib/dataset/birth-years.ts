// A record's years of birth, as the merge rules compare them (merge.ts's near miss, cross-list.ts's whole name).
import type { Entity } from './format';

/** Years of birth, a range "1959/1963" as each year in it (a span of more than 20 years as its first year only). */
export function birthYears(e: Entity): Set<number> {
  const out = new Set<number>();
  for (const d of e.birthDates) {
    const [from, to] = d.split('/').map((x) => Number(x.slice(0, 4)));
    if (!(from > 0)) continue;
    const last = to > from && to - from <= 20 ? to : from;
    for (let y = from; y <= last; y++) out.add(y);
  }
  return out;
}

/** Whether some year of one is at most `apart` years from some year of the other. */
export function yearsWithin(a: Set<number>, b: Set<number>, apart: number): boolean {
  for (const y of a) for (let d = -apart; d <= apart; d++) if (b.has(y + d)) return true;
  return false;
}
