// An event's words in the reader's language, from its parameters (list, programs, names, fields: lib/dataset/format.ts)
// through the message catalog: a change the sync found between two publications, and the builder's listings,
// removals, changes and amendments. An event without a list (an older dataset's) shows its summary, the list's or
// the curated file's own English words. The Spanish messages use nouns ("Inclusión en …", "Exclusión de …") rather
// than participles, which would have to agree with a person, an organisation or a vessel.
import { EVENT_FIELDS, type EntityEvent } from '../dataset/format';
import type { MessageKey, Translate } from './index';
import { listWords } from './list-names';
import { programName } from './place-names';

/** An event's programs, a UN regime named after a country in the reader's language. */
const join = (xs: string[] | undefined, e: EntityEvent, t: Translate) => (xs ?? []).map((p) => (e.list ? programName(e.list, p, t) : p)).join(', ');

const FIELD_KEYS: Record<(typeof EVENT_FIELDS)[number], MessageKey> = {
  type: 'field_type',
  title: 'field_title',
  'call sign': 'field_callSign',
  'vessel type': 'field_vesselType',
  tonnage: 'field_tonnage',
  flag: 'field_flag',
  owner: 'field_owner',
  remarks: 'field_remarks',
};
const fieldWord = (f: string, t: Translate) => (f in FIELD_KEYS ? t(FIELD_KEYS[f as keyof typeof FIELD_KEYS]) : f);

function namesWords(e: EntityEvent, list: string, t: Translate): string {
  const parts = [];
  const added = e.namesAdded ?? [];
  const removed = e.namesRemoved ?? [];
  if (added.length) parts.push(t(added.length === 1 ? 'event_name_added' : 'event_names_added', list, added.join('; ')));
  if (removed.length) parts.push(t(removed.length === 1 ? 'event_name_removed' : 'event_names_removed', list, removed.join('; ')));
  return parts.join(' ');
}

/** The builder's events, worded by type. */
function listEventWords(e: EntityEvent, list: string, t: Translate): string {
  const programs = join(e.programs, e, t);
  switch (e.type) {
    case 'designated':
      // OFAC's entry creation day (SDN_ADVANCED): one day for the entry, not for each of its programs, whose programs
      // are the extract's of years later (Assad's 2011 entry names SYRIA-EO13894, of 2019), not those it was created under.
      if (e.precision === 'day' && e.list === 'us-ofac-sdn' && !e.curated && (e.programs?.length ?? 0) > 1) return t('event_entryCreatedMany', list, programs);
      if (e.precision === 'day' && e.list === 'us-ofac-sdn' && !e.curated && e.programs?.length) return t('event_entryCreated', list, programs);
      return programs ? t('event_listed', list, programs) : t('event_added', list);
    case 'delisted':
      // Between two files the entry left the list; a dated delisting is the list's (or a cited) decision.
      return t(e.precision === 'between' ? 'event_removed' : 'event_delisted', list, programs);
    case 'program-changed':
      return t('event_programs', list, join(e.programsBefore, e, t) || '—', programs);
    case 'name-changed':
      if (e.namesRemoved?.length === 1 && e.namesAdded?.length === 1) return t('event_nameChanged', list, e.namesRemoved[0], e.namesAdded[0]);
      return namesWords(e, list, t);
    case 'amended':
      return e.fields?.length ? t('event_amendedFields', list, e.fields.map((f) => fieldWord(f, t)).join(', ')) : t('event_amended', list);
    default:
      return e.summary;
  }
}

export function eventWords(e: EntityEvent, t: Translate): string {
  const list = listWords(e.list, t);
  switch (e.change) {
    case 'added':
      return e.programs?.length ? t('event_added_programs', list, join(e.programs, e, t)) : t('event_added', list);
    case 'removed':
      return t('event_removed', list, join(e.programs, e, t));
    case 'delisted':
      return t('event_delisted', list, join(e.programs, e, t));
    case 'programs':
      return t('event_programs', list, join(e.programsBefore, e, t) || '—', join(e.programs, e, t));
    case 'names':
      return namesWords(e, list, t);
    case 'merged':
      return t('event_merged', list, e.entries?.[0] ?? '', e.entries?.[1] ?? '');
    default:
      return e.list ? listEventWords(e, list, t) : e.summary;
  }
}
