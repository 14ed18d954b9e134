// The reader's choice about updates from the publishers, shared by the options page and the popup's prompt. The
// browser grants hosts only to a request made within the click (a user gesture), so `requestHosts` is called before
// anything is awaited.
import type { Translate } from '@/lib/i18n';
import type { Client, ToBackground } from '@/lib/protocol';
import { hostPatterns, PUBLISHER_IDS, type PublisherId } from '@/lib/sync/publishers/sources';
import type { PublisherSettings } from '@/lib/sync/publishers/status';

/** Asks the browser for exactly these origins (browser.permissions.request); true when granted. */
export type RequestHosts = (origins: string[]) => Promise<boolean>;

/** Asks for the hosts, then saves the settings; the reader's words for what went wrong, or null. */
export function askThenSave(
  settings: PublisherSettings,
  ids: readonly PublisherId[],
  requestHosts: RequestHosts,
  background: Client<ToBackground>,
  t: Translate,
): Promise<string | null> {
  let asked: Promise<boolean>;
  try {
    asked = ids.length ? requestHosts(hostPatterns(ids)) : Promise.resolve(true);
  } catch (e) {
    return Promise.resolve(t('pubAskFailed', (e as Error).message));
  }
  return asked.then(
    (granted) => (granted ? save(settings, background, t) : t('pubHostsDenied')),
    (e: Error) => t('pubAskFailed', e.message),
  );
}

/** Saves the settings (no hosts needed: turning off, or declining); the reader's words for a refusal, or null. */
export async function save(settings: PublisherSettings, background: Client<ToBackground>, t: Translate): Promise<string | null> {
  try {
    const answer = await background('setPublisherSettings', settings);
    return answer.ok ? null : t('pubSaveFailed', answer.error);
  } catch (e) {
    return t('pubSaveFailed', (e as Error).message);
  }
}

/** "Turn on updates": the hosts of every source the settings have switched on. */
export function turnOn(settings: PublisherSettings, requestHosts: RequestHosts, background: Client<ToBackground>, t: Translate): Promise<string | null> {
  const ids = PUBLISHER_IDS.filter((id) => settings.sources[id]);
  return askThenSave({ ...settings, on: true }, ids, requestHosts, background, t);
}
