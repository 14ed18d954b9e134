import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { syncWords } from '@/lib/i18n/sync-words';
import type { SyncResult } from '@/lib/sync/status';

/**
 * "Return to the shipped dataset": for a reader whose Dataset URL served something they no longer want. The
 * background clears the Dataset URL and installs the bundled dataset again; the outcome is said here and in the history.
 */
export function ReturnToShipped({ returnToShipped, onDone, t }: { returnToShipped: () => Promise<SyncResult>; onDone: () => void; t: Translate }) {
  const [working, setWorking] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const run = async () => {
    setWorking(true);
    setNote(t('returnToShippedWorking'));
    try {
      setNote(syncWords((await returnToShipped()).words, t));
    } catch (e) {
      setNote((e as Error).message);
    } finally {
      setWorking(false);
      onDone();
    }
  };
  return (
    <div class="sl-return-shipped">
      <p>
        <button type="button" onClick={() => void run()} disabled={working} aria-describedby="sl-return-shipped-help">
          {t('returnToShippedButton')}
        </button>
      </p>
      <p id="sl-return-shipped-help" class="sl-small">
        {t('returnToShippedHelp')}
      </p>
      {note && <p role="status" class="sl-result">{note}</p>}
    </div>
  );
}
