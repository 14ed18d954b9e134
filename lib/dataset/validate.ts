// Checks for data that comes from outside (a dataset line, the curated file): typed after these, not before.

import {
  ENTITY_KINDS, type Entity, type EntityEvent, type EntityLink, type EntityName, type Identifier, type NameType, type Sanction, type SourceRef,
} from './format';

export class ValidationError extends Error {}

type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') throw new ValidationError(`${where}: "${key}" must be a non-empty string`);
  return v;
}

export function optStr(o: Obj, key: string, where: string): string | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new ValidationError(`${where}: "${key}" must be a string`);
  return v;
}

export function arr(o: Obj, key: string, where: string, optional = false): unknown[] {
  const v = o[key];
  if (v === undefined && optional) return [];
  if (!Array.isArray(v)) throw new ValidationError(`${where}: "${key}" must be an array`);
  return v;
}

export function strings(o: Obj, key: string, where: string, optional = false): string[] {
  return arr(o, key, where, optional).map((x, i) => {
    if (typeof x !== 'string') throw new ValidationError(`${where}: "${key}[${i}]" must be a string`);
    return x;
  });
}

function objects(o: Obj, key: string, where: string, optional = false): Obj[] {
  return arr(o, key, where, optional).map((x, i) => {
    if (!isObject(x)) throw new ValidationError(`${where}: "${key}[${i}]" must be an object`);
    return x;
  });
}

function oneOf<T extends string>(o: Obj, key: string, values: readonly T[], where: string): T {
  const v = o[key];
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
    throw new ValidationError(`${where}: "${key}" must be one of ${values.join(', ')}`);
  }
  return v as T;
}

export { ENTITY_KINDS };
export const NAME_TYPES: readonly NameType[] = ['primary', 'aka', 'fka', 'weak', 'script'];
const EVENT_TYPES: readonly EntityEvent['type'][] = [
  'designated', 'delisted', 'program-changed', 'name-changed', 'amended', 'position', 'other',
];
const PRECISIONS: readonly EntityEvent['precision'][] = ['day', 'month', 'year', 'between'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME_OR_DAY = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+Z)?)?)?$/;

/** Links reach a reader's screen: only http(s) addresses pass, so no `javascript:` or `data:` link ever does. */
function httpUrl(o: Obj, key: string, where: string): string | undefined {
  const v = optStr(o, key, where);
  if (v === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new ValidationError(`${where}: "${key}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ValidationError(`${where}: "${key}" is not an http(s) link`);
  return url.href;
}

function isoDay(o: Obj, key: string, where: string): string | undefined {
  const v = optStr(o, key, where);
  if (v !== undefined && !ISO_DAY.test(v)) throw new ValidationError(`${where}: "${key}" must be YYYY-MM-DD`);
  return v;
}

function isoPoint(o: Obj, key: string, where: string): string | undefined {
  const v = optStr(o, key, where);
  if (v !== undefined && !ISO_TIME_OR_DAY.test(v)) throw new ValidationError(`${where}: "${key}" is not an ISO date`);
  return v;
}

export function toName(o: Obj, where: string): EntityName {
  return { name: str(o, 'name', where), type: oneOf(o, 'type', NAME_TYPES, where) };
}

export function toSanction(o: Obj, where: string): Sanction {
  const s: Sanction = {
    authority: str(o, 'authority', where),
    list: str(o, 'list', where),
    program: str(o, 'program', where),
    status: oneOf(o, 'status', ['active', 'delisted'] as const, where),
  };
  const listed = isoDay(o, 'listed', where);
  const delisted = isoDay(o, 'delisted', where);
  const reason = optStr(o, 'reason', where);
  const sourceUrl = httpUrl(o, 'sourceUrl', where);
  if (listed) s.listed = listed;
  if (delisted) s.delisted = delisted;
  if (reason) s.reason = reason;
  if (sourceUrl) s.sourceUrl = sourceUrl;
  return s;
}

export function toEvent(o: Obj, where: string): EntityEvent {
  const date = isoPoint(o, 'date', where);
  if (!date) throw new ValidationError(`${where}: "date" is required`);
  const e: EntityEvent = {
    date,
    precision: oneOf(o, 'precision', PRECISIONS, where),
    type: oneOf(o, 'type', EVENT_TYPES, where),
    authority: str(o, 'authority', where),
    summary: str(o, 'summary', where),
  };
  const after = isoPoint(o, 'after', where);
  if (e.precision === 'between' && !after) throw new ValidationError(`${where}: a 'between' event needs "after"`);
  if (after) e.after = after;
  const sourceUrl = httpUrl(o, 'sourceUrl', where);
  if (sourceUrl) e.sourceUrl = sourceUrl;
  return e;
}

function toIdentifier(o: Obj, where: string): Identifier {
  const id: Identifier = { type: str(o, 'type', where), value: str(o, 'value', where) };
  const country = optStr(o, 'country', where);
  if (country) id.country = country;
  return id;
}

function toSource(o: Obj, where: string): SourceRef {
  return { list: str(o, 'list', where), ref: str(o, 'ref', where) };
}

function toLink(o: Obj, where: string): EntityLink {
  const l: EntityLink = { relation: str(o, 'relation', where), name: str(o, 'name', where) };
  const id = optStr(o, 'id', where);
  if (id) l.id = id;
  return l;
}

/** A full Entity from untrusted JSON; throws ValidationError naming the first bad field. */
export function toEntity(v: unknown, where: string): Entity {
  if (!isObject(v)) throw new ValidationError(`${where}: not an object`);
  const w = `${where} (${typeof v.id === 'string' ? v.id : '?'})`;
  const e: Entity = {
    id: str(v, 'id', w),
    kind: oneOf(v, 'kind', ENTITY_KINDS, w),
    name: str(v, 'name', w),
    names: objects(v, 'names', w).map((x, i) => toName(x, `${w} names[${i}]`)),
    birthDates: strings(v, 'birthDates', w),
    birthPlaces: strings(v, 'birthPlaces', w),
    nationalities: strings(v, 'nationalities', w),
    countries: strings(v, 'countries', w),
    positions: strings(v, 'positions', w),
    identifiers: objects(v, 'identifiers', w).map((x, i) => toIdentifier(x, `${w} identifiers[${i}]`)),
    sources: objects(v, 'sources', w).map((x, i) => toSource(x, `${w} sources[${i}]`)),
    sanctions: objects(v, 'sanctions', w).map((x, i) => toSanction(x, `${w} sanctions[${i}]`)),
    events: objects(v, 'events', w).map((x, i) => toEvent(x, `${w} events[${i}]`)),
  };
  const description = optStr(v, 'description', w);
  if (description) e.description = description;
  if (v.links !== undefined) e.links = objects(v, 'links', w).map((x, i) => toLink(x, `${w} links[${i}]`));
  return e;
}
