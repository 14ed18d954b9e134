import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { formatMoment, sourceWords } from '@/lib/i18n/publisher-state';
import type { Client, ToBackground } from '@/lib/protocol';
import type { PublisherId } from '@/lib/sync/publishers/sources';
import type { PublisherCheckResult, PublisherStatus } from '@/lib/sync/publishers/status';
import type { ManagedSettings } from '@/lib/sync/managed';
import { askThenSave, save, turnOn, type RequestHosts } from './publisher-choice';

export interface PublisherUpdatesProps {
  background: Client<ToBackground>;
  /** browser.permissions.request for these origins; called within the click, before anything is awaited. */
  requestHosts: RequestHosts;
  t: Translate;
  /** A check ended (started here, by the alarm, or by turning updates on): the page reads the dataset again. */
  onCheckEnded?: () => void;
  /** What the reader's organisation sets (lib/sync/managed.ts): those controls are disabled and say so. */
  managed?: ManagedSettings;
}

/** How often the page asks for each source's state while a check runs. */
const POLL_MS = 500;

/**
 * Updates from the lists' publishers: the one choice until the reader has made it, then each source on its own line
 * with its switch and its state in words, "Check now", "Install it anyway" for a held publication, "Turn off updates".
 */
export function PublisherUpdates({ background, requestHosts, t, onCheckEnded, managed = {} }: PublisherUpdatesProps) {
  const [status, setStatus] = useState<PublisherStatus | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const alive = useRef(true);
  // The engine's own detail lines are English; another language shows only the words built from the state.
  const english = t('dateLocale').startsWith('en');

  const refresh = async () => {
    try {
      const s = await background('publisherStatus', {});
      if (alive.current) setStatus(s);
    } catch (e) {
      // A worker stopped mid-request answers the next poll.
      if (alive.current) setNote(t('pubStatusFailed', (e as Error).message));
    }
  };

  useEffect(() => {
    alive.current = true;
    void refresh();
    return () => {
      alive.current = false;
    };
  }, []);

  const running = checking || status?.running === true;
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !running) onCheckEnded?.();
    wasRunning.current = running;
    if (!running) return;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [running]);

  const after = (pending: Promise<string | null>) => {
    void pending.then(async (error) => {
      setNote(error);
      await refresh();
    });
  };

  const follow = (check: Promise<PublisherCheckResult>) => {
    setChecking(true);
    setNote(null);
    check
      .then(
        () => setNote(t('pubCheckEnded')),
        (e: Error) => setNote(t('pubCheckInterrupted', e.message)),
      )
      .finally(() => {
        setChecking(false);
        void refresh();
      });
  };

  if (!status) {
    return (
      <section class="sl-publishers" aria-labelledby="sl-pub-heading">
        <h2 id="sl-pub-heading">{t('pubHeading')}</h2>
        {note && <p role="status">{note}</p>}
      </section>
    );
  }

  const { settings } = status;
  const setSource = (id: PublisherId, on: boolean) => {
    const next = { ...settings, sources: { ...settings.sources, [id]: on } };
    // Switching a source on asks for its hosts within this click; switching one off needs nothing.
    after(on ? askThenSave(next, [id], requestHosts, background, t) : save(next, background, t));
  };
  const anyEnabled = status.sources.some((s) => s.enabled);
  const why = running ? t('pubCheckRunning') : !anyEnabled ? t('pubNoSources') : null;
  const moment = { now: Date.now() };
  const choiceManaged = managed.publisherUpdates !== undefined;
  const managedNote = (id: string) => (
    <span id={id} class="sl-small sl-managed">
      {t('managedBy')}
    </span>
  );

  return (
    <section class="sl-publishers" aria-labelledby="sl-pub-heading" aria-busy={running}>
      <h2 id="sl-pub-heading">{t('pubHeading')}</h2>
      {settings.on !== true ? (
        <>
          <p class="sl-offer">{t('pubOffer')}</p>
          {settings.on === false && <p class="sl-muted">{t('pubIsOff')}</p>}
          <p class="sl-choice">
            {/* Updates the organisation turned on still wait for the reader's grant of the hosts, asked by this button. */}
            <button type="button" class="sl-primary" disabled={managed.publisherUpdates === false} onClick={() => after(turnOn(settings, requestHosts, background, t))}>
              {t('pubTurnOn')}
            </button>
            {settings.on === null && (
              <button type="button" disabled={choiceManaged} onClick={() => after(save({ ...settings, on: false }, background, t))}>
                {t('pubNoThanks')}
              </button>
            )}
            {choiceManaged && managedNote('sl-pub-choice-managed')}
          </p>
        </>
      ) : (
        <>
          <p>{t('pubIsOn')}</p>
          <ul class="sl-sources" aria-label={t('pubSourcesLabel')}>
            {status.sources.map((s) => {
              const words = sourceWords(s, t, moment);
              const detail = english && s.enabled && s.outcome !== 'never' ? s.message.replace(`${s.label}: `, '') : null;
              return (
                <li key={s.id} class={`sl-source sl-source-${s.enabled ? s.outcome : 'off'}`} data-source={s.id}>
                  <input
                    type="checkbox"
                    role="switch"
                    checked={s.enabled}
                    disabled={managed.publisherSources?.[s.id] !== undefined}
                    aria-describedby={managed.publisherSources?.[s.id] !== undefined ? `sl-source-managed-${s.id}` : undefined}
                    aria-label={t('pubSwitchLabel', words.label)}
                    onChange={(e) => setSource(s.id, e.currentTarget.checked)}
                  />
                  <div>
                    <p class="sl-source-line">
                      <strong>{words.label}</strong>: <span class="sl-source-state">{words.state}</span>
                    </p>
                    {managed.publisherSources?.[s.id] !== undefined && managedNote(`sl-source-managed-${s.id}`)}
                    {detail && <p class="sl-small sl-muted sl-source-detail">{detail}</p>}
                    {s.enabled && s.outcome === 'held' && (
                      <button type="button" disabled={running} onClick={() => follow(background('confirmHeld', { id: s.id }))}>
                        {t('pubInstallAnyway')}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          <p class="sl-choice">
            <button type="button" disabled={why !== null} aria-describedby={why ? 'sl-check-why' : undefined} onClick={() => follow(background('checkPublishers', {}))}>
              {t('pubCheckNow')}
            </button>
            {why && (
              <span id="sl-check-why" class="sl-small sl-muted">
                {why}
              </span>
            )}
          </p>
          {status.nextCheckAt && !running && <p class="sl-small">{t('pubNextCheck', formatMoment(status.nextCheckAt, t, moment))}</p>}
          <p>
            <button type="button" disabled={choiceManaged} onClick={() => after(save({ ...settings, on: false }, background, t))}>
              {t('pubTurnOff')}
            </button>
            {choiceManaged && managedNote('sl-pub-off-managed')}
          </p>
        </>
      )}
      {note && (
        <p class="sl-note" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
