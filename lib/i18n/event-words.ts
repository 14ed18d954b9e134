// An event's words in the reader's language. A change the sync found between two publications is a record with its
// parameters (lib/dataset/format.ts EVENT_CHANGES), worded here from the message catalog; any other event shows its
// summary, the list's or the curated file's own words.
import type { EntityEvent } from '../dataset/format';
import type { MessageKey, Translate } from './index';

const LIST_KEYS: Record<string, MessageKey> = {
  'us-ofac-sdn': 'list_us_ofac_sdn',
  'us-ofac-cons': 'list_us_ofac_cons',
  'un-sc-consolidated': 'list_un_sc',
  'eu-fsf': 'list_eu_fsf',
  'gb-fcdo-sanctions': 'list_gb_fcdo',
};

/** "the OFAC SDN list", or the list's id for a list with no words yet. */
export function listWords(list: string | undefined, t: Translate): string {
  const key = list ? LIST_KEYS[list] : undefined;
  return key ? t(key) : (list ?? '');
}

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
