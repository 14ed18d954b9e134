import { formatTime } from '@/lib/i18n/format-date';
import type { SyncHistoryEntry } from '@/lib/sync/status';

const OUTCOME: Record<SyncHistoryEntry['outcome'], string> = {
  installed: 'Installed',
  'up-to-date': 'Up to date',
  failed: 'Failed',
};

/** The last syncs, newest first, each with its reason in words. */
export function SyncHistory({ entries }: { entries: SyncHistoryEntry[] }) {
  if (entries.length === 0) return <p>No sync has run yet.</p>;
  return (
    <ol class="sl-history" aria-label="Last syncs">
      {entries.map((e) => (
        <li key={e.at} class={`sl-history-${e.outcome}`}>
          <time dateTime={e.at}>{formatTime(e.at)}</time> <strong>{OUTCOME[e.outcome]}</strong>
          {e.version && <span class="sl-small"> (version {e.version})</span>}
          <br />
          {e.message}
        </li>
      ))}
    </ol>
  );
}
