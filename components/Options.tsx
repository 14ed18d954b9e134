import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { english } from '@/lib/i18n/english';
import type { Client, DatasetInfo, ToBackground } from '@/lib/protocol';
import type { SyncResult, SyncSettings, SyncStatus } from '@/lib/sync/status';
import { formatDate, formatTime } from '@/lib/i18n/format-date';
import { AboutMarks, type Shortcut } from './AboutMarks';
import { MarkSettingsForm, type MarkSettingsStore } from './MarkSettingsForm';
import { PrivateModeField } from './PrivateModeField';
import { PublisherUpdates } from './PublisherUpdates';
import type { RequestHosts } from './publisher-choice';
import { ReturnToShipped } from './ReturnToShipped';
import { SafeLink } from './SafeLink';
import { SyncHistory } from './SyncHistory';
import { SyncProgressBar } from './SyncProgressBar';
import { SyncSettingsForm } from './SyncSettingsForm';

export interface OptionsProps {
  background: Client<ToBackground>;
  requestOrigin: (url: string) => Promise<boolean>;
  /** browser.permissions.request for the publishers' hosts; called within the click. */
  requestHosts: RequestHosts;
  /** The reader's mark and card settings (the store the content script watches). */
  marks: MarkSettingsStore;
  /** The keyboard shortcuts as bound now (browser.commands.getAll). */
  loadShortcuts?: () => Promise<Shortcut[]>;
  /** The interface's words in the reader's language, for the parts translated so far; English when not given. */
  t?: Translate;
}

/** How often the page asks for progress while a sync runs. */
const POLL_MS = 500;

export function Options({ background, requestOrigin, requestHosts, marks, loadShortcuts, t = english }: OptionsProps) {
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [result, setResult] = useState<SyncResult | null>(null);
  const [interrupted, setInterrupted] = useState<string | null>(null);
  const alive = useRef(true);

  const refresh = async () => {
    try {
      const [i, s] = await Promise.all([background('datasetInfo', {}), background('syncStatus', {})]);
      if (!alive.current) return;
      setInfo(i);
      setStatus(s);
      setError(null);
    } catch (e) {
      // A worker stopped mid-request ("message channel closed") answers the next poll.
      setError((e as Error).message);
    }
  };

  useEffect(() => {
    alive.current = true;
    void refresh();
    return () => {
      alive.current = false;
    };
  }, []);

  // While a sync runs (started here, by the alarm, or resumed by a restarted worker) the page follows its progress
  // only: counting the entries is left for when it ends, so the page does not slow the import down.
  const running = syncing || status?.progress != null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      background('syncStatus', {}).then(
        (s) => alive.current && setStatus(s),
        (e: Error) => setError(e.message),
      );
    }, POLL_MS);
    return () => {
      clearInterval(timer);
      void refresh();
    };
  }, [running]);

  const syncNow = async () => {
    setSyncing(true);
    setResult(null);
    setInterrupted(null);
    try {
      setResult(await background('syncNow', {}));
    } catch (e) {
      // The worker was stopped mid-sync: its checkpoint lets the next wake go on, which the next poll causes.
      setInterrupted(`The sync was interrupted (${(e as Error).message}); it goes on from where it stopped.`);
    } finally {
      setSyncing(false);
      await refresh();
    }
  };

  const save = async (settings: SyncSettings): Promise<string | null> => {
    const answer = await background('setSyncSettings', settings);
    await refresh();
    if (!answer.ok) return answer.error;
    if (settings.url) void syncNow();
    return null;
  };

  const m = info?.manifest;
  const last = status?.history[0];
  return (
    <main class="sl-options">
      <h1>Sanctions Lens settings</h1>
      <AboutMarks loadShortcuts={loadShortcuts} t={t} />
      <PublisherUpdates background={background} requestHosts={requestHosts} t={t} onCheckEnded={() => void refresh()} />
      <section aria-labelledby="sl-dataset-heading">
        <h2 id="sl-dataset-heading">Dataset</h2>
        <div role="status">
          {error && <p>The dataset could not be read: {error}</p>}
          {!info && !error && <p>Reading the dataset…</p>}
          {info?.error && <p>{info.error}</p>}
          {m && (
            <dl>
              <dt>Version</dt>
              <dd>{m.version}</dd>
              <dt>Date</dt>
              <dd>{formatDate(m.created.slice(0, 10))}</dd>
              <dt>Entries</dt>
              <dd>{info.entityCount.toLocaleString('en')}</dd>
              <dt>Last check</dt>
              <dd class="sl-last-check">{last ? `${formatTime(last.at)}: ${last.message}` : 'never'}</dd>
              {status?.nextCheckAt && (
                <>
                  <dt>Next check</dt>
                  <dd>{formatTime(status.nextCheckAt)}</dd>
                </>
              )}
            </dl>
          )}
          {result && <p class={`sl-result sl-result-${result.outcome}`}>{result.message}</p>}
          {interrupted && status?.progress && <p class="sl-result">{interrupted}</p>}
          {m && (
            <>
              <h3>Sources and licences</h3>
              <ul>
                {m.sources.map((s) => (
                  <li key={s.name}>
                    <SafeLink href={s.url}>{s.name}</SafeLink> ({s.publisher}), snapshot {s.snapshot}, licence: {s.licence}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="sl-sync-heading">
        <h2 id="sl-sync-heading">Updates</h2>
        {status && <SyncSettingsForm settings={status.settings} requestOrigin={requestOrigin} save={save} />}
        <p>
          <button type="button" onClick={() => void syncNow()} disabled={!status?.settings.url}>
            Sync now
          </button>
        </p>
        <ReturnToShipped returnToShipped={() => background('returnToShipped', {})} onDone={() => void refresh()} t={t} />
        {status?.progress && <SyncProgressBar progress={status.progress} />}
        {!status?.progress && syncing && <p>Syncing…</p>}
        <h3>Last syncs</h3>
        {status && <SyncHistory entries={status.history} />}
      </section>
      <section aria-labelledby="sl-marks-heading">
        <h2 id="sl-marks-heading">Marks and cards</h2>
        <MarkSettingsForm store={marks} />
        <PrivateModeField store={marks} t={t} />
      </section>
    </main>
  );
}
