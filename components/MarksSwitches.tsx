import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';

/** An entity the reader said is not the person meant on this site ("Not this person", from a card). */
export interface HiddenEntity {
  id: string;
  name: string;
}

export interface MarksState {
  everywhere: boolean;
  siteEnabled: boolean;
  /** On this site: the entities whose marks the reader took off. */
  hidden: HiddenEntity[];
}

/** What the popup needs of the marks settings; the entrypoint backs it with browser storage. */
export interface MarkSettings {
  /** The current tab's host name, or null when the tab is not a web page the extension may know. */
  site: string | null;
  load(): Promise<MarksState>;
  setEverywhere(on: boolean): Promise<void>;
  setSiteEnabled(on: boolean): Promise<void>;
  /** Marks an entity on this site again (the undo of "Not this person"). */
  markAgain(id: string): Promise<void>;
}

/** Whether the marks show on the popup's site. */
export function marksShown(state: MarksState): boolean {
  return state.everywhere && state.siteEnabled;
}

export function MarksSwitches({ settings, t, onChange }: { settings: MarkSettings; t: Translate; /** After the reader changed something, with the new state. */ onChange?: (state: MarksState) => void }) {
  const [state, setState] = useState<MarksState | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    settings.load().then(
      (loaded) => {
        setState(loaded);
        onChange?.(loaded);
      },
      (e: Error) => setError(e.message),
    );
  }, [settings]);
  if (!state) return error ? <p role="alert">{t('marksError', error)}</p> : null;

  const change = async (patch: Partial<MarksState>, save: () => Promise<void>) => {
    const next = { ...state, ...patch };
    setState(next);
    try {
      await save();
      setError(null);
      onChange?.(next);
    } catch (e) {
      setState(state);
      setError((e as Error).message);
    }
  };

  return (
    <fieldset class="sl-switches">
      <legend>{t('marksLabel')}</legend>
      <label>
        <input type="checkbox" role="switch" checked={state.everywhere} onChange={(e) => {
          const on = e.currentTarget.checked;
          void change({ everywhere: on }, () => settings.setEverywhere(on));
        }} />
        {t('marksEverywhere')}
      </label>
      {settings.site && (
        <label>
          <input type="checkbox" role="switch" checked={state.everywhere && state.siteEnabled} disabled={!state.everywhere} onChange={(e) => {
            const on = e.currentTarget.checked;
            void change({ siteEnabled: on }, () => settings.setSiteEnabled(on));
          }} />
          {t('marksSite', settings.site)}
        </label>
      )}
      {!state.everywhere && <p class="sl-muted sl-small">{t('marksSiteOff')}</p>}
      {settings.site && state.hidden.length > 0 && (
        <div class="sl-hidden">
          <p class="sl-small" id="sl-hidden-heading">{t('hidden_heading')}</p>
          <ul aria-labelledby="sl-hidden-heading">
            {state.hidden.map((h) => (
              <li key={h.id}>
                <span>{h.name}</span>{' '}
                <button type="button" class="sl-link-button" aria-label={t('hidden_undoLabel', h.name)} onClick={() => void change({ hidden: state.hidden.filter((x) => x.id !== h.id) }, () => settings.markAgain(h.id))}>
                  {t('hidden_undo')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && <p role="alert">{t('marksError', error)}</p>}
    </fieldset>
  );
}
