import type { Translate } from '@/lib/i18n';
import { syncWords } from '@/lib/i18n/sync-words';
import type { HeldOlder } from '@/lib/sync/status';

/**
 * A mirror's dataset held back for holding a list older than the one in use, in words ("In the mirror's dataset the
 * OFAC SDN list is of 4 Jan 2019, older than the one in use (2 Jul 2024): not installed."), with "Install it anyway".
 */
export function HeldMirror({ held, install, busy, t }: { held: HeldOlder; install: (version: string) => void; busy: boolean; t: Translate }) {
  return (
    <p class="sl-held-mirror" role="note">
      {syncWords({ code: 'mirror-older', lists: held.lists }, t)}{' '}
      <button type="button" disabled={busy} onClick={() => install(held.version)}>
        {t('pubInstallAnyway')}
      </button>
    </p>
  );
}
