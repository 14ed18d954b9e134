// What changed between two versions of the dataset, as a delta (for publishing) and as events in each entity's
// history (for the reader). Lists rarely say when an entry was removed or changed; two snapshot times bound it,
// so such events are dated 'between' the two versions.
import type { DeltaOp } from './delta';
import { forwardWindow } from './event-window';
import type { Entity, EntityEvent, Sanction } from './format';

export interface VersionSpan {
  /** `created` of the version before and of the version after (ISO times). */
  after: string;
  date: string;
}

const LIST_NAMES: Record<string, string> = {
  'us-ofac-sdn': 'the OFAC SDN list',
  'us-ofac-cons': "OFAC's Consolidated (non-SDN) list",
  'ca-sema': "Canada's autonomous sanctions list",
};

function listName(list: string): string {
  return LIST_NAMES[list] ?? `the ${list} list`;
}

function sameRecord(a: Entity, b: Entity): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The delta that turns `before` into `after` (both whole versions, in memory: a publishing step, not the extension). */
export function diffEntities(before: Iterable<Entity>, after: Iterable<Entity>): DeltaOp[] {
  const old = new Map<string, Entity>();
  for (const e of before) old.set(e.id, e);
  const ops: DeltaOp[] = [];
  for (const e of after) {
    const was = old.get(e.id);
    old.delete(e.id);
    if (!was) ops.push({ op: 'ADD', entity: e });
    else if (!sameRecord(was, e)) ops.push({ op: 'MOD', entity: e });
  }
  for (const id of old.keys()) ops.push({ op: 'DEL', id });
  return ops;
}

function programs(sanctions: Sanction[], list: string, status?: Sanction['status']): string[] {
  return [...new Set(sanctions.filter((s) => s.list === list && (!status || s.status === status)).map((s) => s.program))].sort();
}

/** A change between two versions, with its parameters for the card to word in the reader's language (event-words.ts). */
function between(span: VersionSpan, type: EntityEvent['type'], authority: string, summary: string, words: Pick<EntityEvent, 'change' | 'list' | 'programs' | 'programsBefore'>): EntityEvent {
  return forwardWindow({ date: span.date, after: span.after, precision: 'between', type, authority, summary, ...words });
}

/** The events a reader should see for the change from `before` to `after` of one entity (either may be absent). */
export function changeEvents(before: Entity | undefined, after: Entity | undefined, span: VersionSpan): EntityEvent[] {
  const was = before?.sanctions ?? [];
  const now = after?.sanctions ?? [];
  const lists = [...new Set([...was, ...now].map((s) => s.list))].sort();
  const events: EntityEvent[] = [];
  for (const list of lists) {
    const authority = [...now, ...was].find((s) => s.list === list)!.authority;
    const activeBefore = programs(was, list, 'active');
    const activeAfter = programs(now, list, 'active');
    if (activeBefore.length === 0 && activeAfter.length > 0) {
      events.push(between(span, 'designated', authority, `Added to ${listName(list)} (${activeAfter.join(', ')})`, { change: 'added', list, programs: activeAfter }));
    } else if (activeBefore.length > 0 && activeAfter.length === 0) {
      const gone = programs(now, list).length === 0;
      events.push(between(span, 'delisted', authority, `${gone ? 'Removed from' : 'Delisted from'} ${listName(list)} (${activeBefore.join(', ')})`, { change: gone ? 'removed' : 'delisted', list, programs: activeBefore }));
    } else if (activeBefore.join() !== activeAfter.join()) {
      events.push(between(span, 'program-changed', authority, `Program changed on ${listName(list)}: ${activeBefore.join(', ')} → ${activeAfter.join(', ')}`, {
        change: 'programs', list, programsBefore: activeBefore, programs: activeAfter,
      }));
    }
  }
  return events;
}

/** What makes two events the same event: a record's history holds each once. */
export function eventKey(e: EntityEvent): string {
  return `${e.type}|${e.date}|${e.after ?? ''}|${e.summary}`;
}

/**
 * The record to store for `after`: its own events, the events of `before` it no longer carries (history is kept
 * across versions) and the events of this change. Applying it twice gives the same record.
 */
export function withHistory(before: Entity | undefined, after: Entity, span: VersionSpan | null): Entity {
  const events = [...after.events];
  const seen = new Set(events.map(eventKey));
  const add = (e: EntityEvent) => {
    if (seen.has(eventKey(e))) return;
    seen.add(eventKey(e));
    events.push(e);
  };
  before?.events.forEach(add);
  if (span) changeEvents(before, after, span).forEach(add);
  return events.length === after.events.length ? after : { ...after, events };
}

/**
 * What remains of an entity that left the dataset: when it was ever sanctioned, a record marked delisted that says
 * when it was removed, so a reader still learns it; otherwise nothing.
 */
export function removedEntity(before: Entity, span: VersionSpan): Entity | null {
  if (before.sanctions.length === 0) return null;
  const after: Entity = { ...before, sanctions: before.sanctions.map((s) => (s.status === 'active' ? { ...s, status: 'delisted' } : s)), events: [] };
  const events = [...before.events];
  const seen = new Set(events.map(eventKey));
  for (const e of changeEvents(before, { ...after, sanctions: [] }, span)) if (!seen.has(eventKey(e))) events.push(e);
  return { ...after, events };
}
