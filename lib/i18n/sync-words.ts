// A sync's result in the reader's words, from the engine's structured result (lib/sync/status.ts SyncWords) through
// the message catalog: "Se instalaron los datos del 6 dic 2026 (17.785 entradas) a partir del archivo completo."
import type { SyncFailure } from '../sync/errors';
import type { SyncWords } from '../sync/status';
import type { MessageKey, Translate } from './index';
import { formatDate } from './format-date';
import { listWords } from './list-names';
import { PUBLISHER_LABEL_KEYS } from './publisher-state';

const FAILURE: Record<SyncFailure, MessageKey> = {
  'not-found': 'syncFailure_notFound',
  server: 'syncFailure_server',
  timeout: 'syncFailure_timeout',
  offline: 'syncFailure_offline',
  cut: 'syncFailure_cut',
  'too-large': 'syncFailure_tooLarge',
  checksum: 'syncFailure_checksum',
  corrupt: 'syncFailure_corrupt',
  'inflated-too-large': 'syncFailure_inflatedTooLarge',
  'line-too-long': 'syncFailure_lineTooLong',
  'not-utf8': 'syncFailure_notUtf8',
  'invalid-json': 'syncFailure_invalidJson',
  'invalid-record': 'syncFailure_invalidRecord',
  'bad-manifest': 'syncFailure_badManifest',
  older: 'syncFailure_older',
  future: 'syncFailure_future',
  permission: 'syncFailure_permission',
  insecure: 'syncFailure_insecure',
  redirected: 'syncFailure_redirected',
  'redirect-unseen': 'syncFailure_redirectUnseen',
  'no-url': 'syncFailure_noUrl',
  'storage-full': 'syncFailure_storageFull',
};

/** "…; the previous dataset (2 Jul 2024) is still in use." */
function kept(what: string, previous: string | null, t: Translate): string {
  return previous ? t('syncWords_keptPrevious', what, formatDate(previous, t)) : t('syncWords_keptNone', what);
}

function day(date: string | null, t: Translate): string {
  return date ? formatDate(date, t) : '—';
}

export function syncWords(words: SyncWords, t: Translate): string {
  const count = (n: number) => n.toLocaleString(t('dateLocale'));
  switch (words.code) {
    case 'installed':
      if (words.updates === 0) return t('syncWords_installedFull', day(words.date, t), count(words.count));
      if (words.updates === 1) return t('syncWords_installedUpdate', day(words.date, t), count(words.count));
      return t('syncWords_installedUpdates', day(words.date, t), count(words.count), count(words.updates));
    case 'not-modified':
      return t('syncWords_notModified');
    case 'up-to-date':
      return t('syncWords_upToDate');
    case 'failed': {
      const what = t(FAILURE[words.failure]);
      return kept(words.detail ? t('syncWords_withDetail', what, words.detail) : what, words.previous, t);
    }
    case 'error':
      return kept(t('syncWords_error', words.error), words.previous, t);
    case 'shipped-in-use':
      return t('syncWords_shippedInUse', day(words.date, t));
    case 'returned-to-shipped':
      return t('syncWords_returnedToShipped', day(words.date, t), count(words.count));
    case 'shipped-not-installed':
      return t('syncWords_shippedNotInstalled', syncWords(words.reason, t));
    case 'shipped-not-reinstalled':
      return t('syncWords_shippedNotReinstalled', syncWords(words.reason, t));
    case 'shipped-unreadable':
      return t('syncWords_shippedUnreadable', words.error);
    case 'as-new-as-shipped':
      return t('syncWords_asNewAsShipped');
    case 'sync-pending':
      return t('syncWords_syncPending');
    case 'not-allowed':
      return t('syncWords_notAllowed');
    case 'publishers': {
      const summary = t(words.installed ? 'syncWords_publishersInstalled' : words.held ? 'syncWords_publishersHeld' : 'syncWords_publishersNone');
      if (words.failed.length === 0) return summary;
      return t('syncWords_publishersFailed', summary, words.failed.map((id) => t(PUBLISHER_LABEL_KEYS[id])).join(', '));
    }
    case 'mirror-older':
      return t('syncWords_mirrorOlder', words.lists.map((l) => t('syncWords_mirrorOlderList', listWords(l.list, t), formatDate(l.asOf, t), formatDate(l.inUse, t))).join('; '));
  }
}
