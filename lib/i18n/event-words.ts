// An event's words in the reader's language. A change the sync found between two publications is a record with its
// parameters (lib/dataset/format.ts EVENT_CHANGES), worded here from the message catalog; any other event shows its
// summary, the list's or the curated file's own words.
import type { EntityEvent } from '../dataset/format';
import type { Translate } from './index';
import { listWords } from './list-names';

const join = (xs: string[] | undefined) => (xs ?? []).join(', ');

export function eventWords(e: EntityEvent, t: Translate): string {
  const list = listWords(e.list, t);
  switch (e.change) {
    case 'added':
      return e.programs?.length ? t('event_added_programs', list, join(e.programs)) : t('event_added', list);
    case 'removed':
      return t('event_removed', list, join(e.programs));
    case 'delisted':
      return t('event_delisted', list, join(e.programs));
    case 'programs':
      return t('event_programs', list, join(e.programsBefore) || '—', join(e.programs));
    case 'names': {
      const parts = [];
      if (e.namesAdded?.length) parts.push(t('event_names_added', list, e.namesAdded.join('; ')));
      if (e.namesRemoved?.length) parts.push(t('event_names_removed', list, e.namesRemoved.join('; ')));
      return parts.join(' ');
    }
    case 'merged':
      return t('event_merged', list, e.entries?.[0] ?? '', e.entries?.[1] ?? '');
    default:
      return e.summary;
  }
}
