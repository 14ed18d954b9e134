// An entry a list removed while another entry of the same party stayed listed under the same programs was folded into
// that entry, not delisted: OFAC removed KADYROV's second entry 36459 on 14 Nov 2022 in the publication that gave his
// entry 23343 its program, and 35168 (KRIVORUCHKO, Aleksey) on 15 Sep 2022 when 31124 took RUSSIA-EO14024. Left as
// it was, the one person's card shows "RUSSIA-EO14024, delisted" beside "RUSSIA-EO14024, active". A program the
// other entry did not hold when the removed one left stays delisted: that is a real delisting.
import type { Entity, EntityEvent, Sanction } from './format';

const byDate = (a: EntityEvent, b: EntityEvent) => a.date.localeCompare(b.date);

/**
 * The programs `e` held on `list` at time `at`, as its events tell: the last listing or change of programs dated by
 * two files no later than `at` (an entry's creation day names the programs of a later file, so it says nothing here);
 * with none, the programs before the first later change, or those it holds now; none when it came onto the list later.
 */
export function programsAt(e: Entity, list: string, at: string): Set<string> {
  const events = e.events.filter((x) => x.list === list).sort(byDate);
  const first = events.find((x) => x.type === 'designated');
  if (first && first.date > at) return new Set();
  let held: string[] | undefined;
  for (const x of events) {
    if (x.date > at) break;
    if (x.precision !== 'between') continue;
    if (x.type === 'designated' || x.type === 'program-changed') held = x.programs ?? [];
    else if (x.type === 'delisted') held = [];
  }
  if (held) return new Set(held);
  const later = events.find((x) => x.date > at && x.precision === 'between' && x.type === 'program-changed');
  return new Set(later ? (later.programsBefore ?? []) : e.sanctions.filter((s) => s.list === list && s.status === 'active').map((s) => s.program));
}

/** The day a sanction was on the list by, for comparing two entries' rows of one program. */
const onListBy = (s: Sanction) => s.listed ?? s.listedBy ?? '9999';

/**
 * Before `gone` is merged into `kept` (two entries of one list for one party): on each list `gone` has left while
 * `kept` is on it, the programs `kept` held when `gone` left are folded. Their rows of `gone` are dropped, and `kept`'s
 * row of each takes `gone`'s listing when that is earlier (the party was listed under it since); `gone`'s removal
 * becomes a `merged` event of the same dates; its listing events stay. Returns how many lists were folded.
 */
export function foldRemovedEntry(kept: Entity, gone: Entity): number {
  let folded = 0;
  for (const list of new Set(gone.sanctions.map((s) => s.list))) {
    const rows = gone.sanctions.filter((s) => s.list === list);
    if (rows.some((s) => s.status === 'active') || !kept.sanctions.some((s) => s.list === list && s.status === 'active')) continue;
    const removal = gone.events.filter((x) => x.type === 'delisted' && x.list === list).sort(byDate).at(-1);
    if (!removal) continue;
    const held = programsAt(kept, list, removal.date);
    const programs = new Set(rows.map((s) => s.program).filter((p) => held.has(p)));
    if (programs.size === 0) continue;
    folded++;
    for (const s of rows) {
      const k = kept.sanctions.find((x) => x.list === list && x.program === s.program);
      if (!k || !programs.has(s.program) || onListBy(s) >= onListBy(k)) continue;
      delete k.listed;
      delete k.listedAfter;
      delete k.listedBy;
      if (s.listed) k.listed = s.listed;
      if (s.listedAfter) k.listedAfter = s.listedAfter;
      if (s.listedBy) k.listedBy = s.listedBy;
    }
    gone.sanctions = gone.sanctions.filter((s) => s.list !== list || !programs.has(s.program));
    const from = gone.sources.find((s) => s.list === list)?.ref ?? removal.ref ?? '';
    const into = kept.sources.find((s) => s.list === list)?.ref ?? '';
    const { date, after, precision, authority, sourceUrl } = removal;
    const merged: EntityEvent = {
      date, ...(after ? { after } : {}), precision, type: 'amended', authority,
      summary: `Entry ${from} was removed from the list and merged into entry ${into} for the same party`,
      ...(sourceUrl ? { sourceUrl } : {}), change: 'merged', list, ref: from, entries: [from, into],
    };
    const rest = (removal.programs ?? []).filter((p) => !programs.has(p));
    const still = rest.length > 0 ? [{ ...removal, programs: rest, summary: `${removal.summary}; ${rest.join(', ')} not on entry ${into} then` }] : [];
    gone.events = gone.events.flatMap((x) => (x === removal ? [merged, ...still] : [x]));
  }
  return folded;
}
