import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { english } from '@/lib/i18n/english';
import type { Client, DatasetInfo, ToBackground } from '@/lib/protocol';
import { isManaged, type ManagedSettings } from '@/lib/sync/managed';
import type { SyncResult, SyncSettings, SyncStatus } from '@/lib/sync/status';
import { formatDate, formatTime } from '@/lib/i18n/format-date';
import { listLabel } from '@/lib/i18n/list-names';
import { sourceWords } from '@/lib/i18n/source-words';
import { AboutMarks, type Shortcut } from './AboutMarks';
import { HeldMirror } from './HeldMirror';
import { MarkSettingsForm, type MarkSettingsStore } from './MarkSettingsForm';
import { PrivateModeField } from './PrivateModeField';
import { PublisherUpdates } from './PublisherUpdates';
import type { RequestHosts } from './publisher-choice';
import { ReturnToShipped } from './ReturnToShipped';
import { SafeLink } from './SafeLink';
import { historyHeading, SyncHistory } from './SyncHistory';
import { SyncResultText } from './SyncResultText';
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
  /** The interface's words in the reader's language; English when not given. */
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
  // What the reader's organisation sets through browser policy: shown as set, and not changeable here.
  const [managed, setManaged] = useState<ManagedSettings>({});
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
    background('managedSettings', {}).then(
      (m) => alive.current && setManaged(m),
      (e: Error) => setError(e.message),
    );
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

  /** "Sync now", or "Install it anyway" under a held mirror dataset (`installOlder`, its version). */
  const syncNow = async (installOlder?: string) => {
    setSyncing(true);
    setResult(null);
    setInterrupted(null);
    try {
      setResult(await (installOlder ? background('installOlderMirror', { version: installOlder }) : background('syncNow', {})));
    } catch (e) {
      // The worker was stopped mid-sync: its checkpoint lets the next wake go on, which the next poll causes.
      setInterrupted(t('options_interrupted', (e as Error).message));
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
  const locale = t('dateLocale');
  return (
    <main class="sl-options">
      <h1>{t('options_title')}</h1>
      <AboutMarks loadShortcuts={loadShortcuts} t={t} />
      {isManaged(managed) && (
        <p class="sl-managed-notice" role="note">
          {t('managedNotice')}
        </p>
      )}
      <PublisherUpdates background={background} requestHosts={requestHosts} t={t} onCheckEnded={() => void refresh()} managed={managed} />
      <section aria-labelledby="sl-dataset-heading">
        <h2 id="sl-dataset-heading">{t('options_dataset')}</h2>
        <div role="status">
          {error && <p>{t('options_readError', error)}</p>}
          {!info && !error && <p>{t('options_reading')}</p>}
          {info?.error && <p>{info.error}</p>}
          {m && (
            <dl>
              <dt>{t('options_version')}</dt>
              <dd>{m.version}</dd>
              {/* Each list's own date: the build date says nothing of how current the data is. */}
              <dt>{t('options_lists')}</dt>
              <dd>{info.lists.length > 0 ? info.lists.map((l) => t('listWithDate', listLabel(l.list, t), formatDate(l.asOf, t))).join(', ') : '—'}</dd>
              <dt>{t('options_built')}</dt>
              <dd>{formatDate(m.created.slice(0, 10), t)}</dd>
              <dt>{t('options_entries')}</dt>
              <dd>{info.entityCount.toLocaleString(locale)}</dd>
              <dt>{t('options_lastCheck')}</dt>
              {/* The outcome in a word: its reason is said once, under "Sync now" or in the history below. */}
              <dd class="sl-last-check">{last ? `${formatTime(last.at, t)}: ${historyHeading(last, t)}` : t('options_never')}</dd>
              {status?.nextCheckAt && (
                <>
                  <dt>{t('options_nextCheck')}</dt>
                  <dd>{formatTime(status.nextCheckAt, t)}</dd>
                </>
              )}
            </dl>
          )}
          {m && (
            <>
              <h3>{t('options_sources')}</h3>
              <ul>
                {m.sources.map((s) => {
                  // The manifest's English text, worded in the reader's language (lib/i18n/source-words.ts).
                  const words = sourceWords(s, t);
                  return (
                    <li key={s.name}>
                      <SafeLink href={s.url}>{words.name}</SafeLink> {t('options_sourceLine', words.publisher, words.snapshot, words.licence)}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="sl-sync-heading">
        <h2 id="sl-sync-heading">{t('options_mirror')}</h2>
        {status && (
          <SyncSettingsForm
            settings={status.settings}
            requestOrigin={requestOrigin}
            save={save}
            t={t}
            managed={{ url: managed.datasetUrl !== undefined, interval: managed.checkIntervalHours !== undefined, managedBy: t('managedBy') }}
          />
        )}
        {status?.heldOlder && <HeldMirror held={status.heldOlder} install={(v) => void syncNow(v)} busy={running} t={t} />}
        <p>
          <button type="button" onClick={() => void syncNow()} disabled={!status?.settings.url} aria-describedby={status && !status.settings.url ? 'sl-sync-needs-url' : undefined}>
            {t('options_syncNow')}
          </button>
          {status && !status.settings.url && (
            <span id="sl-sync-needs-url" class="sl-small">
              {' '}
              {t('options_syncNeedsUrl')}
            </span>
          )}
        </p>
        {/* Where the reader who pressed "Sync now" looks: its result, said here once (the history's line for it then
            gives the outcome and version only). */}
        <div role="status">
          {result && (
            <p class={`sl-result sl-result-${result.outcome}`}>
              <SyncResultText result={result} t={t} />
            </p>
          )}
          {interrupted && status?.progress && <p class="sl-result">{interrupted}</p>}
        </div>
        <ReturnToShipped returnToShipped={() => background('returnToShipped', {})} onDone={() => void refresh()} t={t} />
        {status?.progress && <SyncProgressBar progress={status.progress} t={t} />}
        {!status?.progress && syncing && <p>{t('options_syncing')}</p>}
        <h3>{t('options_lastSyncs')}</h3>
        {status && <SyncHistory entries={status.history} reasonAbove={result !== null && !syncing} t={t} />}
      </section>
      <section aria-labelledby="sl-marks-heading">
        <h2 id="sl-marks-heading">{t('options_marksCards')}</h2>
        <MarkSettingsForm store={marks} t={t} />
        <PrivateModeField store={marks} t={t} />
      </section>
    </main>
  );
}
