// A publisher source's state in the reader's words, built from the state's structured fields through the message
// catalog: "OFAC SDN list: list of 3 Dec 2026, checked today 06:02". The engine's `message` is English detail only.
import type { PublisherId } from '../sync/publishers/ids';
import type { SourceState } from '../sync/publishers/status';
import type { MessageKey, Translate } from './index';
import { formatDate } from './format-date';

export const PUBLISHER_LABEL_KEYS: Record<PublisherId, MessageKey> = {
  'ofac-sdn': 'pubSourceOfac',
  'ofac-cons': 'pubSourceOfacCons',
  un: 'pubSourceUn',
  eu: 'pubSourceEu',
  uk: 'pubSourceUk',
};

export interface MomentOptions {
  /** Now, for "today". */
  now: number;
  /** The reader's time zone; the runtime's when not given. */
  timeZone?: string;
}

function dayKey(ms: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(ms);
}

/** "today 06:02", or "3 Dec 2026 at 06:02" on another day, in the reader's time zone. */
export function formatMoment(iso: string, t: Translate, { now, timeZone }: MomentOptions): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(ms);
  const day = dayKey(ms, timeZone);
  return day === dayKey(now, timeZone) ? t('pubToday', time) : t('pubOnDayAt', formatDate(day, t), time);
}

/** The list in use: the publisher's own date, or that of the installed dataset's list (a mirror's), or the shipped data. */
function inUse(state: Pick<SourceState, 'publishedAt' | 'inUse'>, t: Translate): string {
  if (state.publishedAt) return t('pubInUseList', formatDate(state.publishedAt.slice(0, 10), t));
  if (state.inUse?.from === 'installed') return state.inUse.publishedAt ? t('pubInUseList', formatDate(state.inUse.publishedAt.slice(0, 10), t)) : t('pubInUseInstalled');
  return t('pubInUseShipped');
}

/** What a failed check's English detail says that a reader can be told in their language: the HTTP status. */
function failureWords(message: string, t: Translate): string {
  const http = /HTTP (\d{3})/.exec(message);
  return http ? t('pubFailedHttp', http[1]) : t('pubFailed');
}

export interface SourceWords {
  /** The source as a reader knows it, in their language. */
  label: string;
  /** Its state in one line, without the label. */
  state: string;
}

/** One source's line on the options page. */
export function sourceWords(source: SourceState & { enabled: boolean }, t: Translate, moment: MomentOptions): SourceWords {
  const label = t(PUBLISHER_LABEL_KEYS[source.id]);
  if (!source.enabled) return { label, state: `${t('pubStateOff')}; ${inUse(source, t)}` };
  const checked = source.lastCheckAt ? t('pubChecked', formatMoment(source.lastCheckAt, t, moment)) : null;
  const entries = source.entries > 0 ? t('pubEntries', source.entries.toLocaleString(t('dateLocale'))) : null;
  const parts: string[] = [];
  switch (source.outcome) {
    case 'never':
      parts.push(t('pubStateNever'), inUse(source, t));
      break;
    case 'installed':
    case 'unchanged':
      // A date that is only the server's, for a list whose files give none, is said to be the file's.
      if (source.publishedAt) parts.push(t(source.dated === 'server' ? 'pubFileOf' : 'pubListOf', formatDate(source.publishedAt.slice(0, 10), t)));
      else parts.push(inUse(source, t));
      if (checked) parts.push(checked);
      if (entries) parts.push(entries);
      return { label, state: parts.join(', ') };
    case 'failed':
      parts.push(failureWords(source.message, t), inUse(source, t));
      if (source.nextTryAt) parts.push(t('pubNextTry', formatMoment(source.nextTryAt, t, moment)));
      break;
    case 'older':
      // The publisher served a list older than the one in use: refused, and said so.
      parts.push(source.older ? t('pubStateOlder', formatDate(source.older.publishedAt.slice(0, 10), t)) : t('pubStateOlderUnknown'), inUse(source, t));
      if (checked) parts.push(checked);
      break;
    case 'held': {
      const held = source.held;
      if (held) {
        const n = (x: number) => x.toLocaleString(t('dateLocale'));
        parts.push(t('pubStateHeld', formatDate(held.publishedAt.slice(0, 10), t), n(held.removed), n(held.installed)));
      } else parts.push(t('pubStateHeldUnknown'));
      parts.push(inUse(source, t));
      break;
    }
  }
  return { label, state: parts.join('; ') };
}
