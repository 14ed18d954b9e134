import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { Client, ToBackground } from '@/lib/protocol';
import type { PublisherSettings } from '@/lib/sync/publishers/status';
import { save, turnOn, type RequestHosts } from './publisher-choice';

export interface PublisherPromptProps {
  settings: PublisherSettings;
  background: Client<ToBackground>;
  requestHosts: RequestHosts;
  t: Translate;
  /** The reader chose (on or off): the popup stops showing the prompt. */
  onChosen: () => void;
}

/** The popup's small offer of updates from the publishers, shown until the reader has chosen. */
export function PublisherPrompt({ settings, background, requestHosts, t, onChosen }: PublisherPromptProps) {
  const [note, setNote] = useState<string | null>(null);
  const done = (pending: Promise<string | null>) => {
    void pending.then((error) => (error ? setNote(error) : onChosen()));
  };
  return (
    <aside class="sl-prompt sl-small" aria-labelledby="sl-prompt-offer">
      <p id="sl-prompt-offer">{t('pubOffer')}</p>
      <p class="sl-choice">
        <button type="button" class="sl-primary" onClick={() => done(turnOn(settings, requestHosts, background, t))}>
          {t('pubTurnOn')}
        </button>
        <button type="button" onClick={() => done(save({ ...settings, on: false }, background, t))}>
          {t('pubNotNow')}
        </button>
      </p>
      {note && <p role="alert">{note}</p>}
    </aside>
  );
}
