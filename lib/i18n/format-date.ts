import type { EntityEvent } from '@/lib/dataset/format';
import type { Translate } from './index';
import { english } from './english';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2019-05-07" -> "7 May 2019"; partial dates keep their precision ("May 2019", "2019"). Another language's dates come
 * from Intl in the locale its catalog names (dateLocale): "7 may 2019".
 */
export function formatDate(iso: string, t?: Translate): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  // Without a translator, English: the worker's own messages call it so, and need not bundle the catalog for it.
  const locale = t ? t('dateLocale') : 'en-GB';
  if (locale !== 'en-GB' && !Number.isNaN(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1)))) {
    const options: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    try {
      return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1))));
    } catch {
      // An unknown locale falls back to the English form below.
    }
  }
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** An event's date as a reader should read it: a day, or the two snapshot times that bound it. */
export function formatEventDate(e: Pick<EntityEvent, 'date' | 'precision' | 'after'>, t: Translate = english): string {
  // Two publications of the same day bound the change to that day.
  if (e.precision === 'between' && e.after && e.after.slice(0, 10) !== e.date.slice(0, 10)) {
    return t('card_between', formatDate(e.after.slice(0, 10), t), formatDate(e.date.slice(0, 10), t));
  }
  return formatDate(e.date.slice(0, 10), t);
}

/** A moment (the options page's sync times) in the catalog's locale: "6 Dec 2026, 02:40", "6 dic 2026, 2:40". */
export function formatTime(iso: string, t: Translate = english): string {
  try {
    return new Date(iso).toLocaleString(t('dateLocale'), { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  }
}
