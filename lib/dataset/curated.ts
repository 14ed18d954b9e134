// The project's own records (lib/dataset/curated.json): facts the lists do not carry, each with its source URLs.
// A row either stands alone (an official or agency that is on no list, or a delisting older than our snapshots)
// or, with `mergeInto`, adds a kind, description and names to a list record without touching its sanctions.

import type { Entity, EntityKind, EntityName, SourceRef } from './format';
import type { ImportProblem, ImportResult } from './problems';
import { nameKey } from '../names/normalize';
import {
  ENTITY_KINDS, ValidationError, arr, isObject, optStr, str, strings, toEvent, toName, toSanction,
} from './validate';

export const CURATED_LIST = 'sanctions-lens-curated';

export interface CuratedRow {
  entity: Entity;
  /** The list record this row completes, e.g. { list: 'us-ofac-sdn', ref: '27008' }. */
  mergeInto?: SourceRef;
  sourceUrls: string[];
}

const URL_RE = /^https:\/\/\S+$/;

export function parseCurated(json: string, file: string): ImportResult<CuratedRow> {
  const problems: ImportProblem[] = [];
  const records: CuratedRow[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (err) {
    return { records, problems: [{ file, line: 0, message: `not JSON: ${(err as Error).message}` }] };
  }
  if (!isObject(doc) || !Array.isArray(doc.entities)) {
    return { records, problems: [{ file, line: 0, message: 'expected {"entities": [...]}' }] };
  }
  const ids = new Set<string>();
  doc.entities.forEach((row: unknown, i: number) => {
    const where = `entities[${i}]`;
    try {
      records.push(toCuratedRow(row, where));
      const id = records[records.length - 1].entity.id;
      if (ids.has(id)) throw new ValidationError(`${where}: duplicate id ${id}`);
      ids.add(id);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      problems.push({ file, line: 0, message: err.message });
    }
  });
  return { records, problems };
}

function toCuratedRow(v: unknown, where: string): CuratedRow {
  if (!isObject(v)) throw new ValidationError(`${where}: not an object`);
  const id = str(v, 'id', where);
  const w = `${where} (${id})`;
  const sourceUrls = strings(v, 'sourceUrls', w);
  if (sourceUrls.length === 0 || !sourceUrls.every((u) => URL_RE.test(u))) {
    throw new ValidationError(`${w}: every row needs at least one https source URL`);
  }
  const kind = str(v, 'kind', w);
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) throw new ValidationError(`${w}: unknown kind ${kind}`);
  const name = str(v, 'name', w);
  const sanctions = arr(v, 'sanctions', w, true).map((x, i) => {
    if (!isObject(x)) throw new ValidationError(`${w} sanctions[${i}]: not an object`);
    const s = toSanction(x, `${w} sanctions[${i}]`);
    if (!s.sourceUrl) throw new ValidationError(`${w} sanctions[${i}]: needs a sourceUrl`);
    return s;
  });
  const events = arr(v, 'events', w, true).map((x, i) => {
    if (!isObject(x)) throw new ValidationError(`${w} events[${i}]: not an object`);
    const e = toEvent(x, `${w} events[${i}]`);
    if (!e.sourceUrl) throw new ValidationError(`${w} events[${i}]: needs a sourceUrl`);
    return e;
  });
  const names: EntityName[] = [{ name, type: 'primary' }];
  arr(v, 'names', w, true).forEach((x, i) => {
    if (!isObject(x)) throw new ValidationError(`${w} names[${i}]: not an object`);
    names.push(toName(x, `${w} names[${i}]`));
  });
  const entity: Entity = {
    id,
    kind: kind as EntityKind,
    name,
    names,
    birthDates: strings(v, 'birthDates', w, true),
    birthPlaces: strings(v, 'birthPlaces', w, true),
    nationalities: strings(v, 'nationalities', w, true),
    countries: strings(v, 'countries', w, true),
    positions: strings(v, 'positions', w, true),
    identifiers: [],
    sources: [{ list: CURATED_LIST, ref: id }],
    sanctions,
    events,
  };
  const description = optStr(v, 'description', w);
  if (description) entity.description = description;
  const row: CuratedRow = { entity, sourceUrls };
  if (v.mergeInto !== undefined) {
    if (!isObject(v.mergeInto)) throw new ValidationError(`${w}: "mergeInto" must be an object`);
    row.mergeInto = { list: str(v.mergeInto, 'list', w), ref: str(v.mergeInto, 'ref', w) };
  }
  return row;
}

/** A comparable key for a list name: OFAC writes "SURNAMES, Given", pages write "Given Surnames". */
function nameKeys(name: string): string[] {
  const keys = [nameKey(name)];
  const comma = name.indexOf(',');
  if (comma > 0) keys.push(nameKey(`${name.slice(comma + 1)} ${name.slice(0, comma)}`));
  return keys;
}

/**
 * Adds the curated rows to list entities that stream past. A row with `mergeInto` completes that record (its kind,
 * description, names and positions; the list's sanctions stay). A standalone row that shares a full name with a
 * list record is reported: the curated file must not present a listed party as "not sanctioned".
 */
export class CuratedApplier {
  readonly problems: ImportProblem[] = [];
  private readonly merges = new Map<string, CuratedRow>();
  private readonly merged = new Set<CuratedRow>();
  private readonly standalone: CuratedRow[] = [];
  private readonly byName = new Map<string, CuratedRow>();

  constructor(rows: CuratedRow[], private readonly file: string) {
    for (const row of rows) {
      if (row.mergeInto) {
        this.merges.set(`${row.mergeInto.list}:${row.mergeInto.ref}`, row);
        continue;
      }
      this.standalone.push(row);
      for (const n of row.entity.names) {
        if (n.type !== 'weak') for (const k of nameKeys(n.name)) this.byName.set(k, row);
      }
    }
  }

  /** Call once for every list entity, before it is written. */
  visit(target: Entity): void {
    for (const s of [...target.sources]) {
      const row = this.merges.get(`${s.list}:${s.ref}`);
      if (!row || this.merged.has(row)) continue;
      this.merged.add(row);
      const c = row.entity;
      target.kind = c.kind;
      if (c.description) target.description = c.description;
      for (const n of c.names) {
        if (!target.names.some((x) => x.name === n.name)) target.names.push({ ...n, type: n.type === 'primary' ? 'aka' : n.type });
      }
      for (const p of c.positions) if (!target.positions.includes(p)) target.positions.push(p);
      target.sources.push(...c.sources);
      target.events.push(...c.events);
    }
    const clash = new Set<string>();
    for (const n of target.names) {
      if (n.type === 'weak') continue;
      for (const k of nameKeys(n.name)) {
        const row = this.byName.get(k);
        if (row) clash.add(row.entity.id);
      }
    }
    for (const id of clash) {
      this.problems.push({ file: this.file, line: 0, message: `${id} shares a name with ${target.id}: merge it (mergeInto) or check it is another party` });
    }
  }

  /** The standalone rows, and rows whose list record never came (reported, kept on their own). */
  finish(): Entity[] {
    const out = this.standalone.map((r) => r.entity);
    for (const [key, row] of this.merges) {
      if (this.merged.has(row)) continue;
      this.problems.push({ file: this.file, line: 0, message: `${row.entity.id}: mergeInto ${key} is not in the dataset; row kept on its own` });
      out.push(row.entity);
    }
    return out;
  }
}

/** The whole-array form of CuratedApplier. */
export function applyCurated(entities: Entity[], rows: CuratedRow[], file: string): ImportResult<Entity> {
  const applier = new CuratedApplier(rows, file);
  for (const e of entities) applier.visit(e);
  const added = applier.finish();
  return { records: [...entities, ...added], problems: applier.problems };
}
