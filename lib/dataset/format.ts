// The dataset's record types: what the builder writes, the background imports and the card shows.
// Documented for people in lib/dataset/FORMAT.md; keep the two in step.

export const FORMAT_VERSION = 1;

/** Every kind, in the order the name and search indexes number them (stored in their caches: append only). */
export const ENTITY_KINDS = ['person', 'organization', 'agency', 'vessel', 'aircraft'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How a name belongs to an entity. `weak` aliases never match on their own. */
export type NameType = 'primary' | 'aka' | 'fka' | 'weak' | 'script';

export interface EntityName {
  name: string;
  type: NameType;
}

/** Where a record comes from: a list and its own reference, e.g. us-ofac-sdn 22790. */
export interface SourceRef {
  list: string;
  ref: string;
}

export interface Identifier {
  type: string;
  value: string;
  country?: string;
}

export type SanctionStatus = 'active' | 'delisted';

/** One authority's measure under one program. Dates are ISO days (YYYY-MM-DD) or absent when unknown. */
export interface Sanction {
  authority: string;
  list: string;
  program: string;
  status: SanctionStatus;
  listed?: string;
  delisted?: string;
  reason?: string;
  sourceUrl?: string;
}

export type EventType =
  | 'designated'
  | 'delisted'
  | 'program-changed'
  | 'name-changed'
  | 'amended'
  | 'position'
  | 'other';

/**
 * A dated fact in an entity's history. `precision: 'day'` means `date` is the day it happened;
 * `'between'` means it happened after `after` and on or before `date` (two snapshot times bound it);
 * `'year'`/`'month'` give a partial date. A snapshot time is never presented as a designation day.
 */
export interface EntityEvent {
  date: string;
  precision: 'day' | 'month' | 'year' | 'between';
  after?: string;
  type: EventType;
  authority: string;
  summary: string;
  sourceUrl?: string;
}

/** A relation the source states in words, e.g. OFAC's "Linked To: X"; `id` is set when X resolved to one entity. */
export interface EntityLink {
  relation: string;
  name: string;
  id?: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  names: EntityName[];
  birthDates: string[];
  birthPlaces: string[];
  nationalities: string[];
  countries: string[];
  positions: string[];
  identifiers: Identifier[];
  sources: SourceRef[];
  sanctions: Sanction[];
  events: EntityEvent[];
  /** A short description for entities that are on no list (officials, agencies). */
  description?: string;
  links?: EntityLink[];
}

/** What a reader sees as the headline: any active sanction makes an entity sanctioned. */
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
}

export function entityStatus(entity: Pick<Entity, 'sanctions'>): EntityStatus {
  if (entity.sanctions.some((s) => s.status === 'active')) return 'sanctioned';
  if (entity.sanctions.length > 0) return 'delisted';
  return 'not-sanctioned';
}

export interface DatasetSource {
  name: string;
  publisher: string;
  snapshot: string;
  licence: string;
  url: string;
}

export interface DatasetFile {
  path: string;
  sha256: string;
  bytes: number;
  records: number;
}

export interface DatasetManifest {
  format: number;
  /** Sortable: a newer dataset has a greater version string. */
  version: string;
  created: string;
  entities: number;
  names: number;
  sources: DatasetSource[];
  files: DatasetFile[];
}
