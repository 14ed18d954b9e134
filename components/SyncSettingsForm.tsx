import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { english } from '@/lib/i18n/english';
import type { SyncSettings } from '@/lib/sync/status';

export interface SyncSettingsFormProps {
  settings: SyncSettings;
  /** Asks the browser for the origin of `url`; must run inside the click that saves it (a user gesture). */
  requestOrigin: (url: string) => Promise<boolean>;
  save: (settings: SyncSettings) => Promise<string | null>;
  t?: Translate;
  /** Fields the reader's organisation sets (lib/sync/managed.ts): shown disabled, with `managedBy` beside them. */
  managed?: { url: boolean; interval: boolean; managedBy: string };
}

/** The Dataset URL and the check interval. Saving a URL asks for its origin, and nothing else. */
export function SyncSettingsForm({ settings, requestOrigin, save, managed, t = english }: SyncSettingsFormProps) {
  const [url, setUrl] = useState(settings.url);
  const [hours, setHours] = useState(String(settings.intervalHours));
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    setUrl(settings.url);
    setHours(String(settings.intervalHours));
  }, [settings.url, settings.intervalHours]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const trimmed = url.trim();
    if (trimmed) {
      let origin: string;
      try {
        origin = new URL(trimmed).origin;
      } catch {
        return setNote(t('sync_notAddress'));
      }
      let granted: boolean;
      try {
        granted = await requestOrigin(trimmed);
      } catch (e) {
        return setNote(t('sync_askFailed', origin, (e as Error).message));
      }
      if (!granted) return setNote(t('sync_notGranted', origin));
    }
    const error = await save({ url: trimmed, intervalHours: Number(hours) });
    setNote(error ?? t(trimmed ? 'sync_savedUrl' : 'sync_savedNoUrl'));
  };

  return (
    <form class="sl-sync-form" onSubmit={submit}>
      <label for="sl-dataset-url">{t('sync_urlLabel')}</label>
      <input
        id="sl-dataset-url"
        type="url"
        placeholder="https://example.org/sanctions-lens/manifest.json"
        value={url}
        disabled={managed?.url}
        aria-describedby={managed?.url ? 'sl-url-managed' : undefined}
        onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
      />
      {managed?.url && (
        <p id="sl-url-managed" class="sl-small sl-managed">
          {managed.managedBy}
        </p>
      )}
      <p class="sl-small">{t('sync_urlHelp')}</p>
      <label for="sl-interval">{t('sync_interval')}</label>
      <select
        id="sl-interval"
        value={hours}
        disabled={managed?.interval}
        aria-describedby={managed?.interval ? 'sl-interval-managed' : undefined}
        onChange={(e) => setHours((e.target as HTMLSelectElement).value)}
      >
        {[...new Set([1, 3, 6, 12, 24, 48, 168, settings.intervalHours])].sort((a, b) => a - b).map((h) => (
          <option key={h} value={String(h)}>
            {h === 168 ? t('sync_everyWeek') : h === 1 ? t('sync_everyHour') : t('sync_everyHours', h)}
          </option>
        ))}
      </select>
      {managed?.interval && (
        <p id="sl-interval-managed" class="sl-small sl-managed">
          {managed.managedBy}
        </p>
      )}
      <button type="submit" disabled={managed?.url && managed.interval}>
        {t('sync_save')}
      </button>
      {note && <p class="sl-note">{note}</p>}
    </form>
  );
}
