import type { EntityEvent } from '@/lib/dataset/format';
import type { Translate } from '@/lib/i18n';
import { entryLabel } from '@/lib/i18n/citation';
import { english } from '@/lib/i18n/english';
import { eventWords } from '@/lib/i18n/event-words';
import { formatEventDate } from '@/lib/i18n/format-date';
import { SafeLink, sourceWords } from './SafeLink';

/**
 * The entity's dated history, newest first, in the reader's language: each event with its date (a day, or the two
 * files that bound it), its entry on the list, whether the project curated it, and a link to the official page
 * named by its publisher.
 */
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
            <span class="sl-what">{eventWords(e, t)}</span>
            {e.list && e.ref && <span class="sl-muted"> · {entryLabel(e.list, e.ref, t)}</span>}
            {e.curated && <span class="sl-curated"> · {t('card_curated')}</span>}
            {' · '}
            {e.sourceUrl ? <SafeLink href={e.sourceUrl}>{sourceWords(e.sourceUrl, t)}</SafeLink> : <span class="sl-muted">({e.authority})</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
