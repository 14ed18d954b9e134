import type { Translate } from '@/lib/i18n';
import { syncWords } from '@/lib/i18n/sync-words';
import type { SyncHistoryEntry } from '@/lib/sync/status';

/**
 * A sync's result in the reader's language. A history line written by an older version has only the engine's English
 * message, marked as English for screen readers.
 */
export function SyncResultText({ result, t }: { result: Pick<SyncHistoryEntry, 'message' | 'words'>; t: Translate }) {
  return result.words ? <>{syncWords(result.words, t)}</> : <span lang="en">{result.message}</span>;
}
