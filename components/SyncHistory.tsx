import type { MessageKey, Translate } from '@/lib/i18n';
import { english } from '@/lib/i18n/english';
import { formatTime } from '@/lib/i18n/format-date';
import { PUBLISHER_LABEL_KEYS } from '@/lib/i18n/publisher-state';
import type { SyncHistoryEntry } from '@/lib/sync/status';
import { SyncResultText } from './SyncResultText';

const OUTCOME: Record<SyncHistoryEntry['outcome'], MessageKey> = {
  installed: 'history_installed',
  'up-to-date': 'history_upToDate',
  failed: 'history_failed',
  held: 'history_held',
};

/**
 * The outcome in a word, and the publishers that failed beside it when the others were checked ("Up to date; UK
 * Sanctions List failed"): a check is "Failed" only when nothing in it succeeded.
 */
export function historyHeading(e: Pick<SyncHistoryEntry, 'outcome' | 'words'>, t: Translate): string {
  const failed = e.words?.code === 'publishers' && e.outcome !== 'failed' ? e.words.failed : [];
  if (failed.length === 0) return t(OUTCOME[e.outcome]);
  const lists = failed.map((id) => t(PUBLISHER_LABEL_KEYS[id])).join(', ');
  return t(e.outcome === 'installed' ? 'history_installedSomeFailed' : 'history_upToDateSomeFailed', lists);
}

/** What a line's reason says: two lines that would read alike compare equal. */
function reasonOf(e: SyncHistoryEntry): string {
  return e.words ? JSON.stringify(e.words) : e.message;
}

/**
 * The last syncs, newest first, each with its reason in words, said once: a line whose reason is the newer line's says
 * "the same as above". `reasonAbove`: the newest is the sync the reader just ran, whose reason the page says above the
 * history, so its line gives the outcome and version only.
 */
export function SyncHistory({ entries, reasonAbove = false, t = english }: { entries: SyncHistoryEntry[]; reasonAbove?: boolean; t?: Translate }) {
  if (entries.length === 0) return <p>{t('history_none')}</p>;
  return (
    <ol class="sl-history" aria-label={t('options_lastSyncs')}>
      {entries.map((e, i) => (
        <li key={e.at} class={`sl-history-${e.outcome}`}>
          <time dateTime={e.at}>{formatTime(e.at, t)}</time> <strong>{historyHeading(e, t)}</strong>
          {/* After a check that failed or was held back, the version is the one still in use, not the one that failed. */}
          {e.version && <span class="sl-small"> {t(e.outcome === 'failed' || e.outcome === 'held' ? 'history_versionInUse' : 'history_version', e.version)}</span>}
          {!(reasonAbove && i === 0) && (
            <>
              <br />
              {i > 0 && reasonOf(entries[i - 1]) === reasonOf(e) ? <span class="sl-muted">{t('history_sameAsAbove')}</span> : <SyncResultText result={e} t={t} />}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
