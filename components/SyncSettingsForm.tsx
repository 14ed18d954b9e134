import { useEffect, useState } from 'preact/hooks';
import type { SyncSettings } from '@/lib/sync/status';

export interface SyncSettingsFormProps {
  settings: SyncSettings;
  /** Asks the browser for the origin of `url`; must run inside the click that saves it (a user gesture). */
  requestOrigin: (url: string) => Promise<boolean>;
  save: (settings: SyncSettings) => Promise<string | null>;
  /** Fields the reader's organisation sets (lib/sync/managed.ts): shown disabled, with `managedBy` beside them. */
  managed?: { url: boolean; interval: boolean; managedBy: string };
}

/** The Dataset URL and the check interval. Saving a URL asks for its origin, and nothing else. */
export function SyncSettingsForm({ settings, requestOrigin, save, managed }: SyncSettingsFormProps) {
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
        return setNote('The Dataset URL is not a web address.');
      }
      let granted: boolean;
      try {
        granted = await requestOrigin(trimmed);
      } catch (e) {
        return setNote(`Access to ${origin} could not be asked for: ${(e as Error).message}`);
      }
      if (!granted) return setNote(`Access to ${origin} was not given, so the dataset cannot be downloaded from there. The settings were not saved.`);
    }
    const error = await save({ url: trimmed, intervalHours: Number(hours) });
    setNote(error ?? (trimmed ? 'Saved. The dataset will be checked now and then on schedule.' : 'Saved. Only the bundled dataset is used.'));
  };

  return (
    <form class="sl-sync-form" onSubmit={submit}>
      <label for="sl-dataset-url">Dataset URL</label>
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
      <p class="sl-small">The address of a published dataset's manifest.json. Empty: only the dataset shipped with the extension is used.</p>
      <label for="sl-interval">Check interval</label>
      <select
        id="sl-interval"
        value={hours}
        disabled={managed?.interval}
        aria-describedby={managed?.interval ? 'sl-interval-managed' : undefined}
        onChange={(e) => setHours((e.target as HTMLSelectElement).value)}
      >
        {[...new Set([1, 3, 6, 12, 24, 48, 168, settings.intervalHours])].sort((a, b) => a - b).map((h) => (
          <option key={h} value={String(h)}>
            {h === 168 ? 'every week' : h === 1 ? 'every hour' : `every ${h} hours`}
          </option>
        ))}
      </select>
      {managed?.interval && (
        <p id="sl-interval-managed" class="sl-small sl-managed">
          {managed.managedBy}
        </p>
      )}
      <button type="submit" disabled={managed?.url && managed.interval}>
        Save
      </button>
      {note && <p class="sl-note">{note}</p>}
    </form>
  );
}
