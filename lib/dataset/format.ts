// The dataset's record types: what the builder writes, the background imports and the card shows.
// Documented for people in lib/dataset/FORMAT.md; keep the two in step. Each type is inferred from its valibot
// schema, so the check in lib/dataset/validate.ts and the type cannot drift apart. A schema's messages are
// predicates ("must be …", "is …") that validate.ts puts after the field's path, or sentences about the object.
import * as v from 'valibot';
import { FactSchema } from './facts';

export const FORMAT_VERSION = 1;

/** Every kind, in the order the name and search indexes number them (stored in their caches: append only). */
export const ENTITY_KINDS = ['person', 'organization', 'agency', 'vessel', 'aircraft'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How a name belongs to an entity. `weak` aliases never match on their own. */
export const NAME_TYPES = ['primary', 'aka', 'fka', 'weak', 'script'] as const;
export type NameType = (typeof NAME_TYPES)[number];

export const SANCTION_STATUSES = ['active', 'delisted'] as const;
export type SanctionStatus = (typeof SANCTION_STATUSES)[number];

export const EVENT_TYPES = ['designated', 'delisted', 'program-changed', 'name-changed', 'amended', 'position', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_PRECISIONS = ['day', 'month', 'year', 'between'] as const;

/**
 * What a change found between two publications of a list (lib/sync/publishers/compose.ts) or two versions of the
 * dataset (lib/dataset/diff.ts) was. An event with a
 * change carries its parameters (list, programs, names, entries) and is worded at display time in the reader's
 * language (lib/i18n/event-words.ts); `summary` keeps the English words for tools and older readers.
 */
export const EVENT_CHANGES = ['added', 'removed', 'delisted', 'programs', 'names', 'merged'] as const;

/** The fields of an OFAC entry whose change an `amended` event names (`fields`); worded through the message catalog. */
export const EVENT_FIELDS = ['type', 'title', 'call sign', 'vessel type', 'tonnage', 'flag', 'owner', 'remarks'] as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME_OR_DAY = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+Z)?)?)?$/;

/**
 * Limits on what one record may hold, far above anything real (the shipped dataset's longest name is 324
 * characters, its longest reason 1,351; its most names 96, any other list at most 25), so a hostile file cannot
 * make one record cost the name and search indexes seconds and hundreds of megabytes.
 */
export const MAX_TEXT = 2_000;
/** Prose: a sanction's reason, an event's summary, a description. */
export const MAX_PROSE = 20_000;
export const MAX_NAMES = 2_000;
/** Any other list in a record (countries, identifiers, sanctions, events, …). */
export const MAX_ITEMS = 1_000;

const NON_EMPTY = 'must be a non-empty string';
const tooLong = (max: number) => `must be at most ${max.toLocaleString('en')} characters`;
const tooMany = (max: number) => `must have at most ${max.toLocaleString('en')} items`;

/** A non-empty string of at most `max` characters, in one check (this runs for most fields of a million records). */
/* @__NO_SIDE_EFFECTS__ */
function text(max: number) {
  return v.custom<string>(
    (x) => typeof x === 'string' && x !== '' && x.length <= max,
    (issue) => (typeof issue.input === 'string' && issue.input !== '' ? tooLong(max) : NON_EMPTY),
  );
}
export const requiredText = text(MAX_TEXT);
const requiredProse = text(MAX_PROSE);
/** An optional text; an empty one is dropped from the record (see `withoutEmpty`). */
/* @__NO_SIDE_EFFECTS__ */
function optional(max: number) {
  return v.optional(v.custom<string>((x) => typeof x === 'string' && x.length <= max, (issue) => (typeof issue.input === 'string' ? tooLong(max) : 'must be a string')));
}
const optionalText = optional(MAX_TEXT);
const optionalProse = optional(MAX_PROSE);
/**
 * A list of strings, checked in one pass with the first bad item named (`"birthDates[2]" must be a string`):
 * records carry many such lists, and a schema run per item is most of what validation would cost.
 */
export const texts = v.pipe(
  v.custom<string[]>((x) => Array.isArray(x), 'must be an array'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const list = dataset.value;
    if (list.length > MAX_ITEMS) {
      addIssue({ message: tooMany(MAX_ITEMS) });
      return;
    }
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item !== 'string' || item.length > MAX_TEXT) {
        addIssue({ message: typeof item !== 'string' ? 'must be a string' : tooLong(MAX_TEXT), path: [{ type: 'array', origin: 'value', input: list, key: i, value: item }] });
        return;
      }
    }
  }),
);
/* @__NO_SIDE_EFFECTS__ */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return v.picklist(values, `must be one of ${values.join(', ')}`);
}
/** A string matching `pattern`, in one check (a pipe of two costs twice as much over a million records). */
/* @__NO_SIDE_EFFECTS__ */
function matching(pattern: RegExp, mismatch: string, missing = 'must be a string') {
  return v.custom<string>(
    (x) => typeof x === 'string' && pattern.test(x),
    (issue) => (typeof issue.input === 'string' ? mismatch : issue.input === undefined ? missing : 'must be a string'),
  );
}
const isoDay = v.optional(matching(ISO_DAY, 'must be YYYY-MM-DD'));
const isoPoint = v.optional(matching(ISO_TIME_OR_DAY, 'is not an ISO date'));

/** Links reach a reader's screen: only http(s) addresses pass, so no `javascript:` or `data:` link ever does. */
const httpUrl = v.optional(
  v.pipe(
    v.string('must be a string'),
    v.maxLength(MAX_TEXT, tooLong(MAX_TEXT)),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      let url: URL;
      try {
        url = new URL(dataset.value);
      } catch {
        addIssue({ message: 'is not a URL' });
        return NEVER;
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        addIssue({ message: 'is not an http(s) link' });
        return NEVER;
      }
      return url.href;
    }),
  ),
);

type Config = v.Config<v.BaseIssue<unknown>>;

/** Whether `value` passes `schema` as it is: no issue, and the output is the value itself. */
function passesUnchanged(schema: v.GenericSchema, value: unknown, config: Config): boolean {
  const out = schema['~run']({ value }, config);
  return !out.issues && out.value === value;
}

/**
 * passesUnchanged for one schema. A custom check or a picklist is asked directly: its answer is the same, and most
 * fields of a record are one of those two, so this skips a dataset object and a call through `~run` for each.
 */
function unchangedTest(schema: v.GenericSchema): (value: unknown, config: Config) => boolean {
  // A pipe takes its first schema's type and properties, but its other steps must run too.
  if ('pipe' in schema) return (value, config) => passesUnchanged(schema, value, config);
  if (schema.type === 'custom') {
    const { check } = schema as v.CustomSchema<unknown, v.ErrorMessage<v.CustomIssue> | undefined>;
    return (value) => check(value);
  }
  if (schema.type === 'picklist') {
    const { options } = schema as v.PicklistSchema<v.PicklistOptions, v.ErrorMessage<v.PicklistIssue> | undefined>;
    return (value) => (options as readonly unknown[]).includes(value);
  }
  return (value, config) => passesUnchanged(schema, value, config);
}

/**
 * `schema` with a fast path: a value that would come out of it unchanged is taken as it is, not copied. Almost
 * every record of a dataset is such a value, and copying it key by key is most of what valibot's object and array
 * cost (measured with scripts/bench-validate.ts); anything else (a problem, a dropped key, a normalised link)
 * goes through `schema` itself, so the output and the messages are valibot's. A record taken as it is keeps its
 * keys in the order it had them; a copied one has them in the schema's order.
 */
/* @__NO_SIDE_EFFECTS__ */
function reusing<S extends v.GenericSchema>(schema: S, unchanged: (value: unknown, config: Config) => boolean, refused?: (value: unknown) => boolean): S {
  return {
    ...schema,
    '~run'(dataset: v.UnknownDataset, config: Config) {
      // The value passed `schema` as it is, so it is `schema`'s output.
      if (unchanged(dataset.value, config)) return { typed: true, value: dataset.value } as ReturnType<S['~run']>;
      // Refused as a value of the wrong type: `schema` run on null reports that with its own message.
      if (refused?.(dataset.value)) return schema['~run']({ value: null }, config);
      return schema['~run'](dataset, config);
    },
  };
}

/**
 * An object schema whose missing fields are reported with the field's own message ("must be a non-empty string"),
 * not valibot's generic one. Unknown fields are dropped, as the record is rebuilt from its known ones.
 */
/* @__NO_SIDE_EFFECTS__ */
export function fields<E extends v.ObjectEntries>(entries: E) {
  const schema = v.object(entries, (issue) => {
    const key = issue.path?.[0]?.key;
    if (typeof key !== 'string') return 'must be an object';
    const message = (entries[key] as { message?: v.ErrorMessage<v.BaseIssue<unknown>> }).message;
    return typeof message === 'function' ? message(issue) : (message ?? 'is required');
  });
  const keys = Object.keys(entries);
  const schemas: v.GenericSchema[] = keys.map((k) => entries[k]);
  const passes = schemas.map(unchangedTest);
  const optional = schemas.map((e) => e.type === 'optional');
  // An absent field with a default is filled in: the value is not unchanged.
  const filled = schemas.map((e) => e.type === 'optional' && (e as v.OptionalSchema<v.GenericSchema, unknown>).default !== undefined);
  return reusing(schema, (value, config) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const o = value as Record<string, unknown>;
    let present = 0;
    for (let i = 0; i < keys.length; i++) {
      const x = o[keys[i]];
      // An absent optional field is fine; an empty or undefined one is dropped from the record: not unchanged.
      if (x === undefined && optional[i] && !filled[i] && !(keys[i] in o)) continue;
      if ((x === '' || x === undefined) && optional[i]) return false;
      if (!passes[i](x, config)) return false;
      present++;
    }
    // No other keys: those would be dropped.
    return Object.keys(o).length === present;
  }, Array.isArray); // valibot's object takes an array; a record's part never was one.
}

/** An array of at most `max` items of `item` (and at least `least.min`), kept as it is when every item is. */
/* @__NO_SIDE_EFFECTS__ */
export function list<T extends v.GenericSchema>(item: T, max = MAX_ITEMS, least = { min: 0, message: '' }) {
  const schema = v.pipe(v.array(item, 'must be an array'), v.maxLength(max, tooMany(max)), v.minLength(least.min, least.message));
  return reusing(schema, (value, config) => {
    if (!Array.isArray(value) || value.length > max || value.length < least.min) return false;
    for (let i = 0; i < value.length; i++) if (!passesUnchanged(item, value[i], config)) return false;
    return true;
  });
}

/**
 * Optional fields that are empty ('' or undefined) are left out of the record, as the hand-written checks did:
 * a record from JSON then has exactly the keys it had. Deleting is the rare path; most records keep every key.
 */
/* @__NO_SIDE_EFFECTS__ */
function withoutEmpty<T extends object>(keys: readonly (keyof T)[]) {
  return v.transform((o: T): T => {
    for (const k of keys) if (k in o && (o[k] === '' || o[k] === undefined)) delete o[k];
    return o;
  });
}

export const EntityNameSchema = fields({ name: requiredText, type: oneOf(NAME_TYPES) });
export type EntityName = v.InferOutput<typeof EntityNameSchema>;

/** Where a record comes from: a list and its own reference, e.g. us-ofac-sdn 22790. */
export const SourceRefSchema = fields({ list: requiredText, ref: requiredText });
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;

const IdentifierFields = fields({ type: requiredText, value: requiredText, country: optionalText });
export type Identifier = v.InferOutput<typeof IdentifierFields>;
export const IdentifierSchema = v.pipe(IdentifierFields, withoutEmpty<Identifier>(['country']));

/** One authority's measure under one program. Dates are ISO days (YYYY-MM-DD) or absent when unknown. */
const SanctionFields = fields({
  authority: requiredText,
  list: requiredText,
  program: requiredText,
  status: oneOf(SANCTION_STATUSES),
  listed: isoDay,
  delisted: isoDay,
  /** No listing day known: the day of the earliest file that has this program for the entry ("on the list by"). */
  listedBy: isoDay,
  /** With `listedBy`: the day of the latest file before it that lacks the program (listed between the two). */
  listedAfter: isoDay,
  reason: optionalProse,
  sourceUrl: httpUrl,
  /** A fact of the project's curated file (lib/dataset/curated.json), not of the list itself. */
  curated: v.optional(v.literal(true, 'must be true')),
});
export type Sanction = v.InferOutput<typeof SanctionFields>;
export const SanctionSchema = v.pipe(SanctionFields, withoutEmpty<Sanction>(['listed', 'delisted', 'listedBy', 'listedAfter', 'reason', 'sourceUrl']));

/**
 * A dated fact in an entity's history. `precision: 'day'` means `date` is the day it happened;
 * `'between'` means it happened after `after` and on or before `date` (two snapshot times bound it);
 * `'year'`/`'month'` give a partial date. A snapshot time is never presented as a designation day.
 */
const EntityEventFields = fields({
  date: matching(ISO_TIME_OR_DAY, 'is not an ISO date', 'is required'),
  precision: oneOf(EVENT_PRECISIONS),
  type: oneOf(EVENT_TYPES),
  authority: requiredText,
  summary: requiredProse,
  after: isoPoint,
  sourceUrl: httpUrl,
  change: v.optional(oneOf(EVENT_CHANGES)),
  /** The list's id (us-ofac-sdn, un-sc-consolidated, eu-fsf, gb-fcdo-sanctions). */
  list: optionalText,
  /** Programs after the change (before it, for a removal), and before it for a change of programs. */
  programs: v.optional(texts),
  programsBefore: v.optional(texts),
  /** Names the publication added and removed. */
  namesAdded: v.optional(texts),
  namesRemoved: v.optional(texts),
  /** For a merge: the entry folded away, then the entry it went into. */
  entries: v.optional(texts),
  /** The entry's reference on `list` (OFAC ent_num, UN reference number, EU annex entry). */
  ref: optionalText,
  /** For an amended entry: which of its fields changed (EVENT_FIELDS). */
  fields: v.optional(texts),
  /** A fact of the project's curated file, with the source it cites in `sourceUrl`. */
  curated: v.optional(v.literal(true, 'must be true')),
});
export type EntityEvent = v.InferOutput<typeof EntityEventFields>;
export const EntityEventSchema = v.pipe(
  EntityEventFields,
  v.check((e) => e.precision !== 'between' || !!e.after, `a 'between' event needs "after"`),
  withoutEmpty<EntityEvent>(['after', 'sourceUrl', 'ref']),
);

/** A relation the source states in words, e.g. OFAC's "Linked To: X"; `id` is set when X resolved to one entity. */
const EntityLinkFields = fields({ relation: requiredText, name: requiredText, id: optionalText });
export type EntityLink = v.InferOutput<typeof EntityLinkFields>;
export const EntityLinkSchema = v.pipe(EntityLinkFields, withoutEmpty<EntityLink>(['id']));

const EntityFields = fields({
  id: requiredText,
  kind: oneOf(ENTITY_KINDS),
  name: requiredText,
  names: list(EntityNameSchema, MAX_NAMES),
  birthDates: texts,
  birthPlaces: texts,
  nationalities: texts,
  countries: texts,
  positions: texts,
  /** The list whose words `positions[0]` are, when a merge put another record's position first (else the first source's). */
  roleFrom: optionalText,
  identifiers: list(IdentifierSchema),
  sources: list(SourceRefSchema),
  sanctions: list(SanctionSchema),
  events: list(EntityEventSchema),
  /** A short description for entities that are on no list (officials, agencies). */
  description: optionalProse,
  links: v.optional(list(EntityLinkSchema)),
  /** The curated file's facts (lib/dataset/facts.ts), worded by the card in the reader's language. */
  facts: v.optional(list(FactSchema)),
});
export type Entity = v.InferOutput<typeof EntityFields>;
export const EntitySchema = v.pipe(EntityFields, withoutEmpty<Entity>(['description', 'roleFrom', 'links', 'facts']));

/** The list whose words an entity's first position are (FORMAT.md `roleFrom`). */
export function roleList(e: Pick<Entity, 'roleFrom' | 'sources'>): string | undefined {
  return e.roleFrom ?? e.sources[0]?.list;
}

/** Every entity status, most serious first, in the order the name and search indexes number them (append only). */
export const ENTITY_STATUSES = ['sanctioned', 'delisted', 'not-sanctioned'] as const;
export type EntityStatus = (typeof ENTITY_STATUSES)[number];

/** What a search hit or a card's alternative shows of an entity, before its full record is asked for. */
export interface EntitySummary {
  id: string;
  name: string;
  kind: EntityKind;
  status: EntityStatus;
  countries: string[];
  role?: string;
  /** Sent with a card's alternatives only: what tells namesakes apart (birth dates, nationalities). */
  apart?: { birthDates: string[]; nationalities: string[] };
  /** Sent with a card's alternatives only, when the page's words were given: which of the entry's names they match. */
  matched?: string;
}

/** What a reader sees as the headline: any active sanction makes an entity sanctioned. */
export function entityStatus(entity: Pick<Entity, 'sanctions'>): EntityStatus {
  if (entity.sanctions.some((s) => s.status === 'active')) return 'sanctioned';
  if (entity.sanctions.length > 0) return 'delisted';
  return 'not-sanctioned';
}

/** A version id (FORMAT.md, lib/dataset/manifest datasetVersion): build time in UTC with '.' for ':', 8 hex of sha256. */
export const VERSION_ID = /^\d{4}-\d{2}-\d{2}T\d{2}\.\d{2}\.\d{2}Z-[0-9a-f]{8}$/;
/** The build time a version id names, in ms since 1970; NaN when it is not a version id or not a real time. */
export function versionTime(version: string): number {
  return VERSION_ID.test(version) ? Date.parse(version.slice(0, 20).replace(/\./g, ':')) : NaN;
}
const VERSION_MESSAGE = 'must be a version id: YYYY-MM-DDTHH.MM.SSZ-<8 hex digits>';
/** Versions are compared as strings, so one that is not in the documented form could sort after every real one. */
export const versionId = v.custom<string>(
  (x) => typeof x === 'string' && Number.isFinite(versionTime(x)),
  (issue) => (issue.input === undefined ? 'is required' : VERSION_MESSAGE),
);

const count = v.pipe(v.number('must be a non-negative integer'), v.integer('must be a non-negative integer'), v.minValue(0, 'must be a non-negative integer'));
const sha256 = v.pipe(requiredText, v.regex(/^[0-9a-f]{64}$/, 'bad sha256'));

export const DatasetSourceSchema = fields({ name: requiredText, publisher: requiredText, snapshot: requiredText, licence: requiredText, url: requiredText });
export type DatasetSource = v.InferOutput<typeof DatasetSourceSchema>;

export const DatasetFileSchema = fields({ path: requiredText, sha256, bytes: count, records: count });
export type DatasetFile = v.InferOutput<typeof DatasetFileSchema>;

/** The first file is the entities file a reader installs: a manifest without it names nothing to install. */
export const NO_FILES = 'must name at least the entities file';

export const DatasetManifestSchema = fields({
  format: v.pipe(count, v.check((f) => f === FORMAT_VERSION, (issue) => `format ${String(issue.input)} is not ${FORMAT_VERSION}`)),
  /** Sortable: a newer dataset has a greater version string. */
  version: versionId,
  created: requiredText,
  entities: count,
  names: count,
  sources: list(DatasetSourceSchema),
  files: list(DatasetFileSchema, MAX_ITEMS, { min: 1, message: NO_FILES }),
});
export type DatasetManifest = v.InferOutput<typeof DatasetManifestSchema>;
