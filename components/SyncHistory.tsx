import type { MessageKey, Translate } from '@/lib/i18n';
import { english } from '@/lib/i18n/english';
import { formatTime } from '@/lib/i18n/format-date';
import type { SyncHistoryEntry } from '@/lib/sync/status';
import { SyncResultText } from './SyncResultText';

const OUTCOME: Record<SyncHistoryEntry['outcome'], MessageKey> = {
  installed: 'history_installed',
  'up-to-date': 'history_upToDate',
  failed: 'history_failed',
};

/** The last syncs, newest first, each with its reason in words. */
export function SyncHistory({ entries, t = english }: { entries: SyncHistoryEntry[]; t?: Translate }) {
  if (entries.length === 0) return <p>{t('history_none')}</p>;
  return (
    <ol class="sl-history" aria-label={t('options_lastSyncs')}>
      {entries.map((e) => (
        <li key={e.at} class={`sl-history-${e.outcome}`}>
          <time dateTime={e.at}>{formatTime(e.at, t)}</time> <strong>{t(OUTCOME[e.outcome])}</strong>
          {e.version && <span class="sl-small"> {t('history_version', e.version)}</span>}
          <br />
          <SyncResultText result={e} t={t} />
        </li>
      ))}
    </ol>
  );
}
