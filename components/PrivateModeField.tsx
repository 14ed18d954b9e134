import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { MarkSettingsStore } from './MarkSettingsForm';

/**
 * The private-mode switch: marks and cards hidden from the page's scripts (lib/settings.ts privateMode), with what it
 * costs said beside it. Saved at once; pages loaded after follow.
 */
export function PrivateModeField({ store, t }: { store: MarkSettingsStore; t: Translate }) {
  const [on, setOn] = useState<boolean | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    store.load().then((s) => setOn(s.privateMode), (e: unknown) => setNote((e as Error).message));
  }, []);
  if (on === null) return note ? <p role="status">{note}</p> : null;
  return (
    <fieldset class="sl-private">
      <legend>{t('privateModeTitle')}</legend>
      <p>
        <input
          id="sl-private-mode"
          type="checkbox"
          checked={on}
          aria-describedby="sl-private-mode-help"
          onChange={(e) => {
            // Read now: the event's target is gone once the stored settings have been read.
            const next = (e.currentTarget as HTMLInputElement).checked;
            store.update((s) => ({ ...s, privateMode: next })).then(
              (s) => {
                setOn(s.privateMode);
                setNote(t('privateModeSaved'));
              },
              (err: unknown) => setNote((err as Error).message),
            );
          }}
        />{' '}
        <label for="sl-private-mode">{t('privateModeLabel')}</label>
      </p>
      <p id="sl-private-mode-help" class="sl-small sl-muted">
        {t('privateModeHelp')}
      </p>
      {note && <p role="status">{note}</p>}
    </fieldset>
  );
}
