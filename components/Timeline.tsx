import type { EntityEvent } from '@/lib/dataset/format';
import type { Translate } from '@/lib/i18n';
import { english } from '@/lib/i18n/english';
import { eventWords } from '@/lib/i18n/event-words';
import { formatEventDate } from '@/lib/i18n/format-date';
import { SafeLink, sourceWords } from './SafeLink';

/** The entity's dated history, newest first, each event with its source: changes the sync found in the reader's language, other events in the dataset's own words. */
export function Timeline({ events, t = english }: { events: EntityEvent[]; t?: Translate }) {
  if (events.length === 0) return null;
  const sorted = [...events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <section class="sl-timeline" aria-label={t('card_history')}>
      <h3>{t('card_history')}</h3>
      <ol>
        {sorted.map((e, i) => (
          <li key={i}>
            <span class="sl-when">{formatEventDate(e, t)}</span>{' '}
            <span class="sl-what">{eventWords(e, t)}</span>{' '}
            {e.sourceUrl ? <SafeLink href={e.sourceUrl}>{sourceWords(e.sourceUrl, t)}</SafeLink> : <span class="sl-muted">({e.authority})</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
