// The project's own records (lib/dataset/curated.json): facts the lists do not carry, each with its source URLs.
// A row either stands alone (an official or agency that is on no list, or a delisting older than our snapshots)
// or, with `mergeInto`, adds a kind, facts and names to a list record without touching its sanctions. What the project
// says of a party is structured facts (lib/dataset/facts.ts), worded by the card in the reader's language: a row has
// no English description, and its sanctions no reason of ours (a list's reason is the list's own words).

import * as v from 'valibot';
import {
  ENTITY_KINDS, EntityEventSchema, EntityNameSchema, SanctionSchema, SourceRefSchema, fields, list, requiredText, texts,
  type Entity, type EntityEvent, type SourceRef,
} from './format';
import { CURATED_LIST, FactSchema } from './facts';
import type { ImportProblem, ImportResult } from './problems';
import { nameKey } from '../names/normalize';
import { ValidationError, check, isObject } from './validate';

export { CURATED_LIST };

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

const optionalTexts = v.optional(texts, () => []);
const withSource = <S extends v.GenericSchema<unknown, { sourceUrl?: string }>>(schema: S) =>
  v.optional(list(v.pipe(schema, v.check((x) => !!x.sourceUrl, 'needs a sourceUrl'))), () => []);

/** A row of curated.json, checked in this order; the where of its messages names the row and its id. */
const CuratedRowSchema = fields({
  id: requiredText,
  sourceUrls: v.pipe(texts, v.check((urls) => urls.length > 0 && urls.every((u) => URL_RE.test(u)), 'every row needs at least one https source URL')),
  kind: v.pipe(requiredText, v.picklist(ENTITY_KINDS, (issue) => `unknown kind ${String(issue.input)}`)),
  name: requiredText,
  sanctions: withSource(SanctionSchema),
  events: withSource(EntityEventSchema),
  names: v.optional(list(EntityNameSchema), () => []),
  birthDates: optionalTexts,
  birthPlaces: optionalTexts,
  nationalities: optionalTexts,
  countries: optionalTexts,
  positions: optionalTexts,
  facts: v.optional(list(FactSchema), () => []),
  mergeInto: v.optional(SourceRefSchema),
});

function toCuratedRow(value: unknown, where: string): CuratedRow {
  if (!isObject(value)) throw new ValidationError(`${where}: not an object`);
  const id = value.id;
  const at = typeof id === 'string' && id !== '' ? `${where} (${id})` : where;
  if ('description' in value) throw new ValidationError(`${at}: "description" is English prose; say it as "facts"`);
  if (Array.isArray(value.sanctions) && value.sanctions.some((x) => isObject(x) && 'reason' in x)) {
    throw new ValidationError(`${at}: a curated sanction has no "reason" (a reason is a list's own words); say it as "facts"`);
  }
  const r = check(CuratedRowSchema, value, at);
  const entity: Entity = {
    id: r.id,
    kind: r.kind,
    name: r.name,
    names: [{ name: r.name, type: 'primary' }, ...r.names],
    birthDates: r.birthDates,
    birthPlaces: r.birthPlaces,
    nationalities: r.nationalities,
    countries: r.countries,
    positions: r.positions,
    identifiers: [],
    sources: [{ list: CURATED_LIST, ref: r.id }],
    // Marked as the project's, so a card says which facts are curated and cites the source each one gives.
    sanctions: r.sanctions.map((x) => ({ ...x, curated: true as const })),
    events: r.events.map((x) => ({ ...x, curated: true as const })),
  };
  if (r.facts.length > 0) entity.facts = r.facts;
  const row: CuratedRow = { entity, sourceUrls: r.sourceUrls };
  if (r.mergeInto) row.mergeInto = r.mergeInto;
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
 * facts, names and positions; the list's sanctions stay). A standalone row that shares a full name with a
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
      // An installed entity the worker composes again already carries the row: its facts are not added twice.
      if (target.sources.some((x) => x.list === CURATED_LIST && x.ref === c.id)) continue;
      target.kind = c.kind;
      if (c.facts) target.facts = [...(target.facts ?? []), ...c.facts];
      for (const n of c.names) {
        if (!target.names.some((x) => x.name === n.name)) target.names.push({ ...n, type: n.type === 'primary' ? 'aka' : n.type });
      }
      if (target.positions.length === 0 && c.positions.length > 0) target.roleFrom = CURATED_LIST;
      for (const p of c.positions) if (!target.positions.includes(p)) target.positions.push(p);
      target.sources.push(...c.sources);
      for (const e of c.events) this.problems.push(...dateByCurated(target, e, this.file, c.id));
      target.events.push(...c.events);
      target.events.sort((a, b) => a.date.localeCompare(b.date));
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

/**
 * A curated, cited day for a program of a list record (PDVSA designated 28 Jan 2019, Treasury press release sm594)
 * narrows what the files held could say: the program's sanction takes it as its listing day, and the listing event
 * bounded by two snapshots it falls between is dropped for it. A day outside that window is reported and not used.
 */
export function dateByCurated(target: Entity, e: EntityEvent, file: string, rowId: string): ImportProblem[] {
  if (e.type !== 'designated' || e.precision !== 'day' || !e.list) return [];
  const problems: ImportProblem[] = [];
  const within = (after: string | undefined, by: string | undefined) => (!after || after.slice(0, 10) < e.date) && (!by || e.date <= by.slice(0, 10));
  let used = false;
  for (const s of target.sanctions) {
    if (s.list !== e.list || !e.programs?.includes(s.program) || s.listed) continue;
    if (!within(s.listedAfter, s.listedBy)) {
      problems.push({ file, line: 0, message: `${rowId}: ${e.date} is outside what ${target.id}'s files say of ${s.program} (${s.listedAfter ?? '…'}..${s.listedBy ?? '…'})` });
      continue;
    }
    s.listed = e.date;
    delete s.listedAfter;
    delete s.listedBy;
    used = true;
  }
  if (used) {
    target.events = target.events.filter((x) => !(x.type === 'designated' && x.precision === 'between' && x.list === e.list
      && within(x.after, x.date) && (x.programs ?? []).every((p) => e.programs?.includes(p))));
  }
  return problems;
}

/** The whole-array form of CuratedApplier. */
export function applyCurated(entities: Entity[], rows: CuratedRow[], file: string): ImportResult<Entity> {
  const applier = new CuratedApplier(rows, file);
  for (const e of entities) applier.visit(e);
  const added = applier.finish();
  return { records: [...entities, ...added], problems: applier.problems };
}
