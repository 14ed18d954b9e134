import { useEffect, useState } from 'preact/hooks';
import type { MentionStatus } from '@/lib/match/mention';
import { MARK_STYLES, type MarkStyle, type Settings } from '@/lib/settings';

export interface MarkSettingsStore {
  load: () => Promise<Settings>;
  /** Applies a change to the stored settings and returns them as stored (validated). */
  update: (change: (s: Settings) => Settings) => Promise<Settings>;
}

const STATUS_LABELS: [MentionStatus, string][] = [
  ['sanctioned', 'Sanctioned'],
  ['delisted', 'Delisted'],
  ['not-sanctioned', 'Not sanctioned (officials, agencies)'],
  ['possible', 'Possible match (common name)'],
];

const STYLE_LABELS: Record<MarkStyle, string> = {
  underline: 'Underline',
  background: 'Background and underline',
  hidden: 'Not marked',
};

/** How names are marked on pages and when cards open and close. Saved at once; open pages follow. */
export function MarkSettingsForm({ store }: { store: MarkSettingsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    store.load().then(setSettings, (e: unknown) => setNote(`The settings could not be read: ${(e as Error).message}`));
  }, []);
  if (!settings) return note ? <p role="status">{note}</p> : null;

  const change = async (what: string, apply: (s: Settings) => Settings) => {
    try {
      setSettings(await store.update(apply));
      setNote(`Saved: ${what}. Open pages follow at once.`);
    } catch (e) {
      setNote(`The setting could not be saved: ${(e as Error).message}`);
    }
  };
  const delay = (value: string, fallback: number) => {
    const n = Number(value);
    return Number.isFinite(n) ? n : fallback;
  };

  return (
    <form class="sl-marks-form" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>How names are marked, by status</legend>
        {STATUS_LABELS.map(([status, label]) => (
          <p key={status}>
            <label for={`sl-style-${status}`}>{label}</label>{' '}
            <select
              id={`sl-style-${status}`}
              value={settings.styles[status]}
              onChange={(e) => {
                const style = (e.currentTarget as HTMLSelectElement).value as MarkStyle;
                void change(`${label}: ${STYLE_LABELS[style].toLowerCase()}`, (s) => ({ ...s, styles: { ...s.styles, [status]: style } }));
              }}
            >
              {MARK_STYLES.map((style) => (
                <option key={style} value={style}>
                  {STYLE_LABELS[style]}
                </option>
              ))}
            </select>
          </p>
        ))}
      </fieldset>
      <fieldset>
        <legend>Cards</legend>
        <DelayField id="sl-dwell" label="Open a card after the pointer rests on a name for (ms)" value={settings.dwellMs} onChange={(v) => void change('card delay', (s) => ({ ...s, dwellMs: delay(v, s.dwellMs) }))} />
        <DelayField id="sl-grace" label="Close it after the pointer leaves, in (ms)" value={settings.graceMs} onChange={(v) => void change('closing delay', (s) => ({ ...s, graceMs: delay(v, s.graceMs) }))} />
      </fieldset>
      <p>
        <input
          id="sl-boxes"
          type="checkbox"
          checked={settings.boxes}
          onChange={(e) => {
            // Read now: the event's target is gone once the stored settings have been read.
            const on = (e.currentTarget as HTMLInputElement).checked;
            void change('boxes', (s) => ({ ...s, boxes: on }));
          }}
        />{' '}
        <label for="sl-boxes">Draw marks as boxes instead of highlights (for pages where marks do not show; applies to pages loaded after)</label>
      </p>
      {note && <p role="status">{note}</p>}
    </form>
  );
}

/** A delay in milliseconds (0 to 3,000, as lib/settings.ts clamps it); hands over the typed text on change. */
function DelayField({ id, label, value, onChange }: { id: string; label: string; value: number; onChange: (text: string) => void }) {
  return (
    <p>
      <label for={id}>{label}</label>{' '}
      <input
        id={id}
        type="number"
        min={0}
        max={3000}
        step={50}
        value={value}
        // Read now: the event's target is gone once the stored settings have been read.
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
      />
    </p>
  );
}
