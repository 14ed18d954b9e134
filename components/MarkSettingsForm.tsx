import { useEffect, useState } from 'preact/hooks';
import type { MentionStatus } from '@/lib/match/mention';
import type { MessageKey, Translate } from '@/lib/i18n';
import { english } from '@/lib/i18n/english';
import { MARK_STYLES, type MarkStyle, type Settings } from '@/lib/settings';

export interface MarkSettingsStore {
  load: () => Promise<Settings>;
  /** Applies a change to the stored settings and returns them as stored (validated). */
  update: (change: (s: Settings) => Settings) => Promise<Settings>;
}

const STATUS_LABELS: [MentionStatus, MessageKey][] = [
  ['sanctioned', 'marks_sanctioned'],
  ['delisted', 'marks_delisted'],
  ['not-sanctioned', 'marks_notSanctioned'],
  ['possible', 'marks_possible'],
];

const STYLE_LABELS: Record<MarkStyle, MessageKey> = {
  underline: 'style_underline',
  background: 'style_background',
  hidden: 'style_hidden',
};

/** How names are marked on pages and when cards open and close. Saved at once; open pages follow. */
export function MarkSettingsForm({ store, t = english }: { store: MarkSettingsStore; t?: Translate }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    store.load().then(setSettings, (e: unknown) => setNote(t('marks_readFailed', (e as Error).message)));
  }, []);
  if (!settings) return note ? <p role="status">{note}</p> : null;

  const change = async (what: string, apply: (s: Settings) => Settings) => {
    try {
      setSettings(await store.update(apply));
      setNote(t('marks_saved', what));
    } catch (e) {
      setNote(t('marks_saveFailed', (e as Error).message));
    }
  };
  const delay = (value: string, fallback: number) => {
    const n = Number(value);
    return Number.isFinite(n) ? n : fallback;
  };

  return (
    <form class="sl-marks-form" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('marks_legend')}</legend>
        {STATUS_LABELS.map(([status, key]) => {
          const label = t(key);
          return (
          <p key={status}>
            <label for={`sl-style-${status}`}>{label}</label>{' '}
            <select
              id={`sl-style-${status}`}
              value={settings.styles[status]}
              onChange={(e) => {
                const style = (e.currentTarget as HTMLSelectElement).value as MarkStyle;
                void change(`${label}: ${t(STYLE_LABELS[style]).toLowerCase()}`, (s) => ({ ...s, styles: { ...s.styles, [status]: style } }));
              }}
            >
              {MARK_STYLES.map((style) => (
                <option key={style} value={style}>
                  {t(STYLE_LABELS[style])}
                </option>
              ))}
            </select>
          </p>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t('marks_cards')}</legend>
        <DelayField id="sl-dwell" label={t('marks_dwell')} value={settings.dwellMs} onChange={(v) => void change(t('marks_whatDwell'), (s) => ({ ...s, dwellMs: delay(v, s.dwellMs) }))} />
        <DelayField id="sl-grace" label={t('marks_grace')} value={settings.graceMs} onChange={(v) => void change(t('marks_whatGrace'), (s) => ({ ...s, graceMs: delay(v, s.graceMs) }))} />
      </fieldset>
      <p>
        <input
          id="sl-boxes"
          type="checkbox"
          checked={settings.boxes}
          onChange={(e) => {
            // Read now: the event's target is gone once the stored settings have been read.
            const on = (e.currentTarget as HTMLInputElement).checked;
            void change(t('marks_whatBoxes'), (s) => ({ ...s, boxes: on }));
          }}
        />{' '}
        <label for="sl-boxes">{t('marks_boxes')}</label>
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
