import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';

/** What the popup needs of the marks settings; the entrypoint backs it with browser storage. */
export interface MarkSettings {
  /** The current tab's host name, or null when the tab is not a web page the extension may know. */
  site: string | null;
  load(): Promise<{ everywhere: boolean; siteEnabled: boolean }>;
  setEverywhere(on: boolean): Promise<void>;
  setSiteEnabled(on: boolean): Promise<void>;
}

export function MarksSwitches({ settings, t }: { settings: MarkSettings; t: Translate }) {
  const [state, setState] = useState<{ everywhere: boolean; siteEnabled: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    settings.load().then(setState, (e: Error) => setError(e.message));
  }, [settings]);
  if (!state) return error ? <p role="alert">{t('marksError', error)}</p> : null;

  const change = async (patch: Partial<typeof state>) => {
    const next = { ...state, ...patch };
    setState(next);
    try {
      if (patch.everywhere !== undefined) await settings.setEverywhere(patch.everywhere);
      if (patch.siteEnabled !== undefined) await settings.setSiteEnabled(patch.siteEnabled);
      setError(null);
    } catch (e) {
      setState(state);
      setError((e as Error).message);
    }
  };

  return (
    <fieldset class="sl-switches">
      <legend>{t('marksLabel')}</legend>
      <label>
        <input type="checkbox" role="switch" checked={state.everywhere} onChange={(e) => void change({ everywhere: e.currentTarget.checked })} />
        {t('marksEverywhere')}
      </label>
      {settings.site && (
        <label>
          <input type="checkbox" role="switch" checked={state.everywhere && state.siteEnabled} disabled={!state.everywhere} onChange={(e) => void change({ siteEnabled: e.currentTarget.checked })} />
          {t('marksSite', settings.site)}
        </label>
      )}
      {!state.everywhere && <p class="sl-muted sl-small">{t('marksSiteOff')}</p>}
      {error && <p role="alert">{t('marksError', error)}</p>}
    </fieldset>
  );
}
