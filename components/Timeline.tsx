import type { EntityEvent } from '@/lib/dataset/format';
import { formatEventDate } from './format-date';
import { SafeLink } from './SafeLink';

/** The entity's dated history, newest first, each event with its source. */
export function Timeline({ events }: { events: EntityEvent[] }) {
  if (events.length === 0) return null;
  const sorted = [...events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <section class="sl-timeline" aria-label="History">
      <h3>History</h3>
      <ol>
        {sorted.map((e, i) => (
          <li key={i}>
            <span class="sl-when">{formatEventDate(e)}</span>{' '}
            <span class="sl-what">{e.summary}</span>{' '}
            {e.sourceUrl ? <SafeLink href={e.sourceUrl}>source</SafeLink> : <span class="sl-muted">({e.authority})</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
