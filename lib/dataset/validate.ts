// Checks one dataset record read from outside (a bundled or downloaded file) before anything stores it.
// Anything that is not exactly the documented shape is rejected with a reason; nothing is coerced silently.
import type { Entity, EntityEvent, EntityKind, EntityName, Identifier, NameType, Sanction, SourceRef } from './format';

export class RecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordError';
  }
}

const KINDS: readonly EntityKind[] = ['person', 'organization', 'agency', 'vessel', 'aircraft'];
const NAME_TYPES: readonly NameType[] = ['primary', 'aka', 'fka', 'weak', 'script'];
const EVENT_TYPES: readonly EntityEvent['type'][] = ['designated', 'delisted', 'program-changed', 'name-changed', 'amended', 'position', 'other'];
const PRECISIONS: readonly EntityEvent['precision'][] = ['day', 'month', 'year', 'between'];
const MAX_TEXT = 4000;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

type Obj = Record<string, unknown>;

function obj(v: unknown, where: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new RecordError(`${where} is not an object`);
  return v as Obj;
}

function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new RecordError(`${where}.${key} is not a string`);
  if (v.length > MAX_TEXT) throw new RecordError(`${where}.${key} is longer than ${MAX_TEXT} characters`);
  return v;
}

function optStr(o: Obj, key: string, where: string): string | undefined {
  return o[key] === undefined ? undefined : str(o, key, where);
}

function optDate(o: Obj, key: string, where: string): string | undefined {
  const v = optStr(o, key, where);
  if (v !== undefined && !DATE.test(v)) throw new RecordError(`${where}.${key} is not a date (YYYY[-MM[-DD]]): ${v.slice(0, 40)}`);
  return v;
}

/** Only http(s) addresses are kept as links; anything else is a record error, so no `javascript:` ever reaches a card. */
function optUrl(o: Obj, key: string, where: string): string | undefined {
  const v = optStr(o, key, where);
  if (v === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new RecordError(`${where}.${key} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RecordError(`${where}.${key} is not an http(s) link`);
  return url.href;
}

function oneOf<T extends string>(o: Obj, key: string, allowed: readonly T[], where: string): T {
  const v = str(o, key, where);
  if (!allowed.includes(v as T)) throw new RecordError(`${where}.${key} has an unknown value: ${v.slice(0, 40)}`);
  return v as T;
}

function arr<T>(o: Obj, key: string, where: string, item: (v: unknown, where: string) => T): T[] {
  const v = o[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new RecordError(`${where}.${key} is not a list`);
  return v.map((x, i) => item(x, `${where}.${key}[${i}]`));
}

function text(v: unknown, where: string): string {
  if (typeof v !== 'string' || v.length > MAX_TEXT) throw new RecordError(`${where} is not a string`);
  return v;
}

export function parseEntity(value: unknown): Entity {
  const o = obj(value, 'entity');
  const id = str(o, 'id', 'entity');
  if (!id || id.length > 200) throw new RecordError('entity.id is empty or too long');
  const w = `entity ${id.slice(0, 60)}`;
  const names = arr<EntityName>(o, 'names', w, (v, at) => {
    const n = obj(v, at);
    return { name: str(n, 'name', at), type: oneOf(n, 'type', NAME_TYPES, at) };
  });
  if (names.length === 0) throw new RecordError(`${w} has no names`);
  const sanctions = arr<Sanction>(o, 'sanctions', w, (v, at) => {
    const s = obj(v, at);
    return {
      authority: str(s, 'authority', at),
      list: str(s, 'list', at),
      program: str(s, 'program', at),
      status: oneOf(s, 'status', ['active', 'delisted'] as const, at),
      listed: optDate(s, 'listed', at),
      delisted: optDate(s, 'delisted', at),
      reason: optStr(s, 'reason', at),
      sourceUrl: optUrl(s, 'sourceUrl', at),
    };
  });
  const events = arr<EntityEvent>(o, 'events', w, (v, at) => {
    const e = obj(v, at);
    const date = optDate(e, 'date', at);
    if (!date) throw new RecordError(`${at}.date is missing`);
    return {
      date,
      precision: oneOf(e, 'precision', PRECISIONS, at),
      after: optDate(e, 'after', at),
      type: oneOf(e, 'type', EVENT_TYPES, at),
      authority: str(e, 'authority', at),
      summary: str(e, 'summary', at),
      sourceUrl: optUrl(e, 'sourceUrl', at),
    };
  });
  return {
    id,
    kind: oneOf(o, 'kind', KINDS, w),
    name: str(o, 'name', w),
    names,
    birthDates: arr(o, 'birthDates', w, text),
    birthPlaces: arr(o, 'birthPlaces', w, text),
    nationalities: arr(o, 'nationalities', w, text),
    countries: arr(o, 'countries', w, text),
    positions: arr(o, 'positions', w, text),
    identifiers: arr<Identifier>(o, 'identifiers', w, (v, at) => {
      const i = obj(v, at);
      return { type: str(i, 'type', at), value: str(i, 'value', at), country: optStr(i, 'country', at) };
    }),
    sources: arr<SourceRef>(o, 'sources', w, (v, at) => {
      const s = obj(v, at);
      return { list: str(s, 'list', at), ref: str(s, 'ref', at) };
    }),
    sanctions,
    events,
    description: optStr(o, 'description', w),
  };
}
