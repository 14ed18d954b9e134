// OpenSanctions exports in FollowTheMoney (FtM) form: one JSON entity a line, plus delta files of
// {"op": "ADD"|"MOD"|"DEL", "entity": {...}} that bring an export up to date. Sanction entities point at the
// party they concern (`entity` property); nested exports carry them inside the party's `sanctions` property.

import type { Entity, EntityKind, EntityName, Identifier, Sanction } from './format';
import type { ImportProblem } from './problems';
import { isObject } from './validate';

export interface FtmEntity {
  id: string;
  schema: string;
  caption?: string;
  properties: Record<string, unknown[]>;
  datasets: string[];
  target?: boolean;
}

export interface LineSource {
  file: string;
  lines: AsyncIterable<{ line: number; text: string }>;
}

export type FtmDelta = LineSource;

const KINDS: Record<string, EntityKind> = {
  Person: 'person', Organization: 'organization', Company: 'organization', LegalEntity: 'organization',
  PublicBody: 'agency', Vessel: 'vessel', Airplane: 'aircraft',
};

const IDENTIFIER_PROPS: Record<string, string> = {
  idNumber: 'National ID', passportNumber: 'Passport', taxNumber: 'Tax ID', registrationNumber: 'Registration Number',
  innCode: 'INN', ogrnCode: 'OGRN', leiCode: 'LEI', swiftBic: 'SWIFT/BIC', imoNumber: 'IMO', mmsi: 'MMSI',
};

export function toFtmEntity(v: unknown): FtmEntity | string {
  if (!isObject(v)) return 'not an object';
  if (typeof v.id !== 'string' || v.id === '') return 'no "id"';
  if (typeof v.schema !== 'string') return `${v.id}: no "schema"`;
  const properties: Record<string, unknown[]> = {};
  if (v.properties !== undefined) {
    if (!isObject(v.properties)) return `${v.id}: "properties" is not an object`;
    for (const [k, val] of Object.entries(v.properties)) {
      if (!Array.isArray(val)) return `${v.id}: property ${k} is not a list`;
      properties[k] = val;
    }
  }
  const datasets = Array.isArray(v.datasets) ? v.datasets.filter((d): d is string => typeof d === 'string') : [];
  const e: FtmEntity = { id: v.id, schema: v.schema, properties, datasets };
  if (typeof v.caption === 'string') e.caption = v.caption;
  if (typeof v.target === 'boolean') e.target = v.target;
  return e;
}

function strs(e: FtmEntity, prop: string): string[] {
  return (e.properties[prop] ?? []).filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
}

function first(e: FtmEntity, ...props: string[]): string | undefined {
  for (const p of props) {
    const v = strs(e, p)[0];
    if (v) return v;
  }
  return undefined;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** An FtM Sanction entity as our Sanction. A past end date means the measure has ended. */
export function ftmSanction(s: FtmEntity, today: string): Sanction {
  const listed = first(s, 'listingDate', 'startDate');
  const ended = first(s, 'endDate');
  const out: Sanction = {
    authority: first(s, 'authority') ?? 'OpenSanctions',
    list: s.datasets[0] ?? 'opensanctions',
    program: first(s, 'programId', 'program') ?? s.datasets[0] ?? 'sanction',
    status: ended && ended.slice(0, 10) <= today ? 'delisted' : 'active',
  };
  if (listed && ISO_DAY.test(listed)) out.listed = listed.slice(0, 10);
  if (ended && ISO_DAY.test(ended) && out.status === 'delisted') out.delisted = ended.slice(0, 10);
  const reason = first(s, 'reason');
  if (reason) out.reason = reason;
  const url = first(s, 'sourceUrl', 'programUrl');
  if (url) out.sourceUrl = url;
  return out;
}

/** A party (Person, Organization, …) as an Entity, or undefined for other schemata (Address, Sanction, …). */
export function ftmToEntity(e: FtmEntity, sanctions: FtmEntity[], today: string): Entity | undefined {
  const kind = KINDS[e.schema];
  if (!kind) return undefined;
  const all = strs(e, 'name');
  const name = e.caption ?? all[0];
  if (!name) return undefined;
  const names: EntityName[] = [];
  const add = (n: string, type: EntityName['type']) => {
    if (!names.some((x) => x.name === n)) names.push({ name: n, type });
  };
  add(name, 'primary');
  for (const n of all) add(n, 'aka');
  for (const n of strs(e, 'alias')) add(n, 'aka');
  for (const n of strs(e, 'previousName')) add(n, 'fka');
  for (const n of strs(e, 'weakAlias')) add(n, 'weak');
  const identifiers: Identifier[] = [];
  for (const [prop, type] of Object.entries(IDENTIFIER_PROPS)) for (const value of strs(e, prop)) identifiers.push({ type, value });
  const nested = (e.properties.sanctions ?? []).map(toFtmEntity).filter((x): x is FtmEntity => typeof x !== 'string');
  const list = [...sanctions, ...nested].map((s) => ftmSanction(s, today));
  // An export without Sanction entities still says which parties are sanctioned, by topic.
  if (list.length === 0 && strs(e, 'topics').includes('sanction')) {
    list.push({ authority: `OpenSanctions (${e.datasets.join(', ') || 'sanctions'})`, list: e.datasets[0] ?? 'opensanctions', program: e.datasets[0] ?? 'sanction', status: 'active' });
  }
  return {
    id: `ftm-${e.id}`,
    kind,
    name,
    names,
    birthDates: strs(e, 'birthDate').map((d) => d.slice(0, 10)),
    birthPlaces: strs(e, 'birthPlace'),
    nationalities: strs(e, 'nationality'),
    countries: [...new Set([...strs(e, 'country'), ...strs(e, 'jurisdiction')])],
    positions: strs(e, 'position'),
    identifiers,
    sources: [{ list: e.datasets[0] ?? 'opensanctions', ref: e.id }],
    sanctions: list,
    events: list.filter((s) => s.listed).map((s) => ({
      date: s.listed ?? '', precision: 'day' as const, type: 'designated' as const, authority: s.authority,
      summary: `Listed (${s.program})`, ...(s.sourceUrl ? { sourceUrl: s.sourceUrl } : {}),
    })),
    ...(first(e, 'notes') ? { description: first(e, 'notes') } : {}),
  };
}

/**
 * Splits text holding JSON objects one after another, newline-separated or not (hand-assembled delta files
 * are not always one a line). Returns each object's text and the line it starts on.
 */
export function splitJsonObjects(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let depth = 0;
  let start = -1;
  let startLine = 1;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') {
      if (depth === 0) {
        start = i;
        startLine = line;
      }
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) out.push({ line: startLine, text: text.slice(start, i + 1) });
    }
  }
  return out;
}

export type DeltaOp = { op: 'ADD' | 'MOD'; entity: FtmEntity } | { op: 'DEL'; id: string };

export function parseDeltaObject(text: string): DeltaOp | string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (!isObject(v) || !isObject(v.entity)) return 'expected {"op", "entity"}';
  if (v.op === 'DEL') return typeof v.entity.id === 'string' ? { op: 'DEL', id: v.entity.id } : 'DEL without entity id';
  if (v.op !== 'ADD' && v.op !== 'MOD') return `unknown op ${JSON.stringify(v.op)}`;
  const e = toFtmEntity(v.entity);
  return typeof e === 'string' ? e : { op: v.op, entity: e };
}

async function* parsed(src: LineSource, problems: ImportProblem[]): AsyncGenerator<FtmEntity> {
  for await (const { line, text } of src.lines) {
    if (text.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch {
      problems.push({ file: src.file, line, message: 'not JSON' });
      continue;
    }
    const e = toFtmEntity(v);
    if (typeof e === 'string') problems.push({ file: src.file, line, message: e });
    else yield e;
  }
}

/**
 * Entities of an FtM export with its deltas applied, in order. The export is read twice (`open` is called twice):
 * first for its Sanction entities, which may come after the parties they concern, then for the parties.
 * Deltas are small and held in memory; the export streams.
 */
export async function* ftmEntities(
  open: () => LineSource,
  deltas: { file: string; text: string }[],
  problems: ImportProblem[],
  today = new Date().toISOString().slice(0, 10),
): AsyncGenerator<Entity> {
  const changed = new Map<string, FtmEntity | null>();
  for (const d of deltas) {
    for (const o of splitJsonObjects(d.text)) {
      const op = parseDeltaObject(o.text);
      if (typeof op === 'string') problems.push({ file: d.file, line: o.line, message: op });
      else if (op.op === 'DEL') changed.set(op.id, null);
      else changed.set(op.entity.id, op.entity);
    }
  }
  const sanctionsOf = new Map<string, FtmEntity[]>();
  const noteSanction = (s: FtmEntity) => {
    for (const holder of strs(s, 'entity')) sanctionsOf.set(holder, [...(sanctionsOf.get(holder) ?? []), s]);
  };
  // Bad lines are reported by the second pass; the first would only repeat them.
  for await (const e of parsed(open(), [])) {
    if (e.schema === 'Sanction' && !changed.has(e.id)) noteSanction(e);
  }
  for (const e of changed.values()) if (e && e.schema === 'Sanction') noteSanction(e);

  const emitted = new Set<string>();
  const emit = (e: FtmEntity) => ftmToEntity(e, sanctionsOf.get(e.id) ?? [], today);
  for await (const base of parsed(open(), problems)) {
    const e = changed.has(base.id) ? changed.get(base.id) : base;
    emitted.add(base.id);
    if (!e) continue;
    const out = emit(e);
    if (out) yield out;
  }
  for (const [id, e] of changed) {
    if (emitted.has(id) || !e) continue;
    const out = emit(e);
    if (out) yield out;
  }
}
